package bg.kazanlak.inclusion.employment;

/**
 * Variable names of {@code employment}. The process keeps the registration number (also the
 * business key), a display name, ids, dates and decisions; personal data stays in the registry.
 */
public final class EmploymentVariables {

  private EmploymentVariables() {}

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
}
