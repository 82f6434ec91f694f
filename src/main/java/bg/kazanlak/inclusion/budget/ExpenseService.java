package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.audit.AuditTrail;
import bg.kazanlak.inclusion.audit.RecordType;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expenses from request to payment: each change of state asks {@link ExpenseRules} first and
 * publishes its event ({@link ExpensePaid}); {@code expense-approval} decides who approves and in
 * what order. Every amount reaches the budget only through {@link BudgetLedger}.
 */
@Service
@Transactional
public class ExpenseService {

  private final ExpenseRepository repository;
  private final BudgetLedger ledger;
  private final ProgrammeClock clock;
  private final ExpenseRules rules;
  private final ApplicationEventPublisher events;
  private final NumberSeries numbers;
  private final ApprovalRoute route;
  private final AuditTrail audit;

  ExpenseService(
      ExpenseRepository repository,
      BudgetLedger ledger,
      ProgrammeClock clock,
      ProgrammeProperties programme,
      ApplicationEventPublisher events,
      NumberSeries numbers,
      ApprovalRoute route,
      AuditTrail audit) {
    this.audit = audit;
    this.repository = repository;
    this.ledger = ledger;
    this.clock = clock;
    this.rules = new ExpenseRules(programme.start(), programme.end());
    this.events = events;
    this.numbers = numbers;
    this.route = route;
  }

  /** Checks a request (malformed: 400; no room or outside the period: 422) and records it. */
  public Expense register(NewExpense expense, String requestedBy) {
    ExpenseRules.requireRequester(requestedBy);
    NewExpense checked = checked(expense);
    LocalDate today = clock.today();
    String number = "E-%d-%05d".formatted(today.getYear(), numbers.next("expense"));
    repository.insert(number, checked, requestedBy, today);
    audit.record(RecordType.EXPENSE, number, "created", requestedBy, "request");
    return get(number);
  }

  /**
   * The requester's correction after "return for correction": checked like a new request. Only a
   * RETURNED expense, and only by the person who requested it ({@code by} null: the application).
   */
  public Expense correct(String expenseNumber, NewExpense corrected, String by) {
    Expense current = locked(expenseNumber);
    ExpenseRules.requireCorrectedByRequester(current, by);
    requireStatus(current, ExpenseStatus.RETURNED, "коригиран");
    NewExpense withLine =
        new NewExpense(
            current.budgetLine(),
            corrected.amount(),
            corrected.supplier(),
            corrected.purpose(),
            corrected.date(),
            corrected.documentRef(),
            current.source());
    if (!repository.correct(expenseNumber, checked(withLine))) {
      throw wrongStatus(current, "коригиран");
    }
    audit.record(
        RecordType.EXPENSE,
        expenseNumber,
        "corrected",
        by,
        "amount",
        "supplier",
        "purpose",
        "date",
        "documentRef");
    return get(expenseNumber);
  }

  /**
   * Records an approver's decision and says where the expense goes next. Only a REQUESTED expense
   * that awaits this level (finance first; the manager after finance approved an amount above the
   * threshold), never by the person who requested it; the route is recomputed from the stored
   * amount.
   */
  public ApprovalOutcome recordDecision(
      String expenseNumber,
      ApprovalLevel level,
      ApprovalDecision decision,
      String by,
      String comment) {
    Expense expense = locked(expenseNumber);
    ExpenseRules.refuseRequester(expense, by, "да одобрявате");
    String trimmed = ExpenseRules.checkComment(decision, comment);
    requireStatus(expense, ExpenseStatus.REQUESTED, "решаван");
    boolean managerRequired = route.managerApprovalRequired(expense.amount());
    ApprovalLevel awaited = awaitedLevel(expenseNumber, managerRequired).orElse(null);
    if (awaited != level) {
      throw RequestRefusedException.ruleBroken(
          "Разход %s не очаква решение %s.".formatted(expenseNumber, levelName(level)),
          Map.of("expenseNumber", expenseNumber, "level", level.name()));
    }
    repository.decision(expenseNumber, level, decision, by, clock.today(), trimmed);
    audit.record(
        RecordType.EXPENSE,
        expenseNumber,
        decision.name().toLowerCase(Locale.ROOT),
        by,
        level.name().toLowerCase(Locale.ROOT) + "Decision");
    return switch (decision) {
      case APPROVE ->
          level == ApprovalLevel.FINANCE && managerRequired
              ? ApprovalOutcome.APPROVE_NEEDS_MANAGER
              : ApprovalOutcome.APPROVED;
      case RETURN -> {
        transition(expense, ExpenseStatus.RETURNED, null, "върнат");
        yield ApprovalOutcome.RETURNED;
      }
      case REJECT -> {
        transition(expense, ExpenseStatus.REJECTED, trimmed, "отхвърлен");
        yield ApprovalOutcome.REJECTED;
      }
    };
  }

