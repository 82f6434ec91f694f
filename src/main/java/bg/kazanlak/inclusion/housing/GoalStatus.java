package bg.kazanlak.inclusion.housing;

/**
 * Where a goal stands at a review. Moving up the ladder (not started, in progress, achieved) is
 * progress; dropping a goal is not.
 */
public enum GoalStatus {
  NOT_STARTED("не е започната", 0),
  IN_PROGRESS("в процес", 1),
  ACHIEVED("постигната", 2),
  DROPPED("отпада", -1);

  private final String label;
  private final int rank;

  GoalStatus(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  public String label() {
    return label;
  }

  /** A goal still being worked on. */
  boolean open() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }

  /** True when going from {@code before} to this status is a step toward the goal. */
  boolean progressFrom(GoalStatus before) {
    return this != DROPPED && before.open() && rank > before.rank;
  }
}
