package bg.kazanlak.inclusion.programme;

import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's "now" for the webapps' browser clock ({@code programme-clock.js} of Tasklist and
 * Cockpit): open without a login because the login page shows dates too, read-only, and it reveals
 * nothing but the time. {@code shifted} is false in production (real time), where the browser keeps
 * its own clock.
 */
@RestController
public class ProgrammeClockController {

  /** The programme's moment, its time zone, and whether it differs from real time on purpose. */
  public record ClockReading(Instant now, String zone, boolean shifted) {}

  private final ProgrammeClock clock;
  private final ClockProperties properties;

  public ProgrammeClockController(ProgrammeClock clock, ClockProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  @GetMapping("/programme/clock")
  public ResponseEntity<ClockReading> now() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            new ClockReading(clock.instant(), clock.getZone().getId(), properties.start() != null));
  }
}
