package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT|DELETE /api/participants/{registrationNumber}/legal-hold} (project managers). */
@RestController
@RequestMapping("/api/participants/{registrationNumber}/legal-hold")
public class LegalHoldController {

  private final LegalHolds holds;
  private final CurrentUser currentUser;

  LegalHoldController(LegalHolds holds, CurrentUser currentUser) {
    this.holds = holds;
    this.currentUser = currentUser;
  }

  @PutMapping
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public ResponseEntity<Void> hold(
      @PathVariable String registrationNumber, @RequestBody(required = false) HoldRequest request) {
    holds.hold(registrationNumber, request == null ? null : request.reason(), currentUser.id());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public ResponseEntity<Void> lift(@PathVariable String registrationNumber) {
    holds.lift(registrationNumber);
    return ResponseEntity.noContent().build();
  }

  public record HoldRequest(String reason) {
    @Override
    public String toString() {
      return "HoldRequest[reason=…]"; // the reason may name a court case or a person
    }
  }
}
