package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.reporting.EsfIndicators.Fund;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EsfLabelsCheckTest {

  @Test
  void everyComputedIndicatorNeedsItsName() {
    Map<String, String> names = new LinkedHashMap<>();
    EsfIndicators.of(List.of(), s -> false)
        .of(Fund.ESF)
        .keySet()
        .forEach(code -> names.put(code, "Показател " + code));
    assertThat(EsfLabelsCheck.missing(new EsfLabels(Map.of(Fund.ESF, names)))).isEmpty();

    names.remove("CR07");
    assertThat(EsfLabelsCheck.missing(new EsfLabels(Map.of(Fund.ESF, names))))
        .containsExactly("ESF.CR07");
  }
}
