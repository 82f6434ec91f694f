package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code employment} and their classes. The process keeps the registration number
 * (also the business key), a display name, ids, dates and decisions; personal data stays in the
 * registry. A timesheet's days (sick leave among them) are health data: they reach the employment
 * tables and never the engine's history.
 */
@Component
class EmploymentVariables implements PersonalDataVariables {

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String DISPLAY_NAME = "displayName";

  static final String PREFERRED_EMPLOYER = "preferredEmployer";
  static final String PLACE_AVAILABLE = "placeAvailable";
  static final String SUITABLE_EMPLOYERS = "suitableEmployers";
  static final String EMPLOYER_ID = "employerId";
  static final String EMPLOYER_NAME = "employerName";

  // the allocation form
  static final String START_DATE = "startDate";
  static final String POSITION = "position";
  static final String WORKING_TIME_FRACTION = "workingTimeFraction";
  static final String GROSS_MONTHLY_WAGE = "grossMonthlyWage";

  static final String CONTRACT_ID = "contractId";
  static final String CONTRACT_START = "contractStart";
  static final String CONTRACT_END = "contractEnd";
  static final String DOCUMENT_URL = "documentUrl";
  static final String SIGNATURE_DATE = "signatureDate";

  // the month in hand
  static final String TIMESHEET_MONTH = "timesheetMonth";
  static final String MONTH_FIRST_DAY = "monthFirstDay";

  /** The last contract day of the month (ISO): the month-end timer fires at the end of it. */
  static final String TIMESHEET_DUE = "timesheetDue";

  static final String CONTRACT_WORKING_DAYS = "contractWorkingDays";
  static final String MORE_MONTHS = "moreMonths";

  // the timesheet form
  static final String DAYS_WORKED = "daysWorked";
  static final String PAID_LEAVE_DAYS = "paidLeaveDays";
  static final String SICK_LEAVE_DAYS = "sickLeaveDays";
  static final String UNPAID_ABSENCE_DAYS = "unpaidAbsenceDays";

  static final String LAST_MONTH_COST = "lastMonthCost";
  static final String PAYROLL_REFUSAL = "payrollRefusal";
  static final String PAYROLL_LINE_OVERDRAWN = "PAYROLL_LINE_OVERDRAWN";

  static final String LEAVING_DATE = "leavingDate";
  static final String IMMEDIATE_RESULT = "immediateResult";
  static final String LONGER_TERM_RESULT = "longerTermResult";
  static final String IMPROVED_SITUATION = "improvedSituation";

  // the payroll escalation form
  static final String FUNDS_ARRANGED = "fundsArranged";
  static final String ESCALATION_NOTE = "escalationNote";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(EmploymentCases.PROCESS_ID)
            .ordinary(
                REGISTRATION_NUMBER,
                PREFERRED_EMPLOYER,
                PLACE_AVAILABLE,
                SUITABLE_EMPLOYERS,
                EMPLOYER_ID,
                EMPLOYER_NAME,
                START_DATE,
                POSITION,
                WORKING_TIME_FRACTION,
                GROSS_MONTHLY_WAGE,
                CONTRACT_ID,
                CONTRACT_START,
                CONTRACT_END,
                DOCUMENT_URL,
                SIGNATURE_DATE,
                TIMESHEET_MONTH,
                MONTH_FIRST_DAY,
                TIMESHEET_DUE,
                CONTRACT_WORKING_DAYS,
                MORE_MONTHS,
                LAST_MONTH_COST,
                PAYROLL_REFUSAL,
                LEAVING_DATE,
                IMMEDIATE_RESULT,
                LONGER_TERM_RESULT,
                IMPROVED_SITUATION,
                FUNDS_ARRANGED)
            .personal(DISPLAY_NAME, ESCALATION_NOTE)
            .specialCategoryOrHealth(
                DAYS_WORKED, PAID_LEAVE_DAYS, SICK_LEAVE_DAYS, UNPAID_ABSENCE_DAYS)
            .build());
  }
}
