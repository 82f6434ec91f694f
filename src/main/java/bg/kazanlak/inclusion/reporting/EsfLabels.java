package bg.kazanlak.inclusion.reporting;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Bulgarian names of the ESF common indicators ({@code inclusion.reporting.esf}), as the
 * technical report and the Cockpit page show them; {@link EsfLabelsCheck} wants one per code.
 *
 * @param indicators per fund, per code
 */
@Validated
@ConfigurationProperties("inclusion.reporting.esf")
public record EsfLabels(@NotEmpty Map<EsfIndicators.Fund, Map<String, String>> indicators) {

  public String of(EsfIndicators.IndicatorKey key) {
    return indicators.getOrDefault(key.fund(), Map.of()).getOrDefault(key.code(), key.code());
  }
}
