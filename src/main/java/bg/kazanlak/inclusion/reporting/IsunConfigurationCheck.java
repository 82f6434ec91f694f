package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.employment.TerminationReason;
import bg.kazanlak.inclusion.participant.EducationLevel;
import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * ISUN's file needs 35 headers and an ISUN value for every value of every enumeration the registry
 * records, places among the programme's settlements: refuse a wrong configuration at start-up, not
 * when a manager first downloads the file.
 */
@Component
class IsunConfigurationCheck implements InitializingBean {

  static final String PREFIX = "inclusion.reporting.isun";

  private final IsunProperties isun;
  private final ProgrammeProperties programme;

  IsunConfigurationCheck(IsunProperties isun, ProgrammeProperties programme) {
    this.isun = isun;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(isun, programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The ISUN participant file configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(IsunProperties isun, ProgrammeProperties programme) {
    List<String> problems = new ArrayList<>();
    if (isun.headers().size() != IsunRows.COLUMNS) {
      problems.add(
          "%s.headers has %d entries, ISUN's file %d (A-AI)"
              .formatted(PREFIX, isun.headers().size(), IsunRows.COLUMNS));
    } else if (isun.headers().get(0).isEmpty()) {
      problems.add(PREFIX + ".headers: column A needs a header");
    }
    for (IsunProperties.Group group : isun.groups()) {
      if (!column(group.from()) || !column(group.to()) || index(group.from()) > index(group.to())) {
        problems.add(
            "%s.groups: '%s'-'%s' are not columns A-AI in order"
                .formatted(PREFIX, group.from(), group.to()));
      }
    }
    complete(problems, "sex", isun.sex(), Sex.values());
    complete(problems, "employment-status", isun.employmentStatus(), EmploymentStatus.values());
    complete(problems, "education", isun.education(), EducationLevel.values());
    complete(
        problems, "termination-reasons", isun.terminationReasons(), TerminationReason.values());
    complete(problems, "immediate-results", isun.immediateResults(), ImmediateResult.values());
    for (SupportStream stream : SupportStream.values()) {
      IsunProperties.Activity activity = isun.activities().get(stream);
      if (activity == null) {
        problems.add("%s.activities has no %s".formatted(PREFIX, stream));
      } else if (activity.place() != null && programme.settlement(activity.place()).isEmpty()) {
        problems.add(
            "%s.activities.%s.place: '%s' is not a settlement of the programme"
                .formatted(PREFIX, stream, activity.place()));
      }
    }
    for (IsunProperties.SettlementName name : isun.settlementNames()) {
      if (programme.settlement(name.programme()).isEmpty()) {
        problems.add(
            "%s.settlement-names: '%s' is not a settlement of the programme"
                .formatted(PREFIX, name.programme()));
      }
    }
    if (isun.personalNumberGroups().stream().anyMatch(g -> g == null || g.isBlank())) {
      problems.add(PREFIX + ".personal-number-groups has a blank group");
    }
    return problems;
  }

  private static <E extends Enum<E>> void complete(
      List<String> problems, String key, Map<E, String> labels, E[] values) {
    for (E value : values) {
      String label = labels.get(value);
      if (label == null || label.isBlank()) {
        problems.add("%s.%s has no value for %s".formatted(PREFIX, key, value));
      }
    }
  }

  private static boolean column(String letters) {
    return letters != null && letters.matches("[A-Z]{1,2}") && index(letters) < IsunRows.COLUMNS;
  }

  private static int index(String letters) {
    return CellReference.convertColStringToIndex(letters);
  }
}
