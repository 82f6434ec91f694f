package bg.kazanlak.inclusion.participant.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import bg.kazanlak.inclusion.ProcessTestSupport;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.HouseholdSituation;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.participant.ParticipantWithdrawn;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code participant-onboarding}, on the real models, delegates and registry, with
 * the programme clock moved explicitly and jobs executed by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@Import({
  OnboardingCoverageConfiguration.class,
  ProcessEngineCoverageConfiguration.class,
  ParticipantOnboardingProcessTest.VetoingStream.class
})
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(ProcessTestSupport.class)
class ParticipantOnboardingProcessTest {

  private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2022, 6, 6, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired OnboardingCases onboarding;
  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired ProgrammeClock clock;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void setUp() {
    clock.freezeAt(MONDAY_MORNING);
  }

  @Test
  void eligiblePersonIsAssessedAndEnrolledInTheChosenStreams() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Иван", "Петров"));

    assertThat(case_)
        .hasPassed("Task_RegisterParticipant", "Task_CheckEligibility")
        .isWaitingAt("Task_AssessNeeds");
    assertThat(task(case_)).hasCandidateGroup("social-workers");
    // due in 5 working days: Mon 6 June -> Mon 13 June, end of the working day in Sofia
    assertThat(task(case_).getDueDate().toInstant())
        .isEqualTo(
            LocalDateTime.of(2022, 6, 13, 17, 30).atZone(ZoneId.of("Europe/Sofia")).toInstant());
    String regNo = case_.getBusinessKey();
    assertThat(regNo).matches("P-2022-\\d{5}");
    assertThat(runtime.getVariable(case_.getId(), "candidateStreams"))
        .isEqualTo("EMPLOYMENT,FAMILY_HOUSE,EDUCATION,INITIATIVES");
    assertThat(registry.get(regNo).status()).isEqualTo(ParticipantStatus.ELIGIBLE);

    completeAssessment(case_, "[\"EMPLOYMENT\",\"FAMILY_HOUSE\"]");

