package bg.kazanlak.inclusion.education;

import java.time.LocalDate;
import java.util.List;

/** One club as {@code GET /api/clubs/{id}} shows it: figures, purchases and assets, no names. */
public record ClubDetails(
    String id,
    String name,
    ClubKind kind,
    String leader,
    VenueKind venueKind,
    String venue,
    String venueName,
    String schedule,
    int capacity,
    LocalDate createdOn,
    int enrolled,
    int freePlaces,
    long sessions,
    List<ClubPurchase> purchases,
    List<ClubAsset> assets) {

  static ClubDetails of(Club c, long sessions, List<ClubPurchase> purchases, List<ClubAsset> assets) {
    return new ClubDetails(c.id(), c.name(), c.kind(), c.leader(), c.venueKind(), c.venue(),
        c.venueName(), c.schedule(), c.capacity(), c.createdOn(), c.enrolled(), c.freePlaces(),
        sessions, purchases, assets);
  }
}
