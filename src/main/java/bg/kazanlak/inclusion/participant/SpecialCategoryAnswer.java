package bg.kazanlak.inclusion.participant;

/**
 * The answer to a special-category question (minority, disability, other disadvantage). The ESF
 * rules require the attempt to ask to be recorded, so "refused to answer" is an answer of its own.
 */
public enum SpecialCategoryAnswer {
  YES,
  NO,
  REFUSED;

  public static SpecialCategoryAnswer of(Boolean answer) {
    if (answer == null) {
      return REFUSED;
    }
    return answer ? YES : NO;
  }
}
