package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.employment.EmploymentExits.Exit;
import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.employment.TerminationReason;
import bg.kazanlak.inclusion.participant.EducationLevel;
import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.HouseholdSituation;
import bg.kazanlak.inclusion.participant.ParticipantMicrodata.Entrant;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.reporting.IsunProperties.AnswerExport;
import bg.kazanlak.inclusion.reporting.IsunProperties.MinorityColumn;
import jakarta.validation.Validation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** The mapping of one participant to ISUN's row, by the shipped configuration, without Spring. */
class IsunRowsTest {

  private static final IsunTemplate TEMPLATE = IsunTemplate.load();
  private static final Binder SHIPPED = shippedBinder();

  private final IsunProperties isun = shipped();

  @Test
  void theShippedConfigurationBindsPassesTheCheckAndSpeaksTheTemplatesWords() {
    ProgrammeProperties programme =
        SHIPPED.bind("inclusion.programme", ProgrammeProperties.class).get();
    assertThat(IsunConfigurationCheck.problems(isun, programme)).isEmpty();

    assertThat(isun.sex().values()).allSatisfy(v -> assertThat(TEMPLATE.list("пол")).contains(v));
    assertThat(isun.employmentStatus().values())
        .allSatisfy(v -> assertThat(TEMPLATE.list("пазар")).contains(v));
    assertThat(isun.education().values())
        .allSatisfy(v -> assertThat(TEMPLATE.list("образование")).contains(v));
    assertThat(isun.activities().values())
        .allSatisfy(a -> assertThat(TEMPLATE.list("дейност")).contains(a.label()));
    assertThat(List.of(isun.leftEarly(), isun.stayedToEnd()))
        .allSatisfy(v -> assertThat(TEMPLATE.list("статут")).contains(v));
    assertThat(isun.terminationReasons().values())
        .allSatisfy(v -> assertThat(TEMPLATE.list("отпадане")).contains(v));
    assertThat(TEMPLATE.list("отпадане")).contains(isun.withdrawalReason());
    assertThat(isun.immediateResults().values())
        .allSatisfy(v -> assertThat(TEMPLATE.list("резултат")).contains(v));
    assertThat(TEMPLATE.list("резултат")).contains(isun.withdrawalResult());
    assertThat(TEMPLATE.list("ОБЛ")).contains(isun.district());
    assertThat(TEMPLATE.list("мда")).containsExactly(isun.empty(), isun.yes(), isun.no());
    // every settlement of the municipality, as ISUN spells it, is in the district's list
    assertThat(programme.settlements())
        .allSatisfy(
            s -> assertThat(TEMPLATE.list("Стара_Загора")).contains(isun.isunSettlement(s.name())));
  }

  @Test
  void theHeadersAreTheTemplatesCharacterForCharacter() {
    List<String> row2 = new ArrayList<>();
    for (int column = 0; column < IsunRows.COLUMNS; column++) {
      String address = org.apache.poi.ss.util.CellReference.convertNumToColString(column) + "2";
      row2.add(TEMPLATE.headerCells.getOrDefault(address, ""));
    }
    assertThat(isun.headers()).containsExactlyElementsOf(row2);
    assertThat(isun.groups())
        .allSatisfy(g -> assertThat(TEMPLATE.headerCells.get(g.from() + "1")).isEqualTo(g.text()));
  }

  @Test
  void aParticipantStillInTheProgrammeAgedAtTheJoiningDay() {
    Entrant entrant =
        entrant(
            LocalDate.of(1990, 7, 16),
            LocalDate.of(2022, 7, 15),
            null,
            new EsfEntryData(
                EmploymentStatus.LONG_TERM_UNEMPLOYED,
                EducationLevel.ISCED_2,
                SpecialCategoryAnswer.YES,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                true,
                new HouseholdSituation(true, true, false)));

    List<String> cells = new IsunRows(isun).cells(7, entrant, null, true);

    assertThat(cells).hasSize(IsunRows.COLUMNS);
    assertThat(cells.subList(0, 13))
        .containsExactly(
            "7",
            "Мария",
            "-",
            "Иванова",
            entrant.personalNumber(),
            "жена",
            "31",
            "безработно лице над 12 месеца",
            "Основно образование (начално  или прогимназиално)",
            "Стара_Загора",
            "Долно изворово",
            "",
            "");
    // N-Q: the combined answer in «Малцинства» only; R-W
    assertThat(cells.subList(13, 23))
        .containsExactly("не", "не", "да", "не", "не", "да", "не", "да", "да", "не");
    assertThat(cells.subList(23, 29))
        .containsExactly(
            "2022", "7", "15", "Потребител на услуги", "Стара_Загора", "Долно изворово");
    assertThat(cells.subList(29, 35)).containsOnly("-");
  }

