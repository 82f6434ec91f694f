package bg.kazanlak.inclusion.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.initiative.Initiative.Family;
import bg.kazanlak.inclusion.initiative.InitiativeRules.FamilyClash;
import bg.kazanlak.inclusion.initiative.InitiativeRules.HeldReport;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InitiativeRulesTest {

  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final LocalDate END = LocalDate.of(2023, 6, 30);
  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final LocalDate DAY = LocalDate.of(2022, 7, 9);
  private static final Set<String> SETTLEMENTS = Set.of("Казанлък", "Шипка");
  private static final Set<String> LINES = Set.of("hrd-activities");

  private final InitiativeRules rules = new InitiativeRules(START, END, 6, 90);

  private static NewFamily family(Boolean minority, String... people) {
    return new NewFamily(Arrays.asList(people), minority);
  }

  private static NewInitiative bonding(LocalDate date, List<NewFamily> families) {
    return new NewInitiative(
        InitiativeKind.FAMILY_BONDING,
        " Футбол в парка ",
        Activity.SPORT,
        date,
        " Казанлък ",
        families,
        " пренебрегнато място ",
        3,
        10,
        " лопати ",
        new BigDecimal("120.5"),
        " hrd-activities ");
  }

  private static NewInitiative bonding(List<NewFamily> families) {
    return bonding(DAY, families);
  }

  private static NewInitiative cleanup(String place, Integer crew, Integer residents) {
    return new NewInitiative(
        InitiativeKind.PUBLIC_SPACE_CLEANUP,
        " Почистване на парка ",
        Activity.RECREATION,
        DAY,
        "Шипка",
        List.of(family(true, "P-2022-00001")),
        place,
        crew,
        residents,
        "  ",
        new BigDecimal("1500"),
        "hrd-activities");
  }

  private static List<NewFamily> twoFamilies() {
    return List.of(
        family(true, " P-2022-00001 ", "P-2022-00002", " "), family(false, "P-2022-00003"));
  }

  private NewInitiative check(NewInitiative proposal) {
    return rules.checkProposal(proposal, SETTLEMENTS::contains, LINES::contains, TODAY);
  }

  @Test
  void aWellFormedFamilyBondingProposalIsTrimmedAndScaledAndKeepsOnlyItsKindsFields() {
    NewInitiative checked = check(bonding(twoFamilies()));

    assertThat(checked.title()).isEqualTo("Футбол в парка");
    assertThat(checked.settlement()).isEqualTo("Казанлък");
    assertThat(checked.budgetLine()).isEqualTo("hrd-activities");
    assertThat(checked.plannedCost()).isEqualTo(new BigDecimal("120.50"));
    assertThat(checked.activity()).isEqualTo(Activity.SPORT);
    assertThat(checked.families())
        .extracting(NewFamily::registrationNumbers, NewFamily::minority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("P-2022-00001", "P-2022-00002"), true),
            org.assertj.core.groups.Tuple.tuple(List.of("P-2022-00003"), false));
    assertThat(checked.place()).isNull();
    assertThat(checked.crewSize()).isNull();
    assertThat(checked.residentsExpected()).isNull();
    assertThat(checked.materials()).isNull();
  }

  @Test
  void aWellFormedCleanUpDropsTheFamiliesAndTheActivity() {
    NewInitiative checked = check(cleanup(" Парк Розариум ", 4, 0));

    assertThat(checked.title()).isEqualTo("Почистване на парка");
    assertThat(checked.place()).isEqualTo("Парк Розариум");
    assertThat(checked.crewSize()).isEqualTo(4);
    assertThat(checked.residentsExpected()).isZero();
    assertThat(checked.materials()).isNull();
    assertThat(checked.families()).isEmpty();
    assertThat(checked.activity()).isNull();
    assertThat(checked.plannedCost()).isEqualTo(new BigDecimal("1500.00"));
  }

  @Test
  void everyMalformedFieldIsNamedAtOnce() {
    assertThat(
            invalid(
                () ->
                    check(
                        new NewInitiative(
                            null, " ", null, null, null, null, null, null, null, null, null, ""))))
        .containsExactlyInAnyOrder(
            "kind", "title", "date", "settlement", "plannedCost", "budgetLine");
    assertThat(
            invalid(
                () ->
                    check(
                        new NewInitiative(
                            InitiativeKind.FAMILY_BONDING,
                            "x".repeat(201),
                            null,
                            DAY,
                            "София",
                            Arrays.asList(family(null, "P-2022-00001"), null),
                            null,
                            null,
                            null,
                            null,
                            new BigDecimal("10.005"),
                            "sesg-assets"))))
        .containsExactlyInAnyOrder(
            "title",
            "settlement",
            "plannedCost",
            "budgetLine",
            "families[0].minority",
            "families[1].minority");
    assertThat(invalid(() -> check(cleanup(" ", 0, -1))))
        .containsExactlyInAnyOrder("place", "crewSize", "residentsExpected");
    NewInitiative longMaterials =
        new NewInitiative(
            InitiativeKind.PUBLIC_SPACE_CLEANUP,
            "Почистване",
            null,
            DAY,
            "Шипка",
            null,
            "x".repeat(301),
            null,
            null,
            "x".repeat(501),
            new BigDecimal("-1"),
            "hrd-activities");
    assertThat(invalid(() -> check(longMaterials)))
        .containsExactlyInAnyOrder(
            "place", "crewSize", "residentsExpected", "materials", "plannedCost");
  }

  @Test
  void aFamilyBondingEventIsForExactlyTwoFamilies() {
    assertThat(ruleBroken(() -> check(bonding(List.of(family(true, "P-2022-00001"))))).detail())
        .contains("точно две семейства", "1");
    assertThat(
            ruleBroken(
                    () ->
                        check(
                            bonding(
                                List.of(
                                    family(true, "P-2022-00001"),
                                    family(false, "P-2022-00002"),
                                    family(false, "P-2022-00003")))))
                .properties())
        .containsEntry("families", 3);
    assertThat(ruleBroken(() -> check(bonding(List.of()))).properties())
        .containsEntry("families", 0);
    assertThat(ruleBroken(() -> check(bonding(null))).properties()).containsEntry("families", 0);
  }

  @Test
  void eachFamilyNamesItsPeopleAndEachPersonOnce() {
    RequestRefusedException empty =
        ruleBroken(
            () -> check(bonding(List.of(family(true, "P-2022-00001"), family(false, " ", "")))));
    assertThat(empty.detail()).contains("Семейство 2");
    assertThat(empty.properties()).containsEntry("family", 2);
    assertThat(
            ruleBroken(
                    () ->
                        check(
                            bonding(
                                List.of(new NewFamily(null, true), family(false, "P-2022-00001")))))
                .properties())
        .containsEntry("family", 1);

    RequestRefusedException twice =
        ruleBroken(
            () ->
                check(
                    bonding(
                        List.of(
                            family(true, "P-2022-00001", "P-2022-00002"),
                            family(false, " P-2022-00002 ")))));
    assertThat(twice.detail()).contains("P-2022-00002");
    assertThat(twice.properties()).containsEntry("registrationNumber", "P-2022-00002");
    assertThat(
            ruleBroken(
                    () ->
                        check(
                            bonding(
                                List.of(
                                    family(true, "P-2022-00001", "P-2022-00001"),
                                    family(false, "P-2022-00003")))))
                .properties())
        .containsEntry("registrationNumber", "P-2022-00001");
  }

  @Test
  void theGroupIsSmall() {
    assertThatNoException()
        .isThrownBy(
            () -> check(bonding(List.of(family(true, people(1, 3)), family(false, people(4, 6))))));
    RequestRefusedException refused =
        ruleBroken(
            () -> check(bonding(List.of(family(true, people(1, 4)), family(false, people(5, 7))))));
    assertThat(refused.properties()).containsEntry("groupSize", 7).containsEntry("maxGroupSize", 6);
  }

  @Test
  void atLeastOneFamilyBelongsToAMinority() {
    assertThatNoException()
        .isThrownBy(
            () ->
                check(
                    bonding(List.of(family(false, "P-2022-00001"), family(true, "P-2022-00002")))));
    assertThat(
            ruleBroken(
                    () ->
                        check(
                            bonding(
                                List.of(
                                    family(false, "P-2022-00001"), family(false, "P-2022-00002")))))
                .detail())
        .contains("малцинство");
  }

  @Test
  void theDayIsInsideTheProgrammeAndNotPast() {
    assertThatNoException().isThrownBy(() -> check(bonding(TODAY, twoFamilies())));
    assertThatNoException().isThrownBy(() -> check(bonding(END, twoFamilies())));
    RequestRefusedException after =
        ruleBroken(() -> check(bonding(END.plusDays(1), twoFamilies())));
    assertThat(after.fieldProblems()).isEmpty();
    assertThat(after.properties()).containsEntry("start", START).containsEntry("end", END);
    assertThat(after.detail()).contains("извън периода", "01.07.2023");
    assertThat(ruleBroken(() -> check(bonding(START.minusDays(1), twoFamilies()))).detail())
        .contains("извън периода");

    RequestRefusedException past =
        ruleBroken(() -> check(bonding(TODAY.minusDays(1), twoFamilies())));
    assertThat(past.detail()).contains("05.06.2022", "минала");
    assertThat(past.properties()).containsEntry("today", TODAY);
    assertThat(ruleBroken(() -> rules.checkDay(TODAY.minusDays(1), TODAY)).kind())
        .isEqualTo(Refusal.RULE_BROKEN);
  }

  @Test
  void theFamiliesDoNotRepeatWithinTheConfiguredDays() {
    LocalDate[] window = rules.repeatWindow(DAY);
    assertThat(window).containsExactly(DAY.minusDays(89), DAY.plusDays(89));

    assertThatNoException().isThrownBy(() -> rules.refuseRepeat(List.of()));
    RequestRefusedException refused =
        ruleBroken(
            () ->
                rules.refuseRepeat(
                    List.of(
                        new FamilyClash("P-2022-00002", "I-2022-0003", LocalDate.of(2022, 6, 20)),
                        new FamilyClash(
                            "P-2022-00005", "I-2022-0004", LocalDate.of(2022, 6, 21)))));
    assertThat(refused.detail()).contains("P-2022-00002", "I-2022-0003", "20.06.2022", "90");
    assertThat(refused.properties())
        .containsEntry("registrationNumber", "P-2022-00002")
        .containsEntry("initiativeNumber", "I-2022-0003");
  }

  @Test
  void onlyRegisteredParticipantsAreNamed() {
    assertThatNoException().isThrownBy(() -> InitiativeRules.requireRegistered(List.of()));
    assertThat(
            ruleBroken(() -> InitiativeRules.requireRegistered(List.of("P-2022-09999"))).detail())
        .contains("P-2022-09999");
  }

  @Test
  void reasonsAreRequiredAndCommentsOptionalBothWithinTheirColumn() {
    assertThat(InitiativeRules.requiredReason(" Дъжд. ", "reason", "Причина?")).isEqualTo("Дъжд.");
    assertThat(invalid(() -> InitiativeRules.requiredReason(" ", "reason", "Причина?")))
        .containsExactly("reason");
    assertThat(invalid(() -> InitiativeRules.requiredReason("x".repeat(1001), "reason", "?")))
        .containsExactly("reason");
    assertThat(InitiativeRules.optionalText("  ", "decisionComment")).isNull();
    assertThat(InitiativeRules.optionalText(" Добре. ", "decisionComment")).isEqualTo("Добре.");
    assertThat(invalid(() -> InitiativeRules.optionalText("x".repeat(1001), "justification")))
        .containsExactly("justification");
  }

  // --- the report ------------------------------------------------------------------------------

  @Test
  void aHeldReportOfAFamilyBondingEventIsTrimmedAndScaled() {
    HeldReport checked =
        InitiativeRules.checkHeld(
            held(InitiativeKind.FAMILY_BONDING, "300.00"),
            new HeldReport(" Мач и пикник. ", new BigDecimal("280.5"), List.of(3, 2), 9, 9));

    assertThat(checked.workDone()).isEqualTo("Мач и пикник.");
    assertThat(checked.actualCost()).isEqualTo(new BigDecimal("280.50"));
    assertThat(checked.familiesAttended()).containsExactly(3, 2);
    assertThat(checked.residentsAttended()).isNull();
    assertThat(checked.crewAttended()).isNull();
  }

  @Test
  void aHeldReportOfACleanUpCountsResidentsAndCrew() {
    HeldReport checked =
        InitiativeRules.checkHeld(
            held(InitiativeKind.PUBLIC_SPACE_CLEANUP, "1500.00"),
            new HeldReport("Почистен парк.", BigDecimal.ZERO, Arrays.asList(null, null), 12, 4));

    assertThat(checked.actualCost()).isEqualTo(new BigDecimal("0.00"));
    assertThat(checked.familiesAttended()).isEmpty();
    assertThat(checked.residentsAttended()).isEqualTo(12);
    assertThat(checked.crewAttended()).isEqualTo(4);

    assertThat(
            invalid(
                () ->
                    InitiativeRules.checkHeld(
                        held(InitiativeKind.PUBLIC_SPACE_CLEANUP, "1500.00"),
                        new HeldReport(
                            "Почистен парк.",
                            BigDecimal.ONE,
                            Arrays.asList(null, null),
                            null,
                            -1))))
        .containsExactlyInAnyOrder("residentsAttended", "crewAttended");
  }

  @Test
  void everyMissingPartOfAHeldReportIsNamedAtOnce() {
    Initiative bonding = held(InitiativeKind.FAMILY_BONDING, "300.00");
    assertThat(
            invalid(
                () ->
                    InitiativeRules.checkHeld(
                        bonding, new HeldReport(" ", null, Arrays.asList(null, -1), null, null))))
        .containsExactlyInAnyOrder("workDone", "actualCost", "family1Attended", "family2Attended");
    assertThat(
            invalid(
                () ->
                    InitiativeRules.checkHeld(
                        bonding,
                        new HeldReport(
                            "x".repeat(2001), new BigDecimal("-0.01"), List.of(1), null, null))))
        .containsExactlyInAnyOrder("workDone", "actualCost", "family2Attended");
    assertThat(
            invalid(
                () ->
                    InitiativeRules.checkHeld(
                        bonding,
                        new HeldReport(
                            "Мач.", new BigDecimal("1.001"), List.of(1, 1), null, null))))
        .containsExactly("actualCost");
  }

  @Test
  void aFamilyBondingEventOneFamilyMissedWasNotHeld() {
    RequestRefusedException refused =
        ruleBroken(
            () ->
                InitiativeRules.checkHeld(
                    held(InitiativeKind.FAMILY_BONDING, "300.00"),
                    new HeldReport("Мач.", BigDecimal.TEN, List.of(3, 0), null, null)));
    assertThat(refused.detail()).contains("не се е провела");
    assertThat(refused.properties()).containsEntry("initiativeNumber", "I-2022-0001");
  }

  @Test
  void aCostAboveThePlannedOneNeedsRoomForTheExtraOnTheLine() {
    Initiative initiative = held(InitiativeKind.FAMILY_BONDING, "300.00");
    assertThatNoException()
        .isThrownBy(
            () ->
                InitiativeRules.requireRoomForExtra(
                    initiative, new BigDecimal("300.00"), BigDecimal.ZERO));
    assertThatNoException()
        .isThrownBy(
            () ->
                InitiativeRules.requireRoomForExtra(
                    initiative, new BigDecimal("250.00"), BigDecimal.ZERO));
    assertThatNoException()
        .isThrownBy(
            () ->
                InitiativeRules.requireRoomForExtra(
                    initiative, new BigDecimal("320.00"), new BigDecimal("20.00")));
    RequestRefusedException refused =
        ruleBroken(
            () ->
                InitiativeRules.requireRoomForExtra(
                    initiative, new BigDecimal("320.01"), new BigDecimal("20.00")));
    assertThat(refused.detail()).contains("320.01", "300.00", "20.01", "hrd-activities", "20.00");
    assertThat(refused.properties())
        .containsEntry("budgetLine", "hrd-activities")
        .containsEntry("requested", new BigDecimal("20.01"))
        .containsEntry("available", new BigDecimal("20.00"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String[] people(int from, int to) {
    List<String> people = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      people.add("P-2022-%05d".formatted(i));
    }
    return people.toArray(String[]::new);
  }

  private static Initiative held(InitiativeKind kind, String plannedCost) {
    boolean bonding = kind == InitiativeKind.FAMILY_BONDING;
    return new Initiative(
        "I-2022-0001",
        kind,
        "Инициатива",
        bonding ? Activity.SPORT : null,
        DAY,
        "Казанлък",
        bonding ? null : "Парк",
        bonding ? null : 4,
        bonding ? null : 10,
        null,
        new BigDecimal(plannedCost),
        "hrd-activities",
        InitiativeStatus.APPROVED,
        "t-coordinator",
        TODAY,
        TODAY,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        bonding
            ? List.of(
                new Family(1, List.of("P-2022-00001"), null),
                new Family(2, List.of("P-2022-00002"), null))
            : List.of());
  }

  private static List<String> invalid(ThrowingCallable call) {
    RequestRefusedException refused = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.kind()).isEqualTo(Refusal.INVALID);
    return refused.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  private static RequestRefusedException ruleBroken(ThrowingCallable call) {
    RequestRefusedException refused = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(refused.fieldProblems()).isEmpty();
    return refused;
  }
}
