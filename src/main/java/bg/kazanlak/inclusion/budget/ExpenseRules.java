package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rules of an expense that need no database: what a well-formed request, decision and payment
 * is, the eligible period, the room on the line, and that nobody approves, pays or corrects
 * somebody else's request as its requester. Plain Java: {@link ExpenseService} asks them before it
 * changes anything. Field problems are collected, so that a form is corrected once.
 */
final class ExpenseRules {

  /** Column lengths of V4__expense.sql that the texts must fit. */
  static final int MAX_SUPPLIER = 200;

  static final int MAX_PURPOSE = 500;
  static final int MAX_DOCUMENT_REF = 200;
  static final int MAX_COMMENT = 500;
  static final int MAX_PAYMENT_REFERENCE = 100;

  private final LocalDate eligibleFrom;
  private final LocalDate eligibleTo;

  /** The programme's eligible period, both days included. */
  ExpenseRules(LocalDate eligibleFrom, LocalDate eligibleTo) {
    this.eligibleFrom = eligibleFrom;
    this.eligibleTo = eligibleTo;
  }

  /**
   * A request (new or corrected) with its texts trimmed and its amount in two decimals: 400 naming
   * every malformed field ({@code isLine} says which budget lines exist), 422 for a date outside
   * the eligible period. The room on the line is {@link #requireRoom}'s, once the line is known.
   */
  NewExpense checkRequest(NewExpense e, Predicate<String> isLine) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(e.budgetLine())) {
      problems.add(new FieldProblem("budgetLine", "Изберете бюджетен ред."));
    } else if (!isLine.test(e.budgetLine())) {
      problems.add(new FieldProblem("budgetLine", "Непознат бюджетен ред: " + e.budgetLine()));
    }
    if (e.amount() == null || e.amount().signum() <= 0) {
      problems.add(new FieldProblem("amount", "Сумата трябва да е положителна."));
    } else if (e.amount().stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("amount", "Сумата е в лева със стотинки (до два знака)."));
    }
    if (blank(e.supplier())) {
      problems.add(new FieldProblem("supplier", "Посочете доставчика."));
    } else if (e.supplier().trim().length() > MAX_SUPPLIER) {
      problems.add(new FieldProblem("supplier", "Доставчикът е по-дълъг от 200 знака."));
    }
    if (blank(e.purpose())) {
      problems.add(new FieldProblem("purpose", "Посочете предназначението на разхода."));
    } else if (e.purpose().trim().length() > MAX_PURPOSE) {
      problems.add(new FieldProblem("purpose", "Предназначението е по-дълго от 500 знака."));
    }
    if (blank(e.documentRef())) {
      problems.add(
          new FieldProblem(
              "documentRef", "Посочете разходооправдателния документ (фактура, договор)."));
    } else if (e.documentRef().trim().length() > MAX_DOCUMENT_REF) {
      problems.add(new FieldProblem("documentRef", "Документът е по-дълъг от 200 знака."));
    }
    if (e.date() == null) {
      problems.add(new FieldProblem("date", "Въведете датата на разхода."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    if (e.date().isBefore(eligibleFrom) || e.date().isAfter(eligibleTo)) {
      throw RequestRefusedException.ruleBroken(
          "Разходът от %s е извън допустимия период %s – %s."
              .formatted(e.date(), eligibleFrom, eligibleTo),
          Map.of("eligibleFrom", eligibleFrom, "eligibleTo", eligibleTo));
    }
    return new NewExpense(
        e.budgetLine(),
        e.amount().setScale(2),
        e.supplier().trim(),
        e.purpose().trim(),
        e.date(),
        e.documentRef().trim(),
        e.source());
  }

  /** 422 with the figures when the line has less room than the amount. */
  static void requireRoom(String lineId, BigDecimal amount, BigDecimal available) {
    if (available.compareTo(amount) < 0) {
      throw new LineOverdrawnException(lineId, amount, available);
    }
  }

  /** Every request names who asked: the four-eyes rule and the correction need to know. */
  static void requireRequester(String requestedBy) {
    if (blank(requestedBy)) {
      throw RequestRefusedException.ruleBroken("Искането за разход няма заявител.", Map.of());
    }
  }

  /** Only the requester corrects a returned request ({@code by} null: the application). */
  static void requireCorrectedByRequester(Expense expense, String by) {
    if (by != null && !by.equals(expense.requestedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Искането за разход се коригира само от служителя, който го е подал.",
          Map.of("expenseNumber", expense.expenseNumber()));
    }
  }

  /**
   * Defense in depth behind the engine's four-eyes rule ({@link ExpenseRequester}): the requester
   * neither decides on nor pays their own request ({@code what}: "да одобрявате", "да плащате").
   */
  static void refuseRequester(Expense expense, String by, String what) {
    if (by != null && by.equals(expense.requestedBy())) {
      throw RequestRefusedException.ruleBroken(
          "Не можете %s собственото си искане за разход %s."
              .formatted(what, expense.expenseNumber()),
          Map.of("expenseNumber", expense.expenseNumber()));
    }
  }

  /**
   * A return or a rejection gives its reason, which fits the expense's refusal reason (500
   * characters). Returns the comment trimmed, null when blank.
   */
  static String checkComment(ApprovalDecision decision, String comment) {
    if (decision != ApprovalDecision.APPROVE && blank(comment)) {
      throw RequestRefusedException.invalid(
          ExpenseVariables.DECISION_COMMENT, "Посочете причината за връщането или отхвърлянето.");
    }
    if (comment != null && comment.trim().length() > MAX_COMMENT) {
      throw RequestRefusedException.invalid(
          ExpenseVariables.DECISION_COMMENT, "Мотивите са по-дълги от " + MAX_COMMENT + " знака.");
    }
    return blank(comment) ? null : comment.trim();
  }

  /**
   * A payment has a date between the expense's date and today and a payment document's number that
   * fits its column; 400 naming every wrong field. Returns the reference trimmed.
   */
  static String checkPayment(
      LocalDate paidOn, String reference, LocalDate expenseDate, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (paidOn == null) {
      problems.add(new FieldProblem("paymentDate", "Въведете датата на плащане."));
    } else if (paidOn.isAfter(today)) {
      problems.add(new FieldProblem("paymentDate", "Датата на плащане е в бъдещето."));
    } else if (paidOn.isBefore(expenseDate)) {
      problems.add(new FieldProblem("paymentDate", "Плащането е преди датата на разхода."));
    }
    if (blank(reference)) {
      problems.add(new FieldProblem("paymentReference", "Въведете номера на платежния документ."));
    } else if (reference.trim().length() > MAX_PAYMENT_REFERENCE) {
      problems.add(
          new FieldProblem(
              "paymentReference",
              "Номерът на платежния документ е по-дълъг от " + MAX_PAYMENT_REFERENCE + " знака."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
    return reference.trim();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
