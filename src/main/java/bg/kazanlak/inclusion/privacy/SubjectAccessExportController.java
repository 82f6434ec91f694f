package bg.kazanlak.inclusion.privacy;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/participants/{registrationNumber}/subject-access-export} (project managers). */
@RestController
public class SubjectAccessExportController {

  private final SubjectAccessExport export;

  SubjectAccessExportController(SubjectAccessExport export) {
    this.export = export;
  }

  @GetMapping("/api/participants/{registrationNumber}/subject-access-export")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public SubjectAccessExport.Export export(@PathVariable String registrationNumber) {
    return export.of(registrationNumber);
  }
}
