package bg.kazanlak.inclusion.participant.onboarding;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@code ProcessCoverageConfiguration} for the onboarding test: enrolment starts the streams' own
 * processes (employment, ...), whose coverage their own process tests assert, so they are left out
 * of the onboarding test's class coverage.
 */
@TestConfiguration
public class OnboardingCoverageConfiguration {

  static final String[] STREAM_PROCESSES = {"employment"};

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .assertClassCoverageAtLeast(0.9)
        .excludeProcessDefinitionKeys(STREAM_PROCESSES)
        .build();
  }
}
