package bg.kazanlak.inclusion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The concurrency harness of the race tests, written once: many callers released at the same
 * instant ({@link #all}), one caller in the background while the test holds another at a chosen
 * point ({@link #inBackground}, {@link #await}, {@link #waitUntil}), and the retry a user or the
 * job executor makes after losing a database race ({@link #retryingLostRaces}).
 */
public final class Concurrently {

  /** How long a racing caller may take before the test fails instead of hanging. */
  public static final Duration PATIENCE = Duration.ofMinutes(2);

  private static final AtomicInteger POOLS = new AtomicInteger();

  private Concurrently() {}

  /**
   * Runs every action on a pool of {@code threads}, all released together, and returns their
   * results in the actions' order. The first action that throws fails the call with its exception.
   */
  public static <T> List<T> all(int threads, List<? extends Callable<T>> actions) throws Exception {
    return all("race-" + POOLS.incrementAndGet() + "-", threads, actions);
  }

  /**
   * As {@link #all(int, List)}, on threads named {@code threadName} + 1, 2, ... (to tell them in a
   * log).
   */
  public static <T> List<T> all(String threadName, int threads, List<? extends Callable<T>> actions)
      throws Exception {
    AtomicInteger serial = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, threadName + serial.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> action : actions) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return action.call();
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(result(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same action {@code times} times at once, each on its own thread. */
  public static <T> List<T> times(int times, Callable<T> action) throws Exception {
    List<Callable<T>> actions = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      actions.add(action);
    }
    return all(times, actions);
  }

  /** The action on a (daemon) thread of its own; {@link #result} waits for it. */
  public static <T> Future<T> inBackground(Callable<T> action) {
    ExecutorService single =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "background-" + POOLS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    Future<T> future = single.submit(action);
    single.shutdown();
    return future;
  }

  /** The action's result within {@link #PATIENCE}, its own exception if it threw one. */
  public static <T> T result(Future<T> future) throws Exception {
    try {
      return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("a concurrent caller did not finish within " + PATIENCE, e);
    }
  }

  /** Until the latch opens; fails the test after a minute rather than hanging. */
  public static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("timed out waiting for the other thread");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Polls the condition (busy, so it sees short states) until it holds; fails after the timeout.
   */
  public static void waitUntil(String what, Duration timeout, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.onSpinWait();
    }
  }

  /**
   * Repeats an action that lost a database race (a deadlock victim, a lock timeout, an optimistic
   * lock), as a user would click again or the job executor retry: up to five attempts.
   */
  public static void retryingLostRaces(Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return;
      } catch (OptimisticLockingException | TransientDataAccessException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }
}
