package bg.kazanlak.inclusion.participant;

/**
 * What the ESF needs to know about a participant at entry (special categories may be refused).
 *
 * @param household {@code null} when it was not recorded (registrations before it was asked, or an
 *     integration that does not send it): the record is then incomplete
 */
public record EsfEntryData(
    EmploymentStatus employmentStatus,
    EducationLevel educationLevel,
    SpecialCategoryAnswer minority,
    SpecialCategoryAnswer disability,
    SpecialCategoryAnswer otherDisadvantaged,
    boolean homelessOrHousingExclusion,
    HouseholdSituation household) {

  /** Disadvantaged in the sense of CR05 / CR09: any special category answered yes, or homeless. */
  public boolean disadvantaged() {
    return minority == SpecialCategoryAnswer.YES
        || disability == SpecialCategoryAnswer.YES
        || otherDisadvantaged == SpecialCategoryAnswer.YES
        || homelessOrHousingExclusion;
  }

  /**
   * Complete on the non-sensitive fields the ESF counts indicators on (Annex I): sex, age,
   * employment status and education are always recorded, the household situation may be missing.
   */
  public boolean complete() {
    return employmentStatus != null && educationLevel != null && household != null;
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "EsfEntryData[withheld]";
  }
}
