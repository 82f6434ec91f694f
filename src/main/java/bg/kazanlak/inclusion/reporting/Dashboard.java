package bg.kazanlak.inclusion.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The answer of {@code GET /api/reports/dashboard}: what Cockpit's «Показатели» page shows beside
 * the indicators and the budget. {@code now} is the programme clock's; a task is overdue when its
 * due date is before it.
 */
public record Dashboard(LocalDateTime now, List<GroupTasks> tasks, List<Month> trend) {

  /** The open user tasks of a candidate group (assigned or not) and those of them overdue. */
  public record GroupTasks(String group, String name, long open, long overdue) {}

  /**
   * The report as of a month's last day (today for the current month): cumulative counts and
   * amounts, so the trend rises as the programme goes on.
   */
  public record Month(
      String month,
      LocalDate asOf,
      long registered,
      long personsEmployed,
      long servicesDelivered,
      long householdsWithPlan,
      BigDecimal committed,
      BigDecimal spent) {}
}
