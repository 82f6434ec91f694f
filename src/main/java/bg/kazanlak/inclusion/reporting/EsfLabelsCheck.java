package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Every indicator the report computes needs its Bulgarian name: refuse a gap at start-up. */
@Component
class EsfLabelsCheck implements InitializingBean {

  private final EsfLabels labels;

  EsfLabelsCheck(EsfLabels labels) {
    this.labels = labels;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> missing = missing(labels);
    if (!missing.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "inclusion.reporting.esf.indicators has no name for " + String.join(", ", missing));
    }
  }

  static List<String> missing(EsfLabels labels) {
    return EsfIndicators.of(List.of(), name -> false).indicators().keySet().stream()
        .filter(key -> labels.of(key).equals(key.code()))
        .map(key -> key.fund() + "." + key.code())
        .toList();
  }
}
