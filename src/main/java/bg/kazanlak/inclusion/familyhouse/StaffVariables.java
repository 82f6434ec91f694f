package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code family-house-position} and their classes. The case keeps the position's
 * number, house, role, dates, working time, wage and the month in hand. The staff member's name is
 * personal: submitted with the start form, stored with the position by the first step and removed
 * from the case at once; it never reaches the engine's history.
 */
@Component
class StaffVariables implements PersonalDataVariables {

  // the start form
  static final String HOUSE = "house";
  static final String ROLE = "role";
  static final String STAFF_NAME = "staffName";
  static final String START_DATE = "startDate";
  static final String END_DATE = "endDate";
  static final String WORKING_TIME = "workingTime";
  static final String GROSS_MONTHLY_WAGE = "grossMonthlyWage";

  // set by the first step
  static final String POSITION_NUMBER = "positionNumber";
  static final String HOUSE_NAME = "houseName";
  static final String ROLE_LABEL = "roleLabel";

  // the month in hand
  static final String STAFF_MONTH = "staffMonth";

  /** The position's last day in the month in hand (ISO): the month's timer fires at its end. */
  static final String MONTH_END_DAY = "monthEndDay";

  static final String MORE_MONTHS = "moreMonths";
  static final String LAST_MONTH_COST = "lastMonthCost";
  static final String STAFF_COST_REFUSAL = "staffCostRefusal";

  // the escalation form
  static final String FUNDS_ARRANGED = "fundsArranged";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(StaffPositionCases.PROCESS_ID)
            .ordinary(
                HOUSE,
                ROLE,
                START_DATE,
                END_DATE,
                WORKING_TIME,
                GROSS_MONTHLY_WAGE,
                POSITION_NUMBER,
                HOUSE_NAME,
                ROLE_LABEL,
                STAFF_MONTH,
                MONTH_END_DAY,
                MORE_MONTHS,
                LAST_MONTH_COST,
                STAFF_COST_REFUSAL,
                FUNDS_ARRANGED)
            .personal(STAFF_NAME)
            .build());
  }
}
