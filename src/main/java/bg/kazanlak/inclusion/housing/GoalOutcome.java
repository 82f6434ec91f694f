package bg.kazanlak.inclusion.housing;

/** A goal's outcome at the final evaluation. */
public enum GoalOutcome {
  ACHIEVED("постигната"),
  PARTLY_ACHIEVED("частично постигната"),
  NOT_ACHIEVED("непостигната");

  private final String label;

  GoalOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
