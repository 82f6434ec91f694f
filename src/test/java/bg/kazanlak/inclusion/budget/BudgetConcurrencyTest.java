package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.Concurrently;
import bg.kazanlak.inclusion.TestApplications;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many finance officers approve expenses at the same moment against a line that can pay for only
 * some of them: exactly as many as fit are committed, the others are refused, and the line is never
 * overdrawn — on H2 (the default) and on PostgreSQL (production, cluster).
 */
class BudgetConcurrencyTest {

  private static final String LINE = "sesg-consumables";
  private static final String SAME_KEY_LINE = "sesg-materials";
  private static final int REQUESTS = 16;
  private static final BigDecimal EACH = new BigDecimal("100.00");
  private static final BigDecimal LEFT_ON_LINE = new BigDecimal("1050.00");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void racingApprovalsNeverOverdrawALineOnH2() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")) {
      race(app);
      raceOneKey(app);
    }
  }

  @Test
  void racingApprovalsNeverOverdrawALineOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext app = TestApplications.start(postgres)) {
      race(app);
      raceOneKey(app);
    }
  }

  /**
   * A double click or a retried job that runs twice at once: the same posting from 8 threads ends
   * in one booking, and every other attempt sees "already booked" (no unique-key violation, which
   * on PostgreSQL would abort the transaction and answer a 500).
   */
  private void raceOneKey(ConfigurableApplicationContext app) throws Exception {
    app.getBean(ProgrammeClock.class).freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
    BudgetLedger ledger = app.getBean(BudgetLedger.class);
    BigDecimal before = ledger.figures(SAME_KEY_LINE).committed();
    Posting posting =
        new Posting(
            "test:double-click", SAME_KEY_LINE, new BigDecimal("75.00"), "test", "Двоен клик");
    // each call its own transaction
    List<Boolean> alreadyBooked =
        Concurrently.times(8, () -> ledger.commit(posting).alreadyBooked());

    assertThat(alreadyBooked).containsOnlyOnce(false).hasSize(8);
    assertThat(ledger.figures(SAME_KEY_LINE).committed())
        .isEqualByComparingTo(before.add(new BigDecimal("75.00")));
  }

  private void race(ConfigurableApplicationContext app) throws Exception {
    app.getBean(ProgrammeClock.class).freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
    BudgetLedger ledger = app.getBean(BudgetLedger.class);
    ExpenseService expenses = app.getBean(ExpenseService.class);
    ExpenseCases cases = app.getBean(ExpenseCases.class);
    TaskService tasks = app.getBean(TaskService.class);
    BigDecimal available = ledger.figures(LINE).available();
    ledger.commit(
        new Posting(
            "test:earlier-contracts",
            LINE,
            available.subtract(LEFT_ON_LINE),
            "test",
            "Earlier contracts"));
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      numbers.add(
          cases
              .request(
                  new NewExpense(
                      LINE,
                      EACH,
                      "Книжарница ЕООД",
                      "Консумативи " + i,
                      LocalDate.of(2022, 6, 1),
                      "Фактура " + i,
                      null),
                  "finance")
              .expenseNumber());
    }

    List<Callable<Object>> approvals = new ArrayList<>();
    for (String number : numbers) {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
      approvals.add(
          () -> {
            approve(tasks, task.getId());
            return null;
          });
    }
    Concurrently.all(8, approvals);

    long committed =
        numbers.stream().filter(n -> expenses.get(n).status() == ExpenseStatus.COMMITTED).count();
    long refused =
        numbers.stream().filter(n -> expenses.get(n).status() == ExpenseStatus.REFUSED).count();
    LineFigures line = ledger.figures(LINE);
    assertThat(committed).isEqualTo(10);
    assertThat(refused).isEqualTo(REQUESTS - 10);
    assertThat(line.available()).isEqualByComparingTo("50.00");
    assertThat(line.committed().add(line.spent())).isLessThanOrEqualTo(line.contracted());
  }

  /**
   * A completion that loses a database race (deadlock victim, lock timeout) is repeated, as a user
   * would click again; the ledger, not the retry, decides who gets the money.
   */
  private static void approve(TaskService tasks, String taskId) {
    Concurrently.retryingLostRaces(() -> tasks.complete(taskId, Map.of("decision", "APPROVE")));
  }
}
