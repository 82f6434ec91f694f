package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ExpenseRulesTest {

  private static final LocalDate START = LocalDate.of(2021, 7, 1);
  private static final LocalDate END = LocalDate.of(2023, 6, 30);
  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final Set<String> LINES = Set.of("sesg-consumables");

  private final ExpenseRules rules = new ExpenseRules(START, END);

  private static NewExpense expense(String line, String amount, LocalDate date) {
    return new NewExpense(
        line,
        amount == null ? null : new BigDecimal(amount),
        " Книжарница ЕООД ",
        " Консумативи ",
        date,
        " Фактура 1/30.05.2022 ",
        "club:CLUB-001:CONSUMABLES");
  }

  private static Expense requestedBy(String requester) {
    return new Expense(
        "E-2022-00001",
        "sesg-consumables",
        new BigDecimal("120.00"),
        "Доставчик",
        "Покупка",
        LocalDate.of(2022, 5, 30),
        "Фактура 1",
        null,
        ExpenseStatus.REQUESTED,
        requester,
        LocalDate.of(2022, 5, 30),
        null,
        null,
        null);
  }

  @Test
  void aWellFormedRequestIsTrimmedAndScaledToTwoDecimals() {
    NewExpense checked =
        rules.checkRequest(
            expense("sesg-consumables", "120.5", LocalDate.of(2022, 5, 30)), LINES::contains);
    assertThat(checked.amount()).isEqualTo(new BigDecimal("120.50"));
    assertThat(checked.supplier()).isEqualTo("Книжарница ЕООД");
    assertThat(checked.purpose()).isEqualTo("Консумативи");
    assertThat(checked.documentRef()).isEqualTo("Фактура 1/30.05.2022");
    assertThat(checked.source()).isEqualTo("club:CLUB-001:CONSUMABLES");
  }

  @Test
  void everyMalformedFieldIsNamedAtOnce() {
    assertThat(
            fields(
                () ->
                    rules.checkRequest(
                        new NewExpense(" ", null, "", null, null, " ", null), LINES::contains)))
        .containsExactlyInAnyOrder(
            "budgetLine", "amount", "supplier", "purpose", "documentRef", "date");
    assertThat(
            fields(
                () ->
                    rules.checkRequest(
                        new NewExpense(
                            "no-such-line",
                            new BigDecimal("1.005"),
                            "x".repeat(201),
                            "x".repeat(501),
                            TODAY,
                            "x".repeat(201),
                            null),
                        LINES::contains)))
        .containsExactlyInAnyOrder("budgetLine", "amount", "supplier", "purpose", "documentRef");
    assertThat(
            fields(
                () -> rules.checkRequest(expense("sesg-consumables", "0", TODAY), LINES::contains)))
        .containsExactly("amount");
    assertThat(
            fields(
                () ->
                    rules.checkRequest(expense("sesg-consumables", "-5", TODAY), LINES::contains)))
        .containsExactly("amount");
  }

  @Test
  void aDateOutsideTheEligiblePeriodBreaksTheRule() {
    assertThatNoException()
        .isThrownBy(
            () -> rules.checkRequest(expense("sesg-consumables", "1", START), LINES::contains));
    assertThatNoException()
        .isThrownBy(
            () -> rules.checkRequest(expense("sesg-consumables", "1", END), LINES::contains));
    RequestRefusedException refused =
        catchThrowableOfType(
            RequestRefusedException.class,
            () ->
                rules.checkRequest(
                    expense("sesg-consumables", "1", END.plusDays(1)), LINES::contains));
    assertThat(refused.fieldProblems()).isEmpty();
    assertThat(refused.properties())
        .containsEntry("eligibleFrom", START)
        .containsEntry("eligibleTo", END);
    assertThat(refused.detail()).contains("извън допустимия период");
  }

  @Test
  void theLineMustHaveRoomForTheWholeAmount() {
    assertThatNoException()
        .isThrownBy(
            () ->
                ExpenseRules.requireRoom(
                    "sesg-consumables", new BigDecimal("100.00"), new BigDecimal("100.00")));
    LineOverdrawnException refused =
        catchThrowableOfType(
            LineOverdrawnException.class,
            () ->
                ExpenseRules.requireRoom(
                    "sesg-consumables", new BigDecimal("100.01"), new BigDecimal("100.00")));
    assertThat(refused.available()).isEqualTo(new BigDecimal("100.00"));
    assertThat(refused.properties()).containsEntry("available", new BigDecimal("100.00"));
  }

  @Test
  void theRequesterNeitherDecidesNorPaysButAloneCorrects() {
    Expense expense = requestedBy("coordinator");
    assertThat(
            catchThrowableOfType(
                    RequestRefusedException.class,
                    () -> ExpenseRules.refuseRequester(expense, "coordinator", "да одобрявате"))
                .detail())
        .isEqualTo("Не можете да одобрявате собственото си искане за разход E-2022-00001.");
    assertThatNoException()
        .isThrownBy(() -> ExpenseRules.refuseRequester(expense, "finance", "да плащате"));
    assertThatNoException()
        .isThrownBy(() -> ExpenseRules.requireCorrectedByRequester(expense, "coordinator"));
    assertThatNoException()
        .isThrownBy(() -> ExpenseRules.requireCorrectedByRequester(expense, null));
    assertThat(
            catchThrowableOfType(
                RequestRefusedException.class,
                () -> ExpenseRules.requireCorrectedByRequester(expense, "finance")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                RequestRefusedException.class, () -> ExpenseRules.requireRequester(" ")))
        .isNotNull();
  }

  @Test
  void aReturnOrARejectionGivesItsReason() {
    assertThat(ExpenseRules.checkComment(ApprovalDecision.APPROVE, "  ")).isNull();
    assertThat(ExpenseRules.checkComment(ApprovalDecision.RETURN, " Липсва фактура. "))
        .isEqualTo("Липсва фактура.");
    assertThat(fields(() -> ExpenseRules.checkComment(ApprovalDecision.REJECT, null)))
        .containsExactly(ExpenseVariables.DECISION_COMMENT);
    assertThat(fields(() -> ExpenseRules.checkComment(ApprovalDecision.APPROVE, "x".repeat(501))))
        .containsExactly(ExpenseVariables.DECISION_COMMENT);
  }

  @Test
  void aPaymentFallsBetweenTheExpenseAndTodayAndNamesItsDocument() {
    LocalDate expenseDate = LocalDate.of(2022, 5, 30);
    assertThat(ExpenseRules.checkPayment(TODAY, " ПН 17 ", expenseDate, TODAY)).isEqualTo("ПН 17");
    assertThat(fields(() -> ExpenseRules.checkPayment(null, null, expenseDate, TODAY)))
        .containsExactlyInAnyOrder("paymentDate", "paymentReference");
    assertThat(
            fields(
                () ->
                    ExpenseRules.checkPayment(
                        TODAY.plusDays(1), "x".repeat(101), expenseDate, TODAY)))
        .containsExactlyInAnyOrder("paymentDate", "paymentReference");
    assertThat(
            fields(
                () ->
                    ExpenseRules.checkPayment(
                        expenseDate.minusDays(1), "ПН 17", expenseDate, TODAY)))
        .containsExactly("paymentDate");
  }

  private static List<String> fields(ThrowingCallable call) {
    RequestRefusedException refused = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(refused).as("refused").isNotNull();
    return refused.fieldProblems().stream().map(FieldProblem::field).toList();
  }
}
