package bg.kazanlak.inclusion.familyhouse;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the referrals ({@code inclusion.referrals}); {@link ReferralConfigurationCheck}
 * refuses a destination or data item without its label.
 *
 * @param followUpDays the follow-up opens this many calendar days after the referral
 * @param followUpWorkingDays the follow-up is due within, after it opens; then it is escalated
 * @param destinations the Bulgarian label of each kind of organisation
 * @param dataItems the Bulgarian label of each kind of data a consent may cover
 */
@Validated
@ConfigurationProperties("inclusion.referrals")
public record ReferralProperties(
    @Positive int followUpDays,
    @Positive int followUpWorkingDays,
    @NotEmpty Map<ReferralDestination, String> destinations,
    @NotEmpty Map<ConsentDataItem, String> dataItems) {

  String label(ReferralDestination destination) {
    return destinations.get(destination);
  }

  String label(ConsentDataItem item) {
    return dataItems.get(item);
  }
}
