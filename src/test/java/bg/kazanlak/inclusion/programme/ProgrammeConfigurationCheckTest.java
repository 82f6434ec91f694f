package bg.kazanlak.inclusion.programme;

import static bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture.builder;
import static bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture.employer;
import static bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture.Builder;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.ContractTerms;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.HousingUnit;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Settlement;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.SettlementKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

class ProgrammeConfigurationCheckTest {

  private static List<String> problems(Builder builder) {
    return ProgrammeConfigurationCheck.problems(builder.build());
  }

  @Test
  void theKazanlakLikeFixtureIsConsistent() {
    assertThat(ProgrammeConfigurationCheck.problems(KazanlakProgrammeFixture.kazanlak())).isEmpty();
    assertThatCode(
            () ->
                new ProgrammeConfigurationCheck(KazanlakProgrammeFixture.kazanlak())
                    .afterPropertiesSet())
        .doesNotThrowAnyException();
  }

  @Test
  void endBeforeStartIsNamed() {
    Builder b = builder();
    b.end = LocalDate.of(2020, 12, 31);
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.end 2020-12-31 is not after inclusion.programme.start 2021-01-01");
  }

  @Test
  void endOnTheStartDayIsRefusedToo() {
    Builder b = builder();
    b.end = b.start;
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.end 2021-01-01 is not after inclusion.programme.start 2021-01-01");
  }

  @Test
  void budgetLinesNotSummingToTheirProgrammeAreNamedWithBothFigures() {
    Builder b = builder();
    b.hrdLines.set(4, new BudgetLine("hrd-publicity", "Публичност", money("12848.42")));
    assertThat(problems(b))
        .containsExactly(
            "the lines of inclusion.programme.funding[0] (HRD) sum to 1198848.42, "
                + "not to its contracted 1198848.43");
  }

  @Test
  void secondProgrammeIsIndexedAsFundingOne() {
    Builder b = builder();
    b.sesgLines.remove(4); // sesg-management 16515.77
    assertThat(problems(b))
        .containsExactly(
            "the lines of inclusion.programme.funding[1] (SESG) sum to 340000.00, "
                + "not to its contracted 356515.77");
  }

