package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.familyhouse.StaffRules.Period;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 3, 7);
  private static final Map<String, Set<String>> ROLES =
      Map.of("kran", Set.of("PSYCHOLOGIST", "DRIVER"), "razhena", Set.of("DRIVER"));

  /** The minimum wage of the shipped configuration: 650 until March 2022, then 710, 780 in 2023. */
  private static final Function<YearMonth, BigDecimal> MINIMUM =
      month ->
          month.isBefore(YearMonth.of(2022, 4))
              ? new BigDecimal("650.00")
              : month.isBefore(YearMonth.of(2023, 1))
                  ? new BigDecimal("710.00")
                  : new BigDecimal("780.00");

  private final StaffRules rules =
      new StaffRules(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30), 24, 3);

  private static NewPosition position(
      String house, String role, LocalDate start, LocalDate end, String fraction, String gross) {
    return new NewPosition(
        house,
        role,
        " Мария Иванова ",
        start,
        end,
        fraction == null ? null : new BigDecimal(fraction),
        gross == null ? null : new BigDecimal(gross));
  }

  private static NewPosition valid() {
    return position(" kran ", "PSYCHOLOGIST", TODAY, LocalDate.of(2022, 12, 31), "1", "1200.00");
  }

  @Test
  void aWellFormedPositionIsTrimmed() {
    NewPosition checked = rules.check(valid(), ROLES, MINIMUM, TODAY);
    assertThat(checked.house()).isEqualTo("kran");
    assertThat(checked.staffName()).isEqualTo("Мария Иванова");
    assertThat(checked.toString()).doesNotContain("Мария");
  }

  @Test
  void anUnknownHouseOrARoleTheHouseHasNotIsRefusedNamingTheField() {
    assertFields(
        position("nowhere", "PSYCHOLOGIST", TODAY, TODAY.plusMonths(1), "1", "800"), "house");
    assertFields(
        position("razhena", "PSYCHOLOGIST", TODAY, TODAY.plusMonths(1), "1", "800"), "role");
    assertFields(position(null, null, TODAY, TODAY.plusMonths(1), "1", "800"), "house", "role");
  }

  @Test
  void datesOutsideTheProgrammeInThePastOrTooLongAreRefused() {
    assertFields(
        position("kran", "DRIVER", TODAY, LocalDate.of(2023, 7, 31), "1", "800"), "endDate");
    assertFields(
        position("kran", "DRIVER", TODAY.minusDays(1), TODAY.plusMonths(1), "1", "800"),
        "startDate");
    assertFields(position("kran", "DRIVER", TODAY, TODAY.minusDays(1), "1", "800"), "endDate");
    assertFields(position("kran", "DRIVER", null, null, "1", "800"), "startDate", "endDate");
    StaffRules shortPositions =
        new StaffRules(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30), 6, 15);
    NewPosition sixMonths = position("kran", "DRIVER", TODAY, LocalDate.of(2022, 9, 6), "1", "800");
    assertThat(shortPositions.check(sixMonths, ROLES, MINIMUM, TODAY).end())
        .isEqualTo(LocalDate.of(2022, 9, 6));
    RequestRefusedException tooLong =
        refused(
            () ->
                shortPositions.check(
                    position("kran", "DRIVER", TODAY, LocalDate.of(2022, 9, 7), "1", "800"),
                    ROLES,
                    MINIMUM,
                    TODAY));
    assertThat(tooLong.fieldProblems())
        .extracting(FieldProblem::message)
        .anyMatch(m -> m.contains("6 месеца"));
  }

  @Test
  void aWageUnderTheMinimumForTheWorkingTimeInAnyMonthIsRefused() {
    // 700 full time is enough in March 2022 (650), not from April (710)
    RequestRefusedException refused =
        assertFields(
            position("kran", "DRIVER", TODAY, LocalDate.of(2022, 5, 31), "1", "700"),
            "grossMonthlyWage");
    assertThat(refused.fieldProblems().get(0).message()).contains("710.00", "2022-04");
    // half time: 355 from April 2022, 390 in 2023
    assertThat(
            rules
                .check(
                    position("kran", "DRIVER", TODAY, LocalDate.of(2022, 12, 31), "0.5", "355"),
                    ROLES,
                    MINIMUM,
                    TODAY)
                .grossMonthlyWage())
        .isEqualByComparingTo("355");
    assertFields(
        position("kran", "DRIVER", TODAY, LocalDate.of(2023, 1, 31), "0.5", "355"),
        "grossMonthlyWage");
  }

  @Test
  void malformedWorkingTimeAndWageAreRefusedTogether() {
    assertFields(
        position("kran", "DRIVER", TODAY, TODAY.plusMonths(1), "1.5", "800.005"),
        "workingTime",
        "grossMonthlyWage");
    assertFields(
        position("kran", "DRIVER", TODAY, TODAY.plusMonths(1), "0", null),
        "workingTime",
        "grossMonthlyWage");
    NewPosition noName =
        new NewPosition(
            "kran",
            "DRIVER",
            " ",
            TODAY,
            TODAY.plusMonths(1),
            BigDecimal.ONE,
            new BigDecimal("800"));
    assertFields(noName, "staffName");
    NewPosition longName =
        new NewPosition(
            "kran",
            "DRIVER",
            "Я".repeat(StaffRules.MAX_NAME + 1),
            TODAY,
            TODAY.plusMonths(1),
            BigDecimal.ONE,
            new BigDecimal("800"));
    assertFields(longName, "staffName");
  }

  @Test
  void aPositionIsRefusedOnlyWhenAllJobsAreFilledOnOneOfItsDays() {
    Period march = new Period(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31));
    Period april = new Period(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30));
    List<Period> others = new ArrayList<>();
    // three jobs: two all year, a third in March, another in April — never three at once... yet
    others.add(new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    others.add(new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    others.add(march);
    // April is free: March's third job ends before it
    rules.checkJobsFree(april, others);
    others.add(april);
    // the whole spring is not: the third job is taken in March and in April
    RequestRefusedException refused =
        refused(
            () ->
                rules.checkJobsFree(
                    new Period(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 4, 15)), others));
    assertThat(refused.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(refused.detail()).contains("15.03.2022", "3 работни места");
    // a position from May, once the spring jobs are over, fits
    rules.checkJobsFree(new Period(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)), others);
    // one starting inside another's period is counted from that day
    RequestRefusedException later =
        refused(
            () ->
                rules.checkJobsFree(
                    new Period(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 4, 10)), others));
    assertThat(later.detail()).contains("01.03.2022");
  }

  private RequestRefusedException assertFields(NewPosition p, String... fields) {
    RequestRefusedException refused = refused(() -> rules.check(p, ROLES, MINIMUM, TODAY));
    assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
    assertThat(refused.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(fields);
    assertThat(refused.fieldProblems())
        .extracting(FieldProblem::message)
        .noneMatch(m -> m.contains("Мария"));
    return refused;
  }

  private static RequestRefusedException refused(Runnable call) {
    RequestRefusedException refused =
        catchThrowableOfType(RequestRefusedException.class, call::run);
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }
}
