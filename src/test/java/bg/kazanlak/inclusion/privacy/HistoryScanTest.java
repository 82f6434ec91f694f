package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.budget.ExpenseCases;
import bg.kazanlak.inclusion.budget.NewExpense;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.process.EngineDoor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every path that matters of every process (onboarding, employment, expenses, clubs, Family
 * House services, initiatives, Family House moves, consents, referrals, staff positions) with
 * distinctive personal data, then reads every text and byte column of every ACT_RU_* and ACT_HI_*
 * table (and ACT_GE_BYTEARRAY, bytes decoded as UTF-8) looking for it. Values that are not
 * distinctive (a sick-leave count, a "yes" to a special category) are looked for by their variable
 * names, which must have no history rows; the derived special-category decision inputs must have no
 * decision-history rows.
 *
 * <p>What the engine may keep by design: the registration number (business key), a case name (first
 * name and the initial of the last name, {@code Participant.caseName}) while a case runs, codes,
 * dates and amounts.
 */
class HistoryScanTest extends ApiTest {

  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  private static final String SOCIAL = Groups.SOCIAL_WORKERS;
  private static final String COORDINATOR = Groups.INITIATIVE_COORDINATORS;
  private static final String MANAGER = Groups.PROJECT_MANAGERS;
  private static final String HR = Groups.HR_OFFICERS;

  // distinctive values: none of them occurs in the models or the code
  private static final String SURNAME_API = "Тайноватова";
  private static final String SURNAME_FORM = "Стартовскова";
  private static final String SURNAME_REJECTED = "Отказанска";
  private static final String SURNAME_WITHDRAWN = "Оттеглянова";
  private static final String ADDRESS = "ул. Скритовска 917";
  private static final String PHONE = "0877654329";
  private static final String HEALTH_NOTE = "Диабет-маркер-Z41 и инсулин";
  private static final String WORK_NOTE = "Търси-маркер-W58 работа";
  private static final String SUMMARY = "Обобщение-маркер-S27";
  private static final String NOTICE_NOTE = "Уведомена-маркер-N33 лично";
  private static final String ESCALATION_NOTE = "Ескалация-маркер-E61 бележка";
  private static final String WITHDRAWAL_REASON = "Оттегля-маркер-R19 се";
  private static final String DECISION_COMMENT = "Коментар-маркер-C72 към разхода";
  private static final String CLUB_LEADER = "Ръководителка Клубмаркерова";
  private static final String CHILD_FIRST_NAME = "Детемаркерина";
  private static final String CHILD_LAST_NAME = "Малолеткова";
  private static final String SERVICE_NOTE_API = "Услуга-маркер-F83 по API";
  private static final String SERVICE_NOTE_FORM = "Услуга-маркер-F84 от формата";
  private static final String INITIATIVE_COMMENT = "Инициатива-маркер-I21 коментар";
  private static final String WORK_DONE = "Проведено-маркер-H45 с децата";
  private static final String TRANSFER_REASON = "Премества-маркер-T36 се";
  private static final String LEGAL_HOLD_REASON = "Дело-маркер-L41 в съда";
  private static final String REFERRAL_REASON = "Насочване-маркер-Q52 при лекар";
  private static final String FOLLOW_UP_NOTE = "Проследено-маркер-Q53 записан";
  private static final String STAFF_NAME = "Служителка Щатмаркерова";

