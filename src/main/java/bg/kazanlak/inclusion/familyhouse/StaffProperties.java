package bg.kazanlak.inclusion.familyhouse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The staff positions of the Family Houses ({@code inclusion.family-house-staff}); {@link
 * StaffConfigurationCheck} refuses a line, an activity or a role that does not exist. The roles'
 * Bulgarian names, specialist and support alike, are {@code inclusion.family-houses.role-labels}.
 *
 * @param budgetLine the budget line the monthly pay cost is posted to
 * @param activity the economic activity whose work-accident rate applies ({@code
 *     inclusion.employment.work-accident[].rates[].activity})
 * @param supportRoles the roles a position may have at every house besides the house's own
 *     specialist roles ({@code inclusion.programme.family-houses[].roles})
 * @param maxMonths the longest a position may last
 */
@Validated
@ConfigurationProperties("inclusion.family-house-staff")
public record StaffProperties(
    @NotBlank String budgetLine,
    @NotBlank String activity,
    @NotNull List<String> supportRoles,
    @Positive int maxMonths) {}
