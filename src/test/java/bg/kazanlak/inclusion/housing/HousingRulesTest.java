package bg.kazanlak.inclusion.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.housing.HousingProperties.GoalKind;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.KazanlakProgrammeFixture;
import bg.kazanlak.inclusion.programme.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class HousingRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final LocalDate AFTER_END = LocalDate.of(2023, 7, 1);
  private static final List<String> HOUSEHOLD = List.of("KZL-1", "KZL-2");

  static HousingProperties housing(List<GoalKind> kinds) {
    return new HousingProperties(kinds, 14, 10, 5, 1, 5, 2, 10, 10);
  }

  static final List<GoalKind> KINDS =
      List.of(
          new GoalKind("job", GoalDomain.WORK, "Започване на работа"),
          new GoalKind("gp-registration", GoalDomain.HEALTH, "Регистрация при ОПЛ"),
          new GoalKind("school-attendance", GoalDomain.EDUCATION, "Посещение на училище"),
          new GoalKind("identity-documents", GoalDomain.SOCIAL, "Лични документи"));

  private final HousingRules rules =
      new HousingRules(KazanlakProgrammeFixture.kazanlak(), housing(KINDS));

  private static PlannedGoal goal(Long id, String kind, String owner, LocalDate target) {
    return new PlannedGoal(id, kind, owner, "Социален работник", target);
  }

  // --- tenancy -----------------------------------------------------------------------------

  @Test
  void aTenancyIsTrimmedAndItsMembersAreEachOnceWithoutTheHead() {
    NewTenancy checked =
        rules.checkTenancy(
            new NewTenancy(
                " unit-03 ",
                TODAY.minusDays(5),
                " KZL-1 ",
                List.of("KZL-2", " KZL-2", "KZL-1", " ", "KZL-3")),
            TODAY);
    assertThat(checked.unit()).isEqualTo("unit-03");
    assertThat(checked.head()).isEqualTo("KZL-1");
    assertThat(checked.members()).containsExactly("KZL-2", "KZL-3");
  }

  @Test
  void everyWrongFieldOfATenancyIsNamedAtOnce() {
    assertThat(fields(() -> rules.checkTenancy(new NewTenancy(" ", null, null, null), TODAY)))
        .containsExactlyInAnyOrder("unit", "moveIn", "head");
    assertThat(
            fields(
                () ->
                    rules.checkTenancy(
                        new NewTenancy("unit-11", LocalDate.of(2023, 7, 1), "KZL-1", List.of()),
                        TODAY)))
        .containsExactlyInAnyOrder("unit", "moveIn");
  }

  @Test
  void aMoveInIsAtMostAMonthAhead() {
    assertThatNoException()
        .isThrownBy(
            () ->
                rules.checkTenancy(
                    new NewTenancy("unit-01", TODAY.plusMonths(1), "KZL-1", List.of()), TODAY));
    assertThat(
            fields(
                () ->
                    rules.checkTenancy(
                        new NewTenancy(
                            "unit-01", TODAY.plusMonths(1).plusDays(1), "KZL-1", List.of()),
                        TODAY)))
        .containsExactly("moveIn");
  }

  @Test
  void noTenancyIsRecordedAfterTheProgrammeEnds() {
    RequestRefusedException e =
        refusal(
            () ->
                rules.checkTenancy(
                    new NewTenancy("unit-01", LocalDate.of(2023, 6, 1), "KZL-1", List.of()),
                    AFTER_END));
    assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(e.detail()).contains("2023-06-30");
  }

  // --- goals -------------------------------------------------------------------------------

  @Test
  void aPlanOfKnownKindsForTheHouseholdWithinThePeriodIsAccepted() {
    assertThatNoException()
        .isThrownBy(
            () ->
                rules.checkGoals(
                    List.of(
                        goal(null, "job", "KZL-1", TODAY),
                        goal(7L, "gp-registration", "KZL-2", KazanlakProgrammeFixture.END)),
                    HOUSEHOLD,
                    TODAY));
  }

  @Test
  void aPlanNeedsAGoal() {
    assertThat(message(() -> rules.checkGoals(List.of(), HOUSEHOLD, TODAY), "planGoals"))
        .contains("поне една цел");
  }

  @Test
  void everyWrongGoalIsNamedByItsRow() {
    String message =
        message(
            () ->
                rules.checkGoals(
                    List.of(
                        goal(5L, "job", "KZL-1", TODAY),
                        new PlannedGoal(5L, "flying", "KZL-9", " ", null),
                        new PlannedGoal(null, null, null, "x".repeat(201), TODAY.minusDays(1)),
                        goal(null, "job", "KZL-1", AFTER_END)),
                    HOUSEHOLD,
                    TODAY),
            "planGoals");
    assertThat(message)
        .contains(
            "Цел 2: целта е вписана два пъти.",
            "Цел 2: изберете вид на целта.",
            "Цел 2: изберете член на домакинството.",
            "Цел 2: посочете отговорния специалист.",
            "Цел 2: посочете срок.",
            "Цел 3: изберете вид на целта.",
            "Цел 3: отговорният специалист е до 200 знака.",
            "Цел 3: срокът трябва да е от днес до края на проекта.",
            "Цел 4: срокът трябва да е от днес до края на проекта.")
        .doesNotContain("Цел 1");
  }

  // --- reviews -----------------------------------------------------------------------------

  @Test
  void aReviewGivesEachOpenGoalAStatus() {
    Map<Long, GoalStatus> open = open(1L, GoalStatus.NOT_STARTED, 2L, GoalStatus.IN_PROGRESS);
    assertThatNoException()
        .isThrownBy(
            () ->
                rules.checkReview(
                    TODAY,
                    List.of(
                        new GoalProgress(1L, GoalStatus.IN_PROGRESS, "бележка"),
                        new GoalProgress(2L, GoalStatus.IN_PROGRESS, null)),
                    open,
                    TODAY.minusMonths(1),
                    TODAY));
  }

  @Test
  void aReviewsVisitIsBetweenTheApprovalAndToday() {
    Map<Long, GoalStatus> open = open(1L, GoalStatus.NOT_STARTED);
    List<GoalProgress> progress = List.of(new GoalProgress(1L, GoalStatus.NOT_STARTED, null));
    LocalDate approved = TODAY.minusMonths(1);
    assertThat(fields(() -> rules.checkReview(null, progress, open, approved, TODAY)))
        .containsExactly("visitDate");
    assertThat(fields(() -> rules.checkReview(TODAY.plusDays(1), progress, open, approved, TODAY)))
        .containsExactly("visitDate");
    assertThat(
            fields(() -> rules.checkReview(approved.minusDays(1), progress, open, approved, TODAY)))
        .containsExactly("visitDate");
  }

  @Test
  void aReviewNamesUnknownRepeatedIncompleteAndMissingGoals() {
    Map<Long, GoalStatus> open =
        open(1L, GoalStatus.NOT_STARTED, 2L, GoalStatus.IN_PROGRESS, 3L, GoalStatus.NOT_STARTED);
    String message =
        message(
            () ->
                rules.checkReview(
                    TODAY,
                    List.of(
                        new GoalProgress(1L, GoalStatus.IN_PROGRESS, null),
                        new GoalProgress(1L, GoalStatus.ACHIEVED, null),
                        new GoalProgress(9L, GoalStatus.ACHIEVED, null),
                        new GoalProgress(2L, null, null)),
                    open,
                    TODAY.minusMonths(1),
                    TODAY),
            "reviewGoals");
    assertThat(message)
        .contains(
            "Цел 1 не е отворена цел на плана.",
            "Цел 9 не е отворена цел на плана.",
            "Цел 2: изберете състояние.",
            "(липсват: 3)");
    assertThat(
            message(
                () ->
                    rules.checkReview(
                        TODAY,
                        List.of(new GoalProgress(1L, GoalStatus.IN_PROGRESS, "я".repeat(1001))),
                        open(1L, GoalStatus.NOT_STARTED),
                        TODAY.minusMonths(1),
                        TODAY),
                "reviewGoals"))
        .contains("до 1000 знака");
  }

  @Test
  void progressIsAnOpenGoalMovingUpTheLadder() {
    Map<Long, GoalStatus> before = open(1L, GoalStatus.NOT_STARTED, 2L, GoalStatus.IN_PROGRESS);
    assertThat(
            HousingRules.progressed(
                before,
                List.of(
                    new GoalProgress(1L, GoalStatus.NOT_STARTED, null),
                    new GoalProgress(2L, GoalStatus.ACHIEVED, null))))
        .isTrue();
    assertThat(
            HousingRules.progressed(
                before,
                List.of(
                    new GoalProgress(1L, GoalStatus.IN_PROGRESS, null),
                    new GoalProgress(2L, GoalStatus.IN_PROGRESS, null))))
        .isTrue();
    assertThat(
            HousingRules.progressed(
                before,
                List.of(
                    new GoalProgress(1L, GoalStatus.DROPPED, null),
                    new GoalProgress(2L, GoalStatus.NOT_STARTED, null))))
        .as("dropping or falling back is no progress")
        .isFalse();
    assertThat(
            HousingRules.progressed(
                before,
                List.of(
                    new GoalProgress(1L, GoalStatus.NOT_STARTED, null),
                    new GoalProgress(2L, GoalStatus.IN_PROGRESS, null))))
        .isFalse();
  }

  @Test
  void theConfiguredNumberOfReviewsWithoutProgressCallsAConferenceBeforeARevision() {
    assertThat(rules.afterReview(0, false)).isEqualTo(NextStep.CONTINUE);
    assertThat(rules.afterReview(1, false)).isEqualTo(NextStep.CONTINUE);
    assertThat(rules.afterReview(1, true)).isEqualTo(NextStep.REVISE);
    assertThat(rules.afterReview(2, false)).isEqualTo(NextStep.CONFERENCE);
    assertThat(rules.afterReview(2, true)).isEqualTo(NextStep.CONFERENCE);
    assertThat(rules.afterReview(3, false)).isEqualTo(NextStep.CONFERENCE);
  }

  @Test
  void aReviewFallsDueTheConfiguredMonthsAfterThePreviousOne() {
    assertThat(rules.nextReview(TODAY)).isEqualTo(LocalDate.of(2022, 7, 6));
    assertThat(rules.nextReview(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 2, 28));
    HousingRules quarterly =
        new HousingRules(
            KazanlakProgrammeFixture.kazanlak(),
            new HousingProperties(KINDS, 14, 10, 5, 3, 5, 2, 10, 10));
    assertThat(quarterly.nextReview(TODAY)).isEqualTo(LocalDate.of(2022, 9, 6));
  }

  // --- final evaluation --------------------------------------------------------------------

  @Test
  void theFinalEvaluationOpensTenWorkingDaysBeforeTheProgrammesLastDay() {
    assertThat(rules.finalEvaluation(new WorkingCalendar(Set.of(), Set.of())))
        .isEqualTo(LocalDate.of(2023, 6, 16));
    assertThat(
            rules.finalEvaluation(new WorkingCalendar(Set.of(LocalDate.of(2023, 6, 26)), Set.of())))
        .as("a day off in between moves it a working day earlier")
        .isEqualTo(LocalDate.of(2023, 6, 15));
  }

  @Test
  void anEvaluationGivesEachGoalNotDroppedAnOutcome() {
    assertThatNoException()
        .isThrownBy(
            () ->
                rules.checkEvaluation(
                    List.of(
                        new GoalEvaluation(1L, GoalOutcome.ACHIEVED, null),
                        new GoalEvaluation(2L, GoalOutcome.PARTLY_ACHIEVED, "бележка")),
                    Set.of(1L, 2L)));
    String message =
        message(
            () ->
                rules.checkEvaluation(
                    List.of(
                        new GoalEvaluation(1L, null, null),
                        new GoalEvaluation(9L, GoalOutcome.ACHIEVED, null),
                        new GoalEvaluation(2L, GoalOutcome.ACHIEVED, "я".repeat(1001))),
                    Set.of(1L, 2L, 3L)),
            "evaluationGoals");
    assertThat(message)
        .contains(
            "Цел 1: изберете резултат.",
            "Цел 9 не е отворена цел на плана.",
            "Цел 2: бележката е до 1000 знака.",
            "Посочете резултата за всяка цел.");
  }

  // --- move-out ----------------------------------------------------------------------------

  @Test
  void aMoveOutIsBetweenTheMoveInAndTodayWithAReason() {
    LocalDate moveIn = TODAY.minusMonths(3);
    assertThatNoException()
        .isThrownBy(() -> rules.checkMoveOut(moveIn, MoveOutReason.OWN_HOME, moveIn, TODAY));
    assertThatNoException()
        .isThrownBy(() -> rules.checkMoveOut(TODAY, MoveOutReason.OTHER, moveIn, TODAY));
    assertThat(fields(() -> rules.checkMoveOut(null, null, moveIn, TODAY)))
        .containsExactlyInAnyOrder("moveOut", "moveOutReason");
    assertThat(
            fields(
                () ->
                    rules.checkMoveOut(
                        moveIn.minusDays(1), MoveOutReason.RELOCATION, moveIn, TODAY)))
        .containsExactly("moveOut");
    assertThat(
            fields(
                () ->
                    rules.checkMoveOut(
                        TODAY.plusDays(1), MoveOutReason.TENANCY_ENDED, moveIn, TODAY)))
        .containsExactly("moveOut");
  }

  @Test
  void aNoteIsTrimmedAndLimited() {
    assertThat(HousingRules.note("note", "  текст ", 10)).isEqualTo("текст");
    assertThat(HousingRules.note("note", "   ", 10)).isNull();
    assertThat(fields(() -> HousingRules.note("moveOutNote", "я".repeat(11), 10)))
        .containsExactly("moveOutNote");
  }

  // --- helpers -----------------------------------------------------------------------------

  private static Map<Long, GoalStatus> open(Object... idsAndStatuses) {
    Map<Long, GoalStatus> open = new LinkedHashMap<>();
    for (int i = 0; i < idsAndStatuses.length; i += 2) {
      open.put((Long) idsAndStatuses[i], (GoalStatus) idsAndStatuses[i + 1]);
    }
    return open;
  }

  private static RequestRefusedException refusal(ThrowingCallable call) {
    RequestRefusedException e = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static List<String> fields(ThrowingCallable call) {
    RequestRefusedException e = refusal(call);
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    return e.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  /** The one field problem's message, on {@code field}. */
  private static String message(ThrowingCallable call, String field) {
    RequestRefusedException e = refusal(call);
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    assertThat(e.fieldProblems()).singleElement().extracting(FieldProblem::field).isEqualTo(field);
    return e.fieldProblems().get(0).message();
  }
}
