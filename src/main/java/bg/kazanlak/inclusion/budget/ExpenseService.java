package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expenses from request to payment. The rules live here; {@code expense-approval} decides who
 * approves and in what order. Every amount reaches the budget only through {@link BudgetLedger}.
 */
@Service
@Transactional
public class ExpenseService {

  public static final String PROCESS_ID = "expense-approval";

  /** Column lengths of V4__expense.sql that the approvers' texts must fit. */
  static final int MAX_COMMENT = 500;
  static final int MAX_PAYMENT_REFERENCE = 100;

  private final ExpenseRepository repository;
  private final BudgetLedger ledger;
  private final RuntimeService runtime;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final ApplicationEventPublisher events;
  private final NumberSeries numbers;
  private final ApprovalRoute route;

  ExpenseService(ExpenseRepository repository, BudgetLedger ledger, RuntimeService runtime,
      ProgrammeClock clock, ProgrammeProperties programme, ApplicationEventPublisher events,
      NumberSeries numbers, ApprovalRoute route) {
    this.repository = repository;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
    this.programme = programme;
    this.events = events;
    this.numbers = numbers;
    this.route = route;
  }

  /**
   * Opens an expense-approval case (API, another feature, another process). A refused request
   * leaves neither a row nor a process instance: the request travels as a transient variable and
   * is checked and stored by the process's first step, in this transaction. The requester is the
   * signed-in user when there is one; {@code requestedBy} counts only for a call as the
   * application (see {@link RequestedExpense}).
   */
  public StartedExpense request(NewExpense expense, String requestedBy) {
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_ID)
        .setVariable(ExpenseVariables.NEW_EXPENSE,
            Variables.objectValue(new RequestedExpense(expense, requestedBy), true).create())
        .execute();
    return new StartedExpense(instance.getBusinessKey(), instance.getId());
  }

  /** Checks a request (malformed: 400; no room or outside the period: 422) and records it. */
  public Expense register(NewExpense expense, String requestedBy) {
    if (blank(requestedBy)) {
      // the four-eyes rule and the correction need to know who asked
      throw RequestRefusedException.ruleBroken("Искането за разход няма заявител.", Map.of());
    }
    check(expense);
    LocalDate today = clock.today();
    String number = "E-%d-%05d".formatted(today.getYear(), numbers.next("expense"));
    repository.insert(number, normalised(expense), requestedBy, today);
    return get(number);
  }

  /**
   * The requester's correction after "return for correction": checked like a new request. Only a
   * RETURNED expense, and only by the person who requested it ({@code by} null: the application).
   */
  public Expense correct(String expenseNumber, NewExpense corrected, String by) {
    Expense current = locked(expenseNumber);
    if (by != null && !by.equals(current.requestedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Искането за разход се коригира само от служителя, който го е подал.",
          Map.of("expenseNumber", expenseNumber));
    }
    requireStatus(current, ExpenseStatus.RETURNED, "коригиран");
    NewExpense withLine = new NewExpense(current.budgetLine(), corrected.amount(),
        corrected.supplier(), corrected.purpose(), corrected.date(), corrected.documentRef(),
        current.source());
    check(withLine);
    if (!repository.correct(expenseNumber, normalised(withLine))) {
      throw wrongStatus(current, "коригиран");
    }
    return get(expenseNumber);
  }

  /**
   * Records an approver's decision and says where the expense goes next. Only a REQUESTED expense
   * that awaits this level (finance first; the manager after finance approved an amount above the
   * threshold), never by the person who requested it; the route is recomputed from the stored
   * amount.
   */
  public ApprovalOutcome recordDecision(String expenseNumber, ApprovalLevel level,
      ApprovalDecision decision, String by, String comment) {
    Expense expense = locked(expenseNumber);
    refuseRequester(expense, by, "да одобрявате");
    if (decision != ApprovalDecision.APPROVE && blank(comment)) {
      throw RequestRefusedException.invalid(ExpenseVariables.DECISION_COMMENT,
          "Посочете причината за връщането или отхвърлянето.");
    }
    if (comment != null && comment.trim().length() > MAX_COMMENT) {
      // a rejection's reason is also the expense's refusal reason (500 characters)
      throw RequestRefusedException.invalid(ExpenseVariables.DECISION_COMMENT,
          "Мотивите са по-дълги от " + MAX_COMMENT + " знака.");
    }
    requireStatus(expense, ExpenseStatus.REQUESTED, "решаван");
    boolean managerRequired = route.managerApprovalRequired(expense.amount());
    ApprovalLevel awaited = awaitedLevel(expenseNumber, managerRequired).orElse(null);
    if (awaited != level) {
      throw RequestRefusedException.ruleBroken(
          "Разход %s не очаква решение %s.".formatted(expenseNumber, levelName(level)),
          Map.of("expenseNumber", expenseNumber, "level", level.name()));
    }
    String trimmed = blank(comment) ? null : comment.trim();
    repository.decision(expenseNumber, level, decision, by, clock.today(), trimmed);
    return switch (decision) {
      case APPROVE -> level == ApprovalLevel.FINANCE && managerRequired
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
      ledger.commit(new Posting(commitmentKey(expenseNumber), expense.budgetLine(),
          expense.amount(), "expense:" + expenseNumber, expense.purpose()));
      transition(expense, ExpenseStatus.COMMITTED, null, "поет като задължение");
    } catch (LineOverdrawnException e) {
      transition(expense, ExpenseStatus.REFUSED, e.getMessage(), "отказан");
      throw e;
    }
  }

  /**
   * Records the payment of a COMMITTED expense and books the expenditure, settling the
   * commitment. A second payment of the same expense is refused and books nothing.
   */
  public void recordPayment(String expenseNumber, LocalDate paidOn, String reference, String by) {
    Expense expense = locked(expenseNumber);
    refuseRequester(expense, by, "да плащате");
    requireStatus(expense, ExpenseStatus.COMMITTED, "платен");
    List<FieldProblem> problems = new ArrayList<>();
    if (paidOn == null) {
      problems.add(new FieldProblem("paymentDate", "Въведете датата на плащане."));
    } else if (paidOn.isAfter(clock.today())) {
      problems.add(new FieldProblem("paymentDate", "Датата на плащане е в бъдещето."));
    } else if (paidOn.isBefore(expense.date())) {
      problems.add(new FieldProblem("paymentDate", "Плащането е преди датата на разхода."));
    }
    if (blank(reference)) {
      problems.add(new FieldProblem("paymentReference", "Въведете номера на платежния документ."));
    } else if (reference.trim().length() > MAX_PAYMENT_REFERENCE) {
      problems.add(new FieldProblem("paymentReference",
          "Номерът на платежния документ е по-дълъг от " + MAX_PAYMENT_REFERENCE + " знака."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    ledger.expend(new Posting(expenditureKey(expenseNumber),
        expense.budgetLine(), expense.amount(), "expense:" + expenseNumber, expense.purpose()),
        commitmentKey(expenseNumber));
    if (!repository.payment(expenseNumber, paidOn, reference.trim())) {
      throw wrongStatus(expense, "платен");
    }
    events.publishEvent(new ExpensePaid(expenseNumber, expense.budgetLine(), expense.amount(),
        expense.supplier(), expense.purpose(), expense.source(), paidOn));
  }

  @Transactional(readOnly = true)
  public Expense get(String expenseNumber) {
    return repository.find(expenseNumber).orElseThrow(() -> RequestRefusedException.notFound(
        "Няма разход с номер " + expenseNumber + "."));
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
    return repository.lock(expenseNumber).orElseThrow(() -> RequestRefusedException.notFound(
        "Няма разход с номер " + expenseNumber + "."));
  }

  /** Defense in depth behind the engine's four-eyes rule ({@link ExpenseRequester}). */
  private static void refuseRequester(Expense expense, String by, String what) {
    if (by != null && by.equals(expense.requestedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Не можете %s собственото си искане за разход %s.".formatted(what, expense.expenseNumber()),
          Map.of("expenseNumber", expense.expenseNumber()));
    }
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

  private void check(NewExpense e) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(e.budgetLine())) {
      problems.add(new FieldProblem("budgetLine", "Изберете бюджетен ред."));
    } else if (!ledger.isLine(e.budgetLine())) {
      problems.add(new FieldProblem("budgetLine", "Непознат бюджетен ред: " + e.budgetLine()));
    }
    if (e.amount() == null || e.amount().signum() <= 0) {
      problems.add(new FieldProblem("amount", "Сумата трябва да е положителна."));
    } else if (e.amount().stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("amount", "Сумата е в лева със стотинки (до два знака)."));
    }
    if (blank(e.supplier())) {
      problems.add(new FieldProblem("supplier", "Посочете доставчика."));
    } else if (e.supplier().trim().length() > 200) {
      problems.add(new FieldProblem("supplier", "Доставчикът е по-дълъг от 200 знака."));
    }
    if (blank(e.purpose())) {
      problems.add(new FieldProblem("purpose", "Посочете предназначението на разхода."));
    } else if (e.purpose().trim().length() > 500) {
      problems.add(new FieldProblem("purpose", "Предназначението е по-дълго от 500 знака."));
    }
    if (blank(e.documentRef())) {
      problems.add(new FieldProblem("documentRef",
          "Посочете разходооправдателния документ (фактура, договор)."));
    } else if (e.documentRef().trim().length() > 200) {
      problems.add(new FieldProblem("documentRef", "Документът е по-дълъг от 200 знака."));
    }
    if (e.date() == null) {
      problems.add(new FieldProblem("date", "Въведете датата на разхода."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    if (!programme.isWithinPeriod(e.date())) {
      throw RequestRefusedException.ruleBroken(
          "Разходът от %s е извън допустимия период %s – %s."
              .formatted(e.date(), programme.start(), programme.end()),
          Map.of("eligibleFrom", programme.start(), "eligibleTo", programme.end()));
    }
    BigDecimal available = ledger.figures(e.budgetLine()).available();
    if (available.compareTo(e.amount()) < 0) {
      throw new LineOverdrawnException(e.budgetLine(), e.amount(), available);
    }
  }

  private static NewExpense normalised(NewExpense e) {
    return new NewExpense(e.budgetLine(), e.amount().setScale(2), e.supplier().trim(),
        e.purpose().trim(), e.date(), e.documentRef().trim(), e.source());
  }

  /** The ledger posting of an expense's payment (the financial report finds the expense by it). */
  static String expenditureKey(String expenseNumber) {
    return "expense:" + expenseNumber + ":expenditure";
  }

  private static String commitmentKey(String expenseNumber) {
    return "expense:" + expenseNumber + ":commitment";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
