package bg.kazanlak.inclusion.programme;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.programme.ProgrammeClockController.ClockReading;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The browser's clock follows the programme's only where the programme runs "as of" a date. */
class ProgrammeClockControllerTest {

  private final ProgrammeClock clock = new ProgrammeClock(ZoneId.of("Europe/Sofia"));

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aDemoTellsTheProgrammesNowAndThatItIsShifted() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
    ResponseEntity<ClockReading> response = new ProgrammeClockController(clock,
        new ClockProperties(LocalDateTime.of(2022, 6, 1, 9, 0))).now();

    assertThat(response.getBody()).isEqualTo(new ClockReading(
        Instant.parse("2022-06-01T06:00:00Z"), "Europe/Sofia", true));
    assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
  }

  @Test
  void productionRunsOnRealTimeAndLeavesTheBrowserAlone() {
    ClockReading reading = new ProgrammeClockController(clock, new ClockProperties(null)).now()
        .getBody();

    assertThat(reading.shifted()).isFalse();
    assertThat(reading.now()).isBetween(Instant.now().minusSeconds(5), Instant.now());
  }
}
