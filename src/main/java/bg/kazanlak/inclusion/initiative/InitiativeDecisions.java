package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.initiative.InitiativeProperties.KindRules;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The two decisions a manager can read in {@code bpmn/dmn}: {@code initiative-eligibility} (may the
 * programme fund this proposal) and {@code initiative-approval-route} (does finance review the cost
 * before the project manager decides). Evaluated through the engine's decision service, so each
 * evaluation shows in Cockpit's decision history, on the stored kind and cost and the configured
 * limits, amounts as whole stotinki (exact).
 */
@Component
class InitiativeDecisions {

  static final String ELIGIBILITY = "initiative-eligibility";
  static final String ROUTE = "initiative-approval-route";

  private final DecisionService decisions;
  private final InitiativeProperties initiatives;

  InitiativeDecisions(DecisionService decisions, InitiativeProperties initiatives) {
    this.decisions = decisions;
    this.initiatives = initiatives;
  }

  /** 422 with the decision's reason when the programme may not fund the proposal. */
  void requireEligible(InitiativeKind kind, String budgetLine, BigDecimal plannedCost) {
    KindRules rules = initiatives.of(kind);
    DmnDecisionResultEntries result =
        decisions
            .evaluateDecisionByKey(ELIGIBILITY)
            .variables(
                Map.of(
                    "lineFundsKind",
                    rules.budgetLines().contains(budgetLine),
                    "plannedCostStotinki",
                    stotinki(plannedCost),
                    "maxCostStotinki",
                    stotinki(rules.maxCost())))
            .evaluate()
            .getSingleResult();
    if (result == null || result.getEntry("eligible") == null) {
      throw new IllegalStateException(ELIGIBILITY + " gave no result");
    }
    if (!(Boolean) result.getEntry("eligible")) {
      throw RequestRefusedException.ruleBroken(
          result.getEntry("reason"), Map.of("budgetLine", budgetLine, "maxCost", rules.maxCost()));
    }
  }

  /** Who approves an initiative of this kind and planned cost. */
  ApprovalRoute route(InitiativeKind kind, BigDecimal plannedCost) {
    String approvers =
        decisions
            .evaluateDecisionByKey(ROUTE)
            .variables(
                Map.of(
                    "kind",
                    kind.name(),
                    "plannedCostStotinki",
                    stotinki(plannedCost),
                    "financeReviewAboveStotinki",
                    stotinki(initiatives.of(kind).financeReviewAbove())))
            .evaluate()
            .getSingleEntry();
    if (approvers == null) {
      throw new IllegalStateException(ROUTE + " gave no result for " + kind);
    }
    return ApprovalRoute.valueOf(approvers);
  }

  private static long stotinki(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  /** The output of {@code initiative-approval-route}. */
  enum ApprovalRoute {
    MANAGER,
    FINANCE_AND_MANAGER
  }
}
