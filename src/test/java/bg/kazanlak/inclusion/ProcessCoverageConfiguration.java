package bg.kazanlak.inclusion;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Each process test class must cover at least 90 % of its model's flow nodes and flows. */
@TestConfiguration
public class ProcessCoverageConfiguration {

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
  }
}
