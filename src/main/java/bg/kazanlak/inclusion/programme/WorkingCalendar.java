package bg.kazanlak.inclusion.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Bulgaria: Monday to Friday less the official holidays and the days off that
 * replace holidays falling on a weekend, plus working Saturdays the government declares. The
 * calendar is data (configuration, year by year) because the government changes it by decree.
 */
public class WorkingCalendar {

  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> workingSaturdays;

  public WorkingCalendar(Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays) {
    this.daysOff = new TreeSet<>(daysOff);
    this.workingSaturdays = new TreeSet<>(workingSaturdays);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingSaturdays.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
  }

  /**
   * The day that is {@code days} working days after {@code from} ({@code from} itself not counted).
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate day = from;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Number of working days from {@code first} to {@code last}, both included. */
  public int workingDaysBetween(LocalDate first, LocalDate last) {
    int count = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