  /** Values that are not distinctive, looked for by their names. */
  private static final Set<String> NEVER_IN_HISTORY =
      Set.of(
          "daysWorked",
          "paidLeaveDays",
          "sickLeaveDays",
          "unpaidAbsenceDays",
          "minority",
          "disability",
          "otherDisadvantaged",
          "homelessOrHousingExclusion",
          "householdJobless",
          "householdDependentChildren",
          "householdSingleAdult",
          "needsWork",
          "needsHealth",
          "needsEducation",
          "needsSocial",
          "needsHousing",
          "assessmentSummary",
          "personalNumber",
          "firstName",
          "lastName",
          "birthDate",
          "address",
          "phone",
          "displayName",
          "newParticipant",
          "noticeNote",
          "withdrawalReason",
          "escalationNote",
          "decisionComment",
          "leader",
          "childFirstName",
          "childLastName",
          "childBirthDate",
          "attendees",
          "present",
          "members",
          "note",
          "family1Minority",
          "family2Minority",
          "justification",
          "workDone",
          "reason",
          "referralReason",
          "followUpNote",
          "staffName");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired OnboardingCases onboarding;
  @Autowired ParticipantRegistry registry;
  @Autowired ExpenseCases expenses;
  @Autowired DataSource dataSource;
  @Autowired List<PersonalDataVariables> declarations;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;

