package bg.kazanlak.inclusion.education;

/**
 * A club or workshop to open: {@code venue} is a Family House id from the configuration when {@code
 * venueKind} is FAMILY_HOUSE, a school's name when it is SCHOOL.
 */
public record NewClub(
    String name,
    ClubKind kind,
    String leader,
    VenueKind venueKind,
    String venue,
    String schedule,
    Integer capacity) {}
