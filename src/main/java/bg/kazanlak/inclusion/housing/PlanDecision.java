package bg.kazanlak.inclusion.housing;

/** The project manager's decision on a version of the plan. */
public enum PlanDecision {
  APPROVE,
  RETURN
}
