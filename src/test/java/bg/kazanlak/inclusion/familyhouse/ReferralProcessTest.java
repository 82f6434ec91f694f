package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.EngineSteps.as;
import static bg.kazanlak.inclusion.EngineSteps.assertNoVariableNamed;
import static bg.kazanlak.inclusion.EngineSteps.dateVariable;
import static bg.kazanlak.inclusion.EngineSteps.executeJobs;
import static bg.kazanlak.inclusion.EngineSteps.submitStartForm;
import static bg.kazanlak.inclusion.EngineSteps.task;
import static bg.kazanlak.inclusion.EngineSteps.variable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.familyhouse.ReferralFigures.Figures;
import bg.kazanlak.inclusion.familyhouse.ReferralFigures.HouseFigures;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code family-house-referral} and {@code data-sharing-consent} on the real models,
 * delegates and tables, started from their Tasklist start forms as a social worker. Each test
 * refers a freshly registered person, so consents never collide; figures are asserted as changes.
 * The clock is moved explicitly and the jobs executed by the test.
 */
@ProcessTest(clockFrozenAt = "2022-06-06T09:00")
class ReferralProcessTest {

  private static final List<String> SOCIAL = List.of("social-workers");
  private static final List<String> MANAGERS = List.of("project-managers");
  private static final String HOUSE = "kran";
  private static final String REASON = "Регистрация при личен лекар";
  private static final String NOTE = "Записан при д-р Иванов";

  @Autowired ReferralService referrals;
  @Autowired ReferralFigures figures;
  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aRefusedConsentEndsTheReferralUnissuedWithTheReason() {
    String person = registered();
    Figures before = figures.asOf(clock.today());
    ProcessInstance consent = consent(person, "GP", "REFUSED", List.of(), "2022-06-01");
    assertThat(consent).hasPassed("Task_RecordConsent").isEnded();
    assertThat(consent.getBusinessKey()).isEqualTo(person);

    ProcessInstance referral = refer(person, "GP");

    assertThat(referral).hasPassed("Task_RegisterReferral", "Task_CheckConsent");
    notIssued(referral);
    Referral stored = referrals.get(referral.getBusinessKey());
    assertThat(stored.referralNumber()).matches("R-2022-\\d{5}");
    assertThat(stored.status()).isEqualTo(ReferralStatus.CONSENT_REFUSED);
    assertThat(stored.statusReason())
        .contains("отказало съгласие", "Общопрактикуващ лекар", "01.06.2022");
    assertThat(stored.referredBy()).isEqualTo("t-social");
    assertThat(house(figures.asOf(clock.today())).refusedForLackOfConsent())
        .isEqualTo(house(before).refusedForLackOfConsent() + 1);
    assertThat(house(figures.asOf(clock.today())).made()).isEqualTo(house(before).made());
  }

  @Test
  void withoutAConsentTheReferralEndsAndOnceItIsRecordedANewReferralIsIssued() {
    String person = registered();
    Figures before = figures.asOf(clock.today());

    ProcessInstance first = refer(person, "LABOUR_OFFICE");
    notIssued(first);
    Referral ended = referrals.get(first.getBusinessKey());
    assertThat(ended.status()).isEqualTo(ReferralStatus.NO_CONSENT);
    assertThat(ended.statusReason()).contains("няма записано съгласие", "Бюро по труда");
    // a consent for another kind of organisation does not count
    consent(person, "GP", "GIVEN", List.of("NAME"), "2022-06-02");
    notIssued(refer(person, "LABOUR_OFFICE"));

    consent(person, "LABOUR_OFFICE", "GIVEN", List.of("NAME", "PHONE"), "2022-06-03");
    ProcessInstance second = refer(person, "LABOUR_OFFICE");

    assertThat(second).hasPassed("Task_CheckConsent").isWaitingAt("Event_FollowUpDue");
    Referral issued = referrals.get(second.getBusinessKey());
    assertThat(issued.status()).isEqualTo(ReferralStatus.ISSUED);
    assertThat(issued.dataItems()).containsExactly(ConsentDataItem.NAME, ConsentDataItem.PHONE);
    assertThat(issued.consentSignedOn()).isEqualTo(LocalDate.of(2022, 6, 3));
    assertThat(issued.followUpOn()).isEqualTo(LocalDate.of(2022, 6, 20));
    assertThat(variable(second, "followUpDue")).isEqualTo("2022-06-20");
    assertThat(variable(second, "letterUrl"))
        .isEqualTo("/api/family-houses/referrals/" + issued.referralNumber() + "/letter.pdf");
    assertThat(variable(second, "referralReason")).isNull();
    assertThat(referrals.get(first.getBusinessKey()).status()).isEqualTo(ReferralStatus.NO_CONSENT);
    Figures after = figures.asOf(clock.today());
    assertThat(house(after).refusedForLackOfConsent())
        .isEqualTo(house(before).refusedForLackOfConsent() + 2);
    assertThat(house(after).made()).isEqualTo(house(before).made() + 1);
    assertThat(after.made()).isEqualTo(before.made() + 1);
  }

