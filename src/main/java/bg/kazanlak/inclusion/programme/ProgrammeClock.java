package bg.kazanlak.inclusion.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of domain and engine. Camunda's {@link ClockUtil} is JVM-wide and drives timers and
 * due dates; this class is the only place that touches it, so that the domain's "today" and the
 * engine's "now" can never disagree, whether the clock runs in real time, runs shifted into the
 * programme period (demo), or stands still (tests, replay).
 */
public class ProgrammeClock extends Clock {

  private final ZoneId zone;

  public ProgrammeClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ProgrammeClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.now(this);
  }

  public LocalDateTime dateTime() {
    return LocalDateTime.now(this);
  }

  /** Stops the clock at the given moment (tests and the replay move it explicitly). */
  public void freezeAt(LocalDateTime moment) {
    ClockUtil.setCurrentTime(Date.from(moment.atZone(zone).toInstant()));
  }

  /** Keeps the clock running, shifted so that it reads {@code moment} now. */
  public void runFrom(LocalDateTime moment) {
    long target = moment.atZone(zone).toInstant().toEpochMilli();
    ClockUtil.offset(target - System.currentTimeMillis());
  }

  /** Back to real time. */
  public void reset() {
    ClockUtil.reset();
  }
}
