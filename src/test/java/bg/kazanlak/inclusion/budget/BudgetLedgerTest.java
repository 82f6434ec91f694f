package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ledger's own rules, on the real schema. Each test uses a line no other test class books on.
 */
@SpringBootTest
@ActiveProfiles("test")
class BudgetLedgerTest {

  @Autowired BudgetLedger ledger;
  @Autowired JdbcClient jdbc;

  @Test
  void aPostingKeyIsBookedOnceWhateverRetriesHappen() {
    LineFigures before = ledger.figures("hrd-staff");
    Posting salary =
        new Posting(
            "test:staff:2022-05", "hrd-staff", new BigDecimal("1520.37"), "test", "Заплата май");

    assertThat(ledger.commit(salary).alreadyBooked()).isFalse();
    assertThat(ledger.commit(salary).alreadyBooked()).isTrue();
    assertThat(
            ledger
                .expend(
                    new Posting(
                        "test:staff:2022-05:paid",
                        "hrd-staff",
                        new BigDecimal("1520.37"),
                        "test",
                        null),
                    salary.key())
                .alreadyBooked())
        .isFalse();
    assertThat(
            ledger
                .expend(
                    new Posting(
                        "test:staff:2022-05:paid",
                        "hrd-staff",
                        new BigDecimal("1520.37"),
                        "test",
                        null),
                    salary.key())
                .alreadyBooked())
        .isTrue();

    LineFigures after = ledger.figures("hrd-staff");
    assertThat(after.committed()).isEqualByComparingTo(before.committed());
    assertThat(after.spent()).isEqualByComparingTo(before.spent().add(new BigDecimal("1520.37")));
    assertThat(
            jdbc.sql(
                    "select count(*) from ledger_entry where posting_key like 'test:staff:2022-05%'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherAmountLineOrKindIsRefusedLoudlyAndChangesNothing() {
    Posting posting =
        new Posting(
            "test:management:2022-06",
            "hrd-management",
            new BigDecimal("310.00"),
            "test",
            "Счетоводни услуги юни");
    ledger.commit(posting);
    LineFigures before = ledger.figures("hrd-management");

    assertConflict(
        () ->
            ledger.commit(
                new Posting(
                    posting.key(), "hrd-management", new BigDecimal("310.01"), "test", null)));
    assertConflict(
        () ->
            ledger.commit(
                new Posting(
                    posting.key(), "hrd-publicity", new BigDecimal("310.00"), "test", null)));
    assertConflict(() -> ledger.expend(posting, null));
    assertThat(
            ledger
                .commit(
                    new Posting(
                        posting.key(),
                        "hrd-management",
                        new BigDecimal("310.0"),
                        "test",
                        "описанието не е част от записването"))
                .alreadyBooked())
        .isTrue();

    assertThat(ledger.figures("hrd-management")).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from ledger_entry where posting_key = ?")
                .param(posting.key())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void textsLongerThanTheLedgerColumnsAreRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting(
                        "test:" + "k".repeat(120), "sesg-staff", BigDecimal.ONE, "test", null)))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e ->
                assertThat(e.fieldProblems())
                    .extracting(FieldProblem::field)
                    .containsExactly("postingKey"));
    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting(
                        "test:long-texts",
                        "sesg-staff",
                        BigDecimal.ONE,
                        "s".repeat(121),
                        "d".repeat(501))))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e ->
                assertThat(e.fieldProblems())
                    .extracting(FieldProblem::field)
                    .containsExactly("source", "description"));
  }

  private static void assertConflict(ThrowingCallable posting) {
    assertThatThrownBy(posting)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Refusal.CONFLICT);
              assertThat(e.properties()).containsEntry("postingKey", "test:management:2022-06");
            });
  }

  @Test
  void aPostingBeyondTheLineIsRefusedWithTheFiguresAndBooksNothing() {
    BigDecimal available = ledger.figures("hrd-employment").available();
    BigDecimal tooMuch = available.add(new BigDecimal("0.01"));

    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting("test:too-much", "hrd-employment", tooMuch, "test", null)))
        .isInstanceOfSatisfying(
            LineOverdrawnException.class,
            e -> {
              assertThat(e.requested()).isEqualByComparingTo(tooMuch);
              assertThat(e.available()).isEqualByComparingTo(available);
              assertThat(e.getMessage())
                  .contains(tooMuch.toPlainString(), available.toPlainString());
            });
    assertThatThrownBy(
            () ->
                ledger.expend(
                    new Posting("test:too-much-paid", "hrd-employment", tooMuch, "test", null),
                    null))
        .isInstanceOf(LineOverdrawnException.class);

    assertThat(ledger.figures("hrd-employment").available()).isEqualByComparingTo(available);
    assertThat(
            jdbc.sql("select count(*) from ledger_entry where posting_key like 'test:too-much%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aReleasedCommitmentIsAvailableAgain() {
    BigDecimal available = ledger.figures("sesg-staff").available();
    ledger.commit(
        new Posting("test:club-leader", "sesg-staff", new BigDecimal("800.00"), "test", null));
    ledger.release(
        new Posting(
            "test:club-leader:cancelled", "sesg-staff", new BigDecimal("800.00"), "test", null));

    assertThat(ledger.figures("sesg-staff").available()).isEqualByComparingTo(available);
    assertThat(ledger.figures("sesg-staff").committed()).isZero();
  }

  @Test
  void amountsArePositiveStotinkiOnKnownLines() {
    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting("test:zero", "sesg-staff", BigDecimal.ZERO, "test", null)))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("положителна");
    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting(
                        "test:fraction", "sesg-staff", new BigDecimal("1.001"), "test", null)))
        .hasMessageContaining("два знака");
    assertThatThrownBy(
            () ->
                ledger.commit(
                    new Posting("test:nowhere", "no-such-line", BigDecimal.ONE, "test", null)))
        .hasMessageContaining("no-such-line");
  }

  @Test
  void overviewSumsToTheContractedProgrammes() {
    var overview = ledger.overview();

    assertThat(overview)
        .extracting(BudgetLedger.ProgrammeFigures::code)
        .containsExactly("HRD", "SESG");
    assertThat(
            overview.get(0).lines().stream()
                .map(LineFigures::contracted)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1198848.43");
    assertThat(
            overview.get(1).lines().stream()
                .map(LineFigures::contracted)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("356515.77");
  }
}