  /**
   * Books the approved amount as a commitment. Only an expense approved by everyone its amount
   * needs. When the line no longer has room (another approval took it meanwhile) the expense is
   * refused with the figures and the exception says so.
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public void commit(String expenseNumber) {
    Expense expense = locked(expenseNumber);
    requireStatus(expense, ExpenseStatus.REQUESTED, "поет като задължение");
    boolean managerRequired = route.managerApprovalRequired(expense.amount());
    if (awaitedLevel(expenseNumber, managerRequired).isPresent()) {
      throw RequestRefusedException.ruleBroken(
          "Разход %s не е одобрен и не може да бъде поет като задължение.".formatted(expenseNumber),
          Map.of("expenseNumber", expenseNumber));
    }
    try {
      ledger.commit(
          new Posting(
              commitmentKey(expenseNumber),
              expense.budgetLine(),
              expense.amount(),
              "expense:" + expenseNumber,
              expense.purpose()));
      transition(expense, ExpenseStatus.COMMITTED, null, "поет като задължение");
    } catch (LineOverdrawnException e) {
      transition(expense, ExpenseStatus.REFUSED, e.getMessage(), "отказан");
      throw e;
    }
  }

  /**
   * Records the payment of a COMMITTED expense and books the expenditure, settling the commitment.
   * A second payment of the same expense is refused and books nothing.
   */
  public void recordPayment(String expenseNumber, LocalDate paidOn, String reference, String by) {
    Expense expense = locked(expenseNumber);
    ExpenseRules.refuseRequester(expense, by, "да плащате");
    requireStatus(expense, ExpenseStatus.COMMITTED, "платен");
    String trimmedReference =
        ExpenseRules.checkPayment(paidOn, reference, expense.date(), clock.today());
    ledger.expend(
        new Posting(
            expenditureKey(expenseNumber),
            expense.budgetLine(),
            expense.amount(),
            "expense:" + expenseNumber,
            expense.purpose()),
        commitmentKey(expenseNumber));
    if (!repository.payment(expenseNumber, paidOn, trimmedReference)) {
      throw wrongStatus(expense, "платен");
    }
    audit.record(
        RecordType.EXPENSE, expenseNumber, "paid", by, "status", "paidOn", "paymentReference");
    events.publishEvent(
        new ExpensePaid(
            expenseNumber,
            expense.budgetLine(),
            expense.amount(),
            expense.supplier(),
            expense.purpose(),
            expense.source(),
            paidOn));
  }

  @Transactional(readOnly = true)
  public Expense get(String expenseNumber) {
    return repository
        .find(expenseNumber)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма разход с номер " + expenseNumber + "."));
  }

  @Transactional(readOnly = true)
  public List<Expense> paidOn(String lineId) {
    return repository.paidOn(lineId);
  }

  /** Who decides next on a REQUESTED expense; empty when everyone its amount needs approved it. */
  private Optional<ApprovalLevel> awaitedLevel(String expenseNumber, boolean managerRequired) {
    var last = repository.lastDecision(expenseNumber).orElse(null);
    if (last == null || last.decision() != ApprovalDecision.APPROVE) {
      return Optional.of(ApprovalLevel.FINANCE); // new, or corrected after a return
    }
    if (last.level() == ApprovalLevel.FINANCE && managerRequired) {
      return Optional.of(ApprovalLevel.MANAGER);
    }
    return Optional.empty();
  }

  private Expense locked(String expenseNumber) {
    return repository
        .lock(expenseNumber)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма разход с номер " + expenseNumber + "."));
  }

  private static void requireStatus(Expense expense, ExpenseStatus expected, String becoming) {
    if (expense.status() != expected) {
      throw wrongStatus(expense, becoming);
    }
  }

  private void transition(Expense expense, ExpenseStatus to, String reason, String becoming) {
    if (!repository.transition(expense.expenseNumber(), expense.status(), to, reason)) {
      throw wrongStatus(expense, becoming);
    }
  }

  private static RequestRefusedException wrongStatus(Expense expense, String becoming) {
    return RequestRefusedException.ruleBroken(
        "Разход %s е в състояние %s и не може да бъде %s."
            .formatted(expense.expenseNumber(), expense.status(), becoming),
        Map.of("expenseNumber", expense.expenseNumber(), "status", expense.status().name()));
  }

  private static String levelName(ApprovalLevel level) {
    return level == ApprovalLevel.FINANCE ? "на финансите" : "на ръководителя";
  }

  /** The request checked by the rules, then the room on its line; trimmed and scaled. */
  private NewExpense checked(NewExpense e) {
    NewExpense checked = rules.checkRequest(e, ledger::isLine);
    ExpenseRules.requireRoom(
        e.budgetLine(), e.amount(), ledger.figures(e.budgetLine()).available());
    return checked;
  }

  /** The ledger posting of an expense's payment (the financial report finds the expense by it). */
  static String expenditureKey(String expenseNumber) {
    return "expense:" + expenseNumber + ":expenditure";
  }

  private static String commitmentKey(String expenseNumber) {
    return "expense:" + expenseNumber + ":commitment";
  }
}
