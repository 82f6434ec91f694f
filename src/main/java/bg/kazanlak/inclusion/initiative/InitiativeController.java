package bg.kazanlak.inclusion.initiative;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.initiative.InitiativeCases.StartedInitiative;
import bg.kazanlak.inclusion.initiative.InitiativeRepository.InitiativeEvent;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import java.math.BigDecimal;
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
 * CONTRACT's {@code POST /api/initiatives} and {@code GET /api/initiatives}, and one initiative as
 * it stands with its history. No answer says which family belongs to a minority.
 */
@RestController
@RequestMapping("/api/initiatives")
public class InitiativeController {

  private final InitiativeCases cases;
  private final InitiativeService initiatives;
  private final CurrentUser currentUser;

  InitiativeController(
      InitiativeCases cases, InitiativeService initiatives, CurrentUser currentUser) {
    this.cases = cases;
    this.initiatives = initiatives;
    this.currentUser = currentUser;
  }

  @PostMapping
  @AllowedGroups(Groups.INITIATIVE_COORDINATORS)
  public ResponseEntity<StartedInitiative> propose(@RequestBody ProposalRequest request) {
    StartedInitiative started = cases.propose(request.proposal(), currentUser.id());
    return ResponseEntity.created(URI.create("/api/initiatives/" + started.initiativeNumber()))
        .body(started);
  }

  @GetMapping
  @AllowedGroups({Groups.INITIATIVE_COORDINATORS, Groups.PROJECT_MANAGERS})
  public List<Listed> list() {
    return initiatives.list().stream()
        .map(
            i ->
                new Listed(
                    i.initiativeNumber(), i.kind().name(), i.title(), i.date(), i.status().name()))
        .toList();
  }

  @GetMapping("/{initiativeNumber}")
  @AllowedGroups({Groups.INITIATIVE_COORDINATORS, Groups.PROJECT_MANAGERS})
  public Detail get(@PathVariable String initiativeNumber) {
    return new Detail(initiatives.get(initiativeNumber), initiatives.history(initiativeNumber));
  }

  /** CONTRACT's request; {@code activity} (SPORT, RECREATION) is optional. */
  public record ProposalRequest(
      InitiativeKind kind,
      String title,
      Activity activity,
      LocalDate date,
      String settlement,
      List<FamilyRequest> families,
      String place,
      Integer crewSize,
      Integer residentsExpected,
      String materials,
      BigDecimal plannedCost,
      String budgetLine) {

    NewInitiative proposal() {
      return new NewInitiative(
          kind,
          title,
          activity,
          date,
          settlement,
          families == null
              ? null
              : families.stream()
                  .map(
                      f ->
                          f == null
                              ? new NewFamily(List.of(), null)
                              : new NewFamily(
                                  f.registrationNumbers() == null
                                      ? List.of()
                                      : f.registrationNumbers(),
                                  f.minority()))
                  .toList(),
          place,
          crewSize,
          residentsExpected,
          materials,
          plannedCost,
          budgetLine);
    }
  }

  public record FamilyRequest(List<String> registrationNumbers, Boolean minority) {
    @Override
    public String toString() {
      return "FamilyRequest[minority withheld]";
    }
  }

  /** An initiative in CONTRACT's listing. */
  public record Listed(
      String initiativeNumber, String kind, String title, LocalDate date, String status) {}

  /** One initiative and every step of it. */
  public record Detail(Initiative initiative, List<InitiativeEvent> history) {}
}
