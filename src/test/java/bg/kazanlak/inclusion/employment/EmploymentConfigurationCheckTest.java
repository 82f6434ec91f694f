package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentFixture.date;
import static bg.kazanlak.inclusion.employment.EmploymentFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.employment.EmploymentFixture.Builder;
import bg.kazanlak.inclusion.employment.EmploymentProperties.ActivityRate;
import bg.kazanlak.inclusion.employment.EmploymentProperties.Amount;
import bg.kazanlak.inclusion.employment.EmploymentProperties.ContributionRates;
import bg.kazanlak.inclusion.employment.EmploymentProperties.WorkAccidentRates;
import bg.kazanlak.inclusion.programme.CalendarProperties;
import bg.kazanlak.inclusion.programme.InvalidProgrammeConfigurationException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import jakarta.validation.Validation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class EmploymentConfigurationCheckTest {

  private static final ProgrammeProperties PROGRAMME = KazanlakProgrammeFixture.kazanlak();

  /** 650 and 650.00 are the same figure. */
  private static final RecursiveComparisonConfiguration BIG_DECIMAL_BY_VALUE =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .build();

  private static List<String> problems(Builder builder) {
    return EmploymentConfigurationCheck.problems(builder.build(), PROGRAMME);
  }

  @Test
  void theDomainNotesFiguresAreConsistent() {
    assertThat(problems(EmploymentFixture.builder())).isEmpty();
    assertThatCode(
            () ->
                new EmploymentConfigurationCheck(EmploymentFixture.kazanlak(), PROGRAMME)
                    .afterPropertiesSet())
        .doesNotThrowAnyException();
  }

  @Test
  void aTableStartingAfterTheProgrammeStartIsNamed() {
    Builder b = EmploymentFixture.builder();
    b.minimumWage.set(0, new Amount(date("2021-02-01"), money("650")));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.minimum-wage has no entry in force on inclusion.programme.start "
                + "2021-01-01 (the earliest is from 2021-02-01)");
  }

  @Test
  void eachTableIsCheckedForCoverage() {
    Builder b = EmploymentFixture.builder();
    b.maximumInsurableIncome.remove(0);
    b.employerContributions.set(0, EmploymentFixture.rates2021(date("2022-01-01")));
    b.workAccident.set(
        0, new WorkAccidentRates(date("2021-06-01"), EmploymentFixture.activityRates()));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.maximum-insurable-income has no entry in force on "
                + "inclusion.programme.start 2021-01-01 (the earliest is from 2022-04-01)",
            "inclusion.employment.employer-contributions has no entry in force on "
                + "inclusion.programme.start 2021-01-01 (the earliest is from 2022-01-01)",
            "inclusion.employment.work-accident has no entry in force on inclusion.programme.start "
                + "2021-01-01 (the earliest is from 2021-06-01)");
  }

  @Test
  void anEarlierFirstEntryCoversTheStart() {
    Builder b = EmploymentFixture.builder();
    b.minimumWage.add(0, new Amount(date("2020-01-01"), money("610")));
    assertThat(problems(b)).isEmpty();
  }

  @Test
  void aChangeInTheMiddleOfAMonthIsNamed() {
    Builder b = EmploymentFixture.builder();
    b.maximumInsurableIncome.set(1, new Amount(date("2022-04-15"), money("3400")));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.maximum-insurable-income[1].from 2022-04-15 is not the first day "
                + "of a month");
  }

  @Test
  void entriesOutOfDateOrderAreNamed() {
    Builder b = EmploymentFixture.builder();
    Amount april = b.minimumWage.remove(1);
    b.minimumWage.add(april); // 2021-01-01, 2023-01-01, 2022-04-01
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.minimum-wage[2].from 2022-04-01 is not after "
                + "inclusion.employment.minimum-wage[1].from 2023-01-01");
    Builder twice = EmploymentFixture.builder();
    twice.minimumWage.set(1, new Amount(date("2021-01-01"), money("710")));
    assertThat(problems(twice))
        .containsExactly(
            "inclusion.employment.minimum-wage[1].from 2021-01-01 is not after "
                + "inclusion.employment.minimum-wage[0].from 2021-01-01");
  }

  @Test
  void negativeRatesAreNamed() {
    Builder b = EmploymentFixture.builder();
    b.employerContributions.set(
        0,
        new ContributionRates(
            date("2021-01-01"),
            money("8.22"),
            money("-2.1"),
            money("0.6"),
            money("2.8"),
            money("4.8"),
            money("-0.1")));
    List<ActivityRate> rates = EmploymentFixture.activityRates();
    rates.set(3, new ActivityRate("WASTE", money("-1.1")));
    b.workAccident.set(0, new WorkAccidentRates(date("2021-01-01"), rates));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.employer-contributions[0].sickness-maternity -2.1 is negative",
            "inclusion.employment.employer-contributions[0].guaranteed-receivables -0.1 is negative",
            "inclusion.employment.work-accident[0].rates[3].rate -1.1 is negative");
  }

  @Test
  void aZeroRateIsAllowed() {
    Builder b = EmploymentFixture.builder();
    b.employerContributions.set(
        0,
        new ContributionRates(
            date("2021-01-01"),
            money("8.22"),
            money("2.1"),
            money("0.6"),
            money("2.8"),
            money("4.8"),
            BigDecimal.ZERO));
    assertThat(problems(b)).isEmpty();
  }

  @Test
  void amountsMustBePositive() {
    Builder b = EmploymentFixture.builder();
    b.minimumWage.set(2, new Amount(date("2023-01-01"), money("0")));
    b.maximumInsurableIncome.set(1, new Amount(date("2022-04-01"), money("-3400")));
    b.contractMaxMonths = 0;
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.contract-max-months 0 is not positive",
            "inclusion.employment.minimum-wage[2].amount 0 is not positive",
            "inclusion.employment.maximum-insurable-income[1].amount -3400 is not positive");
  }

  @Test
  void everyEmployersActivityNeedsAWorkAccidentRate() {
    Builder b = EmploymentFixture.builder();
    List<ActivityRate> rates = EmploymentFixture.activityRates();
    rates.remove(2); // SOCIAL_WORK
    b.workAccident.set(0, new WorkAccidentRates(date("2021-01-01"), rates));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.work-accident[0] (from 2021-01-01) has no rate for the activity "
                + "SOCIAL_WORK of inclusion.programme.employers[2] (future-for-children)");
  }

  @Test
  void aLaterPeriodMustCarryEveryActivityToo() {
    Builder b = EmploymentFixture.builder();
    b.workAccident.add(
        new WorkAccidentRates(
            date("2022-04-01"), List.of(new ActivityRate("LANDSCAPE_SERVICES", money("0.9")))));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.work-accident[1] (from 2022-04-01) has no rate for the activity "
                + "PUBLIC_ADMINISTRATION of inclusion.programme.employers[0] (municipal-administration)",
            "inclusion.employment.work-accident[1] (from 2022-04-01) has no rate for the activity "
                + "SOCIAL_WORK of inclusion.programme.employers[2] (future-for-children)");
  }

  @Test
  void periodsOutsideTheProgrammeNeedNotCarryEveryActivity() {
    Builder b = EmploymentFixture.builder();
    b.workAccident.add(
        0,
        new WorkAccidentRates(
            date("2020-01-01"), List.of(new ActivityRate("LANDSCAPE_SERVICES", money("0.9")))));
    b.workAccident.add(
        new WorkAccidentRates(
            date("2023-07-01"), List.of(new ActivityRate("LANDSCAPE_SERVICES", money("0.9")))));
    assertThat(problems(b)).isEmpty();
  }

  @Test
  void aRepeatedActivityIsNamed() {
    Builder b = EmploymentFixture.builder();
    List<ActivityRate> rates = EmploymentFixture.activityRates();
    rates.add(new ActivityRate("WASTE", money("0.9")));
    b.workAccident.set(0, new WorkAccidentRates(date("2021-01-01"), rates));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.employment.work-accident[0].rates repeats the activity 'WASTE'");
  }

  @Test
  void anEmployerWithANewActivityIsCheckedAgainstTheTable() {
    KazanlakProgrammeFixture.Builder programme = KazanlakProgrammeFixture.builder();
    programme.employers.set(
        2, KazanlakProgrammeFixture.employer("future-for-children", "СНЦ", 6, "EDUCATION"));
    assertThat(
            EmploymentConfigurationCheck.problems(EmploymentFixture.kazanlak(), programme.build()))
        .containsExactly(
            "inclusion.employment.work-accident[0] (from 2021-01-01) has no rate for the activity "
                + "EDUCATION of inclusion.programme.employers[2] (future-for-children)");
  }

  @Test
  void theStartUpCheckThrowsWithEveryProblem() {
    Builder b = EmploymentFixture.builder();
    b.contractMaxMonths = -1;
    b.minimumWage.set(0, new Amount(date("2021-03-01"), money("650")));
    EmploymentProperties broken = b.build();
    assertThatThrownBy(
            () -> new EmploymentConfigurationCheck(broken, PROGRAMME).afterPropertiesSet())
        .isInstanceOf(InvalidProgrammeConfigurationException.class)
        .hasMessage(
            "The employment configuration does not add up: "
                + "inclusion.employment.contract-max-months -1 is not positive; "
                + "inclusion.employment.minimum-wage has no entry in force on "
                + "inclusion.programme.start 2021-01-01 (the earliest is from 2021-03-01)");
  }

  @Test
  void lookUpsTakeTheEntryInForceInTheMonth() {
    EmploymentProperties e = EmploymentFixture.kazanlak();
    assertThat(e.minimumWage(YearMonth.of(2022, 3))).isEqualByComparingTo("650");
    assertThat(e.minimumWage(YearMonth.of(2022, 4))).isEqualByComparingTo("710");
    assertThat(e.minimumWage(YearMonth.of(2023, 6))).isEqualByComparingTo("780");
    assertThat(e.maximumInsurableIncome(YearMonth.of(2022, 3))).isEqualByComparingTo("3000");
    assertThat(e.maximumInsurableIncome(YearMonth.of(2022, 4))).isEqualByComparingTo("3400");
    assertThat(e.workAccidentRate("WASTE", YearMonth.of(2022, 1))).hasValue(money("1.1"));
    assertThat(e.workAccidentRate("MINING", YearMonth.of(2022, 1))).isEmpty();
    assertThatThrownBy(() -> e.minimumWage(YearMonth.of(2020, 12)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("inclusion.employment.minimum-wage has no entry in force in 2020-12");
  }

  /**
   * The shipped default (src/main/resources/application.yaml) binds, passes bean validation and the
   * start-up check, and holds the DOMAIN-NOTES figures: the shipped calculator gives the worked
   * examples.
   */
  @Test
  void shippedApplicationYamlBindsAndPassesTheChecks() throws IOException {
    List<PropertySource<?>> sources =
        new YamlPropertySourceLoader()
            .load(
                "application.yaml", new FileSystemResource("src/main/resources/application.yaml"));
    Binder binder = new Binder(ConfigurationPropertySources.from(sources));
    var validator =
        new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    EmploymentProperties shipped =
        binder
            .bind(
                "inclusion.employment",
                Bindable.of(EmploymentProperties.class),
                new ValidationBindHandler(validator))
            .orElseThrow(() -> new AssertionError("inclusion.employment not bound"));
    ProgrammeProperties programme =
        binder
            .bind("inclusion.programme", ProgrammeProperties.class)
            .orElseThrow(() -> new AssertionError("inclusion.programme not bound"));

    assertThat(EmploymentConfigurationCheck.problems(shipped, programme)).isEmpty();

    // the binding really read the figures (a half-empty binding must not pass silently)
    EmploymentProperties notes = EmploymentFixture.kazanlak();
    assertThat(shipped.contractMaxMonths()).isEqualTo(12);
    assertThat(shipped.minimumWage())
        .usingRecursiveFieldByFieldElementComparator(BIG_DECIMAL_BY_VALUE)
        .isEqualTo(notes.minimumWage());
    assertThat(shipped.maximumInsurableIncome())
        .usingRecursiveFieldByFieldElementComparator(BIG_DECIMAL_BY_VALUE)
        .isEqualTo(notes.maximumInsurableIncome());
    assertThat(shipped.employerContributions())
        .usingRecursiveFieldByFieldElementComparator(BIG_DECIMAL_BY_VALUE)
        .isEqualTo(notes.employerContributions());
    assertThat(shipped.workAccident())
        .usingRecursiveFieldByFieldElementComparator(BIG_DECIMAL_BY_VALUE)
        .isEqualTo(notes.workAccident());

    CalendarProperties calendar = binder.bind("inclusion.calendar", CalendarProperties.class).get();
    MonthlyPayCost calculator =
        new MonthlyPayCost(
            shipped,
            programme,
            new WorkingCalendar(calendar.daysOff(), calendar.workingSaturdays()));
    String landscape = programme.employers().get(1).activity();
    ContractMonth june2021 = ContractMonth.whole(YearMonth.of(2021, 6));
    assertThat(
            calculator
                .calculate(
                    PayTerms.fullTime(money("650"), landscape),
                    june2021,
                    new Timesheet(22, 0, 0, 0))
                .totalCost())
        .isEqualTo("776.88");
    ContractMonth february2023 = ContractMonth.whole(YearMonth.of(2023, 2));
    assertThat(
            calculator
                .calculate(
                    PayTerms.fullTime(money("780"), landscape),
                    february2023,
                    new Timesheet(20, 0, 0, 0))
                .totalCost())
        .isEqualTo("932.26");
  }
}
