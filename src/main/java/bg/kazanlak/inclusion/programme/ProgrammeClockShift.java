package bg.kazanlak.inclusion.programme;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@code inclusion.clock.start}: the first start records the shift between real time and
 * programme time, later starts reuse it, so a restarted demo continues where it stopped instead of
 * jumping back behind its own tasks and timers.
 */
@Component
public class ProgrammeClockShift {

  private static final Logger log = LoggerFactory.getLogger(ProgrammeClockShift.class);

  private final ClockProperties properties;
  private final ProgrammeClock clock;
  private final JdbcClient jdbc;

  public ProgrammeClockShift(ClockProperties properties, ProgrammeClock clock, JdbcClient jdbc) {
    this.properties = properties;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  @Transactional
  public void apply() {
    if (properties.start() == null) {
      return;
    }
    Long shift =
        jdbc.sql("select shift_millis from programme_clock_shift where id = 1")
            .query(Long.class)
            .optional()
            .orElse(null);
    if (shift == null) {
      LocalDateTime realNow = LocalDateTime.now(clock.getZone());
      shift = java.time.Duration.between(realNow, properties.start()).toMillis();
      jdbc.sql("insert into programme_clock_shift (id, shift_millis) values (1, ?)")
          .param(shift)
          .update();
    }
    clock.runFrom(LocalDateTime.now(clock.getZone()).plus(java.time.Duration.ofMillis(shift)));
    log.info("Programme clock runs from {}", clock.dateTime());
  }
}
