package bg.kazanlak.inclusion.programme;

import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates and timer dates for BPMN expressions ({@code ${dueDates.workingDays(5)}}). Nothing is
 * ever scheduled after the programme's last day: a deadline that would fall later is pulled back
 * to the end of that day. The one exception is {@link #followUpAfter}, the ESF follow-up 6 months
 * after a participant leaves.
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

  /** The end of the working day that is {@code days} working days from today. */
  public Date workingDays(int days) {
    return endOf(calendar.addWorkingDays(clock.today(), days));
  }

  /** {@link #endOf(LocalDate)} of an ISO date held in a process variable ("2022-04-30"). */
  public Date endOfDay(String isoDate) {
    return endOf(LocalDate.parse(isoDate));
  }

  /** The end of the day {@code days} calendar days after an ISO date, capped like the others. */
  public Date endOfDayAfter(String isoDate, int days) {
    return endOf(LocalDate.parse(isoDate).plusDays(days));
  }

  /**
   * The end of the day {@code months} months after an ISO date, NOT capped at the programme's end:
   * only for the ESF follow-up 6 months after leaving, which the regulation places after it.
   */
  public Date followUpAfter(String isoDate, int months) {
    LocalDate day = LocalDate.parse(isoDate).plusMonths(months);
    return Date.from(
        day.atTime(calendarProperties.endOfWorkingDay()).atZone(clock.getZone()).toInstant());
  }

  /** The end of the given day, or of the programme's last day if that comes first. */
  public Date endOf(LocalDate day) {
    LocalDate capped = day.isAfter(programme.end()) ? programme.end() : day;
    return Date.from(
        capped.atTime(calendarProperties.endOfWorkingDay()).atZone(clock.getZone()).toInstant());
  }
}
