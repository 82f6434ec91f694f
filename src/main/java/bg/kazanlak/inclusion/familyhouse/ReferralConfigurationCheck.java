package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every kind of organisation and every kind of data needs its Bulgarian label (the forms, the
 * letter and the refusals show them): refuse a configuration that leaves one out at start-up.
 */
@Component
class ReferralConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.referrals";

  private final ReferralProperties referrals;

  ReferralConfigurationCheck(ReferralProperties referrals) {
    this.referrals = referrals;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(referrals);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The referrals configuration is wrong: " + String.join("; ", problems));
    }
  }

  static List<String> problems(ReferralProperties referrals) {
    List<String> problems = new ArrayList<>();
    labelled(ReferralDestination.values(), referrals.destinations(), "destinations", problems);
    labelled(ConsentDataItem.values(), referrals.dataItems(), "data-items", problems);
    return problems;
  }

  private static <E extends Enum<E>> void labelled(
      E[] constants, Map<E, String> labels, String key, List<String> problems) {
    for (E constant : constants) {
      String label = labels == null ? null : labels.get(constant);
      if (label == null || label.isBlank()) {
        problems.add("%s.%s has no label for %s".formatted(PREFIX, key, constant));
      }
    }
  }
}
