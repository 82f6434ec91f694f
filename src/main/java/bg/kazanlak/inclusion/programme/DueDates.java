package bg.kazanlak.inclusion.programme;

import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates and timer dates for BPMN expressions ({@code ${dueDates.workingDays(5)}}). A date that
 * would fall after the programme's last day is pulled back to the end of that day — except a task
 * due date when that moment has already passed (a task created at or after the programme's end,
 * e.g. the last month's timesheet or the results at leaving): a task is never born overdue, so it
 * keeps its own deadline (and at the earliest the end of the next working day). The one timer after
 * the programme is {@link #followUpAfter}, the ESF follow-up 6 months after leaving.
 */
public class DueDates {

  private final ProgrammeClock clock;
  private final WorkingCalendar calendar;
  private final ProgrammeProperties programme;
  private final CalendarProperties calendarProperties;

  public DueDates(
      ProgrammeClock clock,
      WorkingCalendar calendar,
      ProgrammeProperties programme,
      CalendarProperties calendarProperties) {
    this.clock = clock;
    this.calendar = calendar;
    this.programme = programme;
    this.calendarProperties = calendarProperties;
  }

  /** A task's due date: the end of the working day that is {@code days} working days from today. */
  public Date workingDays(int days) {
    return due(calendar.addWorkingDays(clock.today(), days));
  }

  /** A task's due date: the end of the day {@code days} calendar days from today. */
  public Date calendarDays(int days) {
    return due(clock.today().plusDays(days));
  }

  /** {@link #endOf(LocalDate)} of an ISO date held in a process variable ("2022-04-30"). */
  public Date endOfDay(String isoDate) {
    return endOf(LocalDate.parse(isoDate));
  }

  /**
   * The start of the day of an ISO date held in a process variable, or of the programme's last day
   * if that comes first: a timer that opens the day's work (a monthly review) in the morning.
   */
  public Date startOfDay(String isoDate) {
    LocalDate day = LocalDate.parse(isoDate);
    LocalDate capped = day.isAfter(programme.end()) ? programme.end() : day;
    return Date.from(capped.atStartOfDay(clock.getZone()).toInstant());
  }

  /** A task's due date: the end of the day {@code days} calendar days after an ISO date. */
  public Date endOfDayAfter(String isoDate, int days) {
    return due(LocalDate.parse(isoDate).plusDays(days));
  }

  /**
   * The end of the day {@code months} months after an ISO date, NOT capped at the programme's end:
   * only for the ESF follow-up 6 months after leaving, which the regulation places after it.
   */
  public Date followUpAfter(String isoDate, int months) {
    return end(LocalDate.parse(isoDate).plusMonths(months));
  }

  /**
   * The end of the given day, or of the programme's last day if that comes first (a timer: one that
   * is already due fires at once).
   */
  public Date endOf(LocalDate day) {
    return end(day.isAfter(programme.end()) ? programme.end() : day);
  }

  /**
   * A task's due date: {@link #endOf} while that is still ahead; else the day's own end, and at the
   * earliest the end of the next working day (never before the task is created).
   */
  private Date due(LocalDate day) {
    Date now = Date.from(clock.instant());
    Date capped = endOf(day);
    if (capped.after(now)) {
      return capped;
    }
    Date own = end(day);
    return own.after(now) ? own : end(calendar.addWorkingDays(clock.today(), 1));
  }

  private Date end(LocalDate day) {
    return Date.from(
        day.atTime(calendarProperties.endOfWorkingDay()).atZone(clock.getZone()).toInstant());
  }
}
