package bg.kazanlak.inclusion.audit;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A record's audit trail, for the project managers. */
@RestController
@AllowedGroups(Groups.PROJECT_MANAGERS)
public class AuditController {

  private final AuditTrail trail;

  public AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  /** Oldest first; 400 for an unknown type, 404 for a record with no recorded change. */
  @GetMapping("/api/audit/{recordType}/{recordKey}")
  public List<AuditEntry> trail(@PathVariable String recordType, @PathVariable String recordKey) {
    List<AuditEntry> entries = trail.of(RecordType.of(recordType), recordKey);
    if (entries.isEmpty()) {
      throw RequestRefusedException.notFound("Няма записани промени на " + recordKey + ".");
    }
    return entries;
  }
}
