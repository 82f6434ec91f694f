package bg.kazanlak.inclusion.participant;

/** What the ESF needs to know about a participant at entry (special categories may be refused). */
public record EsfEntryData(
    EmploymentStatus employmentStatus,
    EducationLevel educationLevel,
    SpecialCategoryAnswer minority,
    SpecialCategoryAnswer disability,
    SpecialCategoryAnswer otherDisadvantaged,
    boolean homelessOrHousingExclusion) {

  /** Disadvantaged in the sense of CR05 / CR09: any special category answered yes, or homeless. */
  public boolean disadvantaged() {
    return minority == SpecialCategoryAnswer.YES
        || disability == SpecialCategoryAnswer.YES
        || otherDisadvantaged == SpecialCategoryAnswer.YES
        || homelessOrHousingExclusion;
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "EsfEntryData[withheld]";
  }
}
