package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.EngineSteps.assertNoVariableNamed;
import static bg.kazanlak.inclusion.EngineSteps.complete;
import static bg.kazanlak.inclusion.EngineSteps.dateVariable;
import static bg.kazanlak.inclusion.EngineSteps.dueAt;
import static bg.kazanlak.inclusion.EngineSteps.executeJobs;
import static bg.kazanlak.inclusion.EngineSteps.instance;
import static bg.kazanlak.inclusion.EngineSteps.submitStartForm;
import static bg.kazanlak.inclusion.EngineSteps.task;
import static bg.kazanlak.inclusion.EngineSteps.timer;
import static bg.kazanlak.inclusion.EngineSteps.variable;
import static bg.kazanlak.inclusion.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.employment.ContractMonth;
import bg.kazanlak.inclusion.employment.MonthlyPayCost;
import bg.kazanlak.inclusion.employment.PayTerms;
import bg.kazanlak.inclusion.employment.Timesheet;
import bg.kazanlak.inclusion.familyhouse.StaffFigures.Figures;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code family-house-position} on the real model, delegates, employment's pay rules and the
 * ledger, started from its Tasklist start form as an HR officer. Each test's positions lie in
 * months of their own, so the jobs rule sees only the test's positions; money is asserted per
 * position (its ledger entries). The clock is moved explicitly and the jobs executed by the test.
 */
@ProcessTest
class StaffPositionProcessTest {

  private static final String LINE = "hrd-staff";
  private static final List<String> HR = List.of("hr-officers");
  private static final List<String> FINANCE = List.of("finance");
  private static final String NAME = "Стаматка Щатовска";

  /** The ledger's kind of a payment. */
  private static final String EXPENDITURE = "EXPENDITURE";

  @Autowired StaffPayroll payroll;
  @Autowired StaffPositions positions;
  @Autowired StaffFigures figures;
  @Autowired MonthlyPayCost payCost;
  @Autowired BudgetLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aPositionIsPostedEveryMonthUntilItsEndAtEmploymentsPayCost() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
    LocalDate start = LocalDate.of(2022, 6, 6);
    LocalDate end = LocalDate.of(2022, 8, 19);
    BigDecimal spentBefore = ledger.figures(LINE).spent();

    ProcessInstance pi = started(form("kazanlak", "PSYCHOLOGIST", start, end, "0.5", "600,00"));
    String number = pi.getBusinessKey();

    assertThat(number).matches("P-2022-\\d{3}");
    assertThat(pi).hasPassed("Task_RecordPosition").isWaitingAt("Event_MonthEnd");
    assertThat(variable(pi, "positionNumber")).isEqualTo(number);
    assertThat(variable(pi, "houseName")).isEqualTo("Къща на семейството – Казанлък");
    assertThat(variable(pi, "roleLabel")).isEqualTo("Психолог");
    assertThat(variable(pi, "staffMonth")).isEqualTo("2022-06");
    assertThat(timer(pi).getDuedate()).isEqualTo(dueAt(LocalDate.of(2022, 6, 30), 17, 30));
    Position stored = positions.get(number);
    assertThat(stored.staffName()).isEqualTo(NAME);
    assertThat(stored.status()).isEqualTo(PositionStatus.ACTIVE);
    assertNameNotInTheEngine();

    // not before the month's end
    clock.freezeAt(LocalDateTime.of(2022, 6, 30, 17, 0));
    executeJobs(pi);
    assertThat(pi).isWaitingAt("Event_MonthEnd");

    List<Tuple> expected = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (YearMonth month = YearMonth.of(2022, 6);
        !month.isAfter(YearMonth.of(2022, 8));
        month = month.plusMonths(1)) {
      assertThat(variable(pi, "staffMonth")).isEqualTo(month.toString());
      BigDecimal cost = expectedCost(month, start, end, "600.00", "0.5");
      expected.add(tuple(EXPENDITURE, cost, "family-house-staff:" + number + ":" + month));
      total = total.add(cost);
      monthEnds(pi);
      if (month.isBefore(YearMonth.of(2022, 8))) {
        assertThat(variable(pi, "lastMonthCost")).isEqualTo(cost.toPlainString());
      }
    }