  /** The scan's cases start on the programme's 1 June 2022, before the HTTP tests' usual day. */
  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    clock.freezeAt(LocalDateTime.of(2022, 6, 1, 9, 0));
  }

  @AfterEach
  void tearDown() {
    BpmnAwareTests.reset();
  }

  @Test
  void noPersonalDataIsLeftInTheEngineAfterEveryPathOfEveryProcess() throws Exception {
    List<String> markers =
        new ArrayList<>(
            List.of(
                SURNAME_API,
                SURNAME_FORM,
                SURNAME_REJECTED,
                SURNAME_WITHDRAWN,
                ADDRESS,
                PHONE,
                HEALTH_NOTE,
                WORK_NOTE,
                SUMMARY,
                NOTICE_NOTE,
                ESCALATION_NOTE,
                WITHDRAWAL_REASON,
                DECISION_COMMENT,
                CLUB_LEADER,
                CHILD_FIRST_NAME,
                CHILD_LAST_NAME,
                SERVICE_NOTE_API,
                SERVICE_NOTE_FORM,
                INITIATIVE_COMMENT,
                WORK_DONE,
                TRANSFER_REASON,
                LEGAL_HOLD_REASON,
                REFERRAL_REASON,
                FOLLOW_UP_NOTE,
                STAFF_NAME));

    // --- onboarding: through the API, with every special category declared
    String egnApi = TestPeople.freshEgn(LocalDate.of(1984, 11, 23));
    markers.add(egnApi);
    String enrolled = registerThroughApi(egnApi, "Маркерина", SURNAME_API);
    ProcessInstance enrolledCase = onboardingCase(enrolled);
    assertThat(enrolledCase).isWaitingAt("Task_AssessNeeds");
    assertThat(runtime.getVariable(enrolledCase.getId(), "displayName")).isEqualTo("Маркерина Т.");
    assess(enrolledCase);
    assertThat(enrolledCase).isEnded();

    // --- onboarding: the start form's fields as Tasklist sends them
    String egnForm = TestPeople.freshEgn(LocalDate.of(1979, 3, 14));
    markers.add(egnForm);
    ProcessInstance formCase = submitStartForm(egnForm, "Формина", SURNAME_FORM);
    assertThat(formCase).isWaitingAt("Task_AssessNeeds");

    // --- a namesake with the same birth date: reviewed and annulled as the same person
    String egnNamesake = TestPeople.freshEgn(LocalDate.of(1979, 3, 14));
    markers.add(egnNamesake);
    ProcessInstance namesake =
        start(
            new NewParticipant(
                egnNamesake,
                "Формина",
                null,
                SURNAME_FORM,
                null,
                null,
                "Шипка",
                null,
                null,
                true,
                "UNEMPLOYED",
                "ISCED_1",
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                false,
                false,
                true,
                false));
    assertThat(namesake).isWaitingAt("Task_ReviewPossibleDuplicate");
    complete(
        namesake,
        Map.of("duplicateDecision", "SAME_PERSON", "duplicateOf", formCase.getBusinessKey()));
    assertThat(namesake)
        .hasPassed("Task_RecordDuplicateReview", "Event_RegistrationAnnulled")
        .isEnded();

    // --- rejection and its notice
    String egnRejected = TestPeople.freshEgn(LocalDate.of(1980, 1, 1));
    markers.add(egnRejected);
    ProcessInstance rejected =
        start(
            new NewParticipant(
                egnRejected,
                "Калина",
                null,
                SURNAME_REJECTED,
                null,
                null,
                "Казанлък",
                null,
                null,
                true,
                "EMPLOYED",
                "ISCED_6",
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                false,
                false,
                true,
                false));
    assertThat(rejected).isWaitingAt("Task_InformRejectedPerson");
    complete(
        rejected,
        Map.of(
            "noticeDate", "2022-06-01", "noticeChannel", "IN_PERSON", "noticeNote", NOTICE_NOTE));
    assertThat(rejected).isEnded();

    // --- employment of the enrolled participant: allocation, contract, signature
    ProcessInstance job =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("employment")
            .processInstanceBusinessKey(enrolled)
            .singleResult();
    complete(job, Map.of("preferredEmployer", "NONE"));
    management.executeJob(
        management.createJobQuery().processInstanceId(job.getId()).singleResult().getId());
    assertThat(runtime.getVariable(job.getId(), "placeAvailable")).isEqualTo(true);
    complete(
        job,
        Map.of(
            "startDate",
            "2022-06-01",
            "position",
            "Работник поддръжка",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "800.00"));
    complete(job, Map.of("signatureDate", "2022-06-01"));
    String contractId = (String) runtime.getVariable(job.getId(), "contractId");

    // --- an expense returned with a comment, corrected, approved and paid
    String expenseId =
        expenses
            .request(
                new NewExpense(
                    "sesg-consumables",
                    new BigDecimal("120.00"),
                    "Доставчик ООД",
                    "Консумативи за клуба",
                    LocalDate.of(2022, 5, 30),
                    "Фактура 5/30.05.2022",
                    null),
                "finance")
            .processInstanceId();
    ProcessInstance expense = instance(expenseId);
    decide(expense, "RETURN", DECISION_COMMENT);
    complete(
        expense,
        Map.of(
            "amount",
            "110.00",
            "supplier",
            "Доставчик ООД",
            "purpose",
            "Консумативи за клуба",
            "expenseDate",
            "2022-05-30",
            "documentRef",
            "Фактура 6/30.05.2022"));
    decide(expense, "APPROVE", null);
    complete(expense, Map.of("paymentDate", "2022-06-01", "paymentReference", "ПН 917"));
    assertThat(expense).hasPassed("Event_ExpensePaid").isEnded();

    // --- an overdue assessment escalated with a note, then the person withdraws
    String egnWithdrawn = TestPeople.freshEgn(LocalDate.of(1990, 7, 7));
    markers.add(egnWithdrawn);
    ProcessInstance withdrawn =
        start(
            TestPeople.withNumber(
                TestPeople.eligibleAdult("Рада", SURNAME_WITHDRAWN), egnWithdrawn));
    Job overdue =
        management.createJobQuery().processInstanceId(withdrawn.getId()).timers().singleResult();
    fire(overdue);
    Task escalation =
        tasks
            .createTaskQuery()
            .processInstanceId(withdrawn.getId())
            .taskDefinitionKey("Task_EscalateOverdueAssessment")
            .singleResult();
    tasks.complete(
        escalation.getId(),
        Map.of("escalationAction", "WAITING_FOR_PERSON", "escalationNote", ESCALATION_NOTE));
    ResponseEntity<JsonNode> withdrawal =
        post(
            "t-officer",
            "/api/participants/" + withdrawn.getBusinessKey() + "/withdrawal",
            json.createObjectNode().put("reason", WITHDRAWAL_REASON));
    assertThat(withdrawal.getStatusCode().is2xxSuccessful())
        .as("withdrawal %s", withdrawal)
        .isTrue();
    assertThat(withdrawn).hasPassed("Task_RecordWithdrawal").isEnded();

    // --- two months of timesheets with sick leave
    monthEnd(job);
    int june = workingDays(job);
    timesheet(job, june - 17, 0, 17, 0);
    monthEnd(job);
    int july = workingDays(job);
    timesheet(job, july - 4, 1, 2, 1);
    assertThat(job).isWaitingAt("Event_MonthEnd");

    // while cases run (the employment case, the form's case at its assessment)
    assertThat(scan(markers)).as("markers in the engine's tables while cases run").isEmpty();
    // the scan does see what is there by design: text (the case name, the business key) and
    // bytes (the deployed timesheet form in ACT_GE_BYTEARRAY)
    assertThat(scan(List.of("Маркерина Т.", enrolled, "sickLeaveDays")))
        .contains(
            "ACT_RU_VARIABLE.TEXT_ holds Маркерина Т.",
            "ACT_RU_EXECUTION.BUSINESS_KEY_ holds " + enrolled,
            "ACT_GE_BYTEARRAY.BYTES_ holds sickLeaveDays");
    assertNoRowsOfKeptOutNames();

    // --- a club from Tasklist: opened, the enrolled participant and a child enrolled, a session
    // whose attendance list names them while its task waits, and a leaving
    String clubId =
        asSocialWorker(
                () ->
                    startForm(
                        "club-registration",
                        Map.of(
                            "clubName",
                            "Клуб „Маркер“",
                            "clubKind",
                            "CLUB",
                            "leader",
                            CLUB_LEADER,
                            "venueKind",
                            "FAMILY_HOUSE",
                            "familyHouse",
                            "kazanlak",
                            "schedule",
                            "всеки петък",
                            "capacity",
                            5)))
            .getBusinessKey();
    String today = clock.today().toString();
    asSocialWorker(
        () ->
            startForm("club-enrolment", Map.of("clubId", clubId, "registrationNumber", enrolled)));
    asSocialWorker(
        () ->
            startForm(
                "club-enrolment",
                Map.of(
                    "clubId",
                    clubId,
                    "childFirstName",
                    CHILD_FIRST_NAME,
                    "childLastName",
                    CHILD_LAST_NAME,
                    "childBirthDate",
                    "2013-02-03",
                    "guardian",
                    enrolled,
                    "guardianConsent",
                    true,
                    "consentDate",
                    today)));
    ProcessInstance session =
        asSocialWorker(
            () ->
                startForm(
                    "club-session",
                    Map.of("clubId", clubId, "sessionDate", today, "topic", "Рисуване")));
    assertThat(runtime.getVariable(session.getId(), "attendees").toString())
        .contains(SURNAME_API, CHILD_FIRST_NAME);
    asSocialWorker(
        () -> {
          complete(session, Map.of("present", List.of()));
          return null;
        });
    assertThat(session).isEnded();
    ProcessInstance leaving =
        asSocialWorker(() -> startForm("club-leaving", Map.of("clubId", clubId)));
    String enrolmentId =
        json.readTree(runtime.getVariable(leaving.getId(), "members").toString())
            .get(0)
            .get("value")
            .asText();
    asSocialWorker(
        () -> {
          complete(leaving, Map.of("enrolmentId", enrolmentId));
          return null;
        });
    assertThat(leaving).isEnded();

    // --- Family House services: through the API and from the Tasklist start form
    ResponseEntity<JsonNode> service =
        post(
            "t-social",
            "/api/family-houses/kazanlak/services",
            json.createObjectNode()
                .put("registrationNumber", enrolled)
                .put("role", "PSYCHOLOGIST")
                .put("kind", "ON_SITE")
                .put("date", clock.today().toString())
                .put("durationMinutes", 50)
                .put("note", SERVICE_NOTE_API));
    assertThat(service.getStatusCode()).as("service %s", service).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> serviceForm = new HashMap<>();
    serviceForm.put("house", "kazanlak");
    serviceForm.put("registrationNumber", enrolled);
    serviceForm.put("forFamily", true);
    serviceForm.put("role", "SOCIAL_WORKER");
    serviceForm.put("kind", "HOME_VISIT");
    serviceForm.put("date", clock.today().toString());
    serviceForm.put("durationMinutes", 30);
    serviceForm.put("note", SERVICE_NOTE_FORM);
    assertThat(asSocialWorker(() -> startForm("family-house-service", serviceForm))).isEnded();

    // --- a termination through the API in mid-month, the last timesheet, the results
    clock.freezeAt(LocalDateTime.of(2022, 8, 10, 12, 0));
    ResponseEntity<JsonNode> termination =
        post(
            "t-hr",
            "/api/employment/contracts/" + contractId + "/termination",
            json.createObjectNode().put("date", "2022-08-10").put("reason", "RESIGNATION"));
    assertThat(termination.getStatusCode())
        .as("termination %s", termination)
        .isEqualTo(HttpStatus.OK);
    assertThat(job).isWaitingAt("Task_EnterTimesheet");
    timesheet(job, workingDays(job) - 1, 0, 1, 0);
    assertThat(job).isWaitingAt("Task_RecordImmediateResult");
    complete(job, Map.of("immediateResult", "JOB_SEARCHING"));
    fire(management.createJobQuery().processInstanceId(job.getId()).timers().singleResult());
    complete(job, Map.of("longerTermResult", "EMPLOYED", "improvedSituation", true));
    assertThat(job).isEnded();

    // --- an initiative on the start form (the families' minority answers), returned with a
    // comment, corrected, approved, reminded, reported held with what was done, its cost booked
    String family2 = formCase.getBusinessKey();
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("title", "Пикник в парка");
    proposal.put("date", clock.today().plusDays(20).toString());
    proposal.put("settlement", "Казанлък");
    proposal.put("activity", "RECREATION");
    proposal.put("family1Members", enrolled);
    proposal.put("family1Minority", true);
    proposal.put("family2Members", family2);
    proposal.put("family2Minority", false);
    proposal.put("plannedCost", "120.00");
    proposal.put("budgetLine", "hrd-activities");
    Map<String, Object> proposed = new HashMap<>(proposal);
    proposed.put("kind", "FAMILY_BONDING");
    ProcessInstance initiative = as(COORDINATOR, () -> startForm("initiative-approval", proposed));
    as(MANAGER, () -> decide(initiative, "RETURN", INITIATIVE_COMMENT));
    Map<String, Object> corrected = new HashMap<>(proposal);
    corrected.put("correctionAction", "RESUBMIT");
    as(COORDINATOR, () -> complete(initiative, corrected));
    as(MANAGER, () -> decide(initiative, "APPROVE", null));
    fire(management.createJobQuery().processInstanceId(initiative.getId()).timers().singleResult());
    as(COORDINATOR, () -> complete(initiative, Map.of("preparationAction", "CONFIRM")));
    fire(management.createJobQuery().processInstanceId(initiative.getId()).timers().singleResult());
    Map<String, Object> report = new HashMap<>();
    report.put("held", "HELD");
    report.put("family1Attended", 2);
    report.put("family2Attended", 3);
    report.put("workDone", WORK_DONE);
    report.put("actualCost", "100.00");
    as(COORDINATOR, () -> complete(initiative, report));
    management.executeJob(
        management.createJobQuery().processInstanceId(initiative.getId()).singleResult().getId());
    assertThat(initiative).isEnded();

    // --- Family Houses: attached on enrolment, moved with a reason; a consent and the referral it
    // allows, followed up with a note; a staff position whose months are booked
    transactions.executeWithoutResult(
        status ->
            events.publishEvent(
                new ParticipantEnrolledInStream(enrolled, SupportStream.FAMILY_HOUSE)));
    assertThat(
            as(
                SOCIAL,
                () ->
                    startForm(
                        "family-house-transfer",
                        Map.of(
                            "registrationNumber",
                            enrolled,
                            "house",
                            "kran",
                            "reason",
                            TRANSFER_REASON))))
        .isEnded();
    // --- a legal hold set from Tasklist: its grounds stay in the registry
    assertThat(
            as(
                MANAGER,
                () ->
                    startForm(
                        "participant-legal-hold",
                        Map.of(
                            "registrationNumber",
                            enrolled,
                            "legalHoldAction",
                            "HOLD",
                            "legalHoldReason",
                            LEGAL_HOLD_REASON))))
        .isEnded();
    Map<String, Object> consent = new HashMap<>();
    consent.put("registrationNumber", enrolled);
    consent.put("consentPurpose", "GP");
    consent.put("consentAnswer", "GIVEN");
    consent.put("consentSignedOn", clock.today().toString());
    consent.put("consentItems", List.of("NAME", "ADDRESS", "PHONE"));
    assertThat(as(SOCIAL, () -> startForm("data-sharing-consent", consent))).isEnded();
    ProcessInstance referral =
        as(
            SOCIAL,
            () ->
                startForm(
                    "family-house-referral",
                    Map.of(
                        "registrationNumber",
                        enrolled,
                        "familyHouse",
                        "kran",
                        "destinationKind",
                        "GP",
                        "organisation",
                        "ДКЦ „Здраве“",
                        "referralReason",
                        REFERRAL_REASON)));
    fire(management.createJobQuery().processInstanceId(referral.getId()).timers().singleResult());
    as(
        SOCIAL,
        () -> complete(referral, Map.of("attendance", "ATTENDED", "followUpNote", FOLLOW_UP_NOTE)));
    assertThat(referral).isEnded();
    LocalDate firstOfNextMonth = clock.today().withDayOfMonth(1).plusMonths(1);
    ProcessInstance position =
        as(
            HR,
            () ->
                startForm(
                    "family-house-position",
                    Map.of(
                        "house",
                        "kazanlak",
                        "role",
                        "DRIVER",
                        "staffName",
                        STAFF_NAME,
                        "startDate",
                        firstOfNextMonth.toString(),
                        "endDate",
                        firstOfNextMonth.plusMonths(1).minusDays(1).toString(),
                        "workingTime",
                        "1",
                        "grossMonthlyWage",
                        "1100.00")));
    fire(management.createJobQuery().processInstanceId(position.getId()).timers().singleResult());
    management
        .createJobQuery()
        .processInstanceId(position.getId())
        .list()
        .forEach(posting -> management.executeJob(posting.getId()));
    assertThat(position).isEnded();

    assertThat(scan(markers)).as("markers in the engine's tables").isEmpty();
    assertNoRowsOfKeptOutNames();
    assertDecisionHistoryWithoutSpecialCategoryInputs();
    assertEveryHistoricNameIsOrdinary();
    // the registry has it all: the scan would have found the markers had they leaked
    assertThat(registry.get(enrolled).lastName()).isEqualTo(SURNAME_API);
    assertThat(registry.get(formCase.getBusinessKey()).personalNumber()).isEqualTo(egnForm);
  }

  // --- the scan ---------------------------------------------------------------------------------

  /** Each marker found: table, column and the marker. */
  private List<String> scan(List<String> markers) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "ACT_%", null)) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toUpperCase();
          if (table.startsWith("ACT_RU_")
              || table.startsWith("ACT_HI_")
              || table.equals("ACT_GE_BYTEARRAY")) {
            tables.add(table);
          }
        }
      }
      assertThat(tables)
          .contains(
              "ACT_RU_VARIABLE",
              "ACT_HI_VARINST",
              "ACT_HI_DETAIL",
              "ACT_HI_DEC_IN",
              "ACT_HI_OP_LOG",
              "ACT_GE_BYTEARRAY");
      for (String table : tables) {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int c = 1; c <= columns.getColumnCount(); c++) {
              String value = text(rows, c, columns.getColumnType(c));
              if (value == null) {
                continue;
              }
              for (String marker : markers) {
                if (value.contains(marker)) {
                  found.add(table + "." + columns.getColumnName(c) + " holds " + marker);
                }
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static String text(ResultSet rows, int column, int type) throws Exception {
    return switch (type) {
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB ->
          rows.getString(column);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rows.getBytes(column);
        yield bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
      }
      default -> null;
    };
  }

  private Map<String, VariableClass> classes() {
    Map<String, VariableClass> classes = new HashMap<>();
    declarations.forEach(d -> d.classifications().forEach(c -> classes.putAll(c.variables())));
    return classes;
  }

  /**
   * Personal and special-category names have no history rows at all (so neither has a sick-leave
   * count or a special-category answer); special-category and health names are not even in the
   * running processes.
   */
  private void assertNoRowsOfKeptOutNames() throws Exception {
    Map<String, VariableClass> classes = classes();
    Set<String> keptOut =
        classes.entrySet().stream()
            .filter(e -> !e.getValue().keptInHistory())
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(HashSet::new));
    Set<String> special =
        classes.entrySet().stream()
            .filter(e -> e.getValue() == VariableClass.SPECIAL_CATEGORY_OR_HEALTH)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(special).contains("sickLeaveDays", "daysWorked", "minority", "needsHealth");
    // and, whatever the classification says, these never have a history row
    keptOut.addAll(NEVER_IN_HISTORY);
    assertThat(names("ACT_HI_VARINST"))
        .as("history of variables")
        .doesNotContainAnyElementsOf(keptOut);
    assertThat(names("ACT_HI_DETAIL")).as("history details").doesNotContainAnyElementsOf(keptOut);
    assertThat(names("ACT_RU_VARIABLE"))
        .as("running processes")
        .doesNotContainAnyElementsOf(special);
  }

  /** What the history does keep is classified, and ordinary. */
  private void assertEveryHistoricNameIsOrdinary() throws Exception {
    Map<String, VariableClass> classes = classes();
    Set<String> names = new TreeSet<>(names("ACT_HI_VARINST"));
    names.addAll(names("ACT_HI_DETAIL"));
    assertThat(names)
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(classes.get(name))
                    .as("class of variable %s found in history", name)
                    .isEqualTo(VariableClass.ORDINARY));
  }

  private void assertDecisionHistoryWithoutSpecialCategoryInputs() throws Exception {
    Map<String, Set<String>> declared = new HashMap<>();
    declarations.forEach(d -> declared.putAll(d.specialCategoryDecisionInputs()));
    List<String[]> inputs = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select d.DEC_DEF_KEY_, i.CLAUSE_ID_"
                    + " from ACT_HI_DEC_IN i join ACT_HI_DECINST d on d.ID_ = i.DEC_INST_ID_")) {
      while (rs.next()) {
        inputs.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    assertThat(inputs)
        .as("the eligibility decision's history is still there")
        .anySatisfy(i -> assertThat(i).containsExactly("participant-eligibility", "Input_Age"));
    assertThat(inputs)
        .noneSatisfy(i -> assertThat(declared.getOrDefault(i[0], Set.of())).contains(i[1]));
    // whatever the declaration says: the flags derived from the special categories
    assertThat(inputs)
        .noneSatisfy(
            i -> assertThat(i).containsExactly("participant-eligibility", "Input_Disadvantaged"));
    assertThat(inputs)
        .noneSatisfy(
            i -> assertThat(i).containsExactly("candidate-streams", "Input_HousingExclusion"));
  }

  private Set<String> names(String table) throws Exception {
    Set<String> names = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select distinct NAME_ from " + table)) {
      while (rs.next()) {
        if (rs.getString(1) != null) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  // --- driving the processes
  // ----------------------------------------------------------------------

  private String registerThroughApi(String egn, String firstName, String lastName) {
    ObjectNode body =
        json.createObjectNode()
            .put("personalNumber", egn)
            .put("firstName", firstName)
            .put("lastName", lastName)
            .put("settlement", "Копринка")
            .put("address", ADDRESS)
            .put("phone", PHONE)
            .put("consentToServices", true);
    body.putObject("entry")
        .put("employmentStatus", "LONG_TERM_UNEMPLOYED")
        .put("educationLevel", "ISCED_2")
        .put("minority", true)
        .put("disability", true)
        .put("otherDisadvantaged", true)
        .put("homelessOrHousingExclusion", true);
    ResponseEntity<JsonNode> created = post("t-officer", "/api/participants", body);
    assertThat(created.getStatusCode())
        .as("registration %s", created)
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("registrationNumber").asText();
  }

  private ProcessInstance submitStartForm(String egn, String firstName, String lastName) {
    Map<String, Object> form = new HashMap<>();
    form.put("personalNumber", egn);
    form.put("foreignResident", false);
    form.put("firstName", firstName);
    form.put("lastName", lastName);
    form.put("settlement", "Шипка");
    form.put("address", ADDRESS);
    form.put("phone", PHONE);
    form.put("consentToServices", true);
    form.put("employmentStatus", "UNEMPLOYED");
    form.put("educationLevel", "ISCED_1");
    form.put("minority", "YES");
    form.put("disability", "NO");
    form.put("otherDisadvantaged", "REFUSED");
    form.put("homelessOrHousingExclusion", true);
    form.put("householdJobless", "true");
    form.put("householdDependentChildren", "true");
    form.put("householdSingleAdult", "false");
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("participant-onboarding")
            .latestVersion()
            .singleResult()
            .getId();
    return forms.submitStartForm(definitionId, form);
  }

  private ProcessInstance startForm(String processKey, Map<String, Object> form) {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getId();
    return forms.submitStartForm(definitionId, form);
  }

  /** As a Tasklist request of a signed-in social worker. */
  private <T> T asSocialWorker(Supplier<T> work) {
    return as(SOCIAL, work);
  }

  /** As a Tasklist request of the signed-in test user of {@code group} (t-coordinator, …). */
  private <T> T as(String group, Supplier<T> work) {
    String user =
        Map.of(
                Groups.SOCIAL_WORKERS, "t-social",
                Groups.INITIATIVE_COORDINATORS, "t-coordinator",
                Groups.PROJECT_MANAGERS, "t-manager",
                Groups.HR_OFFICERS, "t-hr")
            .get(group);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return EngineDoor.enter(work);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void as(String group, Runnable work) {
    as(
        group,
        () -> {
          work.run();
          return null;
        });
  }

  private ProcessInstance start(NewParticipant person) {
    return instance(onboarding.register(person, "t-officer").processInstanceId());
  }

  private void assess(ProcessInstance case_) {
    Map<String, Object> form = new HashMap<>();
    form.put("needsWork", WORK_NOTE);
    form.put("needsHealth", HEALTH_NOTE);
    form.put("needsEducation", "");
    form.put("needsSocial", "Няма");
    form.put("needsHousing", "Няма");
    form.put("assessmentSummary", SUMMARY);
    form.put("recommendedStreams", SpinValues.jsonValue("[\"EMPLOYMENT\"]").create());
    complete(case_, form);
  }

  private void decide(ProcessInstance expense, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("decisionComment", comment);
    complete(expense, form);
  }

  private void timesheet(ProcessInstance job, int worked, int paidLeave, int sick, int unpaid) {
    complete(
        job,
        Map.of(
            "daysWorked",
            worked,
            "paidLeaveDays",
            paidLeave,
            "sickLeaveDays",
            sick,
            "unpaidAbsenceDays",
            unpaid));
  }

  private int workingDays(ProcessInstance job) {
    return (Integer) runtime.getVariable(job.getId(), "contractWorkingDays");
  }

  private void monthEnd(ProcessInstance job) {
    fire(management.createJobQuery().processInstanceId(job.getId()).timers().singleResult());
  }

  /** Moves the programme clock to the timer and fires it. */
  private void fire(Job timer) {
    clock.freezeAt(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), SOFIA).plusMinutes(1));
    management.executeJob(timer.getId());
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private ProcessInstance onboardingCase(String registrationNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("participant-onboarding")
        .processInstanceBusinessKey(registrationNumber)
        .singleResult();
  }

  private ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
