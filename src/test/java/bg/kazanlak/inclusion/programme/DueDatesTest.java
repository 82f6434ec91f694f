package bg.kazanlak.inclusion.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DueDatesTest {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

  private final ProgrammeClock clock = new ProgrammeClock(SOFIA);
  private final CalendarProperties calendarProperties =
      new CalendarProperties(
          SOFIA, LocalTime.of(17, 30), Set.of(LocalDate.of(2022, 5, 24)), Set.of());
  private final DueDates dueDates =
      new DueDates(
          clock,
          new WorkingCalendar(calendarProperties.daysOff(), calendarProperties.workingSaturdays()),
          KazanlakProgrammeFixture.kazanlak(),
          calendarProperties);

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  void theClockDrivesTheEngineClock() {
    clock.freezeAt(LocalDateTime.of(2022, 5, 20, 9, 15));
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(at("2022-05-20T06:15:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2022, 5, 20));
    assertThat(clock.dateTime()).isEqualTo(LocalDateTime.of(2022, 5, 20, 9, 15));
  }

  @Test
  void workingDaysEndAtTheEndOfTheWorkingDayInSofia() {
    clock.freezeAt(LocalDateTime.of(2022, 5, 20, 9, 15)); // Friday
    // Mon 23, (Tue 24 off), Wed 25 at 17:30 EEST (UTC+3)
    assertThat(dueDates.workingDays(2)).isEqualTo(at("2022-05-25T14:30:00Z"));
  }

  @Test
  void todayIsTheSofiaDateNotTheUtcDate() {
    // 00:30 in Sofia on Friday is still Thursday in UTC
    clock.freezeAt(LocalDateTime.of(2022, 5, 20, 0, 30));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2022, 5, 20));
    assertThat(dueDates.workingDays(2)).isEqualTo(at("2022-05-25T14:30:00Z"));
  }

  @Test
  void winterDatesUseEasternEuropeanStandardTime() {
    assertThat(dueDates.endOf(LocalDate.of(2022, 1, 10))).isEqualTo(at("2022-01-10T15:30:00Z"));
  }

  @Test
  void endOfADayWithinThePeriodIsThatDay() {
    assertThat(dueDates.endOf(LocalDate.of(2022, 5, 25))).isEqualTo(at("2022-05-25T14:30:00Z"));
    assertThat(dueDates.endOf(KazanlakProgrammeFixture.END)).isEqualTo(at("2023-06-30T14:30:00Z"));
  }

  @Test
  void aDayAfterTheProgrammeIsPulledBackToItsLastDay() {
    assertThat(dueDates.endOf(LocalDate.of(2023, 7, 1))).isEqualTo(at("2023-06-30T14:30:00Z"));
    assertThat(dueDates.endOf(LocalDate.of(2030, 1, 15))).isEqualTo(at("2023-06-30T14:30:00Z"));
  }

  @Test
  void workingDaysNearTheEndAreCappedAtTheProgrammesLastDay() {
    clock.freezeAt(LocalDateTime.of(2023, 6, 28, 10, 0)); // Wednesday
    assertThat(dueDates.workingDays(1)).isEqualTo(at("2023-06-29T14:30:00Z"));
    assertThat(dueDates.workingDays(2)).isEqualTo(at("2023-06-30T14:30:00Z"));
    // 5 working days would be Wed 5 July
    assertThat(dueDates.workingDays(5)).isEqualTo(at("2023-06-30T14:30:00Z"));
  }

  @Test
  void resetReturnsToRealTime() {
    clock.freezeAt(LocalDateTime.of(2022, 5, 20, 9, 15));
    clock.reset();
    assertThat(clock.instant())
        .isCloseTo(
            Instant.now(),
            org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
  }

  @Test
  void processVariableDatesEndAtTheEndOfTheWorkingDayAndNeverAfterTheProgramme() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 15, 10, 0));
    assertThat(dueDates.endOfDay("2022-05-31")).isEqualTo(at("2022-05-31T14:30:00Z"));
    assertThat(dueDates.endOfDayAfter("2022-06-15", 28)).isEqualTo(at("2022-07-13T14:30:00Z"));
    // 28 days after leaving on the programme's last day, decided that morning: that day
    clock.freezeAt(LocalDateTime.of(2023, 6, 30, 10, 0));
    assertThat(dueDates.endOfDayAfter("2023-06-30", 28)).isEqualTo(at("2023-06-30T14:30:00Z"));
  }

  @Test
  void aTaskCreatedAtOrAfterTheProgrammesEndIsNotBornOverdue() {
    // the last month's timesheet task, created when the month ends at 17:30 on the last day
    clock.freezeAt(LocalDateTime.of(2023, 6, 30, 17, 30));
    // Mon 3, Tue 4, Wed 5 July
    assertThat(dueDates.workingDays(3)).isEqualTo(at("2023-07-05T14:30:00Z"));
    // the results at leaving, asked once that timesheet is in: 28 days after leaving
    clock.freezeAt(LocalDateTime.of(2023, 7, 4, 11, 0));
    assertThat(dueDates.endOfDayAfter("2023-06-30", 28)).isEqualTo(at("2023-07-28T14:30:00Z"));
    // leaving long ago (the last timesheet entered late): the next working day, not the past
    clock.freezeAt(LocalDateTime.of(2023, 8, 4, 11, 0)); // Friday
    assertThat(dueDates.endOfDayAfter("2023-06-30", 28)).isEqualTo(at("2023-08-07T14:30:00Z"));
    // a timer is still capped: one already due fires at once
    assertThat(dueDates.endOfDay("2023-07-31")).isEqualTo(at("2023-06-30T14:30:00Z"));
  }

  @Test
  void calendarDaysFromTodayAreADueDateLikeTheOthers() {
    clock.freezeAt(LocalDateTime.of(2022, 10, 30, 17, 30));
    assertThat(dueDates.calendarDays(28)).isEqualTo(at("2022-11-27T15:30:00Z"));
    clock.freezeAt(LocalDateTime.of(2023, 6, 20, 9, 0));
    assertThat(dueDates.calendarDays(28)).isEqualTo(at("2023-06-30T14:30:00Z"));
    // the 6-month follow-up, created after the programme: its own 28 days
    clock.freezeAt(LocalDateTime.of(2023, 12, 30, 17, 30));
    assertThat(dueDates.calendarDays(28)).isEqualTo(at("2024-01-27T15:30:00Z"));
  }

  @Test
  void theSixMonthFollowUpIsTheOneDateAllowedAfterTheProgramme() {
    assertThat(dueDates.followUpAfter("2022-04-30", 6)).isEqualTo(at("2022-10-30T15:30:00Z"));
    assertThat(dueDates.followUpAfter("2023-06-30", 6)).isEqualTo(at("2023-12-30T15:30:00Z"));
  }
}
