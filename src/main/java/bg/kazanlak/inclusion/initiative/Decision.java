package bg.kazanlak.inclusion.initiative;

/** What a finance reviewer or a project manager decides on a proposal. */
enum Decision {
  APPROVE,
  RETURN,
  REJECT
}