  @Test
  void refusalsAndAMissingHouseholdAsConfigured() {
    Entrant entrant =
        entrant(
            LocalDate.of(1980, 1, 1),
            LocalDate.of(2022, 7, 15),
            null,
            new EsfEntryData(
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_3,
                SpecialCategoryAnswer.REFUSED,
                SpecialCategoryAnswer.REFUSED,
                SpecialCategoryAnswer.REFUSED,
                false,
                null));

    List<String> asNo = new IsunRows(isun).cells(1, entrant, null, true);
    assertThat(asNo.subList(13, 23)).containsOnly("не");

    List<String> asEmpty =
        new IsunRows(with(AnswerExport.EMPTY, Set.of(MinorityColumn.MINORITY, MinorityColumn.ROMA)))
            .cells(1, entrant, null, false);
    assertThat(asEmpty.subList(13, 23))
        .containsExactly("не", "не", "-", "-", "-", "не", "-", "-", "-", "-");
    assertThat(asEmpty.get(4)).isEqualTo(PersonalNumber.mask(entrant.personalNumber()));
  }

  @Test
  void leavingEmploymentEarlyAndBeingWithdrawn() {
    EsfEntryData entry =
        new EsfEntryData(
            EmploymentStatus.UNEMPLOYED,
            EducationLevel.ISCED_1,
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            false,
            new HouseholdSituation(false, false, false));
    Entrant employed = entrant(LocalDate.of(1980, 1, 1), LocalDate.of(2022, 1, 10), null, entry);
    IsunRows rows = new IsunRows(isun);
    Exit early =
        new Exit(
            employed.registrationNumber(),
            "municipal-enterprise",
            LocalDate.of(2022, 6, 3),
            TerminationReason.RESIGNATION,
            ImmediateResult.EMPLOYED,
            LocalDate.of(2022, 6, 20),
            null,
            null,
            null);

    assertThat(rows.cells(1, employed, rows.leaving(employed, early), true).subList(29, 35))
        .containsExactly(
            "лицето е напуснало операцията преди планирания край на дейностите",
            "2022",
            "6",
            "3",
            "Нямах възможност да продължа участие поради лични причини",
            "което е заето при друг работодател");

    Exit toTheEnd =
        new Exit(
            employed.registrationNumber(),
            "municipal-enterprise",
            LocalDate.of(2022, 12, 31),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(rows.cells(1, employed, rows.leaving(employed, toTheEnd), true).subList(29, 35))
        .containsExactly(
            "лицето е участвало до планирания край на дейностите", "2022", "12", "31", "-", "-");

    Entrant withdrawn =
        entrant(
            LocalDate.of(1980, 1, 1), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 3, 1), entry);
    assertThat(rows.cells(1, withdrawn, rows.leaving(withdrawn, early), true).subList(29, 35))
        .containsExactly(
            "лицето е напуснало операцията преди планирания край на дейностите",
            "2022",
            "3",
            "1",
            "Друго",
            "-");
  }

  private static Entrant entrant(
      LocalDate birth, LocalDate joined, LocalDate withdrawn, EsfEntryData entry) {
    return new Entrant(
        "KZ-TEST",
        PersonalNumber.egn(birth, 101).value(),
        PersonalNumber.Kind.EGN,
        "Мария",
        null,
        "Иванова",
        birth,
        Sex.FEMALE,
        "Долно Изворово",
        null,
        entry,
        joined,
        SupportStream.FAMILY_HOUSE,
        withdrawn);
  }

  private IsunProperties with(AnswerExport export, Set<MinorityColumn> columns) {
    IsunProperties s = isun;
    return new IsunProperties(
        s.sheet(),
        s.groups(),
        s.headers(),
        s.yes(),
        s.no(),
        s.empty(),
        export,
        export,
        columns,
        s.personalNumberGroups(),
        s.district(),
        s.settlementNames(),
        s.missingMiddleName(),
        s.sex(),
        s.employmentStatus(),
        s.education(),
        s.activities(),
        s.leftEarly(),
        s.stayedToEnd(),
        s.terminationReasons(),
        s.withdrawalReason(),
        s.immediateResults(),
        s.withdrawalResult());
  }

  static IsunProperties shipped() {
    var validator =
        new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    return SHIPPED
        .bind(
            "inclusion.reporting.isun",
            Bindable.of(IsunProperties.class),
            new ValidationBindHandler(validator))
        .orElseThrow(() -> new AssertionError("inclusion.reporting.isun not bound"));
  }

  private static Binder shippedBinder() {
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader()
              .load(
                  "application.yaml",
                  new FileSystemResource("src/main/resources/application.yaml"));
      return new Binder(ConfigurationPropertySources.from(sources));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
