package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.employment.EmploymentProperties.ContributionRates;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A month's pay and employer cost of a subsidised job, from its pay terms and the month's
 * timesheet. Pure rules: figures from {@link EmploymentProperties}, days from the {@link
 * WorkingCalendar}; nothing is stored.
 *
 * <p>Pay is pro rata to the paid days (worked and paid leave) over the working days of the whole
 * month, which prices a start or a termination in the middle of the month too. Contributions are
 * due on the pay up to the ceiling, and each is rounded to stotinki on its own, as Bulgarian
 * payroll (and the declaration to the revenue agency) does.
 */
@Component
public class MonthlyPayCost {

  private final EmploymentProperties employment;
  private final ProgrammeProperties programme;
  private final WorkingCalendar calendar;

  public MonthlyPayCost(
      EmploymentProperties employment, ProgrammeProperties programme, WorkingCalendar calendar) {
    this.employment = employment;
    this.programme = programme;
    this.calendar = calendar;
  }

  /** Working days of the contract in the month: what a complete timesheet adds up to. */
  public int contractWorkingDays(ContractMonth month) {
    return calendar.workingDaysBetween(month.firstDay(), month.lastDay());
  }

  /** The month's cost; refuses wrong terms or a timesheet that does not account for every day. */
  public PayCost calculate(PayTerms terms, ContractMonth contractMonth, Timesheet timesheet) {
    YearMonth month = contractMonth.month();
    int contractDays = contractWorkingDays(contractMonth);
    List<FieldProblem> problems = new ArrayList<>();
    checkPeriod(contractMonth, problems);
    if (problems.isEmpty()) {
      checkTerms(terms, month, problems);
    }
    checkTimesheet(timesheet, contractMonth, contractDays, problems);
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }

    int monthDays = calendar.workingDaysBetween(month.atDay(1), month.atEndOfMonth());
    int paidDays = timesheet.paidDays();
    // paid days > 0 implies working days in the month, so no division by zero
    BigDecimal gross =
        paidDays == 0
            ? money(BigDecimal.ZERO)
            : terms
                .grossMonthlyWage()
                .multiply(BigDecimal.valueOf(paidDays))
                .divide(BigDecimal.valueOf(monthDays), 2, RoundingMode.HALF_UP);
    BigDecimal insurable = gross.min(money(employment.maximumInsurableIncome(month)));

