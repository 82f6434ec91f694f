package bg.kazanlak.inclusion.budget;

public record StartedExpense(String expenseNumber, String processInstanceId) {}
