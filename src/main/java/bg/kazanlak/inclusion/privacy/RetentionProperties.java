package bg.kazanlak.inclusion.privacy;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inclusion.privacy}: the day until which participants' records stay identifiable (the
 * programme's contract: at least until 2028-12-31). From the next day the retention run anonymises
 * every participant without a legal hold.
 */
@ConfigurationProperties("inclusion.privacy")
public record RetentionProperties(LocalDate retainIdentifiableUntil) {}