    ContributionRates rates = employment.employerContributions(month);
    BigDecimal workAccidentRate =
        employment.workAccidentRate(terms.activity(), month).orElseThrow();
    EmployerContributions contributions =
        new EmployerContributions(
            share(insurable, rates.pension()),
            share(insurable, rates.sicknessMaternity()),
            share(insurable, rates.unemployment()),
            share(insurable, rates.secondPillar()),
            share(insurable, rates.health()),
            share(insurable, rates.guaranteedReceivables()),
            share(insurable, workAccidentRate));
    BigDecimal totalContributions = contributions.total();
    return new PayCost(
        month,
        monthDays,
        contractDays,
        paidDays,
        gross,
        insurable,
        contributions,
        totalContributions,
        gross.add(totalContributions));
  }

  private void checkPeriod(ContractMonth contractMonth, List<FieldProblem> problems) {
    if (!programme.isWithinPeriod(contractMonth.firstDay())
        || !programme.isWithinPeriod(contractMonth.lastDay())) {
      problems.add(
          new FieldProblem(
              "month",
              "Дните по договора през %s (%s – %s) са извън периода на проекта %s – %s."
                  .formatted(
                      contractMonth.month(),
                      contractMonth.firstDay(),
                      contractMonth.lastDay(),
                      programme.start(),
                      programme.end())));
    }
  }

  private void checkTerms(PayTerms terms, YearMonth month, List<FieldProblem> problems) {
    BigDecimal fraction = terms.workingTimeFraction();
    boolean fractionValid =
        fraction != null && fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) <= 0;
    if (!fractionValid) {
      problems.add(
          new FieldProblem(
              "workingTimeFraction",
              "Работното време е дял от пълното: по-голям от 0 и не повече от 1 (напр. 1 или 0.5)."));
    }
    if (terms.activity() == null
        || employment.workAccidentRate(terms.activity(), month).isEmpty()) {
      problems.add(
          new FieldProblem(
              "activity",
              "Няма ставка за фонд „Трудова злополука и професионална болест“ за дейност %s през %s."
                  .formatted(terms.activity(), month)));
    }
    BigDecimal wage = terms.grossMonthlyWage();
    if (wage == null || wage.signum() <= 0) {
      problems.add(
          new FieldProblem(
              "grossMonthlyWage", "Брутната месечна заплата трябва да е положителна."));
      return;
    }
    if (wage.stripTrailingZeros().scale() > 2) {
      problems.add(
          new FieldProblem("grossMonthlyWage", "Заплатата е в лева със стотинки (до два знака)."));
      return;
    }
    if (fractionValid) {
      BigDecimal minimumWage = employment.minimumWage(month);
      BigDecimal minimum = minimumWage.multiply(fraction);
      if (wage.compareTo(minimum) < 0) {
        String scaled =
            fraction.compareTo(BigDecimal.ONE) == 0
                ? ""
                : " (%s лв. × %s за непълно работно време)"
                    .formatted(money(minimumWage).toPlainString(), fraction.toPlainString());
        problems.add(
            new FieldProblem(
                "grossMonthlyWage",
                "Брутната месечна заплата %s лв. е под минималната %s лв.%s, в сила през %s."
                    .formatted(
                        money(wage).toPlainString(),
                        money(minimum).toPlainString(),
                        scaled,
                        month)));
      }
    }
  }

  private static void checkTimesheet(
      Timesheet t, ContractMonth contractMonth, int contractDays, List<FieldProblem> problems) {
    List<FieldProblem> fieldProblems = new ArrayList<>();
    dayCount("daysWorked", "Отработените дни", t.daysWorked(), contractDays, fieldProblems);
    dayCount(
        "paidLeaveDays", "Дните платен отпуск", t.paidLeaveDays(), contractDays, fieldProblems);
    dayCount("sickLeaveDays", "Дните в болничен", t.sickLeaveDays(), contractDays, fieldProblems);
    dayCount(
        "unpaidAbsenceDays",
        "Дните неплатено отсъствие",
        t.unpaidAbsenceDays(),
        contractDays,
        fieldProblems);
    problems.addAll(fieldProblems);
    // the sum is meaningless while a count itself is wrong
    if (fieldProblems.isEmpty() && t.total() != contractDays) {
      problems.add(
          new FieldProblem(
              "timesheet",
              ("Отработени %d + платен отпуск %d + болничен %d + неплатено отсъствие %d = %d дни, "
                      + "а работните дни по договора през %s (от %s до %s) са %d: сборът трябва да е "
                      + "точно %d.")
                  .formatted(
                      t.daysWorked(),
                      t.paidLeaveDays(),
                      t.sickLeaveDays(),
                      t.unpaidAbsenceDays(),
                      t.total(),
                      contractMonth.month(),
                      contractMonth.firstDay(),
                      contractMonth.lastDay(),
                      contractDays,
                      contractDays)));
    }
  }

  private static void dayCount(
      String field, String label, int days, int contractDays, List<FieldProblem> problems) {
    if (days < 0) {
      problems.add(
          new FieldProblem(field, label + " не могат да са отрицателно число (" + days + ")."));
    } else if (days > contractDays) {
      problems.add(
          new FieldProblem(
              field,
              "%s (%d) са повече от работните дни по договора през ".formatted(label, days)
                  + "месеца ("
                  + contractDays
                  + ")."));
    }
  }

  /** A contribution: the rate (percent) of the insurable income, rounded on its own. */
  private static BigDecimal share(BigDecimal insurable, BigDecimal ratePercent) {
    return insurable.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
