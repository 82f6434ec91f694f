package bg.kazanlak.inclusion.programme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProgrammeConfiguration {

  @Bean
  public ProgrammeClock programmeClock(CalendarProperties calendar) {
    return new ProgrammeClock(calendar.zone());
  }

  @Bean
  public WorkingCalendar workingCalendar(CalendarProperties calendar) {
    return new WorkingCalendar(calendar.daysOff(), calendar.workingSaturdays());
  }

  @Bean
  public DueDates dueDates(
      ProgrammeClock clock,
      WorkingCalendar calendar,
      ProgrammeProperties programme,
      CalendarProperties calendarProperties) {
    return new DueDates(clock, calendar, programme, calendarProperties);
  }
}