  @Test
  void recordingAConsentAgainReplacesTheAnswerAndKeepsEveryOne() {
    String person = registered();
    consent(person, "SCHOOL", "GIVEN", List.of("NAME", "ADDRESS"), "2022-06-01");
    assertThat(refer(person, "SCHOOL")).isWaitingAt("Event_FollowUpDue");

    consent(person, "SCHOOL", "REFUSED", List.of("NAME"), "2022-06-03");

    ProcessInstance refused = refer(person, "SCHOOL");
    notIssued(refused);
    assertThat(referrals.get(refused.getBusinessKey()).status())
        .isEqualTo(ReferralStatus.CONSENT_REFUSED);
    assertThat(
            jdbc.sql(
                    "select given, data_items from data_sharing_consent_history"
                        + " where registration_number = ? and purpose = 'SCHOOL' order by id")
                .param(person)
                .query((rs, i) -> rs.getBoolean(1) + ":" + rs.getString(2))
                .list())
        .containsExactly("true:NAME,ADDRESS", "false:");
    assertThat(
            jdbc.sql("select count(*) from data_sharing_consent where registration_number = ?")
                .param(person)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void theReferringWorkerFollowsUpAfterTheConfiguredDaysAndThePersonWent() {
    LocalDate followUpDay = LocalDate.of(2022, 6, 20);
    // as of the follow-up's day, before and after: only this referral's figures differ
    Figures before = figures.asOf(followUpDay);
    Figures issuedTheDayBefore = figures.asOf(followUpDay.minusDays(1));
    ProcessInstance referral = issued();
    executeJobs(referral); // not due yet
    assertThat(referral).isWaitingAt("Event_FollowUpDue");

    followUpFallsDue(referral);
    Task followUp = task(referral);
    assertThat(followUp).isAssignedTo("t-social");
    assertThat(
            tasks
                .createTaskQuery()
                .taskId(followUp.getId())
                .taskCandidateGroup("social-workers")
                .includeAssignedTasks()
                .count())
        .isOne();
    assertThat(followUp.getName()).isEqualTo("Проследяване на насочването");
    assertThat(variable(referral, "displayName")).isEqualTo("Мария Д.");
    followUp(referral, "ATTENDED", NOTE);

    assertThat(referral)
        .hasPassed("Task_RecordFollowUp", "Gateway_Attended", "Event_Attended")
        .isEnded();
    Referral done = referrals.get(referral.getBusinessKey());
    assertThat(done.status()).isEqualTo(ReferralStatus.ATTENDED);
    assertThat(done.followUpNote()).isEqualTo(NOTE);
    assertThat(done.followedUpBy()).isEqualTo("t-social");
    assertThat(done.followedUpOn()).isEqualTo(followUpDay);
    Figures after = figures.asOf(followUpDay);
    assertThat(house(after).completed()).isEqualTo(house(before).completed() + 1);
    assertThat(house(after).attended()).isEqualTo(house(before).attended() + 1);
    assertThat(house(after).made()).isEqualTo(house(before).made() + 1);
    // the day before its follow-up it was made (issued today), not yet completed
    Figures theDayBefore = figures.asOf(followUpDay.minusDays(1));
    assertThat(house(theDayBefore).made()).isEqualTo(house(issuedTheDayBefore).made() + 1);
    assertThat(house(theDayBefore).completed()).isEqualTo(house(issuedTheDayBefore).completed());
    assertPersonalTextsNotInTheEngine();
  }

  @Test
  void aPersonWhoDidNotGoEndsTheReferralNotAttended() {
    Figures before = figures.asOf(clock.today());
    ProcessInstance referral = issued();
    followUpFallsDue(referral);

    followUp(referral, "NOT_ATTENDED", null);

    assertThat(referral).hasPassed("Event_NotAttended").isEnded();
    assertThat(referrals.get(referral.getBusinessKey()).status())
        .isEqualTo(ReferralStatus.NOT_ATTENDED);
    Figures after = figures.asOf(clock.today());
    assertThat(after.completed()).isEqualTo(before.completed() + 1);
    assertThat(after.attended()).isEqualTo(before.attended());
  }

  @Test
  void anOverdueFollowUpIsEscalatedToTheManagersAndStaysOpen() {
    ProcessInstance referral = issued();
    followUpFallsDue(referral);
    // due within 5 working days of Monday 20 June: the end of Monday 27 June
    clock.freezeAt(LocalDateTime.of(2022, 6, 27, 12, 0));
    executeJobs(referral);
    assertThat(referral).isWaitingAt("Task_FollowUp");
    assertThat(tasks.createTaskQuery().processInstanceId(referral.getId()).count()).isOne();

    clock.freezeAt(LocalDateTime.of(2022, 6, 28, 9, 0));
    executeJobs(referral);

    assertThat(referral).isWaitingAt("Task_FollowUp", "Task_ChaseFollowUp");
    Task chase =
        tasks
            .createTaskQuery()
            .processInstanceId(referral.getId())
            .taskDefinitionKey("Task_ChaseFollowUp")
            .singleResult();
    assertThat(chase).hasCandidateGroup("project-managers").isNotAssigned();
    as(
        "t-manager",
        MANAGERS,
        () ->
            tasks.complete(
                chase.getId(),
                Map.of("escalationAction", "REMINDED", "escalationNote", "Обадих се")));
    assertThat(referral).hasPassed("Event_ChaseHandled").isWaitingAt("Task_FollowUp");

    followUp(referral, "ATTENDED", null);
    assertThat(referral).hasPassed("Event_Attended").isEnded();
  }

  @Test
  void aFollowUpWithoutAnAnswerIsRefusedAndStaysOpen() {
    ProcessInstance referral = issued();
    followUpFallsDue(referral);

    RequestRefusedException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RequestRefusedException.class, () -> followUp(referral, null, NOTE));

    assertThat(refused.fieldProblems()).extracting(FieldProblem::field).contains("attendance");
    assertThat(refused.getMessage()).doesNotContain(NOTE);
    assertThat(referral).isWaitingAt("Task_FollowUp");
    assertThat(referrals.get(referral.getBusinessKey()).status()).isEqualTo(ReferralStatus.ISSUED);
  }

  @Test
  void aRefusedStartFormLeavesNeitherARowNorACase() {
    long referralRows = rows("referral");
    long consentRows = rows("data_sharing_consent_history");
    long instances = runtime.createProcessInstanceQuery().count();

    RequestRefusedException unknown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RequestRefusedException.class, () -> refer("P-1999-99999", "GP"));
    RequestRefusedException malformed =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RequestRefusedException.class,
            () -> startForm(ReferralCases.PROCESS_ID, Map.of("familyHouse", "nowhere")));
    RequestRefusedException noItems =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RequestRefusedException.class,
            () -> consent(registered(), "GP", "GIVEN", List.of(), "2022-06-01"));
    RequestRefusedException future =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RequestRefusedException.class,
            () -> consent(registered(), "GP", "REFUSED", List.of(), "2022-06-07"));

    assertThat(unknown.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("registrationNumber");
    assertThat(malformed.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "registrationNumber",
            "familyHouse",
            "destinationKind",
            "organisation",
            "referralReason");
    assertThat(noItems.fieldProblems()).extracting(FieldProblem::field).contains("consentItems");
    assertThat(future.fieldProblems()).extracting(FieldProblem::field).contains("consentSignedOn");
    assertThat(rows("referral")).isEqualTo(referralRows);
    assertThat(rows("data_sharing_consent_history")).isEqualTo(consentRows);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  // --- steps ---------------------------------------------------------------------------------

  private String registered() {
    return registry
        .register(TestPeople.eligibleAdult("Мария", "Добрева"), "t-officer")
        .registrationNumber();
  }

  /** A referral to a GP with the person's consent: waiting for its follow-up. */
  private ProcessInstance issued() {
    String person = registered();
    consent(person, "GP", "GIVEN", List.of("NAME", "BIRTH_DATE"), "2022-06-01");
    ProcessInstance referral = refer(person, "GP");
    assertThat(referral).isWaitingAt("Event_FollowUpDue");
    return referral;
  }

  private ProcessInstance consent(
      String person, String purpose, String answer, List<String> items, String signedOn) {
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("consentPurpose", purpose);
    form.put("consentAnswer", answer);
    form.put("consentItems", items);
    form.put("consentSignedOn", signedOn);
    return startForm(ConsentCases.PROCESS_ID, form);
  }

  /**
   * A referral not issued tells its social worker why, in a task of their own; once read, the case
   * ends unissued.
   */
  private void notIssued(ProcessInstance referral) {
    assertThat(referral).isWaitingAt("Task_NoConsentNotice");
    Task notice = task(referral);
    assertThat(notice.getAssignee()).isEqualTo("t-social");
    assertThat(variable(referral, "statusReason")).asString().contains("съгласие");
    as("t-social", SOCIAL, () -> tasks.complete(notice.getId(), Map.of("noConsentSeen", true)));
    assertThat(referral).hasPassed("Task_NoConsentNotice", "Event_NoConsent").isEnded();
  }

  private ProcessInstance refer(String person, String destination) {
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("familyHouse", HOUSE);
    form.put("destinationKind", destination);
    form.put("organisation", " ДКЦ „Здраве“ ");
    form.put("referralReason", REASON);
    return startForm(ReferralCases.PROCESS_ID, form);
  }

  private ProcessInstance startForm(String process, Map<String, Object> form) {
    return submitStartForm("t-social", SOCIAL, process, form);
  }

  /** Moves the clock to the morning of the follow-up's day and fires its timer. */
  private void followUpFallsDue(ProcessInstance referral) {
    LocalDate due = dateVariable(referral, "followUpDue");
    clock.freezeAt(due.atTime(9, 0));
    executeJobs(referral);
    assertThat(referral).hasPassed("Event_FollowUpDue").isWaitingAt("Task_FollowUp");
  }

  private void followUp(ProcessInstance referral, String attendance, String note) {
    Map<String, Object> form = new HashMap<>();
    form.put("attendance", attendance);
    form.put("followUpNote", note);
    String id =
        tasks
            .createTaskQuery()
            .processInstanceId(referral.getId())
            .taskDefinitionKey("Task_FollowUp")
            .singleResult()
            .getId();
    as("t-social", SOCIAL, () -> tasks.complete(id, form));
  }

  // --- engine and tables ---------------------------------------------------------------------

  private HouseFigures house(Figures figures) {
    return figures.houses().stream().filter(h -> h.house().equals(HOUSE)).findFirst().orElseThrow();
  }

  private long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** The reason and the note are nowhere in the engine's variables, running or historic. */
  private void assertPersonalTextsNotInTheEngine() {
    for (String name : List.of("referralReason", "followUpNote")) {
      assertNoVariableNamed(name);
    }
    for (String text : List.of(REASON, NOTE)) {
      assertThat(
              jdbc.sql("select count(*) from ACT_HI_VARINST where TEXT_ like ?")
                  .param("%" + text + "%")
                  .query(Long.class)
                  .single())
          .as(text)
          .isZero();
    }
  }
}
