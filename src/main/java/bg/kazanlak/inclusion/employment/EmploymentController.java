package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT's {@code /api/employment/contracts}: contracts per employer, documents, terminations.
 */
@RestController
@RequestMapping("/api/employment/contracts")
public class EmploymentController {

  private final Contracts employment;
  private final EmploymentCases cases;
  private final ContractDocument document;

  public EmploymentController(
      Contracts employment, EmploymentCases cases, ContractDocument document) {
    this.employment = employment;
    this.cases = cases;
    this.document = document;
  }

  @GetMapping
  @AllowedGroups({Groups.HR_OFFICERS, Groups.PROJECT_MANAGERS})
  public List<ContractView> contracts(
      @RequestParam(required = false) String employer,
      @RequestParam(required = false) String status) {
    ContractStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = ContractStatus.valueOf(status.trim());
      } catch (IllegalArgumentException e) {
        throw RequestRefusedException.invalid(
            "status", "Статусът е PLANNED, ACTIVE, ENDED или TERMINATED.");
      }
    }
    String employerId = employer == null || employer.isBlank() ? null : employer.trim();
    return employment.contracts(employerId, wanted).stream().map(ContractView::of).toList();
  }

  @GetMapping("/{contractId}")
  @AllowedGroups({Groups.HR_OFFICERS, Groups.PROJECT_MANAGERS})
  public ContractView contract(@PathVariable String contractId) {
    return ContractView.of(employment.contract(contractId));
  }

  /**
   * The contract for signing; the Tasklist signature form links to it ({@link
   * ContractDocument#link}).
   */
  @GetMapping("/{contractId}/document.pdf")
  @AllowedGroups({Groups.HR_OFFICERS, Groups.PROJECT_MANAGERS})
  public ResponseEntity<byte[]> document(@PathVariable String contractId) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("trudov-dogovor-" + contractId + ".pdf")
                .build()
                .toString())
        .body(document.render(contractId));
  }

  @PostMapping("/{contractId}/termination")
  @AllowedGroups({Groups.HR_OFFICERS})
  public ContractView terminate(
      @PathVariable String contractId, @RequestBody TerminationRequest request) {
    return ContractView.of(cases.terminate(contractId, request.date(), request.reason()));
  }

  public record TerminationRequest(LocalDate date, String reason) {}

  /** A contract as the API shows it; {@code end} is the termination date of a terminated one. */
  public record ContractView(
      String contractId,
      String registrationNumber,
      String employer,
      String position,
      BigDecimal workingTimeFraction,
      BigDecimal grossMonthlyWage,
      LocalDate start,
      LocalDate end,
      ContractStatus status,
      LocalDate signatureDate,
      LocalDate plannedEnd,
      TerminationReason terminationReason) {

    static ContractView of(Contract c) {
      return new ContractView(
          c.contractId(),
          c.registrationNumber(),
          c.employerId(),
          c.position(),
          c.workingTimeFraction(),
          c.grossMonthlyWage(),
          c.start(),
          c.lastDay(),
          c.status(),
          c.signatureDate(),
          c.end(),
          c.terminationReason());
    }
  }
}
