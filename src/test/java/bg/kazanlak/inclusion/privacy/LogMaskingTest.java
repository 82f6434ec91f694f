package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The application's log configuration masks a personal number in any message and any stack trace,
 * whoever logs it (here a library-like logger outside the project's packages).
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest extends ApiTest {

  private static final Logger LOG = LoggerFactory.getLogger("org.example.library");

  @Test
  void aPersonalNumberIsMaskedInTheMessageAndTheStackTrace(CapturedOutput output) {
    LOG.warn(
        "duplicate key (personal_number)=(8501011234) for P-2022-00012",
        new IllegalStateException("Key (personal_number)=(8501011234) already exists"));

    assertThat(output.getOut())
        .doesNotContain("8501011234")
        .contains("(personal_number)=(**********) for P-2022-00012")
        .contains("IllegalStateException: Key (personal_number)=(**********) already exists")
        .containsOnlyOnce("already exists");
  }

  @Test
  void longerAndShorterNumbersAreLeftAsTheyAre(CapturedOutput output) {
    // WARN: another test's application (the replay) may have left the root level at WARN
    LOG.warn("instance 12345678901 took 123456789 ns, epoch 1654509600000");

    assertThat(output.getOut())
        .contains("instance 12345678901 took 123456789 ns, epoch 1654509600000");
  }
}
