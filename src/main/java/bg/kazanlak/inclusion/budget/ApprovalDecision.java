package bg.kazanlak.inclusion.budget;

/** одобрявам / връщам за корекция / отхвърлям */
public enum ApprovalDecision {
  APPROVE,
  RETURN,
  REJECT
}
