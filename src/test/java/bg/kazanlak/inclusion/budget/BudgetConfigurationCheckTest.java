package bg.kazanlak.inclusion.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.TestApplications;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetConfigurationCheckTest {

  @Test
  void aThresholdInStotinkiIsAccepted() {
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(new BigDecimal("5000.00"))))
        .isEmpty();
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(new BigDecimal("4999.5"))))
        .isEmpty();
  }

  @Test
  void aThresholdThatIsMissingNotPositiveOrFinerThanStotinkiIsNamed() {
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(null)))
        .containsExactly("inclusion.budget.approval-threshold is missing");
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(new BigDecimal("0.00"))))
        .containsExactly("inclusion.budget.approval-threshold 0.00 is not positive");
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(new BigDecimal("-1"))))
        .containsExactly("inclusion.budget.approval-threshold -1 is not positive");
    assertThat(BudgetConfigurationCheck.problems(new BudgetProperties(new BigDecimal("5000.005"))))
        .containsExactly(
            "inclusion.budget.approval-threshold 5000.005 has more than two "
                + "decimals (amounts are in stotinki)");
  }

  @Test
  void aThreeDecimalThresholdDoesNotStart() {
    assertThatThrownBy(
            () ->
                TestApplications.start(
                        "jdbc:h2:mem:bad-threshold",
                        "--inclusion.budget.approval-threshold=5000.005")
                    .close())
        .hasStackTraceContaining("inclusion.budget.approval-threshold 5000.005 has more than two");
  }
}
