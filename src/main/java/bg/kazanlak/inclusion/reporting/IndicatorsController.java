package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class IndicatorsController {

  private final IndicatorsService indicators;

  public IndicatorsController(IndicatorsService indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/reports/indicators")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public Indicators indicators() {
    return indicators.current();
  }
}
