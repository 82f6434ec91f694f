package bg.kazanlak.inclusion.education;

import java.time.LocalDate;

/**
 * A club or workshop with its current figures. {@code venueName} is the Family House's name for a
 * FAMILY_HOUSE venue and the school's name otherwise.
 */
public record Club(
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
    int freePlaces) {}
