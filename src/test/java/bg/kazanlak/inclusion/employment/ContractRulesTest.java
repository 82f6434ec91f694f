package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentFixture.date;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

  private final ContractRules rules = new ContractRules(EmploymentFixture.kazanlak());

  private static final ContractPeriod INTO_2023 =
      new ContractPeriod(date("2022-09-15"), date("2023-06-30"));

  private static Contract contract(ContractStatus status) {
    return new Contract(
        "C-2022-00001",
        "P-2022-00001",
        "municipal-enterprise",
        1,
        "Сътрудник",
        BigDecimal.ONE,
        money("800.00"),
        date("2022-06-01"),
        date("2023-05-31"),
        status,
        null,
        null,
        null,
        date("2022-05-20"));
  }

  private static void refusedOn(ThrowingCallable call, String field, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Refusal.INVALID);
              assertThat(e.fieldProblems()).extracting(FieldProblem::field).contains(field);
              assertThat(e.getMessage()).contains(text);
            });
  }

  @Test
  void theWageMayNotFallBelowTheMinimumInAnyMonthOfTheContract() {
    assertThatCode(() -> rules.checkTerms(INTO_2023, "Сътрудник", BigDecimal.ONE, money("780")))
        .doesNotThrowAnyException();
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "Сътрудник", BigDecimal.ONE, money("710")),
        "grossMonthlyWage",
        "2023-01");
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "Сътрудник", money("0.5"), money("389.99")),
        "grossMonthlyWage",
        "390.00");
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "Сътрудник", BigDecimal.ONE, money("800.001")),
        "grossMonthlyWage",
        "два знака");
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "Сътрудник", money("1.5"), money("800")),
        "workingTimeFraction",
        "не повече от 1");
  }

  /** Regression: a position longer than its column was a 500 with an English SQL message. */
  @Test
  void thePositionIsRequiredAndFitsItsColumn() {
    assertThatCode(() -> rules.checkTerms(INTO_2023, "д".repeat(200), BigDecimal.ONE, money("800")))
        .doesNotThrowAnyException();
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "д".repeat(201), BigDecimal.ONE, money("800")),
        "position",
        "200");
    refusedOn(
        () -> rules.checkTerms(INTO_2023, "  ", BigDecimal.ONE, money("800")),
        "position",
        "длъжността");
  }

  @Test
  void workStartsOnTheStartOrOnALaterSignature() {
    Contract planned = contract(ContractStatus.PLANNED);
    assertThat(rules.workStart(planned, date("2022-05-25"), date("2022-05-25")))
        .isEqualTo(date("2022-06-01"));
    assertThat(rules.workStart(planned, date("2022-06-03"), date("2022-06-03")))
        .isEqualTo(date("2022-06-03"));
    refusedOn(
        () -> rules.workStart(planned, date("2022-05-26"), date("2022-05-25")),
        "signatureDate",
        "бъдещето");
    refusedOn(
        () -> rules.workStart(planned, date("2022-05-19"), date("2022-05-25")),
        "signatureDate",
        "преди изготвянето");
    assertThatThrownBy(
            () ->
                rules.workStart(
                    contract(ContractStatus.ACTIVE), date("2022-05-25"), date("2022-05-25")))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN));
  }

  @Test
  void aTerminationFallsInTheOpenMonthWithAKnownReason() {
    Contract active = contract(ContractStatus.ACTIVE);
    YearMonth unpaid = YearMonth.of(2022, 7);
    assertThat(rules.termination(active, unpaid, false, date("2022-07-15"), "DISMISSAL"))
        .isEqualTo(TerminationReason.DISMISSAL);
    assertThat(rules.termination(active, unpaid, true, date("2022-08-01"), "RESIGNATION"))
        .isEqualTo(TerminationReason.RESIGNATION);
    refusedOn(
        () -> rules.termination(active, unpaid, false, date("2022-08-01"), "DISMISSAL"),
        "date",
        "2022-07");
    refusedOn(
        () -> rules.termination(active, unpaid, true, date("2022-07-15"), "DISMISSAL"),
        "date",
        "2022-08");
    refusedOn(
        () -> rules.termination(active, unpaid, false, date("2023-06-01"), "DISMISSAL"),
        "date",
        "извън договора");
    refusedOn(
        () -> rules.termination(active, unpaid, false, date("2022-07-15"), "BORED"),
        "reason",
        "RESIGNATION");
    refusedOn(() -> rules.termination(active, unpaid, false, null, null), "date", "датата");
    assertThatThrownBy(
            () ->
                rules.termination(
                    contract(ContractStatus.ENDED), unpaid, false, date("2022-07-15"), "DISMISSAL"))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN));
  }
}
