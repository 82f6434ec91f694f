package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param approvalThreshold up to this amount (BGN, inclusive) finance approves an expense alone;
 *     above it the project manager approves too (the rule itself is
 *     bpmn/dmn/expense-approval-route.dmn). Checked at start-up by {@link
 *     BudgetConfigurationCheck}.
 */
@ConfigurationProperties("inclusion.budget")
public record BudgetProperties(BigDecimal approvalThreshold) {}