  @Test
  void contractedTotalDifferingFromTheProgrammesIsNamed() {
    Builder b = builder();
    b.contracted = money("1555364.21");
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.contracted 1555364.21 differs from the sum of the funding "
                + "programmes 1555364.20");
  }

  @Test
  void programmeContractedChangedAloneBreaksBothItsLinesAndTheTotal() {
    Builder b = builder();
    b.sesgContracted = money("356515.78");
    assertThat(problems(b))
        .containsExactly(
            "the lines of inclusion.programme.funding[1] (SESG) sum to 356515.77, "
                + "not to its contracted 356515.78",
            "inclusion.programme.contracted 1555364.20 differs from the sum of the funding "
                + "programmes 1555364.21");
  }

  @Test
  void amountsAreComparedByValueNotByScale() {
    Builder b = builder();
    b.contracted = new BigDecimal("1555364.2");
    b.hrdLines.set(0, new BudgetLine("hrd-employment", "Заетост", new BigDecimal("860000")));
    assertThat(problems(b)).isEmpty();
  }

  @Test
  void negativeLineIsNamedEvenWhenTheSumIsRight() {
    Builder b = builder();
    b.sesgLines.set(0, new BudgetLine("sesg-staff", "Персонал", money("256000.00")));
    b.sesgLines.set(2, new BudgetLine("sesg-materials", "Материали", money("-1000.00")));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.funding[1].lines[2].amount -1000.00 is negative");
  }

  @Test
  void employersPlacesMustSumToTheTarget92() {
    Builder b = builder();
    b.employers.set(1, employer("municipal-enterprise", "ОП", 79, "LANDSCAPE_SERVICES"));
    assertThat(problems(b))
        .containsExactly(
            "the employers' places sum to 91, not to inclusion.programme.targets.persons-employed 92");
  }

  @Test
  void anEmployerWithoutTheParticularsOfItsContractsIsNamed() {
    Builder b = builder();
    Employer complete = b.employers.get(1);
    b.employers.set(
        1,
        new Employer(
            complete.id(),
            complete.name(),
            complete.places(),
            complete.activity(),
            " ",
            null,
            "директорът",
            complete.contract()));
    b.employers.set(
        2,
        new Employer(
            "future-for-children",
            "СНЦ",
            6,
            "SOCIAL_WORK",
            "12345",
            "гр. Казанлък",
            "председателят",
            new ContractTerms("", 15, 14, null)));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.employers[1] (municipal-enterprise) has no eik (ЕИК), which its "
                + "employment contracts must state",
            "inclusion.programme.employers[1] (municipal-enterprise) has no seat (седалище и адрес на управление)",
            "inclusion.programme.employers[2] (future-for-children).eik '12345' is not 9 or 13 digits",
            "inclusion.programme.employers[2] (future-for-children) has no contract.workplace (място на работа)",
            "inclusion.programme.employers[2] (future-for-children).contract.annual-leave-days 15 is "
                + "below the 20 days of Labour Code art. 155(4)",
            "inclusion.programme.employers[2] (future-for-children).contract.notice-days 14 is not "
                + "between 30 and 90 (Labour Code art. 326(2))",
            "inclusion.programme.employers[2] (future-for-children) has no contract.pay-frequency");
  }

  @Test
  void aMissingEikRefusesStartUpNamingTheEmployer() {
    Builder b = builder();
    Employer e = b.employers.get(0);
    b.employers.set(
        0,
        new Employer(
            e.id(),
            e.name(),
            e.places(),
            e.activity(),
            null,
            e.seat(),
            e.representative(),
            e.contract()));
    assertThatThrownBy(() -> new ProgrammeConfigurationCheck(b.build()).afterPropertiesSet())
        .isInstanceOf(InvalidProgrammeConfigurationException.class)
        .hasMessageContaining("employers[0] (municipal-administration) has no eik");
  }

  @Test
  void targetPersonsEmployedDifferingFromThePlacesIsNamed() {
    Builder b = builder();
    b.personsEmployed = 93;
    assertThat(problems(b))
        .containsExactly(
            "the employers' places sum to 92, not to inclusion.programme.targets.persons-employed 93");
  }

  @Test
  void familyHouseCountMustMatchTheTarget() {
    Builder b = builder();
    b.targetFamilyHouses = 5;
    assertThat(problems(b))
        .containsExactly(
            "4 family houses are configured, inclusion.programme.targets.family-houses is 5");
  }

  @Test
  void housingUnitCountMustMatchTheTarget() {
    Builder b = builder();
    b.housingUnits.remove(9);
    assertThat(problems(b))
        .containsExactly(
            "9 housing units are configured, inclusion.programme.targets.housing-units is 10");
  }

  @Test
  void houseInAnUnknownSettlementIsNamed() {
    Builder b = builder();
    b.familyHouses.set(1, Builder.house("kran", "Крънн", "Крън"));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.family-houses[1].settlement 'Крънн' is not a configured settlement");
  }

  @Test
  void houseServingAnUnknownSettlementIsNamed() {
    Builder b = builder();
    b.familyHouses.set(
        2, Builder.house("gorno-cherkovishte", "Горно Черковище", "Горно Черковище", "София"));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.family-houses[2].serves names 'София', which is not a configured "
                + "settlement");
  }

  @Test
  void settlementNamesAreMatchedExactly() {
    Builder b = builder();
    b.familyHouses.set(0, Builder.house("kazanlak", "казанлък", "Казанлък"));
    assertThat(problems(b))
        .containsExactly(
            "inclusion.programme.family-houses[0].settlement 'казанлък' is not a configured "
                + "settlement");
  }

  @Test
  void duplicateEmployerIdIsNamed() {
    Builder b = builder();
    b.employers.set(2, employer("municipal-administration", "СНЦ", 6, "SOCIAL_WORK"));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.employers repeats the id 'municipal-administration'");
  }

  @Test
  void duplicateHouseIdIsNamed() {
    Builder b = builder();
    b.familyHouses.set(3, Builder.house("kran", "Ръжена", "Ръжена"));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.family-houses repeats the id 'kran'");
  }

  @Test
  void duplicateHousingUnitIdIsNamed() {
    Builder b = builder();
    b.housingUnits.set(9, new HousingUnit("unit-01", "гр. Казанлък, жилище № 10", 2));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.housing-units repeats the id 'unit-01'");
  }

  @Test
  void duplicateFundingCodeIsNamed() {
    Builder b = builder();
    b.sesgCode = "HRD";
    assertThat(problems(b)).containsExactly("inclusion.programme.funding repeats the id 'HRD'");
  }

  @Test
  void budgetLineIdsMustBeUniqueAcrossProgrammes() {
    Builder b = builder();
    b.sesgLines.set(4, new BudgetLine("hrd-management", "Управление", money("16515.77")));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.funding[].lines repeats the id 'hrd-management'");
  }

  @Test
  void duplicateSettlementIsNamed() {
    Builder b = builder();
    b.settlements.add(new Settlement("Енина", SettlementKind.TOWN));
    assertThat(problems(b))
        .containsExactly("inclusion.programme.settlements repeats the id 'Енина'");
  }

  @Test
  void everyProblemIsListedAndTheStartUpCheckThrowsWithAllOfThem() {
    Builder b = builder();
    b.end = LocalDate.of(2020, 6, 30);
    b.personsEmployed = 90;
    b.housingUnits.remove(0);
    ProgrammeProperties broken = b.build();

    assertThat(ProgrammeConfigurationCheck.problems(broken)).hasSize(3);
    assertThatThrownBy(() -> new ProgrammeConfigurationCheck(broken).afterPropertiesSet())
        .isInstanceOf(InvalidProgrammeConfigurationException.class)
        .hasMessage(
            "The programme configuration does not add up: "
                + "inclusion.programme.end 2020-06-30 is not after inclusion.programme.start 2021-01-01; "
                + "the employers' places sum to 92, not to inclusion.programme.targets.persons-employed 90; "
                + "9 housing units are configured, inclusion.programme.targets.housing-units is 10");
  }

  /** The shipped default (src/main/resources/application.yaml) must pass its own start-up check. */
  @Test
  void shippedApplicationYamlProgrammeIsConsistent() throws IOException {
    ProgrammeProperties shipped =
        shippedConfiguration()
            .bind("inclusion.programme", ProgrammeProperties.class)
            .orElseThrow(() -> new AssertionError("inclusion.programme not bound"));

    assertThat(ProgrammeConfigurationCheck.problems(shipped)).isEmpty();

    // and the binding really read the figures (a half-empty binding must not pass silently)
    assertThat(shipped.start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(shipped.end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(shipped.contracted()).isEqualByComparingTo("1555364.20");
    assertThat(shipped.funding())
        .extracting(ProgrammeProperties.FundingProgramme::code)
        .containsExactly("HRD", "SESG");
    assertThat(shipped.funding().get(0).contracted()).isEqualByComparingTo("1198848.43");
    assertThat(shipped.funding().get(1).contracted()).isEqualByComparingTo("356515.77");
    assertThat(shipped.funding().get(0).lines()).hasSize(5);
    assertThat(shipped.funding().get(1).lines()).hasSize(5);
    assertThat(shipped.employers()).extracting(Employer::places).containsExactly(6, 80, 6);
    assertThat(shipped.employers())
        .allSatisfy(
            e -> {
              assertThat(e.eik()).matches("\\d{9}|\\d{13}");
              assertThat(e.contract().annualLeaveDays()).isEqualTo(20);
              assertThat(e.contract().payFrequency())
                  .isEqualTo(ProgrammeProperties.PayFrequency.MONTHLY);
            });
    assertThat(shipped.targets().personsEmployed()).isEqualTo(92);
    assertThat(shipped.familyHouses()).hasSize(4);
    assertThat(shipped.familyHouses().get(1).roles()).hasSize(6); // YAML anchor *roles resolved
    assertThat(shipped.housingUnits()).hasSize(10);
    assertThat(shipped.settlements()).hasSize(20);
    Map<SettlementKind, Long> kinds =
        shipped.settlements().stream()
            .collect(Collectors.groupingBy(Settlement::kind, Collectors.counting()));
    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(SettlementKind.TOWN, 3L, SettlementKind.VILLAGE, 17L));
    // every settlement a house serves is configured, and every configured village is served
    assertThat(shipped.familyHouses().stream().flatMap(h -> h.serves().stream()).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            shipped.settlements().stream().map(Settlement::name).toList());
  }

  static Binder shippedConfiguration() throws IOException {
    List<PropertySource<?>> sources =
        new YamlPropertySourceLoader()
            .load(
                "application.yaml", new FileSystemResource("src/main/resources/application.yaml"));
    assertThat(sources).as("application.yaml documents").isNotEmpty();
    return new Binder(ConfigurationPropertySources.from(sources));
  }
}
