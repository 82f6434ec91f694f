package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.EngineSteps.as;
import static bg.kazanlak.inclusion.EngineSteps.submitStartForm;
import static bg.kazanlak.inclusion.Refusals.assertField;
import static bg.kazanlak.inclusion.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import bg.kazanlak.inclusion.ProcessTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseCases.StartedService;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseFigures.HouseFigures;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseFigures.KindServices;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseFigures.RoleServices;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseRepository.Move;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both one-step processes of the Family Houses on the real models, delegates and tables: a service
 * recorded from the start form and through {@link FamilyHouseCases}, its note kept in the table
 * only; every refusal leaving neither a row nor a case; the attachment of an enrolled participant
 * to the house serving their settlement, once; a move to another house with its reason; the figures
 * per house. Counts in the shared database are asserted as changes.
 */
@ProcessTest(clockFrozenAt = "2022-06-06T09:00")
class FamilyHouseProcessTest {

  private static final List<String> SOCIAL = List.of("social-workers");
  private static final List<String> MANAGERS = List.of("project-managers");
  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final String NOTE = "Разговор-маркер-Q17 за училището";

  @Autowired FamilyHouseCases cases;
  @Autowired AttachmentService attachments;
  @Autowired FamilyHouseFigures figures;
  @Autowired ProgrammeClock clock;
  @Autowired FamilyHouseRepository repository;
  @Autowired ParticipantRegistry registry;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  // --- services ------------------------------------------------------------------------------

  @Test
  void aServiceRecordedOnTheStartFormIsStoredAndItsNoteStaysInTheTable() {
    String person = registered("Дунавци");
    HouseFigures before = figuresOf("kran");
    Map<String, Object> form = new HashMap<>();
    form.put("house", "kran");
    form.put("registrationNumber", person);
    form.put("forFamily", true);
    form.put("role", "PSYCHOLOGIST");
    form.put("kind", "HOME_VISIT");
    form.put("date", "2022-06-03T00:00:00+03:00");
    form.put("durationMinutes", 45.0);
    form.put("note", NOTE);

    ProcessInstance instance = submitStartForm("t-social", SOCIAL, FamilyHouseCases.SERVICE, form);
    String id = instance.getId();

    assertThat(instance).hasPassed("Task_RecordService", "Event_ServiceRecorded").isEnded();
    String number = instance.getBusinessKey();
    assertThat(number).matches("S-2022-\\d{5}");
    RecordedService stored = repository.service(number).orElseThrow();
    assertThat(stored)
        .isEqualTo(
            new RecordedService(
                number,
                "kran",
                person,
                true,
                "PSYCHOLOGIST",
                ServiceKind.HOME_VISIT,
                LocalDate.of(2022, 6, 3),
                45,
                "t-social"));
    assertThat(noteOf(number)).isEqualTo(NOTE);
    assertNoNoteInTheEngine(id);

    HouseFigures after = figuresOf("kran");
    assertThat(after.servicesDelivered()).isEqualTo(before.servicesDelivered() + 1);
    assertThat(after.peopleReached()).isEqualTo(before.peopleReached() + 1);
    assertThat(services(after.servicesByRole(), "PSYCHOLOGIST"))
        .isEqualTo(services(before.servicesByRole(), "PSYCHOLOGIST") + 1);
    assertThat(kinds(after.servicesByKind(), "HOME_VISIT"))
        .isEqualTo(kinds(before.servicesByKind(), "HOME_VISIT") + 1);
  }

