package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.familyhouse.StaffVariables.END_DATE;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.FUNDS_ARRANGED;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.GROSS_MONTHLY_WAGE;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.HOUSE;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.LAST_MONTH_COST;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.MORE_MONTHS;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.ROLE;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.STAFF_COST_REFUSAL;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.STAFF_NAME;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.START_DATE;
import static bg.kazanlak.inclusion.familyhouse.StaffVariables.WORKING_TIME;

import bg.kazanlak.inclusion.budget.LineOverdrawnException;
import bg.kazanlak.inclusion.process.FormValues;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of {@code family-house-position}: read the variables, call {@link
 * StaffPositions} or {@link StaffPayroll}, set the variables the next step shows or the gateway
 * reads. The staff member's name is removed from the case by the step that stores it.
 */
final class StaffDelegates {

  private StaffDelegates() {}

  /** A step, with what every staff step may use ({@link StaffSteps}). */
  abstract static class Step {
    final StaffSteps steps;

    Step(StaffSteps steps) {
      this.steps = steps;
    }
  }

  /**
   * Checks and stores the position of the start form; its number becomes the business key. Runs in
   * the start's transaction, so a refusal leaves neither a row nor an instance.
   */
  @Component("recordStaffPositionDelegate")
  static class RecordPosition extends Step implements JavaDelegate {
    RecordPosition(StaffSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = steps.form(execution);
      NewPosition requested =
          new NewPosition(
              form.text(HOUSE),
              form.text(ROLE),
              form.text(STAFF_NAME),
              form.date(START_DATE, "Невалидна начална дата."),
              form.date(END_DATE, "Невалидна крайна дата."),
              form.amount(WORKING_TIME, "Невалидно работно време."),
              form.amount(GROSS_MONTHLY_WAGE, "Невалидна сума."));
      Position position = steps.positions().open(requested, steps.user());
      execution.removeVariable(STAFF_NAME);
      execution.setProcessBusinessKey(position.positionNumber());
      steps.show(execution, position, steps.payroll().monthInHand(position.positionNumber()));
    }
  }

  /**
   * Posts the pay cost of the position's month in hand, once. A line without room is a business
   * outcome: finance and the project managers get an escalation task, nothing is booked.
   */
  @Component("postStaffMonthDelegate")
  static class PostMonth extends Step implements JavaDelegate {
    PostMonth(StaffSteps steps) {
      super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
      PositionMonth posted;
      try {
        posted = steps.payroll().postMonthInHand(execution.getProcessBusinessKey());
      } catch (LineOverdrawnException e) {
        execution.setVariable(STAFF_COST_REFUSAL, e.getMessage());
        throw new BpmnError(StaffPositionCases.STAFF_LINE_OVERDRAWN, e.getMessage());
      }
      execution.removeVariable(STAFF_COST_REFUSAL);
      execution.removeVariable(FUNDS_ARRANGED);
      execution.setVariable(LAST_MONTH_COST, posted.cost().totalCost().toPlainString());
      execution.setVariable(MORE_MONTHS, posted.next() != null);
      if (posted.next() != null) {
        steps.showMonth(execution, posted.next());
      }
    }
  }
}
