package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code expense-approval} and their classes. An expense carries no personal data
 * of participants; an approver's free-text comment is kept out of the engine's history (the
 * expense's record holds it).
 */
@Component
class ExpenseVariables implements PersonalDataVariables {

  static final String NEW_EXPENSE = "newExpense";

  /** Set by the engine from the signed-in user who submitted the start form. */
  static final String REQUESTED_BY = "requestedBy";

  static final String EXPENSE_NUMBER = "expenseNumber";
  static final String BUDGET_LINE = "budgetLine";
  static final String LINE_NAME = "lineName";
  static final String AMOUNT = "amount";
  static final String SUPPLIER = "supplier";
  static final String PURPOSE = "purpose";
  static final String EXPENSE_DATE = "expenseDate";
  static final String DOCUMENT_REF = "documentRef";
  static final String APPROVAL_LEVEL = "approvalLevel";
  static final String DECISION = "decision";
  static final String DECISION_COMMENT = "decisionComment";
  static final String APPROVAL_OUTCOME = "approvalOutcome";
  static final String REFUSAL_REASON = "refusalReason";
  static final String REFUSAL_ACKNOWLEDGED = "refusalAcknowledged";
  static final String PAYMENT_DATE = "paymentDate";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(ExpenseCases.PROCESS_ID)
            .ordinary(
                NEW_EXPENSE,
                REQUESTED_BY,
                EXPENSE_NUMBER,
                BUDGET_LINE,
                LINE_NAME,
                AMOUNT,
                SUPPLIER,
                PURPOSE,
                EXPENSE_DATE,
                DOCUMENT_REF,
                APPROVAL_LEVEL,
                DECISION,
                APPROVAL_OUTCOME,
                REFUSAL_REASON,
                REFUSAL_ACKNOWLEDGED,
                PAYMENT_DATE,
                PAYMENT_REFERENCE)
            .personal(DECISION_COMMENT)
            .build());
  }
}
