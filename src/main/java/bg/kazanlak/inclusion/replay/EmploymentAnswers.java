package bg.kazanlak.inclusion.replay;

import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Employment's forms, as HR and case officers fill them in: no preferred employer; the allocation
 * confirmed for the next working day, half-time or three-quarter time at the 2023 minimum wage for
 * that time (valid in every month of any contract); the contract signed the same day; each month's
 * timesheet from the task's own figure of working days (now and then a sick day or a day of paid
 * leave); the results after leaving and six months later. A payroll escalation is left to the
 * managers (not answered).
 */
@Component
@Profile("replay")
public class EmploymentAnswers implements TaskAnswers {

  private final TaskService tasks;
  private final WorkingCalendar calendar;
  private final ProgrammeProperties programme;

  public EmploymentAnswers(
      TaskService tasks, WorkingCalendar calendar, ProgrammeProperties programme) {
    this.tasks = tasks;
    this.calendar = calendar;
    this.programme = programme;
  }

  @Override
  public Set<String> taskKeys() {
    return Set.of(
        "Task_RecordPreference",
        "Task_ConfirmAllocation",
        "Task_RecordSignature",
        "Task_EnterTimesheet",
        "Task_RecordImmediateResult",
        "Task_RecordLongerTermResult");
  }

  @Override
  public Optional<Map<String, Object>> answer(Task task, SimulatedDay day) {
    Map<String, Object> form = new HashMap<>();
    Random random = day.random();
    LocalDate today = day.date();
    switch (task.getTaskDefinitionKey()) {
      case "Task_RecordPreference" -> form.put("preferredEmployer", "NONE");
      case "Task_ConfirmAllocation" -> {
        LocalDate start = calendar.addWorkingDays(today, 1);
        if (start.isAfter(programme.end())) {
          start = today;
        }
        boolean half = random.nextBoolean();
        form.put("startDate", start.toString());
        form.put("position", "Общ работник");
        form.put("workingTimeFraction", half ? "0.5" : "0.75");
        form.put("grossMonthlyWage", half ? "390.00" : "585.00");
      }
      case "Task_RecordSignature" -> form.put("signatureDate", today.toString());
      case "Task_EnterTimesheet" -> {
        Object value = tasks.getVariable(task.getId(), "contractWorkingDays");
        int days = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
        int sick = days > 2 && random.nextDouble() < 0.1 ? 1 + random.nextInt(2) : 0;
        int leave = days - sick > 1 && random.nextDouble() < 0.15 ? 1 : 0;
        form.put("daysWorked", days - sick - leave);
        form.put("paidLeaveDays", leave);
        form.put("sickLeaveDays", sick);
        form.put("unpaidAbsenceDays", 0);
      }
      case "Task_RecordImmediateResult" -> {
        double r = random.nextDouble();
        form.put(
            "immediateResult",
            r < 0.4
                ? "EMPLOYED"
                : r < 0.75
                    ? "JOB_SEARCHING"
                    : r < 0.85
                        ? "IN_EDUCATION_OR_TRAINING"
                        : r < 0.9 ? "GAINED_QUALIFICATION" : "INACTIVE");
      }
      case "Task_RecordLongerTermResult" -> {
        double r = random.nextDouble();
        String result =
            r < 0.45
                ? "EMPLOYED"
                : r < 0.5
                    ? "SELF_EMPLOYED"
                    : r < 0.85 ? "UNEMPLOYED" : r < 0.9 ? "IN_EDUCATION_OR_TRAINING" : "INACTIVE";
        form.put("longerTermResult", result);
        form.put("improvedSituation", result.endsWith("EMPLOYED") && !"UNEMPLOYED".equals(result));
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(form);
  }
}