    assertThat(pi).hasPassed("Gateway_MoreMonths", "Event_PositionEnded").isEnded();
    assertThat(entries(number)).containsExactlyElementsOf(expected);
    assertThat(ledger.figures(LINE).spent().subtract(spentBefore)).isEqualByComparingTo(total);
    assertThat(positions.get(number).status()).isEqualTo(PositionStatus.ENDED);
    // June from the 6th and August to the 19th are pro rata: less than July, a whole month
    assertThat((BigDecimal) expected.get(0).toList().get(1))
        .isLessThan((BigDecimal) expected.get(1).toList().get(1));
    assertThat((BigDecimal) expected.get(2).toList().get(1))
        .isLessThan((BigDecimal) expected.get(1).toList().get(1));
    assertNameNotInTheEngine();
  }

  @Test
  void aMonthIsBookedOnceEvenWhenItIsPostedAgain() {
    clock.freezeAt(LocalDateTime.of(2022, 9, 5, 9, 0));
    ProcessInstance pi =
        started(
            form(
                "kran",
                "DRIVER",
                LocalDate.of(2022, 9, 5),
                LocalDate.of(2022, 10, 31),
                "1",
                "900"));
    String number = pi.getBusinessKey();
    BigDecimal spentBefore = ledger.figures(LINE).spent();
    monthEnds(pi);
    assertThat(entries(number)).hasSize(1);
    BigDecimal spentAfter = ledger.figures(LINE).spent();
    BigDecimal september =
        expectedCost(
            YearMonth.of(2022, 9),
            LocalDate.of(2022, 9, 5),
            LocalDate.of(2022, 10, 31),
            "900",
            "1");
    assertThat(spentAfter.subtract(spentBefore)).isEqualByComparingTo(september);

    // the same month again (a retried job): booked once
    PositionMonth again = payroll.post(number, YearMonth.of(2022, 9));
    assertThat(again.alreadyBooked()).isTrue();
    assertThat(again.cost().totalCost()).isEqualByComparingTo(september);
    assertThat(entries(number)).hasSize(1);
    assertThat(ledger.figures(LINE).spent()).isEqualByComparingTo(spentAfter);
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    assertThat(variable(pi, "staffMonth")).isEqualTo("2022-10");
  }

  @Test
  void aMonthTheLineCannotPayGoesToFinanceAndTheManagersAndIsBookedOnceFunded() {
    clock.freezeAt(LocalDateTime.of(2022, 11, 7, 9, 0));
    ProcessInstance pi =
        started(
            form(
                "razhena",
                "ROMA_MEDIATOR",
                LocalDate.of(2022, 11, 7),
                LocalDate.of(2022, 12, 30),
                "1",
                "1100.00"));
    String number = pi.getBusinessKey();

    // the line cannot pay November: finance and the managers are asked, nothing is booked
    BigDecimal available = ledger.figures(LINE).available();
    String blocker = "test:staff-blocker:" + number;
    BigDecimal blocked = available.subtract(new BigDecimal("100.00"));
    ledger.commit(new Posting(blocker, LINE, blocked, "test", "Блокира реда"));
    try {
      monthEnds(pi);
      assertThat(pi).hasPassed("Event_StaffLineOverdrawn").isWaitingAt("Task_StaffCostEscalation");
      assertThat(task(pi)).hasCandidateGroup("finance").hasCandidateGroup("project-managers");
      assertThat((String) variable(pi, "staffCostRefusal")).contains("100.00");
      assertThat(entries(number)).isEmpty();
      assertThat(payroll.monthInHand(number).month()).isEqualTo(YearMonth.of(2022, 11));
    } finally {
      ledger.release(new Posting(blocker + ":release", LINE, blocked, "test", "Освобождава реда"));
    }

    complete(pi, "t-finance", FINANCE, Map.of("fundsArranged", true));
    executeJobs(pi); // the posting, tried again
    executeJobs(pi);

    BigDecimal november =
        expectedCost(
            YearMonth.of(2022, 11),
            LocalDate.of(2022, 11, 7),
            LocalDate.of(2022, 12, 30),
            "1100.00",
            "1");
    assertThat(entries(number))
        .containsExactly(tuple(EXPENDITURE, november, "family-house-staff:" + number + ":2022-11"));
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    assertThat(variable(pi, "staffMonth")).isEqualTo("2022-12");
    assertThat(variable(pi, "monthEndDay")).isEqualTo("2022-12-30");
    assertThat(runtime.getVariable(pi.getId(), "staffCostRefusal")).isNull();
  }

  @Test
  void aSixteenthPositionAtTheSameTimeAsFifteenOthersIsRefused() {
    clock.freezeAt(LocalDateTime.of(2023, 1, 9, 9, 0));
    LocalDate start = LocalDate.of(2023, 2, 1);
    LocalDate end = LocalDate.of(2023, 3, 31);
    List<String> houses = List.of("kazanlak", "kran", "gorno-cherkovishte", "razhena");
    for (int i = 0; i < 15; i++) {
      started(form(houses.get(i % 4), "SOCIAL_WORKER", start, end, "1", "900"));
    }

    Map<String, Long> before = traces();
    RequestRefusedException refused =
        refused(
            () ->
                started(
                    form(
                        "kran",
                        "CARETAKER",
                        LocalDate.of(2023, 3, 15),
                        LocalDate.of(2023, 4, 30),
                        "1",
                        "900")));
    assertThat(refused.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(refused.detail()).contains("15.03.2023", "15 работни места");
    assertThat(traces()).isEqualTo(before);

    // once the fifteen are over, a job is free again
    ProcessInstance april =
        started(
            form(
                "kran",
                "CARETAKER",
                LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 4, 30),
                "1",
                "900"));
    assertThat(april).isWaitingAt("Event_MonthEnd");

    clock.freezeAt(LocalDateTime.of(2023, 2, 15, 9, 0));
    Figures now = figures.asOf(clock.today());
    assertThat(now.target()).isEqualTo(15);
    assertThat(now.jobsFilled()).isEqualTo(15);
    assertThat(now.positions()).isGreaterThanOrEqualTo(16);
    assertThat(now.houses())
        .extracting(StaffFigures.HouseFigures::id, StaffFigures.HouseFigures::jobsFilled)
        .containsExactly(
            tuple("kazanlak", 4L),
            tuple("kran", 4L),
            tuple("gorno-cherkovishte", 4L),
            tuple("razhena", 3L));
  }

  @Test
  void badInputIsRefusedInBulgarianAndLeavesNothing() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 9, 0));
    LocalDate start = LocalDate.of(2022, 6, 6);
    LocalDate end = LocalDate.of(2022, 7, 31);
    Map<String, Long> before = traces();

    assertField(form("nowhere", "PSYCHOLOGIST", start, end, "1", "900"), "house");
    assertField(form("kran", "SURGEON", start, end, "1", "900"), "role");
    assertField(form("kran", "DRIVER", start, LocalDate.of(2023, 7, 31), "1", "900"), "endDate");
    assertField(form("kran", "DRIVER", LocalDate.of(2022, 6, 3), end, "1", "900"), "startDate");
    // 710 is the minimum from April 2022: 700 full time, or 350 half time, is under it
    assertField(form("kran", "DRIVER", start, end, "1", "700"), "grossMonthlyWage");
    assertField(form("kran", "DRIVER", start, end, "0.5", "350"), "grossMonthlyWage");
    Map<String, Object> noName = form("kran", "DRIVER", start, end, "1", "900");
    noName.remove("staffName");
    assertField(noName, "staffName");

    assertThat(traces()).isEqualTo(before);
    assertNameNotInTheEngine();
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, Object> form(
      String house, String role, LocalDate start, LocalDate end, String workingTime, String gross) {
    Map<String, Object> form = new HashMap<>();
    form.put("house", house);
    form.put("role", role);
    form.put("staffName", " " + NAME + " ");
    form.put("startDate", start.toString());
    form.put("endDate", end.toString());
    form.put("workingTime", workingTime);
    form.put("grossMonthlyWage", gross);
    return form;
  }

  private ProcessInstance started(Map<String, Object> form) {
    return instance(submitStartForm("t-hr", HR, StaffPositionCases.PROCESS_ID, form).getId());
  }

  /** The cost of a month with every working day paid, by employment's rules. */
  private BigDecimal expectedCost(
      YearMonth month, LocalDate start, LocalDate end, String gross, String fraction) {
    ContractMonth days = ContractMonth.of(month, start, end);
    return payCost
        .calculate(
            new PayTerms(new BigDecimal(gross), "SOCIAL_WORK", new BigDecimal(fraction)),
            days,
            new Timesheet(payCost.contractWorkingDays(days), 0, 0, 0))
        .totalCost();
  }

  /** Moves the clock past the end of the month in hand, fires its timer and runs the posting. */
  private void monthEnds(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Event_MonthEnd");
    LocalDate last = dateVariable(pi, "monthEndDay");
    clock.freezeAt(last.atTime(18, 0));
    executeJobs(pi); // the timer
    assertThat(pi).hasPassed("Event_MonthEnd").isWaitingAt("Task_PostMonthCost");
    executeJobs(pi); // the posting, after its save point
  }

  private void assertField(Map<String, Object> form, String field) {
    RequestRefusedException refused = refused(() -> started(form));
    assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
    assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactly(field);
    assertThat(refused.getMessage() + refused.fieldProblems()).doesNotContain("Щатовска");
  }

  /** The staff member's name is in the position's row only: in no engine table, live or past. */
  private void assertNameNotInTheEngine() {
    assertNoVariableNamed("staffName");
    assertThat(
            jdbc.sql("select count(*) from ACT_HI_DETAIL where NAME_ = ?")
                .param("staffName")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The position's ledger entries in booking order: kind, amount and key. */
  private List<Tuple> entries(String number) {
    return jdbc.sql(
            "select kind, amount, posting_key from ledger_entry where source = ? order by id")
        .param("family-house-position:" + number)
        .query((rs, i) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)))
        .list();
  }

  /** What a start leaves behind: the staff tables' rows and the engine's cases. */
  private Map<String, Long> traces() {
    Map<String, Long> counts = new HashMap<>();
    for (String table : List.of("family_house_position", "family_house_position_month")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    counts.put(
        "instances",
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(StaffPositionCases.PROCESS_ID)
            .count());
    counts.put(
        "history",
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(StaffPositionCases.PROCESS_ID)
            .count());
    counts.put(
        "number",
        jdbc.sql("select last_value from number_sequence where name = 'family-house-position'")
            .query(Long.class)
            .single());
    return counts;
  }
}
