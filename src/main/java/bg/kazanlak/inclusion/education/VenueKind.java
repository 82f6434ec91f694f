package bg.kazanlak.inclusion.education;

/** Where a club meets: one of the programme's Family Houses (by id) or a school (by name). */
public enum VenueKind {
  FAMILY_HOUSE,
  SCHOOL
}
