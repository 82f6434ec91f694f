package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentFixture.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ContractTermsTest {

  private final ContractTerms terms =
      new ContractTerms(EmploymentFixture.kazanlak(), KazanlakProgrammeFixture.kazanlak());

  private static void assertRefused(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e ->
                assertThat(e.fieldProblems())
                    .containsExactly(new FieldProblem("startDate", message)));
  }

  @Test
  void aContractLasts12MonthsLessADay() {
    assertThat(terms.endDate(date("2021-10-01"))).isEqualTo(date("2022-09-30"));
    assertThat(terms.endDate(date("2021-10-15"))).isEqualTo(date("2022-10-14"));
    assertThat(terms.endDate(date("2022-01-31"))).isEqualTo(date("2023-01-30"));
  }

  @Test
  void aContractNeverRunsBeyondTheProgrammeEnd() {
    // 2022-11-15 + 12 months - 1 day = 2023-11-14, after the programme's last day 2023-06-30
    assertThat(terms.endDate(date("2022-11-15"))).isEqualTo(date("2023-06-30"));
    // the last start with a full 12 months, and the first one capped
    assertThat(terms.endDate(date("2022-07-01"))).isEqualTo(date("2023-06-30"));
    assertThat(terms.endDate(date("2022-07-02"))).isEqualTo(date("2023-06-30"));
    assertThat(terms.endDate(date("2022-06-30"))).isEqualTo(date("2023-06-29"));
  }

  @Test
  void theMaximumLengthIsConfiguration() {
    EmploymentFixture.Builder six = EmploymentFixture.builder();
    six.contractMaxMonths = 6;
    assertThat(
            new ContractTerms(six.build(), KazanlakProgrammeFixture.kazanlak())
                .endDate(date("2021-10-01")))
        .isEqualTo(date("2022-03-31"));
  }

  @Test
  void thePeriodOfAContractStartingLaterInTheProgramme() {
    ContractPeriod period = terms.period(date("2022-11-15"), date("2022-11-01"));
    assertThat(period).isEqualTo(new ContractPeriod(date("2022-11-15"), date("2023-06-30")));
    assertThat(period.months())
        .hasSize(8)
        .startsWith(YearMonth.of(2022, 11))
        .endsWith(YearMonth.of(2023, 6));
    assertThat(period.month(YearMonth.of(2022, 11)))
        .isEqualTo(
            new ContractMonth(YearMonth.of(2022, 11), date("2022-11-15"), date("2022-11-30")));
  }

  @Test
  void aMidMonthStartTouches13CalendarMonths() {
    ContractPeriod period = terms.period(date("2022-05-16"), date("2022-05-16"));
    assertThat(period.end()).isEqualTo(date("2023-05-15"));
    assertThat(period.months()).hasSize(13);
    assertThat(period.month(YearMonth.of(2023, 5)))
        .isEqualTo(
            new ContractMonth(YearMonth.of(2023, 5), date("2023-05-01"), date("2023-05-15")));
  }

  @Test
  void aStartTodayIsAllowedAStartInThePastIsNot() {
    assertThat(terms.period(date("2022-05-02"), date("2022-05-02")).start())
        .isEqualTo(date("2022-05-02"));
    assertRefused(
        () -> terms.period(date("2022-05-01"), date("2022-05-02")),
        "Началната дата 2022-05-01 е в миналото (днес е 2022-05-02).");
  }

  @Test
  void aStartAfterTheProgrammeEndIsRefused() {
    assertRefused(
        () -> terms.period(date("2023-07-01"), date("2023-06-01")),
        "Началната дата 2023-07-01 е след края на проекта (2023-06-30).");
    // the last day itself still makes a (one-day) contract
    assertThat(terms.period(date("2023-06-30"), date("2023-06-01")))
        .isEqualTo(new ContractPeriod(date("2023-06-30"), date("2023-06-30")));
  }

  @Test
  void aStartBeforeTheProgrammeStartIsRefused() {
    assertRefused(
        () -> terms.period(date("2020-12-15"), date("2020-12-01")),
        "Началната дата 2020-12-15 е преди началото на проекта (2021-01-01).");
  }

  @Test
  void aMissingStartIsRefused() {
    assertRefused(
        () -> terms.period(null, date("2022-05-02")), "Въведете началната дата на договора.");
  }
}
