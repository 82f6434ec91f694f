package bg.kazanlak.inclusion.reporting;

import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.NO;
import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.REFUSED;
import static bg.kazanlak.inclusion.participant.SpecialCategoryAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.employment.LongerTermResult;
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
import bg.kazanlak.inclusion.reporting.EsfIndicators.EsfParticipant;
import bg.kazanlak.inclusion.reporting.EsfIndicators.Fund;
import bg.kazanlak.inclusion.reporting.EsfIndicators.Leaving;
import bg.kazanlak.inclusion.reporting.EsfIndicators.Observed;
import bg.kazanlak.inclusion.reporting.EsfIndicators.Result;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EsfIndicatorsTest {

  private static final LocalDate ENTRY = LocalDate.of(2022, 3, 1);
  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final ProgrammeProperties PROGRAMME = KazanlakProgrammeFixture.kazanlak();

  /** As IndicatorsService decides rurality: a configured village. */
  private static final Predicate<String> RURAL =
      name -> PROGRAMME.settlement(name).map(ProgrammeProperties.Settlement::rural).orElse(false);

  private static final List<String> CODES =
      List.of(
          "CO01", "CO02", "CO03", "CO04", "CO05", "CO06", "CO07", "CO08", "CO09", "CO10", "CO11",
          "CO12", "CO13", "CO14", "CO15", "CO16", "CO17", "CO18", "CO19", "CR01", "CR02", "CR03",
          "CR04", "CR05", "CR06", "CR07", "CR08", "CR09");

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
        "R-" + SERIAL.incrementAndGet(),
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

  /** The ESF indicators of participants who have not left. */
  private static Map<String, BySex> atEntry(EsfEntryRecord... records) {
    return of(Stream.of(records)
            .map(r -> new EsfParticipant(r, null))
            .toArray(EsfParticipant[]::new))
        .of(Fund.ESF);
  }

  private static Result of(EsfParticipant... participants) {
    return EsfIndicators.of(List.of(participants), RURAL);
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
    expected.put("CO12", bs(0, 0));
    expected.put("CO13", bs(0, 0));
    expected.put("CO14", bs(0, 0));
    expected.put("CO15", bs(1, 0));
    expected.put("CO16", bs(0, 1));
    expected.put("CO17", bs(0, 1));
    expected.put("CO18", bs(1, 0));
    expected.put("CO19", bs(1, 1)); // Бузовград, Енина
    CODES.stream().filter(c -> c.startsWith("CR")).forEach(c -> expected.put(c, bs(0, 0)));
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
    List<EsfParticipant> entrants = records.stream().map(r -> new EsfParticipant(r, null)).toList();
    assertThat(EsfIndicators.of(entrants, s -> true).of(Fund.ESF).get("CO19")).isEqualTo(bs(1, 1));
    assertThat(EsfIndicators.of(entrants, s -> false).of(Fund.ESF).get("CO19")).isEqualTo(bs(0, 0));
  }

  // --- completeness, the household, refusals

  private static EsfEntryRecord withHousehold(Sex sex, HouseholdSituation household) {
    EsfEntryRecord r = plain(sex, EmploymentStatus.UNEMPLOYED);
    EsfEntryData e = r.entry();
    return new EsfEntryRecord(
        r.registrationNumber(),
        sex,
        r.birthDate(),
        r.entryDate(),
        r.settlement(),
        new EsfEntryData(
            e.employmentStatus(),
            e.educationLevel(),
            e.minority(),
            e.disability(),
            e.otherDisadvantaged(),
            e.homelessOrHousingExclusion(),
            household));
  }

  @Test
  void theHouseholdCountsInCo12ToCo14() {
    Map<String, BySex> result =
        atEntry(
            withHousehold(Sex.FEMALE, new HouseholdSituation(true, true, true)),
            withHousehold(Sex.MALE, new HouseholdSituation(true, false, false)),
            withHousehold(Sex.FEMALE, new HouseholdSituation(false, true, true)),
            withHousehold(Sex.MALE, new HouseholdSituation(false, true, false)));
    assertThat(result.get("CO12")).isEqualTo(bs(1, 1)); // jobless
    assertThat(result.get("CO13")).isEqualTo(bs(0, 1)); // jobless with children
    assertThat(result.get("CO14")).isEqualTo(bs(0, 2)); // single adult with children
  }

  @Test
  void anIncompleteRecordCountsOnlyInTheGrandTotal() {
    Result result =
        of(
            new EsfParticipant(withHousehold(Sex.FEMALE, null), left(immediate(EMPLOYED_ON_10))),
            new EsfParticipant(
                record(
                    Sex.MALE,
                    LocalDate.of(1990, 1, 1),
                    EmploymentStatus.UNEMPLOYED,
                    EducationLevel.ISCED_2,
                    REFUSED,
                    YES,
                    REFUSED,
                    false,
                    "Казанлък"),
                null));

    assertThat(result.of(Fund.ESF).get("CO01")).isEqualTo(bs(1, 0));
    assertThat(result.of(Fund.ESF).get("CR04")).isEqualTo(bs(0, 0));
    assertThat(result.records().total()).isEqualTo(bs(1, 1));
    assertThat(result.records().complete()).isEqualTo(bs(1, 0));
    assertThat(result.records().incomplete()).isEqualTo(bs(0, 1));
    assertThat(result.records().leavers()).isOne();
    // a refusal does not make a record incomplete; it is reported as a refusal, never as "no"
    assertThat(result.records().refused())
        .containsExactly(
            Map.entry("minority", 1L),
            Map.entry("disability", 0L),
            Map.entry("otherDisadvantaged", 1L));
  }

  @Test
  void indicatorsAreKeyedByFundAndCode() {
    Result result = of(new EsfParticipant(plain(Sex.MALE, EmploymentStatus.UNEMPLOYED), null));
    assertThat(result.indicators())
        .containsKey(new EsfIndicators.IndicatorKey(Fund.ESF, "CR01"))
        .doesNotContainKey(new EsfIndicators.IndicatorKey(Fund.YEI, "CR01"));
    assertThat(result.of(Fund.YEI)).isEmpty();
  }

  // --- the 4-week rule and the 6-month rule

  private static final LocalDate LEFT = LocalDate.of(2022, 9, 30);
  private static final Observed<ImmediateResult> EMPLOYED_ON_10 =
      new Observed<>(ImmediateResult.EMPLOYED, LEFT.plusDays(10));

  @SafeVarargs
  private static List<Observed<ImmediateResult>> immediate(Observed<ImmediateResult>... seen) {
    return List.of(seen);
  }

  private static Leaving left(List<Observed<ImmediateResult>> seen) {
    return new Leaving(LEFT, seen, null, null);
  }

  private static Leaving followedUp(LongerTermResult status, LocalDate on, Boolean improved) {
    return new Leaving(LEFT, List.of(), new Observed<>(status, on), improved);
  }

  @Test
  void onlyTheLastStatusWithin28DaysOfLeavingCounts() {
    Leaving changedWithin =
        left(
            immediate(
                new Observed<>(ImmediateResult.JOB_SEARCHING, LEFT.plusDays(3)),
                new Observed<>(ImmediateResult.EMPLOYED, LEFT.plusDays(28))));
    Leaving changedAfter =
        left(
            immediate(
                new Observed<>(ImmediateResult.IN_EDUCATION_OR_TRAINING, LEFT.plusDays(20)),
                new Observed<>(ImmediateResult.EMPLOYED, LEFT.plusDays(29))));
    Leaving onlyLate = left(immediate(new Observed<>(ImmediateResult.EMPLOYED, LEFT.plusDays(29))));

    assertThat(EsfIndicators.immediateResult(changedWithin)).contains(ImmediateResult.EMPLOYED);
    assertThat(EsfIndicators.immediateResult(changedAfter))
        .contains(ImmediateResult.IN_EDUCATION_OR_TRAINING);
    assertThat(EsfIndicators.immediateResult(onlyLate)).isEmpty();

    Map<String, BySex> result =
        of(
                new EsfParticipant(plain(Sex.MALE, EmploymentStatus.UNEMPLOYED), changedWithin),
                new EsfParticipant(plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED), changedAfter),
                new EsfParticipant(plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED), onlyLate))
            .of(Fund.ESF);
    assertThat(result.get("CR04")).isEqualTo(bs(1, 0));
    assertThat(result.get("CR02")).isEqualTo(bs(0, 1));
  }

  @Test
  void immediateResultsByIndicator() {
    EsfEntryRecord inactive = plain(Sex.FEMALE, EmploymentStatus.INACTIVE);
    EsfEntryRecord unemployed = plain(Sex.MALE, EmploymentStatus.UNEMPLOYED);
    EsfEntryRecord disadvantaged =
        record(
            Sex.MALE,
            LocalDate.of(1990, 1, 1),
            EmploymentStatus.UNEMPLOYED,
            EducationLevel.ISCED_2,
            NO,
            YES,
            REFUSED,
            false,
            "Казанлък");
    EsfEntryRecord refusedAll =
        record(
            Sex.FEMALE,
            LocalDate.of(1990, 1, 1),
            EmploymentStatus.UNEMPLOYED,
            EducationLevel.ISCED_2,
            REFUSED,
            REFUSED,
            REFUSED,
            false,
            "Казанлък");
    Map<String, BySex> result =
        of(
                new EsfParticipant(inactive, searching()),
                new EsfParticipant(unemployed, searching()), // searching, but was not inactive
                new EsfParticipant(disadvantaged, seen(ImmediateResult.GAINED_QUALIFICATION)),
                new EsfParticipant(refusedAll, seen(ImmediateResult.EMPLOYED)))
            .of(Fund.ESF);
    assertThat(result.get("CR01")).isEqualTo(bs(0, 1));
    assertThat(result.get("CR03")).isEqualTo(bs(1, 0));
    assertThat(result.get("CR04")).isEqualTo(bs(0, 1));
    // disadvantaged = an explicit yes: the refusals are not estimated as disadvantaged
    assertThat(result.get("CR05")).isEqualTo(bs(1, 0));
  }

  private static Leaving searching() {
    return seen(ImmediateResult.JOB_SEARCHING);
  }

  private static Leaving seen(ImmediateResult status) {
    return left(immediate(new Observed<>(status, LEFT.plusDays(7))));
  }

  @Test
  void longerTermResultsCountOnlySixMonthsAfterLeaving() {
    LocalDate sixMonths = LEFT.plusMonths(6);
    Leaving early = followedUp(LongerTermResult.EMPLOYED, sixMonths.minusDays(1), null);
    Leaving onTime = followedUp(LongerTermResult.SELF_EMPLOYED, sixMonths, null);
    assertThat(EsfIndicators.longerTermResult(early)).isEmpty();
    assertThat(EsfIndicators.longerTermResult(onTime)).contains(LongerTermResult.SELF_EMPLOYED);

    EsfEntryRecord older = aged(Sex.FEMALE, LocalDate.of(1960, 1, 1), EmploymentStatus.UNEMPLOYED);
    EsfEntryRecord employed = plain(Sex.MALE, EmploymentStatus.EMPLOYED);
    EsfEntryRecord disadvantaged =
        record(
            Sex.MALE,
            LocalDate.of(1990, 1, 1),
            EmploymentStatus.UNEMPLOYED,
            EducationLevel.ISCED_2,
            YES,
            NO,
            NO,
            false,
            "Казанлък");
    Map<String, BySex> result =
        of(
                new EsfParticipant(plain(Sex.MALE, EmploymentStatus.UNEMPLOYED), early),
                new EsfParticipant(older, onTime),
                new EsfParticipant(
                    employed, followedUp(LongerTermResult.EMPLOYED, sixMonths.plusDays(5), true)),
                new EsfParticipant(
                    plain(Sex.FEMALE, EmploymentStatus.UNEMPLOYED),
                    followedUp(LongerTermResult.UNEMPLOYED, sixMonths, true)),
                new EsfParticipant(
                    disadvantaged, followedUp(LongerTermResult.EMPLOYED, sixMonths, null)))
            .of(Fund.ESF);
    assertThat(result.get("CR06")).isEqualTo(bs(2, 1));
    // improvement counts only for people employed at entry
    assertThat(result.get("CR07")).isEqualTo(bs(1, 0));
    assertThat(result.get("CR08")).isEqualTo(bs(0, 1));
    assertThat(result.get("CR09")).isEqualTo(bs(1, 0));
    assertThat(result.get("CR04")).isEqualTo(bs(0, 0)); // a follow-up is not an immediate result
  }
}
