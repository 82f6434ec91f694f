package bg.kazanlak.inclusion.education;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of clubs and workshops: the budget line each kind of purchase is paid from ({@code
 * inclusion.education.purchase-lines}); {@link EducationConfigurationCheck} refuses a kind without
 * a line or a line the programme does not have.
 */
@Validated
@ConfigurationProperties("inclusion.education")
public record EducationProperties(@NotEmpty Map<PurchaseKind, String> purchaseLines) {

  public String lineOf(PurchaseKind kind) {
    return purchaseLines.get(kind);
  }
}
