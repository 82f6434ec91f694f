package bg.kazanlak.inclusion.education;

/** A club purchase handed to the budget: the expense in approval and the line it is paid from. */
public record PurchaseStarted(String expenseNumber, String processInstanceId, String budgetLine) {}
