package bg.kazanlak.inclusion.budget;

/**
 * What the gateways of {@code expense-approval} route on ({@code approvalOutcome}). The decision
 * step computes it from the stored expense after the approver's task, so no value written at the
 * task can steer the route.
 */
public enum ApprovalOutcome {
  /** Finance approved an amount above the threshold: the project manager decides next. */
  APPROVE_NEEDS_MANAGER,
  /** Approved by everyone the amount needs: commit it. */
  APPROVED,
  RETURNED,
  REJECTED
}
