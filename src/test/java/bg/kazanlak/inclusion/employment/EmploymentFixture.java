package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.employment.EmploymentProperties.ActivityRate;
import bg.kazanlak.inclusion.employment.EmploymentProperties.Amount;
import bg.kazanlak.inclusion.employment.EmploymentProperties.ContributionRates;
import bg.kazanlak.inclusion.employment.EmploymentProperties.WorkAccidentRates;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The DOMAIN-NOTES figures and the Bulgarian days off 2021-2023, built in code (no Spring), with a
 * mutable builder so that a test can break exactly one figure.
 */
final class EmploymentFixture {

  static final String PUBLIC_ADMINISTRATION = "PUBLIC_ADMINISTRATION";
  static final String LANDSCAPE_SERVICES = "LANDSCAPE_SERVICES";
  static final String SOCIAL_WORK = "SOCIAL_WORK";
  static final String WASTE = "WASTE";

  /** Official days off incl. the days replacing holidays on a weekend (as shipped). */
  static final Set<LocalDate> DAYS_OFF =
      Set.copyOf(
          Stream.of(
                  "2021-01-01",
                  "2021-03-03",
                  "2021-04-30",
                  "2021-05-03",
                  "2021-05-04",
                  "2021-05-06",
                  "2021-05-24",
                  "2021-09-06",
                  "2021-09-22",
                  "2021-12-24",
                  "2021-12-27",
                  "2021-12-28",
                  "2022-01-03",
                  "2022-03-03",
                  "2022-04-22",
                  "2022-04-25",
                  "2022-05-02",
                  "2022-05-06",
                  "2022-05-24",
                  "2022-09-06",
                  "2022-09-22",
                  "2022-12-26",
                  "2022-12-27",
                  "2022-12-28",
                  "2023-01-02",
                  "2023-03-03",
                  "2023-04-14",
                  "2023-04-17",
                  "2023-05-01",
                  "2023-05-08",
                  "2023-05-24",
                  "2023-09-06",
                  "2023-09-22",
                  "2023-12-25",
                  "2023-12-26",
                  "2023-12-27")
              .map(LocalDate::parse)
              .toList());

  private EmploymentFixture() {}

  static EmploymentProperties kazanlak() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  static WorkingCalendar calendar() {
    return new WorkingCalendar(DAYS_OFF, Set.of());
  }

  static MonthlyPayCost calculator() {
    return new MonthlyPayCost(kazanlak(), KazanlakProgrammeFixture.kazanlak(), calendar());
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static ContributionRates rates2021(LocalDate from) {
    return new ContributionRates(
        from, money("8.22"), money("2.1"), money("0.6"), money("2.8"), money("4.8"), money("0.1"));
  }

  static List<ActivityRate> activityRates() {
    return new ArrayList<>(
        List.of(
            new ActivityRate(PUBLIC_ADMINISTRATION, money("0.7")),
            new ActivityRate(LANDSCAPE_SERVICES, money("0.9")),
            new ActivityRate(SOCIAL_WORK, money("0.5")),
            new ActivityRate(WASTE, money("1.1"))));
  }

  static final class Builder {
    int contractMaxMonths = 12;
    List<Amount> minimumWage =
        new ArrayList<>(
            List.of(
                new Amount(date("2021-01-01"), money("650")),
                new Amount(date("2022-04-01"), money("710")),
                new Amount(date("2023-01-01"), money("780"))));
    List<Amount> maximumInsurableIncome =
        new ArrayList<>(
            List.of(
                new Amount(date("2021-01-01"), money("3000")),
                new Amount(date("2022-04-01"), money("3400"))));
    List<ContributionRates> employerContributions =
        new ArrayList<>(List.of(rates2021(date("2021-01-01"))));
    List<WorkAccidentRates> workAccident =
        new ArrayList<>(List.of(new WorkAccidentRates(date("2021-01-01"), activityRates())));

    EmploymentProperties build() {
      return new EmploymentProperties(
          contractMaxMonths,
          List.copyOf(minimumWage),
          List.copyOf(maximumInsurableIncome),
          List.copyOf(employerContributions),
          List.copyOf(workAccident));
    }
  }
}
