package bg.kazanlak.inclusion.familyhouse;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the Family Houses' services ({@code inclusion.family-houses}); the houses
 * themselves, their roles and the settlements they serve are {@code
 * inclusion.programme.family-houses}. {@link FamilyHouseConfigurationCheck} refuses a role or a
 * kind without its label.
 *
 * @param roleLabels the Bulgarian name of each specialist's role, by the role's code
 * @param kindLabels the Bulgarian name of each kind of service
 * @param maxServiceMinutes the longest one recorded service may last
 * @param maxNoteLength the longest a service's note may be, in characters
 */
@Validated
@ConfigurationProperties("inclusion.family-houses")
public record FamilyHouseProperties(
    @NotEmpty Map<String, String> roleLabels,
    @NotEmpty Map<ServiceKind, String> kindLabels,
    @Positive int maxServiceMinutes,
    @Positive int maxNoteLength) {

  /** The role's Bulgarian name; the code itself for a role without one (refused at start-up). */
  String roleLabel(String role) {
    return roleLabels.getOrDefault(role, role);
  }

  String kindLabel(ServiceKind kind) {
    return kindLabels.getOrDefault(kind, kind.name());
  }
}
