package bg.kazanlak.inclusion.programme;

import java.time.LocalDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Runs the programme clock "as of" a moment inside the period (demo and training installations).
 * Unset in production: the programme clock is real time.
 */
@ConfigurationProperties("inclusion.clock")
public record ClockProperties(LocalDateTime start) {}
