package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The figures of Cockpit's «Показатели» page that the indicators and the budget do not hold. */
@RestController
public class DashboardController {

  private final DashboardService dashboard;

  public DashboardController(DashboardService dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/api/reports/dashboard")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public Dashboard dashboard() {
    return dashboard.current();
  }
}
