package bg.kazanlak.inclusion.housing;

/** Where a plan goes after a review or a case conference. */
public enum NextStep {
  /** The plan stays as it is; the next monthly review is scheduled. */
  CONTINUE,
  /** The key worker revises the plan, which then goes to approval again. */
  REVISE,
  /** The project manager holds a case conference (after reviews without progress). */
  CONFERENCE
}
