package bg.kazanlak.inclusion.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.kazanlak.inclusion.ApiTestSupport;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.budget.ExpenseService;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.EngineDoor;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The clubs' Tasklist processes on the real models, forms' fields and delegates, started and
 * completed by a social worker through the engine's door as Tasklist does: each action's whole
 * path, and a refusal that leaves no instance and no row behind. Names never reach the history.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClubProcessesTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired IdentitySetup identity;
  @Autowired IdentityService identityService;
  @Autowired OnboardingCases onboarding;
  @Autowired ClubService clubs;
  @Autowired ExpenseService expenses;
  @Autowired ProgrammeClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService formService;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    ApiTestSupport.ensureUsers(identity);
    clock.freezeAt(TODAY.atTime(10, 0));
  }

  @AfterEach
  void tearDown() {
    clock.reset();
  }

  @Test
  void aSocialWorkerOpensAClubWhoseIdBecomesTheBusinessKey() {
    ProcessInstance instance = start("club-registration", club(12));

    assertThat(instance.isEnded()).isTrue();
    Club club = clubs.club(instance.getBusinessKey());
    assertThat(club.name()).isEqualTo("Клуб „Млад шахматист“");
    assertThat(club.venue()).isEqualTo("kazanlak");
    assertThat(club.leader()).isEqualTo("Мария Петрова");
    assertThat(club.capacity()).isEqualTo(12);
    assertThat(historic(instance, "clubId")).isEqualTo(club.id());
    assertThat(historyHas(instance, "leader")).isFalse();
  }

  @Test
  void aSchoolClubTakesTheSchoolsName() {
    Map<String, Object> form = club(8);
    form.remove("familyHouse");
    form.put("venueKind", "SCHOOL");
    form.put("school", "СУ „Екзарх Антим I“");

    Club club = clubs.club(start("club-registration", form).getBusinessKey());

    assertThat(club.venueKind()).isEqualTo(VenueKind.SCHOOL);
    assertThat(club.venueName()).isEqualTo("СУ „Екзарх Антим I“");
  }

  @Test
  void aClubWithoutPlacesIsRefusedAndNothingIsLeftBehind() {
    long clubsBefore = count("club");
    long instancesBefore = instances("club-registration");

    assertThatThrownBy(() -> start("club-registration", club(0)))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("места");

    assertThat(count("club")).isEqualTo(clubsBefore);
    assertThat(instances("club-registration")).isEqualTo(instancesBefore);
  }

  @Test
  void aParticipantAndAChildWithTheGuardiansConsentAreEnrolled() {
    String clubId = newClub(5);
    String guardian = registerAdult();

    ProcessInstance adult =
        start("club-enrolment", Map.of("clubId", clubId, "registrationNumber", guardian));
    ProcessInstance child = start("club-enrolment", child(clubId, guardian, true));

    assertThat(adult.isEnded()).isTrue();
    assertThat(adult.getBusinessKey()).isEqualTo(clubId);
    assertThat(child.isEnded()).isTrue();
    assertThat(clubs.club(clubId).enrolled()).isEqualTo(2);
    assertThat(historic(child, "freePlaces")).isEqualTo(3);
    Enrolment recorded =
        clubs.enrolments(clubId).stream().filter(e -> e.child() != null).findFirst().orElseThrow();
    assertThat(recorded.child().firstName()).isEqualTo("Ива");
    assertThat(recorded.guardian()).isEqualTo(guardian);
    for (String name : List.of("childFirstName", "childLastName", "childBirthDate")) {
      assertThat(historyHas(child, name)).as(name).isFalse();
    }
  }

  @Test
  void aChildWithoutTheGuardiansConsentIsRefusedAndNothingIsLeftBehind() {
    String clubId = newClub(5);
    long instancesBefore = instances("club-enrolment");

    assertThatThrownBy(() -> start("club-enrolment", child(clubId, registerAdult(), false)))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("съгласието");

    assertThat(clubs.club(clubId).enrolled()).isZero();
    assertThat(instances("club-enrolment")).isEqualTo(instancesBefore);
  }

  @Test
  void aSessionListsWhoWasEnrolledAndRecordsWhoWasTicked() {
    String clubId = newClub(5);
    long present = enrol(clubId, registerAdult());
    long absent = enrol(clubId, registerAdult());

    ProcessInstance session =
        start(
            "club-session",
            Map.of("clubId", clubId, "sessionDate", "2022-06-06", "topic", "Шахматни задачи"));

    Task task = tasks.createTaskQuery().processInstanceId(session.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_MarkAttendance");
    assertThat(task.getAssignee()).isEqualTo("t-social");
    assertThat(session.getBusinessKey()).isEqualTo(clubId);
    String attendees = runtime.getVariable(session.getId(), "attendees").toString();
    assertThat(attendees).contains("\"value\":\"" + present + "\"", "Колева");

    assertThatThrownBy(() -> complete(task, Map.of("present", List.of("999999"))))
        .isInstanceOf(RequestRefusedException.class);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();

    complete(task, Map.of("present", List.of(String.valueOf(present))));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(session.getId()).count())
        .isZero();
    assertThat(historic(session, "presentCount")).isEqualTo(1);
    assertThat(historic(session, "absentCount")).isEqualTo(1);
    assertThat(historyHas(session, "attendees")).isFalse();
    assertThat(historyHas(session, "present")).isFalse();
    assertThat(
            jdbc.sql("select count(*) from club_attendance where enrolment_id = :id and present")
                .param("id", present)
                .query(Long.class)
                .single())
        .isOne();
    assertThat(
            jdbc.sql(
                    "select count(*) from club_attendance where enrolment_id = :id and not present")
                .param("id", absent)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void aSessionInTheFutureIsRefusedAtTheStart() {
    String clubId = newClub(5);
    enrol(clubId, registerAdult());
    long instancesBefore = instances("club-session");

    assertThatThrownBy(
            () ->
                start(
                    "club-session",
                    Map.of("clubId", clubId, "sessionDate", "2022-06-07", "topic", "Утре")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("бъдеща");

    assertThat(instances("club-session")).isEqualTo(instancesBefore);
  }

  @Test
  void aPurchaseStartsTheExpenseApproval() {
    String clubId = newClub(5);

    ProcessInstance purchase = start("club-purchase", purchase(clubId, "120.50"));

    assertThat(purchase.isEnded()).isTrue();
    String expenseNumber = (String) historic(purchase, "expenseNumber");
    assertThat(historic(purchase, "budgetLine")).isEqualTo("sesg-consumables");
    assertThat(expenses.get(expenseNumber).amount()).isEqualByComparingTo("120.50");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("expense-approval")
                .processInstanceBusinessKey(expenseNumber)
                .count())
        .isOne();
  }

  @Test
  void aPurchaseOfNothingIsRefusedAndNoExpenseIsStarted() {
    String clubId = newClub(5);
    long expensesBefore = instances("expense-approval");
    long purchasesBefore = instances("club-purchase");

    assertThatThrownBy(() -> start("club-purchase", purchase(clubId, "0")))
        .isInstanceOf(RequestRefusedException.class);

    assertThat(instances("expense-approval")).isEqualTo(expensesBefore);
    assertThat(instances("club-purchase")).isEqualTo(purchasesBefore);
    assertThat(clubs.details(clubId).purchases()).isEmpty();
  }

  @Test
  void aLeavingIsPickedFromTheMembersAndFreesThePlace() {
    String clubId = newClub(5);
    long leaving = enrol(clubId, registerAdult());
    enrol(clubId, registerAdult());

    ProcessInstance instance = start("club-leaving", Map.of("clubId", clubId));
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_PickLeaving");

    complete(task, Map.of("enrolmentId", String.valueOf(leaving)));

    assertThat(clubs.club(clubId).enrolled()).isEqualTo(1);
    assertThat(historyHas(instance, "members")).isFalse();
    assertThatThrownBy(() -> start("club-leaving", Map.of("clubId", "CLUB-999")))
        .isInstanceOf(RequestRefusedException.class)
        .hasMessageContaining("CLUB-999");
  }

  private ProcessInstance start(String key, Map<String, Object> form) {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult()
            .getId();
    return asSocialWorker(() -> formService.submitStartForm(definition, form));
  }

  private void complete(Task task, Map<String, Object> form) {
    asSocialWorker(
        () -> {
          formService.submitTaskForm(task.getId(), form);
          return null;
        });
  }

  /** As a Tasklist request of a signed-in social worker. */
  private <T> T asSocialWorker(Supplier<T> work) {
    identityService.setAuthentication("t-social", List.of(Groups.SOCIAL_WORKERS));
    try {
      return EngineDoor.enter(work);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> club(int capacity) {
    Map<String, Object> form = new HashMap<>();
    form.put("clubName", "Клуб „Млад шахматист“");
    form.put("clubKind", "CLUB");
    form.put("leader", "Мария Петрова");
    form.put("venueKind", "FAMILY_HOUSE");
    form.put("familyHouse", "kazanlak");
    form.put("schedule", "всеки вторник 15:00–16:30");
    form.put("capacity", capacity);
    return form;
  }

  private Map<String, Object> child(String clubId, String guardian, boolean consent) {
    Map<String, Object> form = new HashMap<>();
    form.put("clubId", clubId);
    form.put("childFirstName", "Ива");
    form.put("childLastName", "Колева");
    form.put("childBirthDate", "2012-03-04");
    form.put("guardian", guardian);
    form.put("guardianConsent", consent);
    if (consent) {
      form.put("consentDate", "2022-06-01");
    }
    return form;
  }

  private Map<String, Object> purchase(String clubId, String amount) {
    return Map.of(
        "clubId",
        clubId,
        "purchaseKind",
        "CONSUMABLES",
        "amount",
        amount,
        "supplier",
        "Книжарница „Искра“ ЕООД",
        "description",
        "Шахматни дъски",
        "invoiceDate",
        "2022-06-03",
        "documentRef",
        "Ф-ра 1234/03.06.2022");
  }

  private String newClub(int capacity) {
    return clubs
        .create(
            new NewClub(
                "Клуб „Млад шахматист“",
                ClubKind.CLUB,
                "Мария Петрова",
                VenueKind.FAMILY_HOUSE,
                "kazanlak",
                "всеки вторник",
                capacity),
            "t-social")
        .id();
  }

  private long enrol(String clubId, String registrationNumber) {
    return clubs
        .enrol(
            clubId, new NewEnrolment(registrationNumber, null, null, null, null, null), "t-social")
        .enrolmentId();
  }

  private String registerAdult() {
    return onboarding
        .register(
            TestPeople.person(
                "Елена",
                "Колева",
                LocalDate.of(1975, 1, 1).plusDays(PEOPLE.incrementAndGet()),
                "Казанлък",
                "UNEMPLOYED",
                "ISCED_2"),
            "officer")
        .registrationNumber();
  }

  private Object historic(ProcessInstance instance, String name) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  private boolean historyHas(ProcessInstance instance, String name) {
    return history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .count()
            > 0
        || history.createHistoricDetailQuery().processInstanceId(instance.getId()).list().stream()
            .anyMatch(
                d ->
                    d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        && name.equals(u.getVariableName()));
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private long instances(String key) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
  }
}
