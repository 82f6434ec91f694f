package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.PositionMonth.MonthInHand;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a step of {@code family-house-position} ({@link StaffDelegates}) may use: the positions,
 * their payroll, the labels, the signed-in user and the submitted form's values.
 */
@Component
record StaffSteps(
    StaffPositions positions,
    StaffPayroll payroll,
    FamilyHouseProperties houses,
    CurrentUser currentUser,
    Forms forms) {

  FormValues form(VariableScope execution) {
    return forms.of(execution);
  }

  /** The signed-in user; null when the application acts (the job executor). */
  String user() {
    return currentUser.id();
  }

  /** What the forms and the month's timer read: the position and its month in hand. */
  void show(DelegateExecution execution, Position position, MonthInHand month) {
    execution.setVariable(StaffVariables.POSITION_NUMBER, position.positionNumber());
    execution.setVariable(StaffVariables.HOUSE_NAME, positions.house(position.houseId()).name());
    execution.setVariable(StaffVariables.ROLE_LABEL, houses.roleLabel(position.role()));
    showMonth(execution, month);
  }

  void showMonth(DelegateExecution execution, MonthInHand month) {
    execution.setVariable(StaffVariables.STAFF_MONTH, month.month().toString());
    execution.setVariable(StaffVariables.MONTH_END_DAY, month.lastDay().toString());
  }
}
