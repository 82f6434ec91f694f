package bg.kazanlak.inclusion.housing;

import static bg.kazanlak.inclusion.EngineSteps.as;
import static bg.kazanlak.inclusion.EngineSteps.dateVariable;
import static bg.kazanlak.inclusion.EngineSteps.executeJobs;
import static bg.kazanlak.inclusion.EngineSteps.instance;
import static bg.kazanlak.inclusion.EngineSteps.task;
import static bg.kazanlak.inclusion.EngineSteps.variable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of {@code housing-support-plan} and {@code housing-move-out} on the real models,
 * delegates and housing tables. The clock is moved explicitly and jobs are executed by the test;
 * each test's households move out afterwards, so that the ten units last for the class.
 */
@ProcessTest(clockFrozenAt = "2022-06-06T09:00")
class HousingPlanProcessTest {

  private static final List<String> SOCIAL = List.of("social-workers");
  private static final List<String> MANAGERS = List.of("project-managers");
  private static final List<String> BOTH = List.of("social-workers", "project-managers");

  @Autowired HousingCases cases;
  @Autowired SupportPlans plans;
  @Autowired Tenancies tenancies;
  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ProgrammeClock clock;

  private final List<String> households = new ArrayList<>();

  @AfterEach
  void moveOutAndSignOut() {
    identity.clearAuthentication();
    for (String head : households) {
      tenancies
          .residence(head)
          .filter(t -> t.head().equals(head))
          .ifPresent(
              t -> tenancies.moveOut(head, clock.today(), MoveOutReason.OTHER, null, "t-social"));
    }
  }

  @Test
  void aRecordedTenancyLeadsThroughAssessmentPlanAndApprovalToMonthlyReviews() {
    String head = registered("Мария", "Асенова");
    String child = registered("Иван", "Асенов");
    ProcessInstance plan = housed(head, List.of(child), "t-social");
    assertThat(plan).isWaitingAt("Task_AssessHousehold");
    assertThat(task(plan)).isAssignedTo("t-social");

    assess(plan);
    assertThat(plan).isWaitingAt("Task_DraftPlan");
    assertThat(json(plan, "goalKinds").elements()).hasSize(12);
    assertThat(json(plan, "householdMembers").toString()).contains(head, child);

    draft(
        plan,
        goal("gp-registration", child, "2022-09-30"),
        goal("labour-office-registration", head, "2022-07-31"));
    assertThat(plan).isWaitingAt("Task_ApprovePlan");
    assertThat(task(plan)).hasCandidateGroup("project-managers");

    approve(plan, "t-manager");
    assertThat(plan).hasPassed("Task_ScheduleReview").isWaitingAt("Event_ReviewDue");
    assertThat(variable(plan, "reviewDue")).isEqualTo("2022-07-06");

    reviewFallsDue(plan);
    assertThat(json(plan, "reviewGoals").elements()).hasSize(2);
    List<Goal> goals = plans.details(head).goals();
    review(plan, head, Map.of(goals.get(0).id(), GoalStatus.IN_PROGRESS), false);
    assertThat(plan).hasPassed("Task_RecordReview").isWaitingAt("Event_ReviewDue");
    assertThat(variable(plan, "reviewDue")).isEqualTo("2022-08-06");
  }

  @Test
  void sixMonthsOfReviewsWithProgressFallDueMonthlyAndNeverCallAConference() {
    String head = registered("Стоян", "Колев");
    ProcessInstance plan =
        active(
            head,
            List.of(),
            goal("labour-office-registration", head, "2023-03-31"),
            goal("gp-registration", head, "2023-03-31"),
            goal("identity-documents", head, "2023-03-31"));
    List<Long> ids = plans.details(head).goals().stream().map(Goal::id).toList();

    for (int month = 1; month <= 6; month++) {
      reviewFallsDue(plan);
      assertThat(clock.today()).isEqualTo(LocalDate.of(2022, 6, 6).plusMonths(month));
      assertThat(variable(plan, "reviewNumber")).isEqualTo(month);
      long goal = ids.get((month - 1) % 3);
      review(
          plan,
          head,
          Map.of(goal, month <= 3 ? GoalStatus.IN_PROGRESS : GoalStatus.ACHIEVED),
          false);
      assertThat(plan).isWaitingAt("Event_ReviewDue");
    }

    assertThat(plan).hasNotPassed("Task_CaseConference");
    assertThat(variable(plan, "reviewDue")).isEqualTo("2023-01-06");
    SupportPlans.PlanDetails details = plans.details(head);
    assertThat(details.plan().reviews()).isEqualTo(6);
    assertThat(details.plan().reviewsWithoutProgress()).isZero();
    assertThat(details.reviews()).hasSize(6).allMatch(PlanReview::progress);
    assertThat(details.goals()).extracting(Goal::status).containsOnly(GoalStatus.ACHIEVED);
  }

