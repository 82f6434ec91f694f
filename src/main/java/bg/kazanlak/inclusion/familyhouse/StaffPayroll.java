package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.budget.Posting;
import bg.kazanlak.inclusion.employment.ContractMonth;
import bg.kazanlak.inclusion.employment.MonthlyPayCost;
import bg.kazanlak.inclusion.employment.PayCost;
import bg.kazanlak.inclusion.employment.PayTerms;
import bg.kazanlak.inclusion.employment.Timesheet;
import bg.kazanlak.inclusion.familyhouse.PositionMonth.MonthInHand;
import bg.kazanlak.inclusion.familyhouse.StaffRepository.Posted;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly pay cost of the staff positions, by employment's rules ({@link MonthlyPayCost}) with
 * every working day of the position in the month paid, posted as expenditure on the staff line
 * through the {@link BudgetLedger}, once per position and month ({@code
 * family-house-staff:<position>:<yyyy-MM>}). Which month comes next is the staff tables' answer
 * (the month after the last one posted, or the position's first), never a process variable.
 */
@Service
@Transactional
class StaffPayroll {

  private final StaffRepository repository;
  private final StaffPositions positions;
  private final StaffProperties staff;
  private final MonthlyPayCost payCost;
  private final BudgetLedger ledger;
  private final ProgrammeClock clock;

  StaffPayroll(
      StaffRepository repository,
      StaffPositions positions,
      StaffProperties staff,
      MonthlyPayCost payCost,
      BudgetLedger ledger,
      ProgrammeClock clock) {
    this.repository = repository;
    this.positions = positions;
    this.staff = staff;
    this.payCost = payCost;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The position's first month not yet posted. */
  @Transactional(readOnly = true)
  MonthInHand monthInHand(String positionNumber) {
    Position position = positions.get(positionNumber);
    List<String> posted = repository.postedMonths(positionNumber);
    YearMonth month =
        posted.isEmpty()
            ? YearMonth.from(position.start())
            : YearMonth.parse(posted.get(posted.size() - 1)).plusMonths(1);
    return monthOf(position, month);
  }

  /** Posts the month in hand: see {@link #post}. */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  PositionMonth postMonthInHand(String positionNumber) {
    return post(positionNumber, monthInHand(positionNumber).month());
  }

  /**
   * Computes the month's cost and books it on the staff line, once: a month posted before (a
   * retried job) changes nothing. A line without room books nothing and throws {@link
   * LineOverdrawnException} (the process escalates). The last month ends the position.
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  PositionMonth post(String positionNumber, YearMonth month) {
    Position position = positions.get(positionNumber);
    if (month.isBefore(YearMonth.from(position.start()))
        || month.isAfter(YearMonth.from(position.end()))) {
      throw RequestRefusedException.ruleBroken(
          "Позиция %s не е заета през %s.".formatted(positionNumber, month), Map.of());
    }
    ContractMonth days = ContractMonth.of(month, position.start(), position.end());
    PayCost cost =
        payCost.calculate(
            new PayTerms(position.grossMonthlyWage(), staff.activity(), position.workingTime()),
            days,
            new Timesheet(payCost.contractWorkingDays(days), 0, 0, 0));
    String key = postingKey(positionNumber, month);
    MonthInHand next =
        month.isBefore(YearMonth.from(position.end()))
            ? monthOf(position, month.plusMonths(1))
            : null;
    if (repository.monthPosted(positionNumber, month)) {
      return new PositionMonth(positionNumber, month, cost, key, true, next);
    }
    boolean alreadyBooked = false;
    if (cost.totalCost().signum() > 0) {
      alreadyBooked =
          ledger
              .expend(
                  new Posting(
                      key,
                      staff.budgetLine(),
                      cost.totalCost(),
                      "family-house-position:" + positionNumber,
                      "Възнаграждение и осигуровки за %s, щатна позиция %s"
                          .formatted(month, positionNumber)),
                  null)
              .alreadyBooked();
    }
    repository.insertMonth(
        positionNumber, days.firstDay(), days.lastDay(), cost, key, clock.today());
    if (next == null) {
      repository.end(positionNumber);
    }
    return new PositionMonth(positionNumber, month, cost, key, alreadyBooked, next);
  }

  /** The months posted and their cost, per position that has any. */
  @Transactional(readOnly = true)
  List<Posted> postedTotals() {
    return repository.postedTotals();
  }

  static String postingKey(String positionNumber, YearMonth month) {
    return "family-house-staff:%s:%s".formatted(positionNumber, month);
  }

  private static MonthInHand monthOf(Position position, YearMonth month) {
    LocalDate last = month.atEndOfMonth();
    return new MonthInHand(month, position.end().isBefore(last) ? position.end() : last);
  }
}
