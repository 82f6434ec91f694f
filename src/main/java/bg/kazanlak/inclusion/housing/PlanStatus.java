package bg.kazanlak.inclusion.housing;

/** Where a household's integration plan stands. */
public enum PlanStatus {
  /** The initial assessment of the household is due. */
  ASSESSMENT,
  /** The key worker writes (or revises) the plan. */
  DRAFTING,
  /** A version waits for the project manager's approval. */
  SUBMITTED,
  /** Approved and in force: monthly reviews. */
  ACTIVE,
  CLOSED
}
