package bg.kazanlak.inclusion.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The programme this installation runs: period, partners, places, funding and targets. The shipped
 * default is the Kazanlak project; {@link ProgrammeConfigurationCheck} refuses a configuration
 * whose figures do not add up.
 */
@Validated
@ConfigurationProperties("inclusion.programme")
public record ProgrammeProperties(
    @NotBlank String title,
    @NotBlank String beneficiary,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @NotNull BigDecimal contracted,
    @NotEmpty @Valid List<Employer> employers,
    @NotEmpty @Valid List<FamilyHouse> familyHouses,
    @NotEmpty @Valid List<HousingUnit> housingUnits,
    @NotEmpty @Valid List<FundingProgramme> funding,
    @NotNull @Valid Targets targets,
    @NotEmpty @Valid List<Settlement> settlements) {

  /**
   * An employer of the employment stream, with what its contracts state about it (Labour Code art.
   * 66); {@link ProgrammeConfigurationCheck} names the employer whose particulars are missing.
   *
   * @param eik the registration number (ЕИК / БУЛСТАТ), 9 or 13 digits
   * @param seat the seat and registered address (седалище и адрес на управление)
   * @param representative who signs for the employer (представляващ), with the capacity, as it
   *     reads after «представлявано от»
   */
  public record Employer(
      @NotBlank String id,
      @NotBlank String name,
      @Positive int places,
      @NotBlank String activity,
      String eik,
      String seat,
      String representative,
      @Valid ContractTerms contract) {}

  /**
   * The employer's standing terms of every contract it signs in the programme.
   *
   * @param workplace where the work is done (място на работа)
   * @param annualLeaveDays basic paid annual leave in working days (at least 20, art. 155(4))
   * @param noticeDays the notice period, the same for both parties (30 to 90 days, art. 326(2))
   * @param payFrequency how often the wage is paid
   */
  public record ContractTerms(
      String workplace, int annualLeaveDays, int noticeDays, PayFrequency payFrequency) {}

  public enum PayFrequency {
    MONTHLY("ежемесечно"),
    TWICE_MONTHLY("два пъти месечно (аванс и окончателно плащане)");

    private final String label;

    PayFrequency(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record FamilyHouse(
      @NotBlank String id,
      @NotBlank String name,
      @NotBlank String settlement,
      @NotEmpty List<String> roles,
      @NotEmpty List<String> serves) {}

  /** A social housing unit of the housing stream: its id, its address and its number of rooms. */
  public record HousingUnit(@NotBlank String id, @NotBlank String address, @Positive int rooms) {}

  public record FundingProgramme(
      @NotBlank String code,
      @NotBlank String name,
      @NotNull BigDecimal contracted,
      @NotEmpty @Valid List<BudgetLine> lines) {}

  public record BudgetLine(
      @NotBlank String id, @NotBlank String name, @NotNull BigDecimal amount) {}

  public record Targets(
      @Positive int personsEmployed,
      @Positive int familyHouses,
      @Positive int housingUnits,
      @Positive int initiatives,
      @PositiveOrZero int staffJobs) {}

  public record Settlement(@NotBlank String name, @NotNull SettlementKind kind) {
    public boolean rural() {
      return kind == SettlementKind.VILLAGE;
    }
  }

  public enum SettlementKind {
    TOWN,
    VILLAGE
  }

  public Optional<Settlement> settlement(String name) {
    return settlements.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Whether the programme still accepts work on that day. */
  public boolean isWithinPeriod(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
