package bg.kazanlak.inclusion.employment;

/**
 * A month's timesheet of one employee, in working days. Every working day of the contract in the
 * month is accounted for exactly once.
 *
 * @param daysWorked days at work (paid)
 * @param paidLeaveDays paid annual leave (paid by the employer like days worked)
 * @param sickLeaveDays temporary incapacity; not paid by the employer in this model (the public
 *     social security fund pays the benefit)
 * @param unpaidAbsenceDays unpaid leave and unexcused absence (not paid)
 */
public record Timesheet(
    int daysWorked, int paidLeaveDays, int sickLeaveDays, int unpaidAbsenceDays) {

  /** Days the employer pays: worked and paid leave. */
  public int paidDays() {
    return daysWorked + paidLeaveDays;
  }

  public int total() {
    return daysWorked + paidLeaveDays + sickLeaveDays + unpaidAbsenceDays;
  }
}
