package bg.kazanlak.inclusion.budget;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param approvalThreshold up to this amount (BGN, inclusive) finance approves an expense alone;
 *     above it the project manager approves too (the rule itself is bpmn/dmn/expense-approval-route.dmn)
 */
@Validated
@ConfigurationProperties("inclusion.budget")
public record BudgetProperties(@NotNull @Positive BigDecimal approvalThreshold) {}
