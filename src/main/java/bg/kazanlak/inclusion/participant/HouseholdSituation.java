package bg.kazanlak.inclusion.participant;

/**
 * The household a participant lives in at entry, as the ESF asks it (CO12-CO14) and ISUN exports it
 * (columns U-W). Three plain facts rather than ISUN's three derived answers, so that no combination
 * can contradict another: ISUN's "jobless household with dependent children" is derived here.
 *
 * @param jobless nobody in the household is in work
 * @param dependentChildren the household has dependent children
 * @param singleAdult the participant is the household's only adult
 */
public record HouseholdSituation(boolean jobless, boolean dependentChildren, boolean singleAdult) {

  /** CO12, ISUN column U. */
  public boolean joblessHousehold() {
    return jobless;
  }

  /** CO13, ISUN column V. */
  public boolean joblessWithDependentChildren() {
    return jobless && dependentChildren;
  }

  /** CO14, ISUN column W. */
  public boolean singleAdultWithDependentChildren() {
    return singleAdult && dependentChildren;
  }

  @Override
  public String toString() {
    return "HouseholdSituation[withheld]";
  }
}
