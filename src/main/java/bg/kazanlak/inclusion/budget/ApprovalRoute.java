package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Who must approve an amount: {@code bpmn/dmn/expense-approval-route.dmn}, evaluated through the
 * engine's decision service (so each evaluation shows in Cockpit's decision history) on the stored
 * amount and the configured threshold, both as whole stotinki (exact).
 */
@Component
class ApprovalRoute {

  static final String DECISION = "expense-approval-route";

  private final DecisionService decisions;
  private final BudgetProperties budget;

  ApprovalRoute(DecisionService decisions, BudgetProperties budget) {
    this.decisions = decisions;
    this.budget = budget;
  }

  boolean managerApprovalRequired(BigDecimal amount) {
    Boolean required =
        decisions
            .evaluateDecisionByKey(DECISION)
            .variables(
                Map.of(
                    "amountStotinki",
                    stotinki(amount),
                    "approvalThresholdStotinki",
                    stotinki(budget.approvalThreshold())))
            .evaluate()
            .getSingleEntry();
    if (required == null) {
      throw new IllegalStateException(DECISION + " gave no result for " + amount);
    }
    return required;
  }

  private static long stotinki(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
