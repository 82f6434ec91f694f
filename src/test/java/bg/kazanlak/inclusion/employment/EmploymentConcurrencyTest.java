package bg.kazanlak.inclusion.employment;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.Concurrently;
import bg.kazanlak.inclusion.TestApplications;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocations racing for the last places (as job executors on several nodes would) never hand out
 * more places than an employer has, on H2 and on PostgreSQL; and one contract's month runs through
 * the employment tables on each database.
 */
class EmploymentConcurrencyTest {

  /** ISCED 6 at 30: the administration and the NGO, 6 + 6 places. */
  private static final int CASES = 16;

  private static final int PLACES = 12;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void racingAllocationsNeverExceedThePlacesOnH2() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:places-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")) {
      race(app);
    }
  }

  @Test
  void racingAllocationsNeverExceedThePlacesOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext app = TestApplications.start(postgres)) {
      race(app);
    }
  }

  private void race(ConfigurableApplicationContext app) throws Exception {
    ProgrammeClock clock = app.getBean(ProgrammeClock.class);
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
    ParticipantRegistry registry = app.getBean(ParticipantRegistry.class);
    EmploymentCases cases = app.getBean(EmploymentCases.class);
    Placements placements = app.getBean(Placements.class);
    Contracts contracts = app.getBean(Contracts.class);
    Payroll payroll = app.getBean(Payroll.class);
    EmploymentFigures figures = app.getBean(EmploymentFigures.class);
    ManagementService management = app.getBean(ManagementService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);

    List<String> instances = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String registrationNumber =
          registry
              .register(
                  TestPeople.person(
                      "Веселина",
                      "Николова",
                      LocalDate.of(1992, 2, 2),
                      "Казанлък",
                      "UNEMPLOYED",
                      "ISCED_6"),
                  "officer")
              .registrationNumber();
      String instance = cases.start(registrationNumber);
      complete(tasks, instance, Map.of("preferredEmployer", "NONE"));
      instances.add(instance);
    }

    List<Callable<Object>> allocations = new ArrayList<>();
    for (String instance : instances) {
      Job job = management.createJobQuery().processInstanceId(instance).singleResult();
      allocations.add(
          () -> {
            // a job that loses a database race is retried, as the job executor would
            Concurrently.retryingLostRaces(() -> management.executeJob(job.getId()));
            return null;
          });
    }
    Concurrently.all(8, allocations);

    long placed =
        instances.stream()
            .filter(id -> Boolean.TRUE.equals(runtime.getVariable(id, "placeAvailable")))
            .count();
    assertThat(placed).isEqualTo(PLACES);
    assertThat(placements.waitingList()).hasSize(CASES - PLACES);
    assertThat(placements.freePlaces())
        .containsEntry("municipal-administration", 0)
        .containsEntry("future-for-children", 0);

    // one contract through a month on this database
    String instance =
        instances.stream()
            .filter(id -> Boolean.TRUE.equals(runtime.getVariable(id, "placeAvailable")))
            .findFirst()
            .orElseThrow();
    complete(
        tasks,
        instance,
        Map.of(
            "startDate",
            "2022-06-01",
            "position",
            "Сътрудник",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "900.00"));
    complete(tasks, instance, Map.of("signatureDate", "2022-06-01"));
    String contractId = (String) runtime.getVariable(instance, "contractId");
    Job monthEnd = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    clock.freezeAt(
        LocalDateTime.ofInstant(monthEnd.getDuedate().toInstant(), ZoneId.of("Europe/Sofia")));
    management.executeJob(monthEnd.getId());
    complete(
        tasks,
        instance,
        Map.of("daysWorked", 20, "paidLeaveDays", 2, "sickLeaveDays", 0, "unpaidAbsenceDays", 0));
    assertThat(payroll.postedMonths(contractId)).containsExactly("2022-06");
    assertThat(payroll.totalCost(contractId)).isPositive();
    String employer = contracts.contract(contractId).employerId();
    assertThat(contracts.contracts(employer, ContractStatus.ACTIVE))
        .extracting(Contract::contractId)
        .containsExactly(contractId);
    assertThat(figures.asOf(clock.today()).of(employer))
        .isEqualTo(new EmploymentFigures.Counts(1, 1));
  }

  /**
   * Regression: an allocation found no free place and, before it committed the person to the
   * waiting list, a contract ended and freed a place at that employer: the release saw nobody
   * waiting and gave the place back, the person waited for ever beside a free place. Now the
   * allocation holds the employers' rows until it commits, so the release waits and offers it.
   */
  @Test
  void aPlaceFreedWhileAnAllocationDecidesToWaitGoesToThatPerson() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApplications.start("jdbc:h2:mem:waiting-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")) {
      app.getBean(ProgrammeClock.class).freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
      ParticipantRegistry registry = app.getBean(ParticipantRegistry.class);
      Placements placements = app.getBean(Placements.class);
      TransactionTemplate transaction =
          new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      List<String> people = new ArrayList<>();
      for (int i = 0; i <= PLACES; i++) {
        people.add(
            registry
                .register(
                    TestPeople.person(
                        "Веселина",
                        "Николова",
                        LocalDate.of(1992, 2, 2),
                        "Казанлък",
                        "UNEMPLOYED",
                        "ISCED_6"),
                    "officer")
                .registrationNumber());
      }
      for (String holder : people.subList(0, PLACES)) {
        assertThat(placements.allocate(holder, Placements.NO_PREFERENCE).waiting()).isFalse();
      }
      String late = people.get(PLACES);

      CountDownLatch decided = new CountDownLatch(1);
      CountDownLatch commit = new CountDownLatch(1);
      Future<Allocation> allocation =
          Concurrently.inBackground(
              () ->
                  transaction.execute(
                      status -> {
                        Allocation waiting = placements.allocate(late, Placements.NO_PREFERENCE);
                        decided.countDown();
                        Concurrently.await(commit);
                        return waiting;
                      }));
      Concurrently.await(decided);
      // a place of the administration is freed while the allocation has not committed
      Future<Optional<PlaceOffer>> release =
          Concurrently.inBackground(
              () ->
                  transaction.execute(
                      status -> placements.handOn("municipal-administration", person -> true)));
      Concurrently.waitUntil(
          "the release waits for the allocation's lock",
          Duration.ofSeconds(8),
          () ->
              jdbc.sql(
                          "select count(*) from information_schema.sessions "
                              + "where blocker_id is not null")
                      .query(Long.class)
                      .single()
                  > 0);
      commit.countDown();

      assertThat(Concurrently.result(allocation).waiting()).isTrue();
      assertThat(Concurrently.result(release))
          .contains(new PlaceOffer(late, "municipal-administration"));
      assertThat(placements.waitingList()).doesNotContain(late);
      assertThat(placements.freePlaces()).containsEntry("municipal-administration", 0);
    }
  }

  private static void complete(TaskService tasks, String instance, Map<String, Object> values) {
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), values);
  }
}
