package bg.kazanlak.inclusion.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the replay counts while it runs: tasks completed, refused answers, four-eyes refusals, the
 * work the simulated staff could not do (refused registrations and the like), broken invariants.
 * Thread-safe where the simulated work may count from several places.
 */
@Component
@Profile("replay")
public class ReplayFigures {

  final AtomicLong tasksCompleted = new AtomicLong();
  final AtomicLong fourEyesRetries = new AtomicLong();
  final AtomicLong answersRefused = new AtomicLong();
  private final Map<String, AtomicLong> counters = Collections.synchronizedMap(new TreeMap<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  /** Counts one occurrence of something the simulated work did (e.g. "registrations.refused"). */
  public void count(String name) {
    counters.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
  }

  public long counter(String name) {
    AtomicLong value = counters.get(name);
    return value == null ? 0 : value.get();
  }

  public Map<String, Long> counters() {
    synchronized (counters) {
      Map<String, Long> copy = new TreeMap<>();
      counters.forEach((k, v) -> copy.put(k, v.get()));
      return copy;
    }
  }

  /** A broken invariant: the run fails. */
  public void violation(String message) {
    if (violations.size() < 100) {
      violations.add(message);
    }
  }

  /** Work that failed unexpectedly (not a refusal the simulation expects): the run fails. */
  public void error(String message) {
    if (errors.size() < 100) {
      errors.add(message);
    }
  }

  public List<String> violations() {
    return List.copyOf(violations);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  public long tasksCompleted() {
    return tasksCompleted.get();
  }
}
