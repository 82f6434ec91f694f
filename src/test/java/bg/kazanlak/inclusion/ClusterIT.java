package bg.kazanlak.inclusion;

import static bg.kazanlak.inclusion.ProgrammeWorkload.count;
import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.identity.Groups;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes on one PostgreSQL database, each a separate JVM, as production runs them
 * (docs/production.md, "Several nodes"). Proves that:
 *
 * <ul>
 *   <li>both start together on the empty database (the {@code StartupLock} lets one at a time
 *       through start-up: one creates the engine's schema, the other finds it); the start-up work
 *       (Flyway, the engine's deployment, the programme clock, budget lines, places, groups,
 *       grants, filters, the first administrator) is done exactly once;
 *   <li>while both serve registrations, assessments, preferences (whose allocation is a job of the
 *       shared job executor) and expense approvals, one node is killed with SIGKILL; the survivor
 *       takes over the jobs the dead node had locked once their lock expires, and finishes all
 *       work: no answered registration is lost, a request the dead node never answered left all of
 *       its rows or none, no case, job, place or ledger posting exists twice.
 * </ul>
 */
class ClusterIT {

  private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);
  private static final Path FOLDER = Path.of("target", "cluster-it");
  private static final Duration START = Duration.ofMinutes(4);

  @Test
  void twoNodesStartTogetherAndTheSurvivorOfAKillFinishesTheWork() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      List<String> common =
          Stream.of(
                  List.of("--spring.profiles.active=postgres"),
                  ApplicationNode.databaseArguments(url, "postgres", "postgres"),
                  ProgrammeWorkload.arguments())
              .flatMap(List::stream)
              .toList();
      // both start together on the empty database and may create the engine's schema: the
      // start-up lock lets one create it and the other find it
      common = new ArrayList<>(common);
      common.add("--camunda.bpm.database.schema-update=true");
      List<String> slowExecutor = new ArrayList<>(common);
      // one job thread: node A holds jobs it has locked but not yet run when it is killed
      slowExecutor.addAll(
          List.of(
              "--camunda.bpm.job-execution.core-pool-size=1",
              "--camunda.bpm.job-execution.max-pool-size=1"));
      try (ApplicationNode a = new ApplicationNode("node-a", FOLDER, slowExecutor);
          ApplicationNode b = new ApplicationNode("node-b", FOLDER, common);
          Connection db = ProgrammeWorkload.connect(url, "postgres", "postgres")) {
        long started = System.nanoTime();
        a.start();
        b.start();
        a.awaitUp(START);
        b.awaitUp(START);
        log.info("Both nodes up after {} s", (System.nanoTime() - started) / 1_000_000_000);
        assertStartUpWorkDoneOnce(db);

        ProgrammeWorkload work = new ProgrammeWorkload(1);
        work.createStaff(a);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
          // both nodes serve: people through to the allocation job, expenses across nodes
          List<Future<?>> steps = new ArrayList<>();
          for (int i = 0; i < 24; i++) {
            ApplicationNode node = i % 2 == 0 ? a : b;
            int person = i;
            steps.add(pool.submit(() -> onboard(work, node, person)));
          }
          for (int i = 0; i < 6; i++) {
            int expense = i;
            steps.add(
                pool.submit(
                    () ->
                        work.expense(expense % 2 == 0 ? a : b, expense % 2 == 0 ? b : a, expense)));
          }
          awaitAll(steps);

          // node A: people waiting for HR, and registrations still arriving at both nodes
          List<String> pending = new ArrayList<>();
          for (int i = 24; i < 32; i++) {
            String number = work.register(a, i);
            assertThat(work.assess(a, number)).isTrue();
            pending.add(number);
          }
          List<Future<?>> arriving = new ArrayList<>();
          for (int i = 32; i < 48; i++) {
            int person = i;
            arriving.add(pool.submit(() -> work.register(person % 2 == 0 ? a : b, person)));
          }
          List<Future<?>> preferences = new ArrayList<>();
          for (String number : pending) {
            preferences.add(pool.submit(() -> work.recordPreference(a, number)));
          }
          // kill as soon as A's single job thread holds allocation jobs: they stay locked until
          // their lock expires, then the survivor runs them
          Awaitility.await("a job locked")
              .atMost(Duration.ofMinutes(1))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> !ProgrammeWorkload.lockedJobs(db).isEmpty());
          a.kill();
          List<String> lockedByA = ProgrammeWorkload.lockedJobs(db);
          log.info("Node A killed, {} jobs locked", lockedByA.size());
          assertThat(lockedByA).as("jobs locked at the kill").isNotEmpty();
          awaitAll(preferences);
          awaitAll(arriving);

          // the survivor finishes everything
          for (int i = 6; i < 12; i++) {
            assertThat(work.expense(b, b, i)).isTrue();
          }
          work.finishOnboarding(b, db);
          work.awaitJobsDone(db, Duration.ofMinutes(2));

          work.assertNothingLostOrDuplicated(db);
          assertThat(work.registeredNumbers(db)).hasSizeGreaterThanOrEqualTo(32);
          for (String job : lockedByA) {
            assertThat(count(db, "select count(*) from ACT_RU_JOB where ID_ = ?", job)).isZero();
            assertThat(
                    count(
                        db,
                        "select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
                        job))
                .as("job %s, locked at the kill, run once", job)
                .isEqualTo(1);
          }
          assertThat(
                  count(
                      db,
                      "select count(distinct HOSTNAME_) from ACT_HI_JOB_LOG where JOB_STATE_ = 2"))
              .as("both nodes ran jobs")
              .isEqualTo(2);
          log.info(
              "Registered {}, answered {}, took over {} jobs of the dead node, {} s in all",
              work.registeredNumbers(db).size(),
              work.answeredRegistrations(),
              lockedByA.size(),
              (System.nanoTime() - started) / 1_000_000_000);
        } finally {
          pool.shutdownNow();
          pool.awaitTermination(30, TimeUnit.SECONDS);
          b.stop();
        }
      }
    }
  }

  private static void onboard(ProgrammeWorkload work, ApplicationNode node, int person) {
    String number = work.register(node, person);
    assertThat(work.assess(node, number)).isTrue();
    assertThat(work.recordPreference(node, number)).isTrue();
  }

  /** The start-up work of two nodes at once, done once. */
  private static void assertStartUpWorkDoneOnce(Connection db) throws Exception {
    assertThat(count(db, "select count(*) from domain_schema_history where not success")).isZero();
    assertThat(count(db, "select count(*) from ACT_RE_PROCDEF where VERSION_ > 1"))
        .as("each model deployed once")
        .isZero();
    assertThat(count(db, "select count(*) from programme_clock_shift")).isEqualTo(1);
    assertThat(count(db, "select count(*) from budget_line_balance")).isEqualTo(10);
    assertThat(count(db, "select count(*) from employment_employer_places")).isEqualTo(3);
    // identity_setup: each node's plan hash differs (finding, see docs/testing.md), so the second
    // node re-applies the plan; the groups and filters must still exist once
    assertThat(count(db, "select count(*) from ACT_ID_GROUP")).isEqualTo(Groups.ALL.size());
    assertThat(count(db, "select count(*) from ACT_RU_FILTER"))
        .isPositive()
        .isEqualTo(count(db, "select count(distinct NAME_) from ACT_RU_FILTER"));
    assertThat(
            count(db, "select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = ?", Groups.ADMIN))
        .as("one first administrator")
        .isEqualTo(1);
  }

  private static void awaitAll(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      future.get(3, TimeUnit.MINUTES);
    }
  }
}
