package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.employment.EmploymentRepository.Placement;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contract of a participant's reserved place: recorded from HR's terms, then signed. */
@Service
@Transactional
public class Contracts {

  private final EmploymentRepository repository;
  private final Placements placements;
  private final Employers employers;
  private final ContractTerms terms;
  private final ContractRules rules;
  private final ProgrammeClock clock;
  private final NumberSeries numbers;
  private final AuditTrail audit;

  public Contracts(
      EmploymentRepository repository,
      Placements placements,
      Employers employers,
      ContractTerms terms,
      EmploymentProperties employment,
      ProgrammeClock clock,
      NumberSeries numbers,
      AuditTrail audit) {
    this.repository = repository;
    this.placements = placements;
    this.employers = employers;
    this.terms = terms;
    this.rules = new ContractRules(employment);
    this.clock = clock;
    this.numbers = numbers;
    this.audit = audit;
  }

  /**
   * HR's confirmation of the participant's allocation: checks the terms and records the contract
   * (PLANNED) for the place reserved for them.
   */
  public Contract record(
      String registrationNumber,
      LocalDate start,
      String position,
      BigDecimal workingTimeFraction,
      BigDecimal grossMonthlyWage,
      String recordedBy) {
    LocalDate today = clock.today();
    ContractPeriod period = terms.period(start, today);
    rules.checkTerms(period, position, workingTimeFraction, grossMonthlyWage);
    Placement placement = placements.reserved(registrationNumber);
    String contractId = "C-%d-%05d".formatted(today.getYear(), numbers.next("contract"));
    Contract contract =
        new Contract(
            contractId,
            registrationNumber,
            placement.employerId(),
            placement.id(),
            position.trim(),
            workingTimeFraction,
            grossMonthlyWage.setScale(2, RoundingMode.UNNECESSARY),
            period.start(),
            period.end(),
            ContractStatus.PLANNED,
            null,
            null,
            null,
            today);
    repository.insertContract(contract, recordedBy);
    repository.placementStatus(placement.id(), "CONTRACTED");
    audit.record(
        RecordType.CONTRACT,
        contractId,
        "created",
        recordedBy,
        "employer",
        "position",
        "workingTimeFraction",
        "grossMonthlyWage",
        "start",
        "end");
    return contract;
  }

  /** The signature of the participant's planned contract: it becomes ACTIVE. */
  public Contract sign(String registrationNumber, LocalDate signatureDate) {
    Contract contract = current(registrationNumber);
    LocalDate start = rules.workStart(contract, signatureDate, clock.today());
    repository.signed(contract.contractId(), signatureDate, start);
    audit.record(
        RecordType.CONTRACT, contract.contractId(), "signed", null, "signatureDate", "start");
    return contract(contract.contractId());
  }

  /** The participant's latest contract: the one their employment case is about. */
  @Transactional(readOnly = true)
  public Contract current(String registrationNumber) {
    return repository
        .latestContract(registrationNumber)
        .orElseThrow(
            () ->
                RequestRefusedException.notFound(
                    "Участник %s няма трудов договор.".formatted(registrationNumber)));
  }

  @Transactional(readOnly = true)
  public Contract contract(String contractId) {
    return repository
        .contract(contractId)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма трудов договор " + contractId + "."));
  }

  @Transactional(readOnly = true)
  public List<Contract> contracts(String employerId, ContractStatus status) {
    if (employerId != null) {
      employers.get(employerId);
    }
    return repository.contracts(employerId, status);
  }

  ContractRules rules() {
    return rules;
  }
}
