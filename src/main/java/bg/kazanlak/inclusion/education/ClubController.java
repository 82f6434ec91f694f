package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Clubs and workshops (клубове и ателиета) of the SESG programme: {@code /api/clubs}. */
@RestController
@RequestMapping("/api/clubs")
public class ClubController {

  private final ClubService clubs;
  private final CurrentUser currentUser;

  public ClubController(ClubService clubs, CurrentUser currentUser) {
    this.clubs = clubs;
    this.currentUser = currentUser;
  }

  @GetMapping
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS, Groups.FINANCE})
  public List<Club> list() {
    return clubs.list();
  }

  @PostMapping
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public ResponseEntity<Club> create(@RequestBody NewClub request) {
    Club club = clubs.create(request, currentUser.id());
    return ResponseEntity.created(URI.create("/api/clubs/" + club.id())).body(club);
  }

  @GetMapping("/{id}")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS, Groups.FINANCE})
  public ClubDetails get(@PathVariable String id) {
    return clubs.details(id);
  }

  /** Names of the people enrolled: for those who work with them, not for finance. */
  @GetMapping("/{id}/enrolments")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public List<Enrolment> enrolments(@PathVariable String id) {
    return clubs.enrolments(id);
  }

  @PostMapping("/{id}/enrolments")
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public ResponseEntity<EnrolmentResult> enrol(
      @PathVariable String id, @RequestBody NewEnrolment request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(clubs.enrol(id, request, currentUser.id()));
  }

  @PostMapping("/{id}/enrolments/{enrolmentId}/leaving")
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public Enrolment leave(
      @PathVariable String id,
      @PathVariable long enrolmentId,
      @RequestBody(required = false) Leaving request) {
    return clubs.leave(id, enrolmentId, request == null ? null : request.leftOn());
  }

  @PostMapping("/{id}/sessions")
  @AllowedGroups(Groups.SOCIAL_WORKERS)
  public ResponseEntity<RecordedSession> recordSession(
      @PathVariable String id, @RequestBody NewSession request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(clubs.recordSession(id, request, currentUser.id()));
  }

  @PostMapping("/{id}/purchases")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.FINANCE, Groups.INITIATIVE_COORDINATORS})
  public ResponseEntity<PurchaseStarted> requestPurchase(
      @PathVariable String id, @RequestBody NewPurchase request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(clubs.requestPurchase(id, request, currentUser.id()));
  }

  /** The day a person left the club; today when omitted. */
  public record Leaving(LocalDate leftOn) {}
}
