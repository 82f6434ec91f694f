package bg.kazanlak.inclusion.budget;

public enum ExpenseStatus {
  REQUESTED,
  RETURNED,
  REJECTED,
  COMMITTED,
  REFUSED,
  PAID
}