  @Test
  void aServiceThroughTheCasesIsForThePersonAndASecondOneReachesNobodyNew() {
    String person = registered("Ръжена");
    HouseFigures before = figuresOf("razhena");

    StartedService first = as("t-social", SOCIAL, () -> cases.recordService(service(person), null));
    StartedService second =
        as("t-social", SOCIAL, () -> cases.recordService(service(person), null));

    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(first.processInstanceId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(first.serviceNumber());
    assertThat(second.serviceNumber()).isNotEqualTo(first.serviceNumber());
    RecordedService stored = repository.service(first.serviceNumber()).orElseThrow();
    assertThat(stored.forFamily()).isFalse();
    assertThat(stored.recordedBy()).isEqualTo("t-social");
    assertThat(stored.kind()).isEqualTo(ServiceKind.GROUP_SESSION);
    assertNoNoteInTheEngine(first.processInstanceId());
    HouseFigures after = figuresOf("razhena");
    assertThat(after.servicesDelivered()).isEqualTo(before.servicesDelivered() + 2);
    assertThat(after.peopleReached()).isEqualTo(before.peopleReached() + 1);
    assertThat(after.servicesByRole())
        .extracting(RoleServices::role)
        .containsExactly(
            "SOCIAL_WORKER",
            "PSYCHOLOGIST",
            "PEDAGOGUE",
            "HEALTH_CARE_SPECIALIST",
            "SOCIAL_ASSOCIATE",
            "ROMA_MEDIATOR");
    assertThat(after.servicesByKind())
        .extracting(KindServices::kind)
        .containsExactly("HOME_VISIT", "ON_SITE", "GROUP_SESSION", "ACCOMPANIMENT");
  }

  @Test
  void aRefusedServiceLeavesNeitherARowNorACase() {
    String person = registered("Казанлък");
    Map<String, Long> before = traces();

    RequestRefusedException unknownHouse =
        refused(() -> record(withHouse(service(person), "plovdiv")));
    assertThat(unknownHouse.kind()).isEqualTo(Refusal.NOT_FOUND);
    assertField(refused(() -> record(service("P-2022-99999"))), "registrationNumber");
    assertField(refused(() -> record(withRole(service(person), "DENTIST"))), "role");
    assertField(refused(() -> record(withDate(service(person), LocalDate.of(2023, 7, 1)))), "date");
    assertField(refused(() -> record(withDate(service(person), TODAY.plusDays(1)))), "date");
    RequestRefusedException noteTooLong =
        refused(() -> record(withNote(service(person), "дълга бележка ".repeat(40))));
    assertField(noteTooLong, "note");
    assertThat(noteTooLong.getMessage()).doesNotContain("дълга бележка");
    Map<String, Object> badForm = new HashMap<>();
    badForm.put("house", "kran");
    badForm.put("registrationNumber", person);
    badForm.put("role", "SOCIAL_WORKER");
    badForm.put("kind", "PICNIC");
    badForm.put("date", "2022-06-01");
    badForm.put("durationMinutes", "дълго");
    assertField(
        refused(() -> submitStartForm("t-social", SOCIAL, FamilyHouseCases.SERVICE, badForm)),
        "kind");
    // the start group: managers read, they do not record services
    assertThatThrownBy(
            () -> as("t-manager", MANAGERS, () -> cases.recordService(service(person), null)))
        .isInstanceOf(AuthorizationException.class);

    assertThat(traces()).isEqualTo(before);
  }

  // --- attachment ----------------------------------------------------------------------------

  @Test
  void anEnrolmentInTheFamilyHouseStreamAttachesToTheHouseServingTheSettlementOnce() {
    String fromDunavtsi = registered("Дунавци");
    String fromShipka = registered("Шипка");
    String inEducation = registered("Енина");

    enrolled(fromDunavtsi, SupportStream.FAMILY_HOUSE);
    enrolled(fromShipka, SupportStream.FAMILY_HOUSE);
    enrolled(inEducation, SupportStream.EDUCATION);

    assertThat(attachments.houseOf(fromDunavtsi)).contains("kran");
    assertThat(attachments.houseOf(fromShipka)).contains("kazanlak");
    assertThat(attachments.houseOf(inEducation)).isEmpty();
    assertThat(repository.moves(fromDunavtsi))
        .extracting(Move::from, Move::to, Move::on, Move::by, Move::reason)
        .containsExactly(tuple(null, "kran", TODAY, null, null));

    long attached = figuresOf("kran").participantsAttached();
    enrolled(fromDunavtsi, SupportStream.FAMILY_HOUSE);
    assertThat(attachments.houseOf(fromDunavtsi)).contains("kran");
    assertThat(repository.moves(fromDunavtsi)).hasSize(1);
    assertThat(figuresOf("kran").participantsAttached()).isEqualTo(attached);
  }

  @Test
  void aMoveOnTheStartFormChangesTheHouseAndKeepsItsReasonOutOfTheEngine() {
    String person = registered("Енина");
    enrolled(person, SupportStream.FAMILY_HOUSE);
    assertThat(attachments.houseOf(person)).contains("gorno-cherkovishte");
    long kranBefore = figuresOf("kran").participantsAttached();
    String reason = "Премести-маркер-M71 се при роднини";

    ProcessInstance instance = transfer(person, "kran", reason);
    String id = instance.getId();

    assertThat(instance).hasPassed("Task_Transfer").isEnded();
    assertThat(instance.getBusinessKey()).isEqualTo(person);
    assertThat(attachments.houseOf(person)).contains("kran");
    assertThat(figuresOf("kran").participantsAttached()).isEqualTo(kranBefore + 1);
    assertThat(repository.moves(person))
        .extracting(Move::from, Move::to, Move::by, Move::reason)
        .containsExactly(
            tuple(null, "gorno-cherkovishte", null, null),
            tuple("gorno-cherkovishte", "kran", "t-social", reason));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).list())
        .noneMatch(v -> String.valueOf(v.getValue()).contains("M71"));
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .variableName("reason")
                .processInstanceId(id)
                .count())
        .isZero();
  }

  @Test
  void aRefusedMoveLeavesTheParticipantWhereTheyWere() {
    String attached = registered("Овощник");
    enrolled(attached, SupportStream.FAMILY_HOUSE);
    String notAttached = registered("Овощник");
    Map<String, Long> before = traces();

    assertField(refused(() -> transfer(notAttached, "kran", "причина")), "registrationNumber");
    assertField(refused(() -> transfer("P-2022-99999", "kran", "причина")), "registrationNumber");
    assertField(refused(() -> transfer(attached, "kran", " ")), "reason");
    assertField(refused(() -> transfer(attached, "sofia", "причина")), "house");
    RequestRefusedException same =
        refused(() -> transfer(attached, "gorno-cherkovishte", "причина"));
    assertThat(same.kind()).isEqualTo(Refusal.RULE_BROKEN);
    assertThat(same.detail()).contains(attached, "Горно Черковище");

    assertThat(traces()).isEqualTo(before);
    assertThat(attachments.houseOf(attached)).contains("gorno-cherkovishte");
  }

  // --- helpers -------------------------------------------------------------------------------

  private String registered(String settlement) {
    return registry
        .register(
            TestPeople.person(
                "Добринка",
                "Къщова",
                LocalDate.of(1979, 5, 14),
                settlement,
                "UNEMPLOYED",
                "ISCED_2"),
            "t-officer")
        .registrationNumber();
  }

  /** Onboarding's announcement, inside a transaction as onboarding publishes it. */
  private void enrolled(String person, SupportStream stream) {
    transactions.executeWithoutResult(
        status -> events.publishEvent(new ParticipantEnrolledInStream(person, stream)));
  }

  private static NewService service(String person) {
    return new NewService(
        "razhena", person, null, "ROMA_MEDIATOR", ServiceKind.GROUP_SESSION, TODAY, 90, NOTE);
  }

  private static NewService withHouse(NewService s, String house) {
    return new NewService(
        house,
        s.registrationNumber(),
        s.forFamily(),
        s.role(),
        s.kind(),
        s.date(),
        s.durationMinutes(),
        s.note());
  }

  private static NewService withRole(NewService s, String role) {
    return new NewService(
        s.house(),
        s.registrationNumber(),
        s.forFamily(),
        role,
        s.kind(),
        s.date(),
        s.durationMinutes(),
        s.note());
  }

  private static NewService withDate(NewService s, LocalDate date) {
    return new NewService(
        s.house(),
        s.registrationNumber(),
        s.forFamily(),
        s.role(),
        s.kind(),
        date,
        s.durationMinutes(),
        s.note());
  }

  private static NewService withNote(NewService s, String note) {
    return new NewService(
        s.house(),
        s.registrationNumber(),
        s.forFamily(),
        s.role(),
        s.kind(),
        s.date(),
        s.durationMinutes(),
        note);
  }

  private void record(NewService service) {
    as("t-social", SOCIAL, () -> cases.recordService(service, null));
  }

  private ProcessInstance transfer(String person, String house, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("house", house);
    form.put("reason", reason);
    return submitStartForm("t-social", SOCIAL, FamilyHouseCases.TRANSFER, form);
  }

  private HouseFigures figuresOf(String house) {
    return figures.asOf(clock.today()).stream()
        .filter(f -> f.house().equals(house))
        .findFirst()
        .orElseThrow();
  }

  private static long services(List<RoleServices> byRole, String role) {
    return byRole.stream().filter(r -> r.role().equals(role)).findFirst().orElseThrow().services();
  }

  private static long kinds(List<KindServices> byKind, String kind) {
    return byKind.stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow().services();
  }

  private String noteOf(String number) {
    return jdbc.sql("select note from family_house_service where service_number = ?")
        .param(number)
        .query(String.class)
        .single();
  }

  private void assertNoNoteInTheEngine(String instance) {
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName("note")
                .count())
        .isZero();
    assertThat(
            history.createHistoricDetailQuery().processInstanceId(instance).list().stream()
                .map(Object::toString))
        .noneMatch(d -> d.contains("Q17"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .noneMatch(v -> String.valueOf(v.getValue()).contains("Q17"));
  }

  /** What a refusal must not leave behind: rows of the feature's tables, cases ever started. */
  private Map<String, Long> traces() {
    Map<String, Long> counts = new HashMap<>();
    for (String table :
        List.of(
            "family_house_service", "family_house_attachment", "family_house_attachment_move")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    for (String process : List.of(FamilyHouseCases.SERVICE, FamilyHouseCases.TRANSFER)) {
      counts.put(
          process,
          history.createHistoricProcessInstanceQuery().processDefinitionKey(process).count());
    }
    return counts;
  }
}
