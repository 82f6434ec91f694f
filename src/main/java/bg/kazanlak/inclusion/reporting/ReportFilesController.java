package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report files for the managing authority: ISUN's participant file and its refusals. */
@RestController
public class ReportFilesController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final IsunParticipantFile isun;
  private final ProgrammeProperties programme;
  private final CurrentUser user;

  public ReportFilesController(
      IsunParticipantFile isun, ProgrammeProperties programme, CurrentUser user) {
    this.isun = isun;
    this.programme = programme;
    this.user = user;
  }

  @GetMapping("/api/reports/isun-participants.xlsx")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public ResponseEntity<byte[]> isunParticipants(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    ReportPeriod period = period(from, to);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("isun-participants-" + period.from() + "-" + period.to() + ".xlsx")
                .build()
                .toString())
        .body(isun.build(period, user.groupIds()));
  }

  /** Beside the file: per special category the refusals it exports, and missing households. */
  @GetMapping("/api/reports/isun-participants/refusals")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public IsunRefusals isunRefusals(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return isun.refusals(period(from, to));
  }

  private ReportPeriod period(String from, String to) {
    return ReportPeriod.of(from, to, programme.start(), programme.end());
  }
}
