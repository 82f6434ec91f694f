package bg.kazanlak.inclusion.programme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The programme's time zone, the end of a working day (when a due date falls) and the Bulgarian
 * days off and working Saturdays, listed year by year.
 */
@Validated
@ConfigurationProperties("inclusion.calendar")
public record CalendarProperties(
    @NotNull @DefaultValue("Europe/Sofia") ZoneId zone,
    @NotNull @DefaultValue("17:30") LocalTime endOfWorkingDay,
    @DefaultValue Set<LocalDate> daysOff,
    @DefaultValue Set<LocalDate> workingSaturdays) {}
