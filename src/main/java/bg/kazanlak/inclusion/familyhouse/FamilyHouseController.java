package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.FamilyHouseCases.StartedService;
import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT's {@code GET /api/family-houses} and {@code POST /api/family-houses/{id}/services}, and
 * one recorded service (without its note, which no answer gives back).
 */
@RestController
@RequestMapping("/api/family-houses")
public class FamilyHouseController {

  private final FamilyHouseCases cases;
  private final FamilyHouseRepository repository;
  private final ProgrammeProperties programme;
  private final FamilyHouseProperties houses;
  private final CurrentUser currentUser;

  FamilyHouseController(
      FamilyHouseCases cases,
      FamilyHouseRepository repository,
      ProgrammeProperties programme,
      FamilyHouseProperties houses,
      CurrentUser currentUser) {
    this.cases = cases;
    this.repository = repository;
    this.programme = programme;
    this.houses = houses;
    this.currentUser = currentUser;
  }

  @GetMapping
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public List<House> list() {
    return programme.familyHouses().stream()
        .map(
            h -> {
              Map<String, String> labels = new LinkedHashMap<>();
              h.roles().forEach(role -> labels.put(role, houses.roleLabel(role)));
              return new House(h.id(), h.name(), h.settlement(), h.roles(), labels);
            })
        .toList();
  }

  @PostMapping("/{house}/services")
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public ResponseEntity<StartedService> record(
      @PathVariable String house, @RequestBody ServiceRequest request) {
    StartedService started = cases.recordService(request.service(house), currentUser.id());
    return ResponseEntity.created(
            URI.create("/api/family-houses/" + house + "/services/" + started.serviceNumber()))
        .body(started);
  }

  @GetMapping("/{house}/services/{serviceNumber}")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public RecordedService service(@PathVariable String house, @PathVariable String serviceNumber) {
    return repository
        .service(serviceNumber)
        .filter(s -> s.house().equals(house))
        .orElseThrow(
            () ->
                RequestRefusedException.notFound(
                    "Няма услуга с номер " + serviceNumber + " в тази Къща на семейството."));
  }

  /** A house as CONTRACT lists it, with its name and the Bulgarian names of its roles. */
  public record House(
      String id,
      String name,
      String settlement,
      List<String> roles,
      Map<String, String> roleLabels) {}

  /** CONTRACT's request; {@code forFamily} (a service to the participant's family) is optional. */
  public record ServiceRequest(
      String registrationNumber,
      Boolean forFamily,
      String role,
      ServiceKind kind,
      LocalDate date,
      Integer durationMinutes,
      String note) {

    NewService service(String house) {
      return new NewService(
          house, registrationNumber, forFamily, role, kind, date, durationMinutes, note);
    }

    @Override
    public String toString() {
      return "ServiceRequest[" + registrationNumber + ", note withheld]";
    }
  }
}
