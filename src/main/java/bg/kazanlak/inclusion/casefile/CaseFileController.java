package bg.kazanlak.inclusion.casefile;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.ParticipantSummary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file of Cockpit's «Досие на участник» page, for the project managers only: the search
 * ({@code ?q=} a name or a registration number) and one participant's case file.
 */
@RestController
@RequestMapping("/api/case-files")
@AllowedGroups(Groups.PROJECT_MANAGERS)
public class CaseFileController {

  /** Enough for a namesake or two; the page asks for a longer term when this many come back. */
  static final int SEARCH_LIMIT = 25;

  private final CaseFileService caseFiles;

  public CaseFileController(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @GetMapping
  public List<ParticipantSummary> search(@RequestParam(name = "q", required = false) String term) {
    return caseFiles.search(term, SEARCH_LIMIT);
  }

  @GetMapping("/{registrationNumber}")
  public CaseFile caseFile(@PathVariable String registrationNumber) {
    return caseFiles.caseFile(registrationNumber);
  }
}
