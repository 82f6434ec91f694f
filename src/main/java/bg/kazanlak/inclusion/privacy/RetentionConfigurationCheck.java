package bg.kazanlak.inclusion.privacy;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A missing retention date would anonymise nobody (or everybody, depending on the reading), and one
 * before the programme's end would erase records the programme still works with: refuse both at
 * start-up rather than at the first monthly run.
 */
@Component
class RetentionConfigurationCheck implements InitializingBean {

  private static final String KEY = "inclusion.privacy.retain-identifiable-until";

  private final RetentionProperties retention;
  private final ProgrammeProperties programme;

  RetentionConfigurationCheck(RetentionProperties retention, ProgrammeProperties programme) {
    this.retention = retention;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(retention, programme.end());
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The privacy configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(RetentionProperties retention, LocalDate programmeEnd) {
    List<String> problems = new ArrayList<>();
    if (retention == null || retention.retainIdentifiableUntil() == null) {
      problems.add(KEY + " is not set");
    } else if (programmeEnd != null && retention.retainIdentifiableUntil().isBefore(programmeEnd)) {
      problems.add(
          "%s (%s) is before the programme's end (%s)"
              .formatted(KEY, retention.retainIdentifiableUntil(), programmeEnd));
    }
    return problems;
  }
}
