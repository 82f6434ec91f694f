package bg.kazanlak.inclusion.participant.onboarding;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The onboarding process tests must cover at least 90 % of the model's flow nodes and flows. */
@TestConfiguration
public class OnboardingCoverageConfiguration {

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
  }
}
