package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A purchase whose kind has no budget line, or names a line the programme does not have, could only
 * fail at the moment a social worker submits it: refuse such a configuration at start-up.
 */
@Component
class EducationConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.education.purchase-lines.";

  private final EducationProperties education;
  private final ProgrammeProperties programme;

  EducationConfigurationCheck(EducationProperties education, ProgrammeProperties programme) {
    this.education = education;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(education, programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The education configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(EducationProperties education, ProgrammeProperties programme) {
    Set<String> lines =
        programme.funding().stream()
            .flatMap(funding -> funding.lines().stream())
            .map(BudgetLine::id)
            .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (PurchaseKind kind : PurchaseKind.values()) {
      String line = education.lineOf(kind);
      if (line == null || line.isBlank()) {
        problems.add(PREFIX + kind + " is missing");
      } else if (!lines.contains(line)) {
        problems.add(
            PREFIX + kind + " names '" + line + "', which is not a configured budget line");
      }
    }
    return problems;
  }
}
