package bg.kazanlak.inclusion.programme;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.programme.ProgrammeClockController.ClockReading;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The browser's clock follows the programme's only where the programme runs "as of" a date. The
 * clock here is a fixed one: the engine's clock is JVM-wide and other tests run on it.
 */
class ProgrammeClockControllerTest {

  private static final Instant JUNE_FIRST = Instant.parse("2022-06-01T06:00:00Z");

  private final ProgrammeClock clock =
      new ProgrammeClock(ZoneId.of("Europe/Sofia")) {
        @Override
        public Instant instant() {
          return JUNE_FIRST;
        }
      };

  @Test
  void aDemoTellsTheProgrammesNowAndThatItIsShifted() {
    ResponseEntity<ClockReading> response =
        new ProgrammeClockController(clock, new ClockProperties(LocalDateTime.of(2022, 6, 1, 9, 0)))
            .now();

    assertThat(response.getBody()).isEqualTo(new ClockReading(JUNE_FIRST, "Europe/Sofia", true));
    assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
  }

  @Test
  void productionRunsOnRealTimeAndLeavesTheBrowserAlone() {
    ClockReading reading =
        new ProgrammeClockController(clock, new ClockProperties(null)).now().getBody();

    assertThat(reading.shifted()).isFalse();
  }
}
