package bg.kazanlak.inclusion.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The half every conventions test shares: its checks pass the valid sample, and each broken copy of
 * it is reported with the rule it breaks. A conventions test's {@code @Nested} class extends this
 * with its checks and its broken copies ({@link SampleModel#broken}); a check that nothing here
 * breaks would be untested.
 */
abstract class BrokenSampleChecks {

  @TempDir Path dir;
  SampleModel.Workspace sample;

  /** The checks under test. */
  abstract List<Models.Check> checks();

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  abstract Stream<Arguments> brokenCopies();

  @BeforeEach
  void writeValidSample() throws IOException {
    sample = new SampleModel.Workspace(dir);
  }

  @Test
  @DisplayName("the valid sample passes these checks (so every failure below is the broken rule)")
  void theValidSampleHasNoViolations() throws IOException {
    assertThat(sample.violationsOf(SampleModel.sampleBpmn(), checks())).isEmpty();
  }

  @TestFactory
  @DisplayName("a broken rule is reported")
  Stream<DynamicTest> aBrokenRuleIsReported() {
    return brokenCopies()
        .map(Arguments::get)
        .map(
            copy -> {
              String rule = (String) copy[0];
              @SuppressWarnings("unchecked")
              UnaryOperator<String> breakIt = (UnaryOperator<String>) copy[1];
              String expected = (String) copy[2];
              return DynamicTest.dynamicTest(
                  rule,
                  () ->
                      assertThat(
                              sample.violationsOf(
                                  breakIt.apply(SampleModel.sampleBpmn()), checks()))
                          .as("violations of a sample where: %s", rule)
                          .anySatisfy(
                              v ->
                                  assertThat(v)
                                      .startsWith(SampleModel.PROCESS_FILE + ": ")
                                      .contains(expected)));
            });
  }
}
