package bg.kazanlak.inclusion.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the initiatives ({@code inclusion.initiatives}); {@link
 * InitiativeConfigurationCheck} refuses a kind left out or a budget line that does not exist.
 *
 * @param maxGroupSize the people named in both families of a family-bonding event together
 * @param familyRepeatDays a family takes part in one family-bonding event within this many days
 * @param reminderDaysBefore the coordinator confirms, reschedules or cancels this many calendar
 *     days before the day
 * @param approvalWorkingDays finance and the project manager decide within
 * @param correctionWorkingDays the proposer corrects a returned proposal within
 * @param reportWorkingDays the report is due within, after the day
 * @param kinds per kind: the label, the budget lines that may fund it, the cost limits
 */
@Validated
@ConfigurationProperties("inclusion.initiatives")
public record InitiativeProperties(
    @Positive int maxGroupSize,
    @Positive int familyRepeatDays,
    @PositiveOrZero int reminderDaysBefore,
    @Positive int approvalWorkingDays,
    @Positive int correctionWorkingDays,
    @Positive int reportWorkingDays,
    @NotEmpty @Valid Map<InitiativeKind, KindRules> kinds) {

  /**
   * What the programme allows for one kind: inputs of the DMN decisions {@code
   * initiative-eligibility} (the lines, the maximum cost) and {@code initiative-approval-route}
   * (above which planned cost finance reviews it first).
   */
  public record KindRules(
      @NotBlank String label,
      @NotEmpty List<String> budgetLines,
      @NotNull BigDecimal maxCost,
      @NotNull BigDecimal financeReviewAbove) {}

  KindRules of(InitiativeKind kind) {
    return kinds.get(kind);
  }
}
