package bg.kazanlak.inclusion.reporting;

import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.NO;
import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.REFUSED;
import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.participant.EducationLevel;
import bg.kazanlak.inclusion.participant.EmploymentStatus;
import bg.kazanlak.inclusion.participant.EsfEntryData;
import bg.kazanlak.inclusion.participant.EsfEntryRecord;
import bg.kazanlak.inclusion.participant.HouseholdSituation;
import bg.kazanlak.inclusion.participant.Sex;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.reporting.EsfIndicators.BySex;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EsfIndicatorsTest {

  private static final LocalDate ENTRY = LocalDate.of(2022, 3, 1);
  private static final ProgrammeProperties PROGRAMME = KazanlakProgrammeFixture.kazanlak();

  /** As IndicatorsService decides rurality: a configured village. */
  private static final Predicate<String> RURAL =
      name -> PROGRAMME.settlement(name).map(ProgrammeProperties.Settlement::rural).orElse(false);

  private static final List<String> CODES =
      List.of(
          "CO01", "CO02", "CO03", "CO04", "CO05", "CO06", "CO07", "CO08", "CO09", "CO10", "CO11",
          "CO15", "CO16", "CO17", "CO18", "CO19");

  private static EsfEntryRecord record(
      Sex sex,
      LocalDate born,
      EmploymentStatus status,
      EducationLevel education,
      SpecialCategoryAnswer minority,
      SpecialCategoryAnswer disability,
      SpecialCategoryAnswer other,
      boolean homeless,
      String settlement) {
    return new EsfEntryRecord(
        sex,
        born,
        ENTRY,
        settlement,
        new EsfEntryData(
            status,
            education,
            minority,
            disability,
            other,
            homeless,
            new HouseholdSituation(false, false, false)));
  }

  /** A 31-year-old in town, ISCED 3, nothing special: counts in nothing but what a test sets. */
  private static EsfEntryRecord plain(Sex sex, EmploymentStatus status) {
    return record(
        sex,
        LocalDate.of(1990, 5, 10),
        status,
        EducationLevel.ISCED_3,
        NO,
        NO,
        NO,
        false,
        "Казанлък");
  }

  private static EsfEntryRecord aged(Sex sex, LocalDate born, EmploymentStatus status) {
    return record(sex, born, status, EducationLevel.ISCED_3, NO, NO, NO, false, "Казанлък");
  }

  private static Map<String, BySex> atEntry(EsfEntryRecord... records) {
    return EsfIndicators.atEntry(List.of(records), RURAL);
  }

  private static BySex bs(long men, long women) {
    return new BySex(men, women);
  }

  @Test
  void noRecordsGiveZeroForEveryIndicatorInOrder() {
    Map<String, BySex> result = atEntry();
    assertThat(result.keySet()).containsExactlyElementsOf(CODES);
    assertThat(result.values()).containsOnly(bs(0, 0));
  }

  @Test
  void aMixedCohortCountsExactly() {
    Map<String, BySex> result =
        atEntry(
            // 31, long-term unemployed, ISCED 0, Roma, refused disability, village
            record(
                Sex.MALE,
                LocalDate.of(1990, 5, 10),
                EmploymentStatus.LONG_TERM_UNEMPLOYED,
                EducationLevel.ISCED_0,
                YES,
                REFUSED,
                NO,
                false,
                "Бузовград"),
            // 55 on the day of entry, unemployed, ISCED 2, disability
            record(
                Sex.FEMALE,
                LocalDate.of(1967, 3, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                REFUSED,
                YES,
                REFUSED,
                false,
                "Казанлък"),
            // 54 (55 the next day), inactive, ISCED 3, homeless
            record(
                Sex.MALE,
                LocalDate.of(1967, 3, 2),
                EmploymentStatus.INACTIVE,
                EducationLevel.ISCED_3,
                REFUSED,
                REFUSED,
                REFUSED,
                true,
                "Казанлък"),
            // 23, a student, ISCED 4, other disadvantage, village
            record(
                Sex.FEMALE,
                LocalDate.of(1998, 3, 2),
                EmploymentStatus.INACTIVE_IN_EDUCATION,
                EducationLevel.ISCED_4,
                NO,
                NO,
                YES,
                false,
                "Енина"),
            // 62, employed, ISCED 6, town
            record(
                Sex.FEMALE,
                LocalDate.of(1960, 1, 1),
                EmploymentStatus.EMPLOYED,
                EducationLevel.ISCED_6,
                REFUSED,
                REFUSED,
                REFUSED,
                false,
                "Шипка"),
            // exactly 25, employed, ISCED 5, town
            record(
                Sex.MALE,
                LocalDate.of(1997, 3, 1),
                EmploymentStatus.EMPLOYED,
                EducationLevel.ISCED_5,
                NO,
                NO,
                NO,
                false,
                "Крън"));

    Map<String, BySex> expected = new LinkedHashMap<>();
    expected.put("CO01", bs(1, 1)); // long-term unemployed man, unemployed woman
    expected.put("CO02", bs(1, 0));
    expected.put("CO03", bs(1, 1)); // inactive man, student woman
    expected.put("CO04", bs(1, 0)); // the student is in education
    expected.put("CO05", bs(1, 1));
    expected.put("CO06", bs(0, 1)); // 23; 25 is not below 25
    expected.put("CO07", bs(0, 2)); // 55 and 62; 54 is not
    expected.put("CO08", bs(0, 1)); // the 62-year-old is employed
    expected.put("CO09", bs(1, 1)); // ISCED 0 and ISCED 2
    expected.put("CO10", bs(1, 1));
    expected.put("CO11", bs(1, 1));
    expected.put("CO15", bs(1, 0));
    expected.put("CO16", bs(0, 1));
    expected.put("CO17", bs(0, 1));
    expected.put("CO18", bs(1, 0));
    expected.put("CO19", bs(1, 1)); // Бузовград, Енина
    assertThat(result).containsExactlyEntriesOf(expected);
  }

  @Test
  void longTermUnemployedCountInCo01AndCo02() {
    Map<String, BySex> result =
        atEntry(
            plain(Sex.MALE, EmploymentStatus.LONG_TERM_UNEMPLOYED),
            plain(Sex.FEMALE, EmploymentStatus.LONG_TERM_UNEMPLOYED),
            plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED));
    assertThat(result.get("CO01")).isEqualTo(bs(1, 2));
    assertThat(result.get("CO02")).isEqualTo(bs(1, 1));
    assertThat(result.get("CO03")).isEqualTo(bs(0, 0));
    assertThat(result.get("CO05")).isEqualTo(bs(0, 0));
  }

  @Test
  void inactiveInEducationIsInactiveButNotInCo04() {
    Map<String, BySex> result =
        atEntry(
            plain(Sex.MALE, EmploymentStatus.INACTIVE_IN_EDUCATION),
            plain(Sex.MALE, EmploymentStatus.INACTIVE));
    assertThat(result.get("CO03")).isEqualTo(bs(2, 0));
    assertThat(result.get("CO04")).isEqualTo(bs(1, 0));
    assertThat(result.get("CO01")).isEqualTo(bs(0, 0));
  }

  @Test
  void age55UnemployedCountsInCo07AndCo08() {
    Map<String, BySex> result =
        atEntry(aged(Sex.FEMALE, LocalDate.of(1967, 3, 1), EmploymentStatus.UNEMPLOYED));
    assertThat(result.get("CO07")).isEqualTo(bs(0, 1));
    assertThat(result.get("CO08")).isEqualTo(bs(0, 1));
    assertThat(result.get("CO06")).isEqualTo(bs(0, 0));
  }

  @Test
  void age54IsNotAbove54() {
    Map<String, BySex> result =
        atEntry(aged(Sex.MALE, LocalDate.of(1967, 3, 2), EmploymentStatus.LONG_TERM_UNEMPLOYED));
    assertThat(result.get("CO07")).isEqualTo(bs(0, 0));
    assertThat(result.get("CO08")).isEqualTo(bs(0, 0));
  }

  @Test
  void co08TakesUnemployedAndInactiveNotInEducationOnly() {
    LocalDate born = LocalDate.of(1960, 1, 1);
    Map<String, BySex> result =
        atEntry(
            aged(Sex.MALE, born, EmploymentStatus.LONG_TERM_UNEMPLOYED),
            aged(Sex.MALE, born, EmploymentStatus.INACTIVE),
            aged(Sex.MALE, born, EmploymentStatus.INACTIVE_IN_EDUCATION),
            aged(Sex.MALE, born, EmploymentStatus.EMPLOYED));
    assertThat(result.get("CO07")).isEqualTo(bs(4, 0));
    assertThat(result.get("CO08")).isEqualTo(bs(2, 0));
  }

  @Test
  void below25MeansAge24AtMost() {
    Map<String, BySex> result =
        atEntry(
            aged(Sex.FEMALE, LocalDate.of(1997, 3, 2), EmploymentStatus.UNEMPLOYED), // 24
            aged(Sex.FEMALE, LocalDate.of(1997, 3, 1), EmploymentStatus.UNEMPLOYED), // 25
            aged(Sex.MALE, LocalDate.of(2006, 1, 1), EmploymentStatus.INACTIVE_IN_EDUCATION)); // 16
    assertThat(result.get("CO06")).isEqualTo(bs(1, 1));
  }

  @Test
  void educationBandsIncludeIsced0InCo09() {
    Map<String, BySex> result =
        atEntry(
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_0,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_1,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_3,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_4,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_5,
                NO,
                NO,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_8,
                NO,
                NO,
                NO,
                false,
                "Казанлък"));
    assertThat(result.get("CO09")).isEqualTo(bs(3, 0));
    assertThat(result.get("CO10")).isEqualTo(bs(0, 2));
    assertThat(result.get("CO11")).isEqualTo(bs(1, 1));
  }

  @Test
  void refusedSpecialCategoryAnswersAreNeverCounted() {
    Map<String, BySex> result =
        atEntry(
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                REFUSED,
                REFUSED,
                REFUSED,
                false,
                "Казанлък"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                REFUSED,
                REFUSED,
                REFUSED,
                false,
                "Казанлък"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Казанлък"));
    assertThat(result.get("CO15")).isEqualTo(bs(0, 0));
    assertThat(result.get("CO16")).isEqualTo(bs(0, 0));
    assertThat(result.get("CO17")).isEqualTo(bs(0, 0));
    assertThat(result.get("CO01")).isEqualTo(bs(1, 2)); // the records themselves do count
  }

  @Test
  void onlyAnExplicitYesCountsInItsOwnSpecialCategory() {
    Map<String, BySex> result =
        atEntry(
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                YES,
                REFUSED,
                NO,
                false,
                "Казанлък"),
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                YES,
                YES,
                false,
                "Казанлък"));
    assertThat(result.get("CO15")).isEqualTo(bs(0, 1));
    assertThat(result.get("CO16")).isEqualTo(bs(1, 0));
    assertThat(result.get("CO17")).isEqualTo(bs(1, 0));
  }

  @Test
  void homelessCountInCo18() {
    Map<String, BySex> result =
        atEntry(
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                true,
                "Казанлък"),
            plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED));
    assertThat(result.get("CO18")).isEqualTo(bs(0, 1));
  }

  @Test
  void villagesCountAsRuralTownsDoNot() {
    Map<String, BySex> result =
        atEntry(
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Ръжена"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Горно Черковище"),
            record(
                Sex.FEMALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Шипка"), // a town
            record(
                Sex.MALE,
                LocalDate.of(1990, 1, 1),
                EmploymentStatus.UNEMPLOYED,
                EducationLevel.ISCED_2,
                NO,
                NO,
                NO,
                false,
                "Казанлък"));
    assertThat(result.get("CO19")).isEqualTo(bs(1, 1));
  }

  @Test
  void theRuralPredicateIsTheOnlyJudgeOfCo19() {
    List<EsfEntryRecord> records =
        List.of(
            plain(Sex.MALE, EmploymentStatus.UNEMPLOYED),
            plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED));
    assertThat(EsfIndicators.atEntry(records, s -> true).get("CO19")).isEqualTo(bs(1, 1));
    assertThat(EsfIndicators.atEntry(records, s -> false).get("CO19")).isEqualTo(bs(0, 0));
  }
}
