package bg.kazanlak.inclusion.programme;

import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates and timer dates for BPMN expressions ({@code ${dueDates.workingDays(5)}}). Nothing is
 * ever scheduled after the programme's last day: a deadline that would fall later is pulled back
 * to the end of that day.
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

  /** The end of the given day, or of the programme's last day if that comes first. */
  public Date endOf(LocalDate day) {
    LocalDate capped = day.isAfter(programme.end()) ? programme.end() : day;
    return Date.from(
        capped.atTime(calendarProperties.endOfWorkingDay()).atZone(clock.getZone()).toInstant());
  }
}
