package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

/**
 * The single-node application on its H2 file, killed with SIGKILL in the middle of work and started
 * again on the same file: every answered registration is there once, a request it never answered
 * left all of its rows or none, the jobs it had locked run once after their lock expires, and the
 * work is finished by the restarted node with nothing duplicated ({@link ProgrammeWorkload}'s
 * checks, the same as the cluster test's).
 */
class CrashIT {

  private static final Path FOLDER = Path.of("target", "crash-it");
  private static final Duration START = Duration.ofMinutes(4);

  @Test
  void killedMidWorkAndRestartedOnTheSameFileItFinishesEverythingOnce() throws Exception {
    Files.createDirectories(FOLDER);
    Path file = Files.createTempDirectory("kazanlak-crash-").resolve("inclusion");
    // AUTO_SERVER: the test reads the file while the node has it open
    String url =
        "jdbc:h2:file:"
            + file.toAbsolutePath()
            + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;WRITE_DELAY=0";
    List<String> arguments =
        Stream.of(
                ApplicationNode.databaseArguments(url, "sa", ""),
                ProgrammeWorkload.arguments(),
                // one job thread: jobs are still locked, not yet run, when the node dies
                List.of(
                    "--camunda.bpm.job-execution.core-pool-size=1",
                    "--camunda.bpm.job-execution.max-pool-size=1"))
            .flatMap(List::stream)
            .toList();
    try (ApplicationNode node = new ApplicationNode("single", FOLDER, arguments)) {
      node.start().awaitUp(START);
      ProgrammeWorkload work = new ProgrammeWorkload(2);
      work.createStaff(node);
      List<String> lockedAtTheKill;
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try (Connection db = ProgrammeWorkload.connect(url, "sa", "")) {
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          String number = work.register(node, i);
          assertThat(work.assess(node, number)).isTrue();
          pending.add(number);
        }
        List<Future<?>> inFlight = new ArrayList<>();
        for (int i = 10; i < 22; i++) {
          int person = i;
          inFlight.add(pool.submit(() -> work.register(node, person)));
        }
        for (int i = 0; i < 4; i++) {
          int expense = i;
          inFlight.add(pool.submit(() -> work.expense(node, node, expense)));
        }
        for (String number : pending) {
          inFlight.add(pool.submit(() -> work.recordPreference(node, number)));
        }
        // kill while requests are in flight and the single job thread holds allocation jobs
        Awaitility.await("a job locked")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> !ProgrammeWorkload.lockedJobs(db).isEmpty());
        node.kill();
        lockedAtTheKill = ProgrammeWorkload.lockedJobs(db);
        for (Future<?> request : inFlight) {
          request.get(2, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
      }

      node.start().awaitUp(START);
      try (Connection db = ProgrammeWorkload.connect(url, "sa", "")) {
        work.finishOnboarding(node, db);
        for (int i = 4; i < 8; i++) {
          assertThat(work.expense(node, node, i)).isTrue();
        }
        work.awaitJobsDone(db, Duration.ofMinutes(2));

        work.assertNothingLostOrDuplicated(db);
        assertThat(work.registeredNumbers(db)).hasSizeGreaterThanOrEqualTo(10);
        for (String job : lockedAtTheKill) {
          assertThat(
                  ProgrammeWorkload.count(
                      db,
                      "select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
                      job))
              .as("job %s, locked at the kill, run once", job)
              .isEqualTo(1);
        }
      } finally {
        node.stop();
      }
    }
  }
}
