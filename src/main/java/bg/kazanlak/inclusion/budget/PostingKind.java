package bg.kazanlak.inclusion.budget;

/** What a ledger posting does to its line. */
public enum PostingKind {
  /** Money promised (an approved expense, a signed contract): no longer available. */
  COMMITMENT,
  /** Money paid; consumes the commitment it settles, if any. */
  EXPENDITURE,
  /** A commitment given back (a cancelled purchase). */
  RELEASE
}
