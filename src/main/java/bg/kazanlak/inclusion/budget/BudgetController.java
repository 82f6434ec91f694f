package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.budget.BudgetLedger.ProgrammeFigures;
import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budget figures per programme and line, and the financial report for the managing authority. */
@RestController
public class BudgetController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final BudgetLedger ledger;
  private final FinancialReport report;

  public BudgetController(BudgetLedger ledger, FinancialReport report) {
    this.ledger = ledger;
    this.report = report;
  }

  @GetMapping("/api/budget")
  @AllowedGroups({Groups.FINANCE, Groups.PROJECT_MANAGERS})
  public Budget budget() {
    return new Budget(ledger.overview().stream().map(BudgetController::programme).toList());
  }

  @GetMapping("/api/reports/financial.xlsx")
  @AllowedGroups({Groups.FINANCE, Groups.PROJECT_MANAGERS})
  public ResponseEntity<byte[]> financialReport() {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("financial-report.xlsx").build().toString())
        .body(report.build());
  }

  private static Programme programme(ProgrammeFigures p) {
    return new Programme(
        p.code(),
        p.contracted(),
        p.committed(),
        p.spent(),
        p.lines().stream()
            .map(
                l ->
                    new Line(
                        l.id(), l.name(), l.contracted(), l.committed(), l.spent(), l.available()))
            .toList());
  }

  public record Budget(List<Programme> programmes) {}

  public record Programme(
      String code,
      BigDecimal contracted,
      BigDecimal committed,
      BigDecimal spent,
      List<Line> lines) {}

  public record Line(
      String id,
      String name,
      BigDecimal contracted,
      BigDecimal committed,
      BigDecimal spent,
      BigDecimal available) {}
}
