package bg.kazanlak.inclusion.budget;

/** TEMP placeholder of main's budget API, removed when main's budget feature is merged. */
public record StartedExpense(String expenseNumber, String processInstanceId) {}
