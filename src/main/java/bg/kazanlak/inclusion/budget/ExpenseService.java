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

  private final ExpenseRepository repository;
  private final BudgetLedger ledger;
  private final RuntimeService runtime;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final ApplicationEventPublisher events;
  private final NumberSeries numbers;

  public ExpenseService(ExpenseRepository repository, BudgetLedger ledger, RuntimeService runtime,
      ProgrammeClock clock, ProgrammeProperties programme, ApplicationEventPublisher events,
      NumberSeries numbers) {
    this.repository = repository;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
    this.programme = programme;
    this.events = events;
    this.numbers = numbers;
  }

  /**
   * Opens an expense-approval case (API, another feature, another process). A refused request
   * leaves neither a row nor a process instance: the request travels as a transient variable and
   * is checked and stored by the process's first step, in this transaction.
   */
  public StartedExpense request(NewExpense expense, String requestedBy) {
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_ID)
        .setVariable(ExpenseVariables.NEW_EXPENSE, Variables.objectValue(expense, true).create())
        .setVariable(ExpenseVariables.REQUESTED_BY, requestedBy)
        .execute();
    return new StartedExpense(instance.getBusinessKey(), instance.getId());
  }

  /** Checks a request (malformed: 400; no room or outside the period: 422) and records it. */
  public Expense register(NewExpense expense, String requestedBy) {
    check(expense);
    LocalDate today = clock.today();
    String number = "E-%d-%05d".formatted(today.getYear(), numbers.next("expense"));
    repository.insert(number, normalised(expense), requestedBy, today);
    return get(number);
  }

  /** The requester's correction after "return for correction": checked like a new request. */
  public Expense correct(String expenseNumber, NewExpense corrected) {
    Expense current = get(expenseNumber);
    NewExpense withLine = new NewExpense(current.budgetLine(), corrected.amount(),
        corrected.supplier(), corrected.purpose(), corrected.date(), corrected.documentRef(),
        current.source());
    check(withLine);
    repository.correct(expenseNumber, normalised(withLine));
    return get(expenseNumber);
  }

  public void recordDecision(String expenseNumber, String level, ApprovalDecision decision,
      String by, String comment) {
    if (decision != ApprovalDecision.APPROVE && (comment == null || comment.isBlank())) {
      throw RequestRefusedException.invalid("decisionComment",
          "Посочете причината за връщането или отхвърлянето.");
    }
    repository.decision(expenseNumber, level, decision, by, clock.today(), comment);
    switch (decision) {
      case RETURN -> repository.status(expenseNumber, ExpenseStatus.RETURNED, null);
      case REJECT -> repository.status(expenseNumber, ExpenseStatus.REJECTED, comment);
      case APPROVE -> { }
    }
  }

  /**
   * Books the approved amount as a commitment. When the line no longer has room (another approval
   * took it meanwhile) the expense is refused with the figures and the exception says so.
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public void commit(String expenseNumber) {
    Expense expense = get(expenseNumber);
    try {
      ledger.commit(new Posting(commitmentKey(expenseNumber), expense.budgetLine(),
          expense.amount(), "expense:" + expenseNumber, expense.purpose()));
      repository.status(expenseNumber, ExpenseStatus.COMMITTED, null);
    } catch (LineOverdrawnException e) {
      repository.status(expenseNumber, ExpenseStatus.REFUSED, e.getMessage());
      throw e;
    }
  }

  /** Records the payment and books the expenditure, settling the commitment. */
  public void recordPayment(String expenseNumber, LocalDate paidOn, String reference) {
    Expense expense = get(expenseNumber);
    List<FieldProblem> problems = new ArrayList<>();
    if (paidOn == null) {
      problems.add(new FieldProblem("paymentDate", "Въведете датата на плащане."));
    } else if (paidOn.isAfter(clock.today())) {
      problems.add(new FieldProblem("paymentDate", "Датата на плащане е в бъдещето."));
    } else if (paidOn.isBefore(expense.date())) {
      problems.add(new FieldProblem("paymentDate", "Плащането е преди датата на разхода."));
    }
    if (reference == null || reference.isBlank()) {
      problems.add(new FieldProblem("paymentReference", "Въведете номера на платежния документ."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    var result = ledger.expend(new Posting("expense:" + expenseNumber + ":expenditure",
        expense.budgetLine(), expense.amount(), "expense:" + expenseNumber, expense.purpose()),
        commitmentKey(expenseNumber));
    if (result.alreadyBooked()) {
      return;
    }
    repository.payment(expenseNumber, paidOn, reference.trim());
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

  private static String commitmentKey(String expenseNumber) {
    return "expense:" + expenseNumber + ":commitment";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
