package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.reporting.TechnicalReportProperties.Label;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Every text of the technical report's summary is configured: refuse one left out at start-up. */
@Component
class TechnicalReportConfigurationCheck implements InitializingBean {

  static final String PREFIX = "inclusion.reporting.technical-report";

  private final TechnicalReportProperties report;

  TechnicalReportConfigurationCheck(TechnicalReportProperties report) {
    this.report = report;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(report);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The technical report configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(TechnicalReportProperties report) {
    List<String> problems = new ArrayList<>();
    for (Label label : Label.values()) {
      String text = report.labels().get(label);
      if (text == null || text.isBlank()) {
        problems.add(
            "%s.labels has no %s".formatted(PREFIX, label.name().toLowerCase().replace('_', '-')));
      }
    }
    if (report.narrative().stream().anyMatch(h -> h == null || h.isBlank())) {
      problems.add(PREFIX + ".narrative has a blank heading");
    }
    return problems;
  }
}
