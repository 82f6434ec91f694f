package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.BudgetLedger.PostingResult;
import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly timesheets and their cost. Which month comes next is the employment tables' answer
 * (the month after the last one recorded, or the contract's first), never a process variable. Money
 * reaches the budget only through the {@link BudgetLedger}, one posting per contract and month
 * ({@code payroll:<contract>:<yyyy-MM>}).
 */
@Service
@Transactional
public class Payroll {

  public static final String PAYROLL_LINE = "hrd-employment";

  private final EmploymentRepository repository;
  private final Contracts contracts;
  private final Employers employers;
  private final MonthlyPayCost payCost;
  private final BudgetLedger ledger;
  private final ProgrammeClock clock;
  private final AuditTrail audit;

  public Payroll(
      EmploymentRepository repository,
      Contracts contracts,
      Employers employers,
      MonthlyPayCost payCost,
      BudgetLedger ledger,
      ProgrammeClock clock,
      AuditTrail audit) {
    this.repository = repository;
    this.contracts = contracts;
    this.employers = employers;
    this.payCost = payCost;
    this.ledger = ledger;
    this.clock = clock;
    this.audit = audit;
  }

  /** The month of a contract whose timesheet comes next and the working days it adds up to. */
  public record MonthInHand(ContractMonth days, int contractWorkingDays) {}

  /** The month in hand of the participant's contract. */
  @Transactional(readOnly = true)
  public MonthInHand monthInHand(String registrationNumber) {
    Contract contract = contracts.current(registrationNumber);
    ContractMonth days = contract.period().month(firstUnpaid(contract));
    return new MonthInHand(days, payCost.contractWorkingDays(days));
  }

  /** The first month of the contract without a recorded timesheet. */
  YearMonth firstUnpaid(Contract contract) {
    List<String> posted = repository.postedMonths(contract.contractId());
    return posted.isEmpty()
        ? YearMonth.from(contract.start())
        : YearMonth.parse(posted.get(posted.size() - 1)).plusMonths(1);
  }

  /** The timesheet of the month in hand of the participant's contract: see {@link #post}. */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public MonthPosted postMonthInHand(String registrationNumber, Timesheet timesheet) {
    Contract contract = contracts.current(registrationNumber);
    YearMonth month = firstUnpaid(contract);
    if (month.isAfter(YearMonth.from(contract.lastDay()))) {
      throw RequestRefusedException.ruleBroken(
          "Всички месеци по договор %s са отчетени.".formatted(contract.contractId()), Map.of());
    }
    return post(contract.contractId(), month, timesheet);
  }

  /**
   * Checks the month's timesheet, computes the cost and books it on the HRD employment line, once:
   * a month booked before (a retried job, a second completion) changes nothing. A line without room
   * books nothing and throws {@link LineOverdrawnException} (the caller escalates).
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public MonthPosted post(String contractId, YearMonth month, Timesheet timesheet) {
    Contract contract = contracts.contract(contractId);
    if (contract.status() != ContractStatus.ACTIVE
        && contract.status() != ContractStatus.TERMINATED) {
      throw RequestRefusedException.ruleBroken(
          "Договор %s не е в сила (%s).".formatted(contractId, contract.status()), Map.of());
    }
    ContractMonth contractMonth = contract.period().month(month);
    PayCost cost =
        payCost.calculate(
            PayTerms.of(
                employers.get(contract.employerId()),
                contract.grossMonthlyWage(),
                contract.workingTimeFraction()),
            contractMonth,
            timesheet);
    String key = postingKey(contractId, month);
    YearMonth last = YearMonth.from(contract.lastDay());
    YearMonth next = month.isBefore(last) ? month.plusMonths(1) : null;
    if (repository.timesheetExists(contractId, month.toString())) {
      return new MonthPosted(contractId, month, cost, key, true, next);
    }
    boolean alreadyBooked = false;
    if (cost.totalCost().signum() > 0) {
      PostingResult result =
          ledger.expend(
              new Posting(
                  key,
                  PAYROLL_LINE,
                  cost.totalCost(),
                  "contract:" + contractId,
                  "Трудово възнаграждение и осигуровки за %s, договор %s"
                      .formatted(month, contractId)),
              null);
      alreadyBooked = result.alreadyBooked();
    }
    repository.insertTimesheet(contractId, month.toString(), timesheet, cost, key, clock.today());
    audit.record(RecordType.CONTRACT, contractId, "timesheet", null, "timesheet:" + month);
    return new MonthPosted(contractId, month, cost, key, alreadyBooked, next);
  }

  public static String postingKey(String contractId, YearMonth month) {
    return "payroll:%s:%s".formatted(contractId, month);
  }

  @Transactional(readOnly = true)
  public BigDecimal totalCost(String contractId) {
    return repository.totalCost(contractId);
  }

  @Transactional(readOnly = true)
  public List<String> postedMonths(String contractId) {
    return repository.postedMonths(contractId);
  }
}
