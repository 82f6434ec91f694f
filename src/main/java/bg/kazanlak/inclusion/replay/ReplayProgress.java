package bg.kazanlak.inclusion.replay;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one-line progress bar ({@code \r} updates, at most four a second): the simulated month, the
 * share of the period done, tasks completed and their rate, the heap in use.
 */
class ReplayProgress {

  private static final long INTERVAL_NANOS = 250_000_000L;
  private static final int WIDTH = 30;

  private final boolean enabled;
  private final LocalDate first;
  private final long days;
  private final ReplayFigures figures;
  private final PrintStream out = System.out;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long started = System.nanoTime();
  private long lastPrinted;
  private long peakHeap;

  ReplayProgress(boolean enabled, LocalDate first, LocalDate last, ReplayFigures figures) {
    this.enabled = enabled;
    this.first = first;
    this.days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
    this.figures = figures;
  }

  void update(LocalDate day, boolean last) {
    long now = System.nanoTime();
    long heap = memory.getHeapMemoryUsage().getUsed();
    peakHeap = Math.max(peakHeap, heap);
    if (!enabled || (!last && now - lastPrinted < INTERVAL_NANOS)) {
      return;
    }
    lastPrinted = now;
    double share = (ChronoUnit.DAYS.between(first, day) + 1) / (double) days;
    int filled = (int) Math.round(Math.min(1, share) * WIDTH);
    double seconds = Math.max(0.001, (now - started) / 1e9);
    long tasks = figures.tasksCompleted();
    out.print(
        String.format(
            "\r[%s%s] %s %3.0f%%  tasks %d (%.0f/s)  %.0f s  heap %d MiB ",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            day.toString().substring(0, 7),
            share * 100,
            tasks,
            tasks / seconds,
            seconds,
            heap >> 20));
    if (last) {
      out.println();
    }
    out.flush();
  }

  long peakHeapSampled() {
    return peakHeap;
  }
}
