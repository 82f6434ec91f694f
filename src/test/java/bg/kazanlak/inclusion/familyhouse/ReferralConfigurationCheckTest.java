package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of organisation and every kind of data needs its label. */
class ReferralConfigurationCheckTest {

  @Test
  void aLabelLeftOutIsNamed() {
    Map<ReferralDestination, String> destinations = new EnumMap<>(ReferralDestination.class);
    for (ReferralDestination destination : ReferralDestination.values()) {
      destinations.put(destination, destination.name());
    }
    Map<ConsentDataItem, String> items = new EnumMap<>(ConsentDataItem.class);
    for (ConsentDataItem item : ConsentDataItem.values()) {
      items.put(item, item.name());
    }
    assertThat(
            ReferralConfigurationCheck.problems(new ReferralProperties(14, 5, destinations, items)))
        .isEmpty();

    destinations.remove(ReferralDestination.SCHOOL);
    items.put(ConsentDataItem.PHONE, " ");

    assertThat(
            ReferralConfigurationCheck.problems(new ReferralProperties(14, 5, destinations, items)))
        .containsExactly(
            "inclusion.referrals.destinations has no label for SCHOOL",
            "inclusion.referrals.data-items has no label for PHONE");
  }
}
