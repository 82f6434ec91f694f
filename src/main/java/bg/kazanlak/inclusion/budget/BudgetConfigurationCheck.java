package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The approval threshold reaches the route decision as whole stotinki: a threshold with a third
 * decimal would fail every approval at the moment finance decides, and a threshold of zero or below
 * would send every expense to the project manager. Refuse such a configuration at start-up.
 */
@Component
class BudgetConfigurationCheck implements InitializingBean {

  private static final String THRESHOLD = "inclusion.budget.approval-threshold";

  private final BudgetProperties budget;

  BudgetConfigurationCheck(BudgetProperties budget) {
    this.budget = budget;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(budget);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The budget configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(BudgetProperties budget) {
    List<String> problems = new ArrayList<>();
    var threshold = budget.approvalThreshold();
    if (threshold == null) {
      problems.add(THRESHOLD + " is missing");
    } else if (threshold.signum() <= 0) {
      problems.add(THRESHOLD + " " + threshold.toPlainString() + " is not positive");
    } else if (threshold.stripTrailingZeros().scale() > 2) {
      problems.add(
          THRESHOLD
              + " "
              + threshold.toPlainString()
              + " has more than two decimals (amounts are in stotinki)");
    }
    return problems;
  }
}