    assertThat(case_)
        .hasPassed("Task_RecordNeedsAssessment", "Task_EnrolInStreams")
        .isEnded()
        .hasPassed("Event_ParticipantEnrolled");
    Participant participant = registry.get(regNo);
    assertThat(participant.status()).isEqualTo(ParticipantStatus.ENROLLED);
    assertThat(participant.enrolledStreams())
        .containsExactlyInAnyOrder(SupportStream.EMPLOYMENT, SupportStream.FAMILY_HOUSE);
    assertThat(events.stream(ParticipantEnrolledInStream.class))
        .extracting(ParticipantEnrolledInStream::stream)
        .containsExactlyInAnyOrder(SupportStream.EMPLOYMENT, SupportStream.FAMILY_HOUSE);
    // the employment stream's own case started, under the same business key
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("employment")
                .processInstanceBusinessKey(regNo)
                .count())
        .isOne();
    // the assessment's free text went to the registry, not into the process's history
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(case_.getId())
                .variableName("needsHealth")
                .count())
        .isZero();
  }

  @Test
  void startFormRegistersWithoutLeavingPersonalDataInTheEngine() {
    NewParticipant person = TestPeople.eligibleAdult("Мария", "Стоянова");
    Map<String, Object> form = new HashMap<>();
    form.put(
        "personalNumber",
        person.personalNumber().substring(0, 5) + " " + person.personalNumber().substring(5));
    form.put("firstName", "  Мария ");
    form.put("lastName", "Стоянова");
    form.put("settlement", "Копринка");
    form.put("phone", "0888 123 456");
    form.put("consentToServices", true);
    form.put("employmentStatus", "LONG_TERM_UNEMPLOYED");
    form.put("educationLevel", "ISCED_1");
    form.put("minority", "YES");
    form.put("disability", "REFUSED");
    form.put("otherDisadvantaged", "NO");
    form.put("homelessOrHousingExclusion", false);
    form.put("householdJobless", "true");
    form.put("householdDependentChildren", "false");
    form.put("householdSingleAdult", "false");
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(OnboardingCases.PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();

    ProcessInstance case_ = forms.submitStartForm(definitionId, form);

    assertThat(case_).isWaitingAt("Task_AssessNeeds");
    Participant participant = registry.get(case_.getBusinessKey());
    assertThat(participant.personalNumber()).isEqualTo(person.personalNumber());
    assertThat(participant.firstName()).isEqualTo("Мария");
    assertThat(participant.phone()).isEqualTo("0888123456");
    assertThat(participant.entry().household())
        .isEqualTo(new HouseholdSituation(true, false, false));
    assertThat(runtime.getVariables(case_.getId()))
        .doesNotContainKeys("personalNumber", "minority", "disability", "phone", "householdJobless")
        .containsEntry("displayName", "Мария С.");
    assertThat(
            history.createHistoricVariableInstanceQuery().processInstanceId(case_.getId()).list())
        .extracting(v -> v.getName())
        .doesNotContain("personalNumber", "minority", "disability", "phone");
    assertThat(history.createHistoricDetailQuery().processInstanceId(case_.getId()).list())
        .allSatisfy(
            detail -> assertThat(detail.toString()).doesNotContain(person.personalNumber()));
  }

  @Test
  void startFormWithAnUnknownAnswerOrGarbageIsRefusedNamingTheField() {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(OnboardingCases.PROCESS_ID)
            .latestVersion()
            .singleResult()
            .getId();
    long instances = runtime.createProcessInstanceQuery().count();
    Map<String, Object> form = new HashMap<>();
    form.put("personalNumber", TestPeople.freshEgn(LocalDate.of(1990, 2, 2)));
    form.put("firstName", "Лора");
    form.put("lastName", "Кънева");
    form.put("settlement", "Шипка");
    form.put("consentToServices", true);
    form.put("employmentStatus", "UNEMPLOYED");
    form.put("educationLevel", "ISCED_2");
    form.put("homelessOrHousingExclusion", false);

    form.put("minority", "MAYBE");
    assertRefusedOn("minority", () -> forms.submitStartForm(definitionId, form));
    form.put("minority", "NO");
    form.put("consentToServices", "може би");
    assertRefusedOn("consentToServices", () -> forms.submitStartForm(definitionId, form));
    form.put("consentToServices", true);
    form.put("birthDate", "2-ри февруари");
    assertRefusedOn("birthDate", () -> forms.submitStartForm(definitionId, form));

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void nearDuplicateIsReviewedAndContinuesWhenItIsAnotherPerson() {
    NewParticipant first = TestPeople.eligibleAdult("Георги", "Василев");
    String firstRegNo = start(first).getBusinessKey();
    NewParticipant namesake =
        TestPeople.withNumber(first, TestPeople.freshEgn(LocalDate.of(1985, 4, 12)));

    ProcessInstance case_ = start(namesake);

    assertThat(case_).isWaitingAt("Task_ReviewPossibleDuplicate");
    assertThat(task(case_)).hasCandidateGroup("case-officers");
    assertThat((String) runtime.getVariable(case_.getId(), "duplicateCandidates"))
        .startsWith(firstRegNo + " (ЕГН/ЛНЧ ")
        .doesNotContain(first.personalNumber());

    tasks.complete(task(case_).getId(), Map.of("duplicateDecision", "DIFFERENT_PERSON"));

    assertThat(case_).hasPassed("Gateway_DuplicateCleared").isWaitingAt("Task_AssessNeeds");
  }

  @Test
  void nearDuplicateFoundToBeTheSamePersonIsAnnulled() {
    NewParticipant first = TestPeople.eligibleAdult("Петя", "Иванова");
    String firstRegNo = start(first).getBusinessKey();
    ProcessInstance case_ =
        start(TestPeople.withNumber(first, TestPeople.freshEgn(LocalDate.of(1985, 4, 12))));

    assertThatThrownBy(
            () ->
                tasks.complete(
                    task(case_).getId(),
                    Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", "P-1999-99999")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("не е сред възможните дубликати");
    assertThat(case_).isWaitingAt("Task_ReviewPossibleDuplicate");

    tasks.complete(
        task(case_).getId(), Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", firstRegNo));

    assertThat(case_)
        .hasPassed("Task_RecordDuplicateReview", "Event_RegistrationAnnulled")
        .isEnded();
    Participant annulled = registry.get(case_.getBusinessKey());
    assertThat(annulled.status()).isEqualTo(ParticipantStatus.DUPLICATE);
    assertThat(annulled.duplicateOf()).isEqualTo(firstRegNo);
  }

  @Test
  void personOutsideTheTargetGroupsIsRejectedAndInformed() {
    ProcessInstance case_ =
        start(
            TestPeople.person(
                "Калин", "Добрев", LocalDate.of(1980, 1, 1), "Казанлък", "EMPLOYED", "ISCED_6"));

    assertThat(case_).isWaitingAt("Task_InformRejectedPerson");
    assertThat(task(case_)).hasCandidateGroup("case-officers");
    assertThat(runtime.getVariable(case_.getId(), "rejectionReason"))
        .isEqualTo("NOT_IN_TARGET_GROUP");
    Participant rejected = registry.get(case_.getBusinessKey());
    assertThat(rejected.status()).isEqualTo(ParticipantStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("NOT_IN_TARGET_GROUP");

    assertThatThrownBy(
            () ->
                tasks.complete(
                    task(case_).getId(),
                    Map.of("noticeDate", "2022-06-07", "noticeChannel", "PHONE")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("в бъдещето");

    tasks.complete(
        task(case_).getId(),
        Map.of(
            "noticeDate",
            "2022-06-06",
            "noticeChannel",
            "PHONE",
            "noticeNote",
            "Обяснено по телефона."));

    assertThat(case_)
        .hasPassed("Task_RecordRejectionNotice", "Event_ParticipantRejected")
        .isEnded();
  }

  @Test
  void childUnderSixteenIsRejectedForAge() {
    ProcessInstance case_ =
        start(
            TestPeople.person(
                "Ели",
                "Бонева",
                LocalDate.of(2009, 3, 3),
                "Розово",
                "INACTIVE_IN_EDUCATION",
                "ISCED_1"));

    assertThat(case_).isWaitingAt("Task_InformRejectedPerson");
    assertThat(registry.get(case_.getBusinessKey()).rejectionReason())
        .isEqualTo("UNDER_MINIMUM_AGE");
  }

  @Test
  void overdueAssessmentIsEscalatedToProjectManagersWithoutStoppingIt() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Димо", "Тонев"));
    Job timer =
        management.createJobQuery().processInstanceId(case_.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(task(case_).getDueDate());

    clock.freezeAt(LocalDateTime.of(2022, 6, 13, 17, 29));
    assertThat(management.createJobQuery().processInstanceId(case_.getId()).executable().count())
        .isZero();
    clock.freezeAt(LocalDateTime.of(2022, 6, 13, 17, 31));
    management.executeJob(timer.getId());

    assertThat(case_).isWaitingAt("Task_AssessNeeds", "Task_EscalateOverdueAssessment");
    Task escalation =
        tasks
            .createTaskQuery()
            .processInstanceId(case_.getId())
            .taskDefinitionKey("Task_EscalateOverdueAssessment")
            .singleResult();
    assertThat(escalation).hasCandidateGroup("project-managers");
    tasks.complete(escalation.getId(), Map.of("escalationAction", "REMINDED"));
    completeAssessment(case_, "[\"FAMILY_HOUSE\"]");

    assertThat(case_).hasPassed("Event_EscalationHandled", "Event_ParticipantEnrolled").isEnded();
  }

  @Test
  void withdrawalEndsTheCaseAtAnyPoint() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Рая", "Колева"));

    onboarding.withdraw(case_.getBusinessKey(), "Премества се в друга община.");

    assertThat(case_).hasPassed("Task_RecordWithdrawal", "Event_ParticipantWithdrawn").isEnded();
    assertThat(registry.get(case_.getBusinessKey()).status())
        .isEqualTo(ParticipantStatus.WITHDRAWN);
    assertThat(tasks.createTaskQuery().processInstanceId(case_.getId()).count()).isZero();
    assertThatThrownBy(() -> onboarding.withdraw(case_.getBusinessKey(), "отново"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("вече е приключен");
  }

  @Test
  void assessmentWithoutAnyStreamIsRefusedAndStaysOpen() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Тодор", "Миланов"));

    assertThatThrownBy(() -> completeAssessment(case_, "[]"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("поне едно направление");
    assertThatThrownBy(() -> completeAssessment(case_, "[\"SPACE_TRAVEL\"]"))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("Непознато направление");

    assertThat(case_).isWaitingAt("Task_AssessNeeds");
    assertThat(registry.get(case_.getBusinessKey()).status()).isEqualTo(ParticipantStatus.ELIGIBLE);
  }

  @Test
  void refusedRegistrationLeavesNoInstanceAndNoRow() {
    NewParticipant person = TestPeople.eligibleAdult("Антон", "Атанасов");
    String regNo = start(person).getBusinessKey();
    long instances = runtime.createProcessInstanceQuery().count();
    long registered = registry.counts(clock.today()).registered();

    assertThatThrownBy(() -> start(person))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining(regNo);
    assertThatThrownBy(() -> start(TestPeople.withNumber(person, "1234567890")))
        .isInstanceOf(RequestRefusedException.class);

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(registry.counts(clock.today()).registered()).isEqualTo(registered);
  }

  @Test
  void stepsFindTheirParticipantByTheBusinessKeyNotByAVariable() {
    ProcessInstance other = start(TestPeople.eligibleAdult("Стоян", "Колев"));
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Нели", "Колева"));
    runtime.setVariable(case_.getId(), "registrationNumber", other.getBusinessKey());

    completeAssessment(case_, "[\"FAMILY_HOUSE\"]");

    assertThat(case_).isEnded();
    Participant participant = registry.get(case_.getBusinessKey());
    assertThat(participant.status()).isEqualTo(ParticipantStatus.ENROLLED);
    assertThat(participant.enrolledStreams()).containsExactly(SupportStream.FAMILY_HOUSE);
    assertThat(registry.get(other.getBusinessKey()).status()).isEqualTo(ParticipantStatus.ELIGIBLE);
    assertThat(events.stream(ParticipantEnrolledInStream.class))
        .extracting(ParticipantEnrolledInStream::registrationNumber)
        .containsOnly(case_.getBusinessKey());
  }

  @Test
  void nearDuplicateIsFoundWhateverTheCaseOfTheNames() {
    NewParticipant first = TestPeople.eligibleAdult("Зорница", "Ъгленова");
    String firstRegNo = start(first).getBusinessKey();

    ProcessInstance case_ =
        start(
            new NewParticipant(
                TestPeople.freshEgn(LocalDate.of(1985, 4, 12)),
                "ЗОРНИЦА",
                null,
                "ъгленова",
                null,
                null,
                "Казанлък",
                null,
                null,
                true,
                "UNEMPLOYED",
                "ISCED_2",
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                false,
                false,
                true,
                false));

    assertThat(case_).isWaitingAt("Task_ReviewPossibleDuplicate");
    assertThat((String) runtime.getVariable(case_.getId(), "duplicateCandidates"))
        .startsWith(firstRegNo + " ");
  }

  @Test
  void annulmentNamesOnlyANearDuplicateThatTheRegistryFindsItself() {
    String unrelated = start(TestPeople.eligibleAdult("Жана", "Жекова")).getBusinessKey();
    NewParticipant first = TestPeople.eligibleAdult("Виолета", "Манева");
    String firstRegNo = start(first).getBusinessKey();
    ProcessInstance case_ =
        start(TestPeople.withNumber(first, TestPeople.freshEgn(LocalDate.of(1985, 4, 12))));
    // the text the task shows is no authority: rewritten, it still does not make a candidate
    runtime.setVariable(case_.getId(), "duplicateCandidates", unrelated + " (ЕГН/ЛНЧ 85******00)");

    assertRefusedOn(
        "duplicateOf",
        () ->
            tasks.complete(
                task(case_).getId(),
                Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", unrelated)));
    assertRefusedOn(
        "duplicateOf",
        () ->
            tasks.complete(
                task(case_).getId(),
                Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", " ")));
    assertRefusedOn(
        "duplicateDecision",
        () -> tasks.complete(task(case_).getId(), Map.of("duplicateDecision", "MAYBE")));

    assertThat(case_).isWaitingAt("Task_ReviewPossibleDuplicate");
    assertThat(registry.get(case_.getBusinessKey()).status())
        .isEqualTo(ParticipantStatus.REGISTERED);
    assertThat(registry.get(unrelated).status()).isEqualTo(ParticipantStatus.ELIGIBLE);

    tasks.complete(
        task(case_).getId(), Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", firstRegNo));
    assertThat(case_).hasPassed("Task_RecordDuplicateReview", "Event_RegistrationAnnulled");
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(case_.getId())
                .variableName("duplicateOutcome")
                .singleResult()
                .getValue())
        .isEqualTo("SAME_PERSON");
  }

  @Test
  void rejectionNoticeOfAnUnknownKindOrWithATooLongNoteIsRefusedNamingTheField() {
    ProcessInstance case_ =
        start(
            TestPeople.person(
                "Огнян", "Бонев", LocalDate.of(1980, 1, 1), "Казанлък", "EMPLOYED", "ISCED_6"));

    assertRefusedOn(
        "noticeChannel",
        () ->
            tasks.complete(
                task(case_).getId(), Map.of("noticeDate", "2022-06-06", "noticeChannel", "FAX")));
    assertRefusedOn(
        "noticeDate", () -> tasks.complete(task(case_).getId(), Map.of("noticeChannel", "PHONE")));
    assertRefusedOn(
        "noticeNote",
        () ->
            tasks.complete(
                task(case_).getId(),
                Map.of(
                    "noticeDate",
                    "2022-06-06",
                    "noticeChannel",
                    "LETTER",
                    "noticeNote",
                    "б".repeat(1001))));

    assertThat(case_).isWaitingAt("Task_InformRejectedPerson");
  }

  @Test
  void assessmentTextLongerThanItsColumnIsRefusedNamingTheField() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Мирослав", "Денев"));
    Task assessment = task(case_);
    tasks.claim(assessment.getId(), "social");

    assertRefusedOn(
        "needsHealth",
        () ->
            tasks.complete(
                assessment.getId(),
                Map.of(
                    "needsHealth", "н".repeat(2001),
                    "recommendedStreams", SpinValues.jsonValue("[\"FAMILY_HOUSE\"]").create())));

    assertThat(case_).isWaitingAt("Task_AssessNeeds");
    assertThat(registry.get(case_.getBusinessKey()).status()).isEqualTo(ParticipantStatus.ELIGIBLE);
  }

  @Test
  void withdrawalIsAnnouncedOnEitherPathAndAStreamMayRefuseIt() {
    ProcessInstance running = start(TestPeople.eligibleAdult("Яна", "Пенева"));
    ProcessInstance enrolled = start(TestPeople.eligibleAdult("Иво", "Пенев"));
    completeAssessment(enrolled, "[\"FAMILY_HOUSE\"]");

    onboarding.withdraw(running.getBusinessKey(), "Премества се.");
    onboarding.withdraw(enrolled.getBusinessKey(), "Започна работа.");

    assertThat(events.stream(ParticipantWithdrawn.class))
        .containsExactly(
            new ParticipantWithdrawn(running.getBusinessKey(), LocalDate.of(2022, 6, 6)),
            new ParticipantWithdrawn(enrolled.getBusinessKey(), LocalDate.of(2022, 6, 6)));
    assertThat(registry.get(enrolled.getBusinessKey()).status())
        .isEqualTo(ParticipantStatus.WITHDRAWN);

    ProcessInstance refused = start(TestPeople.eligibleAdult("Ася", "Пенева"));
    VetoingStream.REFUSING.add(refused.getBusinessKey());
    assertThatThrownBy(() -> onboarding.withdraw(refused.getBusinessKey(), "Отказва се."))
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> assertThat(e.kind()).isEqualTo(Refusal.RULE_BROKEN));
    assertThat(refused).isWaitingAt("Task_AssessNeeds");
    assertThat(registry.get(refused.getBusinessKey()).status())
        .isEqualTo(ParticipantStatus.ELIGIBLE);
  }

  @Test
  void withdrawalReasonLongerThanItsColumnIsRefusedAndTheCaseRunsOn() {
    ProcessInstance case_ = start(TestPeople.eligibleAdult("Пламен", "Русев"));

    assertRefusedOn("reason", () -> onboarding.withdraw(case_.getBusinessKey(), "я".repeat(501)));

    assertThat(case_).isWaitingAt("Task_AssessNeeds");
    assertThat(registry.get(case_.getBusinessKey()).status()).isEqualTo(ParticipantStatus.ELIGIBLE);
  }

  /**
   * A stream that refuses to let some participants go, as employment does with a running contract.
   */
  @TestConfiguration
  static class VetoingStream {

    static final Set<String> REFUSING = ConcurrentHashMap.newKeySet();

    @EventListener
    void onWithdrawal(ParticipantWithdrawn event) {
      if (REFUSING.contains(event.registrationNumber())) {
        throw RequestRefusedException.ruleBroken("Прекратете първо договора.", Map.of());
      }
    }
  }

  private static void assertRefusedOn(String field, ThrowingCallable completion) {
    assertThatThrownBy(completion)
        .isInstanceOfSatisfying(
            RequestRefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Refusal.INVALID);
              assertThat(e.fieldProblems()).extracting(p -> p.field()).contains(field);
            });
  }

  private ProcessInstance start(NewParticipant person) {
    String instanceId = onboarding.register(person, "officer").processInstanceId();
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }

  private void completeAssessment(ProcessInstance case_, String streamsJson) {
    Task assessment =
        tasks
            .createTaskQuery()
            .processInstanceId(case_.getId())
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();
    tasks.claim(assessment.getId(), "social");
    tasks.complete(
        assessment.getId(),
        Map.of(
            "needsWork", "Търси работа.",
            "needsHealth", "Няма личен лекар.",
            "recommendedStreams", SpinValues.jsonValue(streamsJson).create()));
  }
}
