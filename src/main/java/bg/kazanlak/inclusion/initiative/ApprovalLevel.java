package bg.kazanlak.inclusion.initiative;

/** Who decides on a proposal at a step: finance reviews the cost, the project manager approves. */
enum ApprovalLevel {
  FINANCE,
  MANAGER
}
