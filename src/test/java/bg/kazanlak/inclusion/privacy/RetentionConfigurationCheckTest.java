package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionConfigurationCheckTest {

  private static final LocalDate PROGRAMME_END = LocalDate.of(2023, 6, 30);

  @Test
  void aRetentionDayAfterTheProgrammesEndIsAccepted() {
    assertThat(
            RetentionConfigurationCheck.problems(
                new RetentionProperties(LocalDate.of(2028, 12, 31)), PROGRAMME_END))
        .isEmpty();
  }

  @Test
  void aMissingRetentionDayIsNamed() {
    assertThat(RetentionConfigurationCheck.problems(new RetentionProperties(null), PROGRAMME_END))
        .containsExactly("inclusion.privacy.retain-identifiable-until is not set");
  }

  @Test
  void aRetentionDayBeforeTheProgrammesEndIsNamed() {
    assertThat(
            RetentionConfigurationCheck.problems(
                new RetentionProperties(LocalDate.of(2023, 1, 1)), PROGRAMME_END))
        .containsExactly(
            "inclusion.privacy.retain-identifiable-until (2023-01-01) is before the programme's"
                + " end (2023-06-30)");
  }
}
