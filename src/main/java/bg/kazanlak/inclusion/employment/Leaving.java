package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The end of a contract (early or at its end date) and the ESF results after leaving. */
@Service
@Transactional
public class Leaving {

  private final EmploymentRepository repository;
  private final Contracts contracts;
  private final Payroll payroll;
  private final ProgrammeClock clock;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  public Leaving(
      EmploymentRepository repository,
      Contracts contracts,
      Payroll payroll,
      ProgrammeClock clock,
      ApplicationEventPublisher events,
      AuditTrail audit) {
    this.repository = repository;
    this.contracts = contracts;
    this.payroll = payroll;
    this.clock = clock;
    this.events = events;
    this.audit = audit;
  }

  /**
   * Ends an active contract early. The date falls in the month not yet paid (earlier months are
   * paid), not before the start and not after the end date.
   *
   * @param monthEndedUnpaid the month in hand has ended and its timesheet is being entered: the
   *     termination falls in the month after it, whose timesheet will be the last
   */
  public Contract terminate(
      String contractId, LocalDate date, String reasonCode, boolean monthEndedUnpaid) {
    Contract contract = contracts.contract(contractId);
    TerminationReason reason =
        contracts
            .rules()
            .termination(
                contract,
                contract.status() == ContractStatus.ACTIVE ? payroll.firstUnpaid(contract) : null,
                monthEndedUnpaid,
                date,
                reasonCode);
    repository.terminated(contractId, date, reason);
    audit.record(RecordType.CONTRACT, contractId, "terminated", null, "endDate", "reason");
    return contracts.contract(contractId);
  }

  /**
   * After the last month of the participant's contract: it ends (if not terminated), its place is
   * released ({@link PlaceFreed}, to be handed on) and the leaving recorded. Returns the contract.
   */
  public Contract end(String registrationNumber) {
    Contract contract = contracts.current(registrationNumber);
    repository.ended(contract.contractId());
    repository.placementStatus(contract.placementId(), "RELEASED");
    repository.recordLeaving(contract.contractId(), registrationNumber, contract.lastDay());
    audit.record(RecordType.CONTRACT, contract.contractId(), "ended", null, "status");
    events.publishEvent(new PlaceFreed(contract.employerId()));
    return contract;
  }

  public void recordImmediateResult(String registrationNumber, String resultCode) {
    ImmediateResult result =
        ImmediateResult.of(resultCode)
            .orElseThrow(
                () ->
                    RequestRefusedException.invalid(
                        "immediateResult", "Изберете резултата при напускане."));
    String contractId = contracts.current(registrationNumber).contractId();
    repository.immediateResult(contractId, result, clock.today());
    audit.record(RecordType.CONTRACT, contractId, "immediate-result", null, "immediateResult");
  }

  public void recordLongerTermResult(
      String registrationNumber, String resultCode, Boolean improved) {
    LongerTermResult result =
        LongerTermResult.of(resultCode)
            .orElseThrow(
                () ->
                    RequestRefusedException.invalid(
                        "longerTermResult", "Изберете положението 6 месеца след напускане."));
    String contractId = contracts.current(registrationNumber).contractId();
    repository.longerTermResult(contractId, result, improved, clock.today());
    audit.record(
        RecordType.CONTRACT,
        contractId,
        "longer-term-result",
        null,
        "longerTermResult",
        "improved");
  }

  @Transactional(readOnly = true)
  public Optional<String> immediateResult(String contractId) {
    return repository.immediateResult(contractId);
  }

  @Transactional(readOnly = true)
  public Optional<String> longerTermResult(String contractId) {
    return repository.longerTermResult(contractId);
  }
}
