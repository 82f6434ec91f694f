package bg.kazanlak.inclusion.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final LocalDate LABOUR_DAY_REPLACEMENT = LocalDate.of(2022, 5, 2); // 1 May is Sun
  private static final LocalDate ST_GEORGE = LocalDate.of(2022, 5, 6);
  private static final LocalDate CYRIL_METHODIUS = LocalDate.of(2022, 5, 24); // Tuesday

  private final WorkingCalendar calendar =
      new WorkingCalendar(Set.of(LABOUR_DAY_REPLACEMENT, ST_GEORGE, CYRIL_METHODIUS), Set.of());

  /** The same days off plus a (hypothetical) working Saturday declared by the government. */
  private final WorkingCalendar withWorkingSaturday =
      new WorkingCalendar(
          Set.of(LABOUR_DAY_REPLACEMENT, ST_GEORGE, CYRIL_METHODIUS),
          Set.of(LocalDate.of(2022, 5, 14)));

  @Test
  void weekdaysWorkWeekendsAndDaysOffDoNot() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 23))).isTrue(); // Monday
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 25))).isTrue(); // Wednesday
    assertThat(calendar.isWorkingDay(CYRIL_METHODIUS)).isFalse();
    assertThat(calendar.isWorkingDay(ST_GEORGE)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 21))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 22))).isFalse(); // Sunday
    assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 24))).isTrue(); // not listed: data
  }

  @Test
  void aDeclaredWorkingSaturdayWorks() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 14))).isFalse();
    assertThat(withWorkingSaturday.isWorkingDay(LocalDate.of(2022, 5, 14))).isTrue();
    assertThat(withWorkingSaturday.isWorkingDay(LocalDate.of(2022, 5, 15))).isFalse(); // Sunday
    assertThat(withWorkingSaturday.isWorkingDay(LocalDate.of(2022, 5, 21))).isFalse();
  }

  @Test
  void addWorkingDaysSkipsTheWeekend() {
    // Mon 16 May + 5 working days: 17, 18, 19, 20, (weekend), 23
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 5, 16), 5))
        .isEqualTo(LocalDate.of(2022, 5, 23));
  }

  @Test
  void addWorkingDaysSkipsAHoliday() {
    // Fri 20 May + 2: Mon 23, (Tue 24 off), Wed 25
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 5, 20), 2))
        .isEqualTo(LocalDate.of(2022, 5, 25));
    // Thu 5 May + 1: Fri 6 off, weekend, Mon 9
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 5, 5), 1))
        .isEqualTo(LocalDate.of(2022, 5, 9));
  }

  @Test
  void addWorkingDaysCountsAWorkingSaturday() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 5, 13), 1))
        .isEqualTo(LocalDate.of(2022, 5, 16));
    assertThat(withWorkingSaturday.addWorkingDays(LocalDate.of(2022, 5, 13), 1))
        .isEqualTo(LocalDate.of(2022, 5, 14));
    assertThat(withWorkingSaturday.addWorkingDays(LocalDate.of(2022, 5, 13), 2))
        .isEqualTo(LocalDate.of(2022, 5, 16));
  }

  @Test
  void addingZeroWorkingDaysIsTheStartDayItself() {
    assertThat(calendar.addWorkingDays(CYRIL_METHODIUS, 0)).isEqualTo(CYRIL_METHODIUS);
  }

  @Test
  void startingOnADayOffDoesNotCountThatDay() {
    // from Tue 24 May (off) + 1 -> Wed 25; from Sat 21 + 1 -> Mon 23
    assertThat(calendar.addWorkingDays(CYRIL_METHODIUS, 1)).isEqualTo(LocalDate.of(2022, 5, 25));
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 5, 21), 1))
        .isEqualTo(LocalDate.of(2022, 5, 23));
  }

  @Test
  void workingDaysBetweenCountsBothEnds() {
    // May 2022: 22 weekdays less 2, 6 and 24 May
    assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)))
        .isEqualTo(19);
    assertThat(
            withWorkingSaturday.workingDaysBetween(
                LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)))
        .isEqualTo(20);
    // Mon 23 .. Wed 25: 23 and 25
    assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 5, 23), LocalDate.of(2022, 5, 25)))
        .isEqualTo(2);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 5, 23), LocalDate.of(2022, 5, 23)))
        .isEqualTo(1);
    assertThat(calendar.workingDaysBetween(CYRIL_METHODIUS, CYRIL_METHODIUS)).isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 5, 25), LocalDate.of(2022, 5, 23)))
        .isZero();
  }

  @Test
  void addAndBetweenAgree() {
    LocalDate from = LocalDate.of(2022, 4, 1);
    for (int n = 1; n <= 60; n++) {
      LocalDate to = calendar.addWorkingDays(from, n);
      assertThat(calendar.isWorkingDay(to)).isTrue();
      assertThat(calendar.workingDaysBetween(from.plusDays(1), to)).as("n=%d", n).isEqualTo(n);
    }
  }

  @Test
  void theCalendarKeepsItsOwnCopyOfTheDays() {
    Set<LocalDate> daysOff = new HashSet<>(Set.of(CYRIL_METHODIUS));
    WorkingCalendar copy = new WorkingCalendar(daysOff, Set.of());
    daysOff.add(LocalDate.of(2022, 5, 25));
    assertThat(copy.isWorkingDay(LocalDate.of(2022, 5, 25))).isTrue();
  }

  /**
   * The shipped calendar (application.yaml inclusion.calendar) against the rules of DOMAIN-NOTES.
   */
  @Test
  void shippedCalendarIsPlausible() throws IOException {
    CalendarProperties shipped =
        ProgrammeConfigurationCheckTest.shippedConfiguration()
            .bind("inclusion.calendar", CalendarProperties.class)
            .get();
    assertThat(shipped.zone()).isEqualTo(ZoneId.of("Europe/Sofia"));
    assertThat(shipped.endOfWorkingDay()).isEqualTo(LocalTime.of(17, 30));
    assertThat(shipped.daysOff()).hasSize(36);
    // a day off on a weekend would be a data error: weekends are off anyway
    assertThat(shipped.daysOff())
        .allSatisfy(
            d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    WorkingCalendar real = new WorkingCalendar(shipped.daysOff(), shipped.workingSaturdays());
    assertThat(real.isWorkingDay(LocalDate.of(2022, 5, 24))).isFalse();
    assertThat(real.addWorkingDays(LocalDate.of(2022, 5, 20), 2))
        .isEqualTo(LocalDate.of(2022, 5, 25));
    // Orthodox Easter 2022: Good Friday 22 April to Easter Monday 25 April
    assertThat(real.workingDaysBetween(LocalDate.of(2022, 4, 22), LocalDate.of(2022, 4, 25)))
        .isZero();
    // 24-26 Dec 2022 fall on Sat, Sun, Mon: 26, 27 and 28 are off; 29 works
    assertThat(real.addWorkingDays(LocalDate.of(2022, 12, 23), 1))
        .isEqualTo(LocalDate.of(2022, 12, 29));
    assertThat(real.workingDaysBetween(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)))
        .isEqualTo(19);
  }
}
