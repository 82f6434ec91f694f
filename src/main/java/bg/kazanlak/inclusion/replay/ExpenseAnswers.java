package bg.kazanlak.inclusion.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The expense approval's forms: finance and the project managers approve most expenses, return some
 * once for correction (the requester lowers the amount by a tenth) and reject a few with a reason;
 * finance records the payment the same day and acknowledges a refusal for lack of funds.
 */
@Component
@Profile("replay")
public class ExpenseAnswers implements TaskAnswers {

  private static final List<String> SHOWN =
      List.of("amount", "expenseDate", "documentRef", "supplier", "purpose");

  private final TaskService tasks;
  private final ReplayFigures figures;
  private final Set<String> returned = ConcurrentHashMap.newKeySet();
  private int payments;

  public ExpenseAnswers(TaskService tasks, ReplayFigures figures) {
    this.tasks = tasks;
    this.figures = figures;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(
        "Task_FinanceApproval",
        "Task_ManagerApproval",
        "Task_CorrectExpense",
        "Task_RecordPayment",
        "Task_InformBudgetRefusal");
  }

  /** Its manager's approval shares its id with another model's. */
  @Override
  public boolean answers(Task task) {
    return task.getProcessDefinitionId().startsWith("expense-approval:");
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    Map<String, Object> form = new HashMap<>();
    Random random = day.random();
    switch (task.getTaskDefinitionKey()) {
      case "Task_FinanceApproval", "Task_ManagerApproval" -> {
        double r = random.nextDouble();
        if (r < 0.08 && returned.add(task.getProcessInstanceId())) {
          form.put("decision", "RETURN");
          form.put("decisionComment", "Моля, приложете коригирана фактура.");
          figures.count("expenses.returned");
        } else if (r < 0.13) {
          form.put("decision", "REJECT");
          form.put("decisionComment", "Разходът не е допустим по проекта.");
          figures.count("expenses.rejected");
        } else {
          form.put("decision", "APPROVE");
        }
      }
      case "Task_CorrectExpense" -> {
        Map<String, Object> shown = tasks.getVariables(task.getId(), SHOWN);
        SHOWN.forEach(name -> form.put(name, String.valueOf(shown.get(name))));
        BigDecimal amount = new BigDecimal(String.valueOf(shown.get("amount")));
        form.put(
            "amount",
            amount
                .multiply(new BigDecimal("0.9"))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString());
      }
      case "Task_RecordPayment" -> {
        form.put("paymentDate", day.date().toString());
        form.put("paymentReference", "ПН " + (++payments) + "/" + day.date());
        figures.count("expenses.paid");
      }
      case "Task_InformBudgetRefusal" -> form.put("refusalAcknowledged", true);
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }
}
