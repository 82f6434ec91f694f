package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.employment.EmploymentProperties.ActivityRate;
import bg.kazanlak.inclusion.employment.EmploymentProperties.Amount;
import bg.kazanlak.inclusion.employment.EmploymentProperties.ContributionRates;
import bg.kazanlak.inclusion.employment.EmploymentProperties.Effective;
import bg.kazanlak.inclusion.employment.EmploymentProperties.WorkAccidentRates;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with rate tables that cannot price every month of the programme: a month without
 * a minimum wage, a ceiling, contribution rates or a work-accident rate for one of the employers
 * would stop the monthly reimbursement claims in the middle of the project.
 */
@Component
public class EmploymentConfigurationCheck implements InitializingBean {

  private static final String PREFIX = "inclusion.employment.";

  private final EmploymentProperties employment;
  private final ProgrammeProperties programme;

  public EmploymentConfigurationCheck(
      EmploymentProperties employment, ProgrammeProperties programme) {
    this.employment = employment;
    this.programme = programme;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(employment, programme);
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeConfigurationException(
          "The employment configuration does not add up: " + String.join("; ", problems));
    }
  }

  /** Every inconsistency of the configuration, each naming the property and its wrong value. */
  public static List<String> problems(EmploymentProperties e, ProgrammeProperties p) {
    List<String> problems = new ArrayList<>();
    if (e.contractMaxMonths() <= 0) {
      problems.add(PREFIX + "contract-max-months " + e.contractMaxMonths() + " is not positive");
    }
    periods(e.minimumWage(), "minimum-wage", p, problems);
    positiveAmounts(e.minimumWage(), "minimum-wage", problems);
    periods(e.maximumInsurableIncome(), "maximum-insurable-income", p, problems);
    positiveAmounts(e.maximumInsurableIncome(), "maximum-insurable-income", problems);
    periods(e.employerContributions(), "employer-contributions", p, problems);
    for (int i = 0; i < e.employerContributions().size(); i++) {
      ContributionRates rates = e.employerContributions().get(i);
      Map<String, BigDecimal> named = new LinkedHashMap<>();
      named.put("pension", rates.pension());
      named.put("sickness-maternity", rates.sicknessMaternity());
      named.put("unemployment", rates.unemployment());
      named.put("second-pillar", rates.secondPillar());
      named.put("health", rates.health());
      named.put("guaranteed-receivables", rates.guaranteedReceivables());
      for (var rate : named.entrySet()) {
        notNegative(
            rate.getValue(),
            "%semployer-contributions[%d].%s".formatted(PREFIX, i, rate.getKey()),
            problems);
      }
    }
    periods(e.workAccident(), "work-accident", p, problems);
    for (int i = 0; i < e.workAccident().size(); i++) {
      WorkAccidentRates table = e.workAccident().get(i);
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < table.rates().size(); j++) {
        ActivityRate rate = table.rates().get(j);
        notNegative(
            rate.rate(), "%swork-accident[%d].rates[%d].rate".formatted(PREFIX, i, j), problems);
        if (!seen.add(rate.activity())) {
          problems.add(
              "%swork-accident[%d].rates repeats the activity '%s'"
                  .formatted(PREFIX, i, rate.activity()));
        }
      }
      if (inForceDuringProgramme(e.workAccident(), table, p)) {
        for (int k = 0; k < p.employers().size(); k++) {
          Employer employer = p.employers().get(k);
          if (table.rate(employer.activity()).isEmpty()) {
            problems.add(
                ("%swork-accident[%d] (from %s) has no rate for the activity %s of "
                        + "inclusion.programme.employers[%d] (%s)")
                    .formatted(PREFIX, i, table.from(), employer.activity(), k, employer.id()));
          }
        }
      }
    }
    return problems;
  }

  /**
   * An entry is in force until the next one starts, so the end of the programme is always covered
   * once the start is: what can go wrong is a late first entry, a list out of date order (a misread
   * table) and a change in the middle of a month (pay is computed per month).
   */
  private static void periods(
      List<? extends Effective> table,
      String property,
      ProgrammeProperties p,
      List<String> problems) {
    if (table == null || table.isEmpty()) {
      problems.add(PREFIX + property + " is empty");
      return;
    }
    for (int i = 0; i < table.size(); i++) {
      LocalDate from = table.get(i).from();
      if (from.getDayOfMonth() != 1) {
        problems.add(
            "%s%s[%d].from %s is not the first day of a month"
                .formatted(PREFIX, property, i, from));
      }
      if (i > 0 && !from.isAfter(table.get(i - 1).from())) {
        problems.add(
            "%s%s[%d].from %s is not after %s%s[%d].from %s"
                .formatted(
                    PREFIX, property, i, from, PREFIX, property, i - 1, table.get(i - 1).from()));
      }
    }
    if (EmploymentProperties.inForce(table, p.start()).isEmpty()) {
      LocalDate earliest = table.stream().map(Effective::from).min(LocalDate::compareTo).get();
      problems.add(
          ("%s%s has no entry in force on inclusion.programme.start %s (the earliest "
                  + "is from %s)")
              .formatted(PREFIX, property, p.start(), earliest));
    }
  }

  /** Whether some day of the programme falls in this entry's period. */
  private static boolean inForceDuringProgramme(
      List<? extends Effective> table, Effective entry, ProgrammeProperties p) {
    if (entry.from().isAfter(p.end())) {
      return false;
    }
    // superseded before the programme started?
    return table.stream()
        .noneMatch(other -> other.from().isAfter(entry.from()) && !other.from().isAfter(p.start()));
  }

  private static void positiveAmounts(List<Amount> table, String property, List<String> problems) {
    for (int i = 0; i < table.size(); i++) {
      BigDecimal amount = table.get(i).amount();
      if (amount.signum() <= 0) {
        problems.add(
            "%s%s[%d].amount %s is not positive"
                .formatted(PREFIX, property, i, amount.toPlainString()));
      }
    }
  }

  private static void notNegative(BigDecimal rate, String property, List<String> problems) {
    if (rate.signum() < 0) {
      problems.add(property + " " + rate.toPlainString() + " is negative");
    }
  }
}
