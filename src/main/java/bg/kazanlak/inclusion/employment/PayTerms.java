package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import java.math.BigDecimal;

/**
 * The pay terms of an employment contract.
 *
 * @param grossMonthlyWage the agreed gross wage for a whole month (BGN), already for the contract's
 *     working time: a half-time contract states the half-time wage
 * @param activity the employer's economic activity, which sets the work-accident rate ({@code
 *     inclusion.programme.employers[].activity})
 * @param workingTimeFraction 1 for full time, e.g. 0.5 for four hours a day; the minimum wage is
 *     scaled by it
 */
public record PayTerms(
    BigDecimal grossMonthlyWage, String activity, BigDecimal workingTimeFraction) {

  public static PayTerms fullTime(BigDecimal grossMonthlyWage, String activity) {
    return new PayTerms(grossMonthlyWage, activity, BigDecimal.ONE);
  }

  public static PayTerms of(
      Employer employer, BigDecimal grossMonthlyWage, BigDecimal workingTimeFraction) {
    return new PayTerms(grossMonthlyWage, employer.activity(), workingTimeFraction);
  }
}
