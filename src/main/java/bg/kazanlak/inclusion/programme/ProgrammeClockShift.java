package bg.kazanlak.inclusion.programme;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

  // no transaction: each statement commits on its own, so a node that loses the race to insert
  // the shift (two nodes starting together) reads the winner's instead of failing its start
  public void apply() {
    if (properties.start() == null) {
      return;
    }
    Long shift = stored();
    if (shift == null) {
      LocalDateTime realNow = LocalDateTime.now(clock.getZone());
      shift = java.time.Duration.between(realNow, properties.start()).toMillis();
      try {
        jdbc.sql("insert into programme_clock_shift (id, shift_millis) values (1, ?)")
            .param(shift)
            .update();
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        shift = stored();
      }
    }
    clock.runFrom(LocalDateTime.now(clock.getZone()).plus(java.time.Duration.ofMillis(shift)));
    log.info("Programme clock runs from {}", clock.dateTime());
  }

  private Long stored() {
    return jdbc.sql("select shift_millis from programme_clock_shift where id = 1")
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
