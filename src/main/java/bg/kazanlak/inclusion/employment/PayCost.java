package bg.kazanlak.inclusion.employment;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one employee's month costs the employer, and what the HRD measure reimburses. Amounts in BGN
 * with scale 2.
 *
 * @param monthWorkingDays working days of the whole calendar month (the pro-rata divisor)
 * @param contractWorkingDays working days of the contract in the month (what the timesheet sums to)
 * @param paidDays days worked plus paid leave
 * @param grossPay the month's gross pay, pro rata to the paid days
 * @param insurableIncome the gross pay up to the ceiling in force in the month
 * @param totalCost gross pay plus employer contributions
 */
public record PayCost(
    YearMonth month,
    int monthWorkingDays,
    int contractWorkingDays,
    int paidDays,
    BigDecimal grossPay,
    BigDecimal insurableIncome,
    EmployerContributions contributions,
    BigDecimal totalContributions,
    BigDecimal totalCost) {}