  @Test
  void twoReviewsWithoutProgressCallACaseConferenceAfterWhichTheCountStartsAgain() {
    String head = registered("Петя", "Демирева");
    ProcessInstance plan = active(head, List.of(), goal("job", head, "2023-03-31"));

    reviewFallsDue(plan);
    review(plan, head, Map.of(), false);
    assertThat(plan).isWaitingAt("Event_ReviewDue");
    assertThat(variable(plan, "reviewsWithoutProgress")).isEqualTo(1);

    reviewFallsDue(plan);
    review(plan, head, Map.of(), false);
    assertThat(plan).isWaitingAt("Task_CaseConference");
    assertThat(task(plan)).hasCandidateGroup("project-managers");

    conference(plan, "CONTINUE");
    assertThat(plan).hasPassed("Task_RecordConference").isWaitingAt("Event_ReviewDue");
    assertThat(plans.details(head).plan().reviewsWithoutProgress()).isZero();

    reviewFallsDue(plan);
    review(plan, head, Map.of(), false);
    assertThat(plan).isWaitingAt("Event_ReviewDue");
    assertThat(variable(plan, "reviewsWithoutProgress")).isEqualTo(1);
    assertThat(plans.details(head).reviews()).hasSize(3).noneMatch(PlanReview::progress);
  }

