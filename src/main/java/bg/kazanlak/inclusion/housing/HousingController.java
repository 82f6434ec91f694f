package bg.kazanlak.inclusion.housing;

import bg.kazanlak.inclusion.housing.HousingCases.StartedPlan;
import bg.kazanlak.inclusion.housing.SupportPlans.PlanDetails;
import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT's {@code GET /api/housing/units} and {@code POST /api/housing/tenancies}, and a
 * household's plan with its history for the key worker and the managers.
 */
@RestController
@RequestMapping("/api/housing")
public class HousingController {

  private final Tenancies tenancies;
  private final SupportPlans plans;
  private final HousingCases cases;
  private final CurrentUser currentUser;

  HousingController(
      Tenancies tenancies, SupportPlans plans, HousingCases cases, CurrentUser currentUser) {
    this.tenancies = tenancies;
    this.plans = plans;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @GetMapping("/units")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public List<Tenancies.Unit> units() {
    return tenancies.units();
  }

  @PostMapping("/tenancies")
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public ResponseEntity<StartedPlan> recordTenancy(@RequestBody TenancyRequest request) {
    StartedPlan started =
        cases.recordTenancy(
            new NewTenancy(request.unit(), request.moveIn(), request.head(), request.members()),
            currentUser.id());
    return ResponseEntity.created(URI.create("/api/housing/plans/" + started.head())).body(started);
  }

  @GetMapping("/plans/{registrationNumber}")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public PlanDetails plan(@PathVariable String registrationNumber) {
    return plans.details(registrationNumber);
  }

  public record TenancyRequest(String unit, LocalDate moveIn, String head, List<String> members) {}
}
