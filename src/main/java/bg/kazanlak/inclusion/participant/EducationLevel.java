package bg.kazanlak.inclusion.participant;

/** ISCED 2011 level of the highest completed education. */
public enum EducationLevel {
  ISCED_0,
  ISCED_1,
  ISCED_2,
  ISCED_3,
  ISCED_4,
  ISCED_5,
  ISCED_6,
  ISCED_7,
  ISCED_8;

  public int level() {
    return ordinal();
  }
}
