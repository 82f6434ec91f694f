package bg.kazanlak.inclusion.education;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One club as {@code GET /api/clubs/{id}} shows it: the club's own fields (unwrapped, as in the
 * list), its number of sessions, purchases and assets; no names.
 */
public record ClubDetails(
    @JsonUnwrapped Club club,
    long sessions,
    List<ClubPurchase> purchases,
    List<ClubAsset> assets) {}
