package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code employment} and their classes. The process keeps the registration
 * number (also the business key), a display name, ids, dates and decisions; personal data stays in
 * the registry. A timesheet's days (sick leave among them) are health data: they reach the
 * employment tables and never the engine's history.
 */
@Component
public class EmploymentVariables implements PersonalDataVariables {

  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String DISPLAY_NAME = "displayName";

  public static final String PREFERRED_EMPLOYER = "preferredEmployer";
  public static final String PLACE_AVAILABLE = "placeAvailable";
  public static final String SUITABLE_EMPLOYERS = "suitableEmployers";
  public static final String EMPLOYER_ID = "employerId";
  public static final String EMPLOYER_NAME = "employerName";

  // the allocation form
  public static final String START_DATE = "startDate";
  public static final String POSITION = "position";
  public static final String WORKING_TIME_FRACTION = "workingTimeFraction";
  public static final String GROSS_MONTHLY_WAGE = "grossMonthlyWage";

  public static final String CONTRACT_ID = "contractId";
  public static final String CONTRACT_START = "contractStart";
  public static final String CONTRACT_END = "contractEnd";
  public static final String DOCUMENT_URL = "documentUrl";
  public static final String SIGNATURE_DATE = "signatureDate";

  // the month in hand
  public static final String TIMESHEET_MONTH = "timesheetMonth";
  public static final String MONTH_FIRST_DAY = "monthFirstDay";
  /** The last contract day of the month (ISO): the month-end timer fires at the end of it. */
  public static final String TIMESHEET_DUE = "timesheetDue";
  public static final String CONTRACT_WORKING_DAYS = "contractWorkingDays";
  public static final String MORE_MONTHS = "moreMonths";

  // the timesheet form
  public static final String DAYS_WORKED = "daysWorked";
  public static final String PAID_LEAVE_DAYS = "paidLeaveDays";
  public static final String SICK_LEAVE_DAYS = "sickLeaveDays";
  public static final String UNPAID_ABSENCE_DAYS = "unpaidAbsenceDays";

  public static final String LAST_MONTH_COST = "lastMonthCost";
  public static final String PAYROLL_REFUSAL = "payrollRefusal";
  public static final String PAYROLL_LINE_OVERDRAWN = "PAYROLL_LINE_OVERDRAWN";

  public static final String LEAVING_DATE = "leavingDate";
  public static final String IMMEDIATE_RESULT = "immediateResult";
  public static final String LONGER_TERM_RESULT = "longerTermResult";
  public static final String IMPROVED_SITUATION = "improvedSituation";

  // the payroll escalation form
  public static final String FUNDS_ARRANGED = "fundsArranged";
  public static final String ESCALATION_NOTE = "escalationNote";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(VariableClassification.forProcess(EmploymentCases.PROCESS_ID)
        .ordinary(REGISTRATION_NUMBER, PREFERRED_EMPLOYER, PLACE_AVAILABLE, SUITABLE_EMPLOYERS,
            EMPLOYER_ID, EMPLOYER_NAME, START_DATE, POSITION, WORKING_TIME_FRACTION,
            GROSS_MONTHLY_WAGE, CONTRACT_ID, CONTRACT_START, CONTRACT_END, DOCUMENT_URL,
            SIGNATURE_DATE, TIMESHEET_MONTH, MONTH_FIRST_DAY, TIMESHEET_DUE,
            CONTRACT_WORKING_DAYS, MORE_MONTHS, LAST_MONTH_COST, PAYROLL_REFUSAL, LEAVING_DATE, IMMEDIATE_RESULT, LONGER_TERM_RESULT,
            IMPROVED_SITUATION, FUNDS_ARRANGED)
        .personal(DISPLAY_NAME, ESCALATION_NOTE)
        .specialCategoryOrHealth(DAYS_WORKED, PAID_LEAVE_DAYS, SICK_LEAVE_DAYS, UNPAID_ABSENCE_DAYS)
        .build());
  }
}
