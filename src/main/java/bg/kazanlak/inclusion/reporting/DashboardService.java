package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.process.AsApplication;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * Cockpit's «Показатели» page: open and overdue tasks per candidate group, and the indicators month
 * by month ({@link IndicatorsService#asOf} at each month's end, up to today).
 *
 * <p>The task counts are count queries run as the application ({@link AsApplication}): the engine's
 * authorization checks would count for a manager only the tasks the manager may read, and the API
 * lets only project managers in. Safe because only numbers leave the engine, no task, name or
 * variable.
 */
@Service
public class DashboardService {

  private final IndicatorsService indicators;
  private final TaskService tasks;
  private final AsApplication asApplication;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;

  public DashboardService(
      IndicatorsService indicators,
      TaskService tasks,
      AsApplication asApplication,
      ProgrammeClock clock,
      ProgrammeProperties programme) {
    this.indicators = indicators;
    this.tasks = tasks;
    this.asApplication = asApplication;
    this.clock = clock;
    this.programme = programme;
  }

  public Dashboard current() {
    Date now = Date.from(clock.instant());
    List<Dashboard.GroupTasks> groups =
        asApplication.call(
            () ->
                Groups.ALL.stream()
                    .filter(g -> !g.id().equals(Groups.ADMIN))
                    .map(
                        g ->
                            new Dashboard.GroupTasks(
                                g.id(),
                                g.name(),
                                tasks
                                    .createTaskQuery()
                                    .taskCandidateGroup(g.id())
                                    .includeAssignedTasks()
                                    .count(),
                                tasks
                                    .createTaskQuery()
                                    .taskCandidateGroup(g.id())
                                    .includeAssignedTasks()
                                    .dueBefore(now)
                                    .count()))
                    .toList());
    return new Dashboard(clock.dateTime(), groups, trend(clock.today()));
  }

  /** One entry per month of the programme up to today (none before the programme starts). */
  List<Dashboard.Month> trend(LocalDate today) {
    List<Dashboard.Month> months = new ArrayList<>();
    LocalDate last = today.isAfter(programme.end()) ? programme.end() : today;
    for (YearMonth month = YearMonth.from(programme.start());
        !month.isAfter(YearMonth.from(last));
        month = month.plusMonths(1)) {
      LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
      Indicators report = indicators.asOf(end);
      months.add(
          new Dashboard.Month(
              month.toString(),
              end,
              report.participants().registered(),
              report.employment().personsEmployed(),
              report.familyHouses().houses().stream()
                  .mapToLong(Indicators.House::servicesDelivered)
                  .sum(),
              report.housing().householdsWithPlan(),
              report.budget().programmes().stream()
                  .map(Indicators.FundingProgramme::committed)
                  .reduce(BigDecimal.ZERO, BigDecimal::add),
              report.budget().programmes().stream()
                  .map(Indicators.FundingProgramme::spent)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
    return months;
  }
}
