package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report files for the managing authority: ISUN's participant file and its refusals, the
 * technical report's summary.
 */
@RestController
public class ReportFilesController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final IsunParticipantFile isun;
  private final TechnicalReport technicalReport;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final CurrentUser user;

  public ReportFilesController(
      IsunParticipantFile isun,
      TechnicalReport technicalReport,
      ProgrammeProperties programme,
      ProgrammeClock clock,
      CurrentUser user) {
    this.isun = isun;
    this.technicalReport = technicalReport;
    this.programme = programme;
    this.clock = clock;
    this.user = user;
  }

  /**
   * The technical report's summary as of the period's end ({@code asOf}, default today): a date not
   * {@code YYYY-MM-DD} or before the programme's start is a 400 naming {@code asOf}.
   */
  @GetMapping("/api/reports/technical-report.pdf")
  @AllowedGroups(Groups.PROJECT_MANAGERS)
  public ResponseEntity<byte[]> technicalReport(@RequestParam(required = false) String asOf) {
    LocalDate day = ReportPeriod.asOf(asOf, clock.today());
    if (day.isBefore(programme.start())) {
      throw RequestRefusedException.invalid(
          "asOf", "Датата е преди началото на проекта (" + programme.start() + ").");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("technical-report-" + day + ".pdf")
                .build()
                .toString())
        .body(technicalReport.render(day));
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
