package bg.kazanlak.inclusion.education;

/** REQUESTED: the expense is in approval; PAID: the budget recorded its payment. */
public enum PurchaseStatus {
  REQUESTED,
  PAID
}
