package bg.kazanlak.inclusion.budget;

/** Who decides on an expense: finance always, the project manager too above the threshold. */
public enum ApprovalLevel {
  FINANCE,
  MANAGER
}