  @Test
  void aCaseConferenceMayHaveThePlanRevised() {
    String head = registered("Гергана", "Пеева");
    ProcessInstance plan = active(head, List.of(), goal("job", head, "2023-03-31"));
    for (int i = 0; i < 2; i++) {
      reviewFallsDue(plan);
      review(plan, head, Map.of(), false);
    }
    assertThat(plan).isWaitingAt("Task_CaseConference");

    conference(plan, "REVISE");

    assertThat(plan).isWaitingAt("Task_DraftPlan");
    assertThat(task(plan)).isAssignedTo("t-social");
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.DRAFTING);
  }

  @Test
  void aRevisionAddsChangesAndDropsGoalsAndEveryChangeIsInTheHistory() {
    String head = registered("Николай", "Тодоров");
    String child = registered("Ана", "Тодорова");
    ProcessInstance plan =
        active(
            head,
            List.of(child),
            goal("labour-office-registration", head, "2022-12-31"),
            goal("school-attendance", child, "2023-06-30"));
    List<Goal> goals = plans.details(head).goals();
    Goal work = goals.get(0);
    Goal school = goals.get(1);

    reviewFallsDue(plan);
    review(plan, head, Map.of(work.id(), GoalStatus.IN_PROGRESS), true);
    assertThat(plan).isWaitingAt("Task_DraftPlan");
    SpinJsonNode rows = json(plan, "planGoals");
    assertThat(rows.elements()).hasSize(2);
    assertThat(rows.toString()).contains(String.valueOf(work.id()), String.valueOf(school.id()));

    draft(
        plan,
        goal(work.id(), "job", head, "2023-03-31"),
        goal("gp-registration", child, "2022-10-31"));
    assertThat(plan).isWaitingAt("Task_ApprovePlan");
    assertThat((String) variable(plan, "planSummary")).contains("Версия 2");
    approve(plan, "t-manager");
    assertThat(plan).isWaitingAt("Event_ReviewDue");

    SupportPlans.PlanDetails details = plans.details(head);
    assertThat(details.plan().version()).isEqualTo(2);
    assertThat(details.goals())
        .extracting(Goal::kind, Goal::status)
        .containsExactlyInAnyOrder(
            tuple("job", GoalStatus.IN_PROGRESS),
            tuple("school-attendance", GoalStatus.DROPPED),
            tuple("gp-registration", GoalStatus.NOT_STARTED));
    assertThat(details.history())
        .extracting(PlanChange::version, PlanChange::kind, PlanChange::goalId)
        .contains(
            tuple(1, "ADDED", work.id()),
            tuple(1, "ADDED", school.id()),
            tuple(1, "REVIEWED", work.id()),
            tuple(2, "CHANGED", work.id()),
            tuple(2, "DROPPED", school.id()));
    assertThat(details.history())
        .filteredOn(c -> c.version() == 2 && c.kind().equals("ADDED"))
        .singleElement()
        .satisfies(c -> assertThat(c.description()).contains("2022-10-31"));
    assertThat(details.history()).allMatch(c -> c.changedBy().equals("t-social"));
  }

  @Test
  void aPlanReturnedByTheManagerIsCorrectedAndSubmittedAgain() {
    String head = registered("Росица", "Илиева");
    ProcessInstance plan = housed(head, List.of(), "t-social");
    assess(plan);
    draft(plan, goal("job", head, "2022-12-31"));

    String approval = task(plan).getId();
    identity.setAuthentication("t-manager", MANAGERS);
    assertThatThrownBy(() -> tasks.complete(approval, Map.of("planDecision", "RETURN")))
        .isInstanceOfSatisfying(
            RequestRefusedException.class, e -> assertThat(e.kind()).isEqualTo(Refusal.INVALID));
    as(
        "t-manager",
        MANAGERS,
        () ->
            tasks.complete(
                approval,
                Map.of("planDecision", "RETURN", "decisionComment", "Добавете цел за здравето.")));
    assertThat(plan).hasPassed("Gateway_PlanApproved").isWaitingAt("Task_DraftPlan");
    assertThat(variable(plan, "decisionComment")).isEqualTo("Добавете цел за здравето.");
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.DRAFTING);

    Goal job = plans.details(head).goals().get(0);
    draft(
        plan,
        goal(job.id(), "job", head, "2022-12-31"),
        goal("gp-registration", head, "2022-09-30"));
    assertThat(plan).isWaitingAt("Task_ApprovePlan");
    assertThat(variable(plan, "planVersion")).isEqualTo(2);
    approve(plan, "t-manager");

    assertThat(plan).isWaitingAt("Event_ReviewDue");
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plans.details(head).goals()).hasSize(2);
  }

  @Test
  void theAuthorOfThePlanMayNotApproveItEvenAsAManagerWhileAnotherManagerMay() {
    String head = registered("Димитър", "Маринов");
    ProcessInstance plan = housed(head, List.of(), "t-all");
    as(
        "t-all",
        BOTH,
        () -> tasks.complete(task(plan).getId(), Map.of("assessmentSummary", "Нужда от работа.")));
    as(
        "t-all",
        BOTH,
        () ->
            tasks.complete(
                task(plan).getId(), Map.of("planGoals", List.of(goal("job", head, "2022-12-31")))));
    assertThat(plan).isWaitingAt("Task_ApprovePlan");
    assertThat(plans.author(head)).isEqualTo("t-all");

    String approval = task(plan).getId();
    identity.setAuthentication("t-all", BOTH);
    assertThatThrownBy(() -> tasks.complete(approval, Map.of("planDecision", "APPROVE")))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN));
    identity.clearAuthentication();
    identity.setAuthentication("t-all", BOTH);
    assertThatThrownBy(() -> tasks.claim(approval, "t-all"))
        .isInstanceOf(RequestRefusedException.class);
    identity.clearAuthentication();
    assertThat(plan).isWaitingAt("Task_ApprovePlan");
    assertThat(task(plan)).isNotAssigned();
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.SUBMITTED);

    approve(plan, "t-manager");
    assertThat(plan).isWaitingAt("Event_ReviewDue");
  }

  @Test
  void aMoveOutFreesTheUnitClosesThePlanAndEndsItsCase() {
    String head = registered("Кирил", "Стойков");
    ProcessInstance plan = active(head, List.of(), goal("job", head, "2022-12-31"));
    String unit = tenancies.residence(head).orElseThrow().unit();
    clock.freezeAt(LocalDateTime.of(2022, 6, 20, 9, 0));

    identity.setAuthentication("t-social", SOCIAL);
    ProcessInstance moveOut =
        runtime.startProcessInstanceByKey(
            HousingCases.MOVE_OUT_PROCESS_ID,
            Map.of(
                "head", head,
                "moveOut", "2022-06-20",
                "moveOutReason", "OWN_HOME",
                "moveOutNote", "Наемат жилище в града."));
    identity.clearAuthentication();

    assertThat(moveOut).hasPassed("Task_RecordMoveOut", "Event_UnitFreed").isEnded();
    assertThat(moveOut.getBusinessKey()).isEqualTo(head);
    assertThat(plan).hasPassed("Event_PlanClosed", "Event_CaseClosed").isEnded();
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(plans.details(head).plan().closeReason()).isEqualTo(CloseReason.MOVED_OUT);
    assertThat(tenancies.residence(head)).isEmpty();
    assertThat(tenancies.units()).filteredOn(u -> u.id().equals(unit)).allMatch(u -> !u.occupied());
  }

  @Test
  void theHeadsWithdrawalClosesThePlanAndEndsTheCase() {
    String head = registered("Веселин", "Ангелов");
    ProcessInstance plan = active(head, List.of(), goal("job", head, "2022-12-31"));

    as("t-social", SOCIAL, () -> registry.withdraw(head, "Напуска програмата."));

    assertThat(plan).hasPassed("Event_PlanClosed", "Event_CaseClosed").isEnded();
    assertThat(plans.details(head).plan().status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(plans.details(head).plan().closeReason()).isEqualTo(CloseReason.WITHDRAWN);
  }

  @Test
  void aWithdrawalEndsACaseStillWaitingForItsTenancy() {
    String person = registered("Божана", "Христова");
    ProcessInstance waiting = enrolled(person);

    as("t-social", SOCIAL, () -> registry.withdraw(person, "Отказва настаняване."));

    assertThat(waiting).hasPassed("Event_PlanClosed").hasNotPassed("Task_SaveTenancy").isEnded();
    assertThat(tenancies.caseWaits(person)).isFalse();
  }

  @Test
  void onlyAHouseholdsHeadMovesItOut() {
    String head = registered("Огнян", "Данев");
    String member = registered("Ива", "Данева");
    ProcessInstance plan = housed(head, List.of(member), "t-social");

    identity.setAuthentication("t-social", SOCIAL);
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    HousingCases.MOVE_OUT_PROCESS_ID,
                    Map.of(
                        "head",
                        member,
                        "moveOut",
                        clock.today().toString(),
                        "moveOutReason",
                        "OTHER")))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e ->
                assertThat(e.fieldProblems())
                    .extracting(FieldProblem::field)
                    .containsExactly("head"));
    identity.clearAuthentication();

    assertThat(plan).isWaitingAt("Task_AssessHousehold");
    assertThat(tenancies.residence(member)).isPresent();
  }

  @Test
  void aMembersWithdrawalDropsTheirOpenGoalsAndThePlanGoesOn() {
    String head = registered("Ваня", "Костова");
    String member = registered("Георги", "Костов");
    ProcessInstance plan =
        active(
            head,
            List.of(member),
            goal("job", head, "2022-12-31"),
            goal("labour-office-registration", member, "2022-12-31"));
    Goal membersGoal = plans.details(head).goals().get(1);

    as("t-social", SOCIAL, () -> registry.withdraw(member, "Заминава в чужбина."));

    assertThat(plan).isWaitingAt("Event_ReviewDue");
    SupportPlans.PlanDetails details = plans.details(head);
    assertThat(details.plan().status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(details.goals())
        .extracting(Goal::owner, Goal::status)
        .containsExactly(tuple(head, GoalStatus.NOT_STARTED), tuple(member, GoalStatus.DROPPED));
    assertThat(details.history())
        .filteredOn(c -> c.kind().equals("DROPPED"))
        .singleElement()
        .satisfies(c -> assertThat(c.goalId()).isEqualTo(membersGoal.id()));

    reviewFallsDue(plan);
    assertThat(json(plan, "reviewGoals").elements()).hasSize(1);
  }

  @Test
  void theFinalEvaluationAtTheProgrammesEndClosesThePlanWithItsOutcomes() {
    clock.freezeAt(LocalDateTime.of(2023, 5, 10, 9, 0));
    LocalDate evaluationDay = plans.finalEvaluationDay();
    assertThat(evaluationDay).isEqualTo(LocalDate.of(2023, 6, 16));
    String head = registered("Елена", "Русева");
    ProcessInstance plan =
        active(
            head,
            List.of(),
            goal("job", head, "2023-06-30"),
            goal("gp-registration", head, "2023-06-30"));
    List<Goal> goals = plans.details(head).goals();

    reviewFallsDue(plan);
    assertThat(clock.today()).isEqualTo(LocalDate.of(2023, 6, 10));
    review(plan, head, Map.of(goals.get(1).id(), GoalStatus.ACHIEVED), false);
    assertThat(plan).hasPassed("Gateway_ReviewAhead").isWaitingAt("Event_EvaluationDue");
    assertThat(variable(plan, "reviewAhead")).isEqualTo(false);

    clock.freezeAt(evaluationDay.atTime(9, 0));
    executeJobs(plan);
    assertThat(plan).isWaitingAt("Task_FinalEvaluation");
    assertThat(task(plan)).isAssignedTo("t-social");
    assertThat(json(plan, "evaluationGoals").elements()).hasSize(2);

    as(
        "t-social",
        SOCIAL,
        () ->
            tasks.complete(
                task(plan).getId(),
                Map.of(
                    "evaluationGoals",
                    List.of(
                        Map.of(
                            "goalId",
                            goals.get(0).id(),
                            "outcome",
                            "PARTLY_ACHIEVED",
                            "note",
                            "Стаж."),
                        Map.of("goalId", goals.get(1).id(), "outcome", "ACHIEVED")))));

    assertThat(plan).hasPassed("Task_RecordEvaluation", "Event_PlanCompleted").isEnded();
    SupportPlans.PlanDetails details = plans.details(head);
    assertThat(details.plan().status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(details.plan().closeReason()).isEqualTo(CloseReason.EVALUATED);
    assertThat(details.goals())
        .extracting(Goal::outcome)
        .containsExactly(GoalOutcome.PARTLY_ACHIEVED, GoalOutcome.ACHIEVED);
    assertThat(details.history()).filteredOn(c -> c.kind().equals("EVALUATED")).hasSize(2);
  }

  @Test
  void aCaseFromOnboardingWaitsForItsTenancyAndGoesOnWhenTheTaskRecordsIt() {
    String head = registered("Радка", "Милева");
    String child = registered("Мила", "Милева");
    ProcessInstance plan = enrolled(head);
    assertThat(plan).isWaitingAt("Task_RecordTenancy");
    assertThat(task(plan)).hasCandidateGroup("social-workers");
    assertThat(json(plan, "freeUnits").elements()).isNotEmpty();

    as(
        "t-social",
        SOCIAL,
        () ->
            tasks.complete(
                task(plan).getId(),
                Map.of("unit", freeUnit(), "moveIn", "2022-06-01", "members", child + "\n")));

    assertThat(plan).hasPassed("Task_SaveTenancy").isWaitingAt("Task_AssessHousehold");
    assertThat(task(plan)).isAssignedTo("t-social");
    assertThat(tenancies.residence(child).orElseThrow().head()).isEqualTo(head);
    assertThat(variable(plan, "freeUnits")).isNull();
  }

  @Test
  void aWaitingCaseGoesOnWhenTheTenancyIsRecordedThroughTheApi() {
    String head = registered("Тодор", "Чанев");
    ProcessInstance plan = enrolled(head);
    assertThat(plan).isWaitingAt("Task_RecordTenancy");

    identity.setAuthentication("t-social", SOCIAL);
    var started =
        cases.recordTenancy(new NewTenancy(freeUnit(), clock.today(), head, List.of()), "t-social");
    identity.clearAuthentication();

    assertThat(started.processInstanceId()).isEqualTo(plan.getId());
    assertThat(plan)
        .hasPassed("Event_TenancyRecordedElsewhere", "Task_CheckHousehold")
        .isWaitingAt("Task_AssessHousehold");
    assertThat(variable(plan, "headsHousehold")).isEqualTo(true);
    assertThat(task(plan)).isAssignedTo("t-social");
  }

  @Test
  void aMembersOwnWaitingCaseEndsWhenAnotherHouseholdHousesThem() {
    String member = registered("Стела", "Петрова");
    ProcessInstance own = enrolled(member);
    assertThat(own).isWaitingAt("Task_RecordTenancy");
    String head = registered("Пламен", "Петров");

    ProcessInstance plan = housed(head, List.of(member), "t-social");

    assertThat(own)
        .hasPassed("Task_CheckHousehold", "Event_MemberOfOtherHousehold")
        .hasNotPassed("Task_AssessHousehold")
        .isEnded();
    assertThat(plan).isWaitingAt("Task_AssessHousehold");
    assertThat(tenancies.caseWaits(member)).isFalse();
    assertThat(tenancies.needsCase(member)).isFalse();
  }

  @Test
  void aCaseStillUnhousedAtTheFinalEvaluationDayEnds() {
    String person = registered("Асен", "Василев");
    ProcessInstance waiting = enrolled(person);
    clock.freezeAt(plans.finalEvaluationDay().minusDays(1).atTime(9, 0));
    executeJobs(waiting);
    assertThat(waiting).isWaitingAt("Task_RecordTenancy");

    clock.freezeAt(plans.finalEvaluationDay().atTime(0, 1));
    executeJobs(waiting);

    assertThat(waiting)
        .hasPassed("Event_NotHousedByEnd", "Task_CloseUnhoused", "Event_NotHoused")
        .isEnded();
    assertThat(tenancies.caseWaits(person)).isFalse();
  }

  @Test
  void theAssessmentAndTheReviewNotesNeverReachTheEngineHistory() {
    String head = registered("Цветана", "Бонева");
    ProcessInstance plan = housed(head, List.of(), "t-social");
    as(
        "t-social",
        SOCIAL,
        () ->
            tasks.complete(
                task(plan).getId(),
                Map.of(
                    "assessmentSummary", "Обобщение.",
                    "assessmentHealth", "Хронично заболяване.",
                    "assessmentWork", "Безработна.")));
    draft(plan, goal("job", head, "2022-12-31"));
    approve(plan, "t-manager");
    reviewFallsDue(plan);
    Goal job = plans.details(head).goals().get(0);
    as(
        "t-social",
        SOCIAL,
        () ->
            tasks.complete(
                task(plan).getId(),
                Map.of(
                    "visitDate",
                    clock.today().toString(),
                    "reviewGoals",
                    List.of(
                        Map.of(
                            "goalId",
                            job.id(),
                            "status",
                            "IN_PROGRESS",
                            "note",
                            "Лична бележка.")))));
    assertThat(plan).isWaitingAt("Event_ReviewDue");

    for (String name :
        List.of("reviewGoals", "assessmentSummary", "assessmentHealth", "assessmentWork")) {
      assertThat(history.createHistoricVariableInstanceQuery().variableName(name).count())
          .as(name)
          .isZero();
    }
    assertThat(runtime.getVariables(plan.getId()))
        .doesNotContainKeys("reviewGoals", "assessmentSummary", "assessmentHealth", "visitDate");
  }

  // --- steps -------------------------------------------------------------------------------

  @SafeVarargs
  private ProcessInstance active(String head, List<String> members, Map<String, Object>... goals) {
    ProcessInstance plan = housed(head, members, "t-social");
    assess(plan);
    draft(plan, goals);
    approve(plan, "t-manager");
    assertThat(plan).isWaitingAt("Event_ReviewDue");
    return plan;
  }

  private ProcessInstance housed(String head, List<String> members, String by) {
    identity.setAuthentication(by, by.equals("t-all") ? BOTH : SOCIAL);
    var started = cases.recordTenancy(new NewTenancy(freeUnit(), clock.today(), head, members), by);
    identity.clearAuthentication();
    households.add(head);
    return instance(started.processInstanceId());
  }

  private ProcessInstance enrolled(String person) {
    households.add(person);
    cases.onEnrolment(new ParticipantEnrolledInStream(person, SupportStream.HOUSING_SUPPORT));
    identity.clearAuthentication();
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(HousingCases.PROCESS_ID)
        .processInstanceBusinessKey(person)
        .singleResult();
  }

  private void assess(ProcessInstance plan) {
    as(
        "t-social",
        SOCIAL,
        () ->
            tasks.complete(
                task(plan).getId(), Map.of("assessmentSummary", "Нужди по всички области.")));
  }

  @SafeVarargs
  private void draft(ProcessInstance plan, Map<String, Object>... goals) {
    as(
        "t-social",
        SOCIAL,
        () -> tasks.complete(task(plan).getId(), Map.of("planGoals", List.of(goals))));
  }

  private void approve(ProcessInstance plan, String manager) {
    as(
        manager,
        MANAGERS,
        () -> tasks.complete(task(plan).getId(), Map.of("planDecision", "APPROVE")));
  }

  private void conference(ProcessInstance plan, String decision) {
    as(
        "t-manager",
        MANAGERS,
        () ->
            tasks.complete(
                task(plan).getId(),
                Map.of(
                    "conferenceDate",
                    clock.today().toString(),
                    "conferenceDecision",
                    decision,
                    "conferenceNote",
                    "Среща с домакинството.")));
  }

  /** Moves the clock to the review's due day and fires its timer. */
  private void reviewFallsDue(ProcessInstance plan) {
    assertThat(plan).isWaitingAt("Event_ReviewDue");
    LocalDate due = dateVariable(plan, "reviewDue");
    clock.freezeAt(due.atTime(9, 0));
    executeJobs(plan);
    assertThat(plan).isWaitingAt("Task_MonthlyReview");
    assertThat(task(plan)).isAssignedTo("t-social");
  }

  /** A status for every open goal: the one in {@code changes}, else the one it has. */
  private void review(
      ProcessInstance plan, String head, Map<Long, GoalStatus> changes, boolean revise) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Goal goal : plans.details(head).goals()) {
      if (goal.status() == GoalStatus.NOT_STARTED || goal.status() == GoalStatus.IN_PROGRESS) {
        rows.add(
            Map.of(
                "goalId",
                goal.id(),
                "status",
                changes.getOrDefault(goal.id(), goal.status()).name(),
                "note",
                "Посещение."));
      }
    }
    Map<String, Object> form = new HashMap<>();
    form.put("visitDate", clock.today().toString());
    form.put("reviewGoals", rows);
    form.put("revisePlan", revise);
    as("t-social", SOCIAL, () -> tasks.complete(task(plan).getId(), form));
  }

  private static Map<String, Object> goal(String kind, String owner, String targetDate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", kind);
    row.put("owner", owner);
    row.put("specialist", "Социален работник");
    row.put("targetDate", targetDate);
    return row;
  }

  private static Map<String, Object> goal(long id, String kind, String owner, String targetDate) {
    Map<String, Object> row = goal(kind, owner, targetDate);
    row.put("goalId", id);
    return row;
  }

  private SpinJsonNode json(ProcessInstance instance, String name) {
    return (SpinJsonNode) variable(instance, name);
  }

  private String freeUnit() {
    return tenancies.units().stream()
        .filter(u -> !u.occupied())
        .map(Tenancies.Unit::id)
        .findFirst()
        .orElseThrow();
  }

  private String registered(String first, String last) {
    return registry
        .register(TestPeople.eligibleAdult(first, last), "t-officer")
        .registrationNumber();
  }
}
