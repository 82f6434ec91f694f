package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.initiative.InitiativeProperties.KindRules;
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
 * Each kind of initiative needs its rules, budget lines that exist, and limits in stotinki with the
 * finance threshold under the maximum: refuse a wrong configuration at start-up, not when a
 * coordinator first proposes.
 */
@Component
class InitiativeConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.initiatives.kinds";

  private final InitiativeProperties initiatives;
  private final ProgrammeProperties programme;

  InitiativeConfigurationCheck(InitiativeProperties initiatives, ProgrammeProperties programme) {
    this.initiatives = initiatives;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(initiatives, programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The initiatives configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(InitiativeProperties initiatives, ProgrammeProperties programme) {
    Set<String> lines =
        programme.funding().stream()
            .flatMap(f -> f.lines().stream())
            .map(BudgetLine::id)
            .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (InitiativeKind kind : InitiativeKind.values()) {
      KindRules rules = initiatives.kinds().get(kind);
      if (rules == null) {
        problems.add("%s has no %s".formatted(PREFIX, kind));
        continue;
      }
      for (String line : rules.budgetLines()) {
        if (!lines.contains(line)) {
          problems.add("%s.%s: no budget line '%s'".formatted(PREFIX, kind, line));
        }
      }
      if (rules.maxCost().signum() < 0 || rules.maxCost().stripTrailingZeros().scale() > 2) {
        problems.add("%s.%s.max-cost must be 0 or more, in stotinki".formatted(PREFIX, kind));
      }
      if (rules.financeReviewAbove().signum() < 0
          || rules.financeReviewAbove().stripTrailingZeros().scale() > 2
          || rules.financeReviewAbove().compareTo(rules.maxCost()) > 0) {
        problems.add(
            "%s.%s.finance-review-above must be from 0 to max-cost, in stotinki"
                .formatted(PREFIX, kind));
      }
    }
    return problems;
  }
}
