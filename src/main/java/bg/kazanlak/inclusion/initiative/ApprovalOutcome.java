package bg.kazanlak.inclusion.initiative;

/**
 * Where a proposal goes after a decision: the one value the approval gateways read, set by the step
 * that records the decision.
 */
enum ApprovalOutcome {
  NEEDS_MANAGER,
  APPROVED,
  RETURNED,
  REJECTED
}
