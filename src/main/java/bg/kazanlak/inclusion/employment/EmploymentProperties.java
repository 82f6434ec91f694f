package bg.kazanlak.inclusion.employment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The figures of a subsidised job's cost: minimum wage, employer contribution rates, work-accident
 * rates by economic activity, the insurable-income ceiling and the contract length. The law changes
 * them by decree and budget act, so every table is a list of periods: an entry is in force from its
 * {@code from} (always the first day of a month) until the day before the next entry's. {@link
 * EmploymentConfigurationCheck} refuses tables that leave part of the programme uncovered.
 *
 * @param contractMaxMonths the longest subsidised employment contract (HRD measures: 12 months)
 * @param minimumWage national minimum monthly wage (BGN)
 * @param maximumInsurableIncome the monthly ceiling on which contributions are due (BGN)
 * @param employerContributions the employer's share of the social and health contributions (%)
 * @param workAccident the work-accident fund rate (%) by the employer's economic activity
 */
@Validated
@ConfigurationProperties("inclusion.employment")
public record EmploymentProperties(
    @Positive int contractMaxMonths,
    @NotEmpty @Valid List<Amount> minimumWage,
    @NotEmpty @Valid List<Amount> maximumInsurableIncome,
    @NotEmpty @Valid List<ContributionRates> employerContributions,
    @NotEmpty @Valid List<WorkAccidentRates> workAccident) {

  /** An entry of a table of periods. */
  public interface Effective {
    LocalDate from();
  }

  /** A monthly amount in BGN. */
  public record Amount(@NotNull LocalDate from, @NotNull BigDecimal amount) implements Effective {}

  /**
   * Employer rates in percent of the insurable income. The second-pillar rate goes to the universal
   * pension fund for people born after 1959; for older people the same 2.8 % goes to the state
   * pension fund instead, so the employer's cost is the same for everyone.
   */
  public record ContributionRates(
      @NotNull LocalDate from,
      @NotNull BigDecimal pension,
      @NotNull BigDecimal sicknessMaternity,
      @NotNull BigDecimal unemployment,
      @NotNull BigDecimal secondPillar,
      @NotNull BigDecimal health,
      @NotNull BigDecimal guaranteedReceivables)
      implements Effective {}

  /** The work-accident table of one period (the annual budget act of the social security fund). */
  public record WorkAccidentRates(
      @NotNull LocalDate from, @NotEmpty @Valid List<ActivityRate> rates) implements Effective {

    public Optional<BigDecimal> rate(String activity) {
      return rates.stream()
          .filter(r -> r.activity().equals(activity))
          .map(ActivityRate::rate)
          .findFirst();
    }
  }

  /**
   * @param activity as in {@code inclusion.programme.employers[].activity}
   */
  public record ActivityRate(@NotBlank String activity, @NotNull BigDecimal rate) {}

  public BigDecimal minimumWage(YearMonth month) {
    return inForce(minimumWage, month, "minimum-wage").amount();
  }

  public BigDecimal maximumInsurableIncome(YearMonth month) {
    return inForce(maximumInsurableIncome, month, "maximum-insurable-income").amount();
  }

  public ContributionRates employerContributions(YearMonth month) {
    return inForce(employerContributions, month, "employer-contributions");
  }

  /** The work-accident rate of the activity in that month, if the table has one. */
  public Optional<BigDecimal> workAccidentRate(String activity, YearMonth month) {
    return inForce(workAccident, month, "work-accident").rate(activity);
  }

  /** The entry in force on the given day, whatever the order of the list. */
  public static <T extends Effective> Optional<T> inForce(List<T> table, LocalDate day) {
    return table.stream()
        .filter(e -> !e.from().isAfter(day))
        .max(Comparator.comparing(Effective::from));
  }

  // entries start on the first of a month (checked at start-up): a month has one value
  private static <T extends Effective> T inForce(List<T> table, YearMonth month, String property) {
    return inForce(table, month.atDay(1))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "inclusion.employment." + property + " has no entry in force in " + month));
  }
}
