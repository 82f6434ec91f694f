package bg.kazanlak.inclusion.demo;

import static bg.kazanlak.inclusion.identity.Groups.ADMIN;
import static bg.kazanlak.inclusion.identity.Groups.CASE_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.FINANCE;
import static bg.kazanlak.inclusion.identity.Groups.HR_OFFICERS;
import static bg.kazanlak.inclusion.identity.Groups.INITIATIVE_COORDINATORS;
import static bg.kazanlak.inclusion.identity.Groups.PROJECT_MANAGERS;
import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.StartupDataLoader;
import bg.kazanlak.inclusion.budget.ExpenseCases;
import bg.kazanlak.inclusion.budget.NewExpense;
import bg.kazanlak.inclusion.education.ClubKind;
import bg.kazanlak.inclusion.education.ClubService;
import bg.kazanlak.inclusion.education.NewClub;
import bg.kazanlak.inclusion.education.NewEnrolment;
import bg.kazanlak.inclusion.education.NewSession;
import bg.kazanlak.inclusion.education.VenueKind;
import bg.kazanlak.inclusion.housing.HousingCases;
import bg.kazanlak.inclusion.housing.NewTenancy;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.initiative.Activity;
import bg.kazanlak.inclusion.initiative.InitiativeCases;
import bg.kazanlak.inclusion.initiative.InitiativeKind;
import bg.kazanlak.inclusion.initiative.NewInitiative;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeClockShift;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users (password "demo"), a dozen onboarding cases, two employment cases, four
 * expenses at different stages, two clubs, three households in social housing and three initiatives
 * (one held, one waiting for the manager, one for finance), so that Tasklist and Cockpit show real
 * work at once. Cases are created only into an empty registry, by the same services a case officer
 * uses, on the programme clock of the days they happened. The personal numbers are synthetic (valid
 * check digits, made-up people).
 */
@Component
@Profile("demo")
@Order(0)
public class DemoData implements StartupDataLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String PASSWORD = "demo";

  private final IdentitySetup identity;
  private final OnboardingCases onboarding;
  private final TaskService tasks;
  private final HistoryService history;
  private final ManagementService management;
  private final ProgrammeClock clock;
  private final ProgrammeClockShift clockShift;
  private final ExpenseCases expenses;
  private final ClubService clubs;
  private final RuntimeService runtime;
  private final HousingCases housing;
  private final InitiativeCases initiatives;
  private final FormService forms;
  private final RepositoryService repository;
  private final IdentityService engineIdentity;

  public DemoData(
      IdentitySetup identity,
      OnboardingCases onboarding,
      TaskService tasks,
      HistoryService history,
      ManagementService management,
      ProgrammeClock clock,
      ProgrammeClockShift clockShift,
      ExpenseCases expenses,
      ClubService clubs,
      RuntimeService runtime,
      HousingCases housing,
      InitiativeCases initiatives,
      FormService forms,
      RepositoryService repository,
      IdentityService engineIdentity) {
    this.identity = identity;
    this.onboarding = onboarding;
    this.tasks = tasks;
    this.history = history;
    this.management = management;
    this.clock = clock;
    this.clockShift = clockShift;
    this.expenses = expenses;
    this.clubs = clubs;
    this.runtime = runtime;
    this.housing = housing;
    this.initiatives = initiatives;
    this.forms = forms;
    this.repository = repository;
    this.engineIdentity = engineIdentity;
  }

  @Override
  public void load() {
    identity.ensureUser("officer", "Мария", "Иванова", PASSWORD, List.of(CASE_OFFICERS));
    identity.ensureUser("social", "Петър", "Георгиев", PASSWORD, List.of(SOCIAL_WORKERS));
    identity.ensureUser("hr", "Елена", "Димитрова", PASSWORD, List.of(HR_OFFICERS));
    identity.ensureUser("finance", "Георги", "Стоянов", PASSWORD, List.of(FINANCE));
    identity.ensureUser(
        "coordinator", "Асен", "Ахмедов", PASSWORD, List.of(INITIATIVE_COORDINATORS));
    identity.ensureUser("manager", "Десислава", "Колева", PASSWORD, List.of(PROJECT_MANAGERS));
    identity.ensureUser("admin", "Администратор", "Демо", PASSWORD, List.of(ADMIN));
    if (history.createHistoricProcessInstanceQuery().count() > 0) {
      return;
    }
    try {
      createCases();
    } finally {
      clockShift.apply();
    }
  }

  private void createCases() {
    // Mid-May: a case whose needs assessment is now overdue (a manager has the escalation)
    at(2022, 5, 16);
    String yordan =
        register(
            "Йордан",
            "Стефанов",
            LocalDate.of(1979, 3, 14),
            11,
            "Крън",
            "LONG_TERM_UNEMPLOYED",
            "ISCED_2",
            SpecialCategoryAnswer.YES,
            false);

    // Late May: cases already assessed and enrolled, one withdrawn
    at(2022, 5, 23);
    String fatme =
        register(
            "Фатме",
            "Мехмедова",
            LocalDate.of(1990, 7, 2),
            13,
            "Казанлък",
            "UNEMPLOYED",
            "ISCED_1",
            SpecialCategoryAnswer.YES,
            false);
    assessAndEnrol(fatme, "EMPLOYMENT", "FAMILY_HOUSE");
    String stoyan =
        register(
            "Стоян",
            "Петков",
            LocalDate.of(1998, 11, 20),
            22,
            "Шипка",
            "INACTIVE",
            "ISCED_3",
            SpecialCategoryAnswer.NO,
            true);
    assessAndEnrol(stoyan, "EMPLOYMENT", "HOUSING_SUPPORT");
    String radka =
        register(
            "Радка",
            "Илиева",
            LocalDate.of(2004, 1, 9),
            35,
            "Ръжена",
            "INACTIVE_IN_EDUCATION",
            "ISCED_2",
            SpecialCategoryAnswer.REFUSED,
            false);
    assessAndEnrol(radka, "EDUCATION", "INITIATIVES");
    List<String> enrolled = List.of(fatme, stoyan, radka);
    String withdrawn =
        register(
            "Николай",
            "Андонов",
            LocalDate.of(1985, 6, 30),
            42,
            "Енина",
            "UNEMPLOYED",
            "ISCED_3",
            SpecialCategoryAnswer.NO,
            false);
    onboarding.withdraw(withdrawn, "Започна работа извън проекта.");
    createEmployment(fatme, stoyan);

    // This week: fresh cases waiting for the social worker, a rejection, a possible duplicate
    at(2022, 5, 30);
    register(
        "Гергана",
        "Тодорова",
        LocalDate.of(1993, 4, 5),
        51,
        "Горно Черковище",
        "UNEMPLOYED",
        "ISCED_2",
        SpecialCategoryAnswer.YES,
        false);
    register(
        "Христо",
        "Маринов",
        LocalDate.of(1967, 9, 17),
        64,
        "Казанлък",
        "LONG_TERM_UNEMPLOYED",
        "ISCED_1",
        SpecialCategoryAnswer.REFUSED,
        true);
    register(
        "Анелия",
        "Костова",
        LocalDate.of(1988, 2, 28),
        73,
        "Копринка",
        "INACTIVE",
        "ISCED_0",
        SpecialCategoryAnswer.YES,
        false);
    register(
        "Ивайло",
        "Генов",
        LocalDate.of(1982, 12, 1),
        84,
        "Казанлък",
        "EMPLOYED",
        "ISCED_6",
        SpecialCategoryAnswer.NO,
        false);
    register(
        "Силвия",
        "Пеева",
        LocalDate.of(2008, 8, 8),
        95,
        "Крън",
        "INACTIVE_IN_EDUCATION",
        "ISCED_1",
        SpecialCategoryAnswer.NO,
        false);
    at(2022, 5, 31);
    register(
        "Гергана",
        "Тодорова",
        LocalDate.of(1993, 4, 5),
        107,
        "Горно Черковище",
        "UNEMPLOYED",
        "ISCED_2",
        SpecialCategoryAnswer.YES,
        false);
    register(
        "Веселин",
        "Русев",
        LocalDate.of(1975, 10, 12),
        118,
        "Дунавци",
        "UNEMPLOYED",
        "ISCED_2",
        SpecialCategoryAnswer.NO,
        true);

    createExpenses();
    createClubs(enrolled);
    createHousing();
    createInitiatives(fatme, stoyan, radka, yordan);
    createFamilyHouses(fatme, stoyan);

    at(2022, 6, 1);
    for (Job timer : management.createJobQuery().timers().executable().list()) {
      management.executeJob(timer.getId());
    }
    log.info("Demo cases created");
  }

  /**
   * Employment: one contract signed and running (its May timesheet falls due on 1 June), one
   * allocation waiting for HR's confirmation.
   */
  private void createEmployment(String working, String allocated) {
    allocate(working);
    allocate(allocated);
    completeEmploymentTask(
        working,
        "Task_ConfirmAllocation",
        Map.of(
            "startDate",
            "2022-05-25",
            "position",
            "Работник по поддръжка на зелени площи",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "780.00"));
    at(2022, 5, 24);
    completeEmploymentTask(working, "Task_RecordSignature", Map.of("signatureDate", "2022-05-24"));
  }

  /** HR records no preference; the allocation runs (the job executor would, a moment later). */
  private void allocate(String registrationNumber) {
    completeEmploymentTask(
        registrationNumber, "Task_RecordPreference", Map.of("preferredEmployer", "NONE"));
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("employment")
            .processInstanceBusinessKey(registrationNumber)
            .singleResult()
            .getId();
    for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
      management.executeJob(job.getId());
    }
  }

  private void completeEmploymentTask(
      String registrationNumber, String taskKey, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registrationNumber)
            .taskDefinitionKey(taskKey)
            .singleResult();
    tasks.complete(task.getId(), variables);
  }

  /** Expenses at each stage: paid, awaiting payment, awaiting the manager, awaiting finance. */
  private void createExpenses() {
    at(2022, 5, 24);
    String paid =
        expense(
            "sesg-consumables",
            "1284.60",
            "Книжарница „Искра“ ЕООД",
            "Консумативи за клуб „Млад художник“",
            "Фактура 1000234/20.05.2022");
    decideExpense(paid, "APPROVE");
    completeOnly(
        paid, Map.of("paymentDate", "2022-05-24", "paymentReference", "ПН 311/24.05.2022"));
    at(2022, 5, 30);
    decideExpense(
        expense(
            "hrd-activities",
            "960.00",
            "Спорт Дистрибушън ООД",
            "Спортни пособия за инициативи за сближаване",
            "Фактура 55/27.05.2022"),
        "APPROVE");
    decideExpense(
        expense(
            "sesg-assets",
            "7450.00",
            "Техномаркет България ЕАД",
            "Мултимедия и лаптопи за ателие „Дигитални умения“",
            "Фактура 8812/30.05.2022"),
        "APPROVE");
    expense(
        "hrd-management",
        "420.00",
        "Куриерска фирма ООД",
        "Куриерски услуги за май",
        "Фактура 77/31.05.2022");
  }

  /** A club and a workshop, with the enrolled participants, a child and a first session. */
  private void createClubs(List<String> participants) {
    at(2022, 5, 25);
    var club =
        clubs.create(
            new NewClub(
                "Млад художник",
                ClubKind.CLUB,
                "Десислава Петрова",
                VenueKind.FAMILY_HOUSE,
                "kazanlak",
                "вторник и четвъртък 15:00-16:30",
                12),
            "social");
    var workshop =
        clubs.create(
            new NewClub(
                "Дигитални умения",
                ClubKind.WORKSHOP,
                "Мартин Колев",
                VenueKind.SCHOOL,
                "ОУ „Христо Ботев“, Крън",
                "сряда 16:00-18:00",
                10),
            "social");
    List<Long> members = new ArrayList<>();
    for (String participant : participants) {
      members.add(
          clubs
              .enrol(
                  workshop.id(),
                  new NewEnrolment(participant, null, null, null, null, null),
                  "social")
              .enrolmentId());
    }
    clubs.enrol(
        club.id(),
        new NewEnrolment(
            null,
            new NewEnrolment.Child("Айше", "Мехмедова", LocalDate.of(2012, 9, 14)),
            participants.get(0),
            true,
            LocalDate.of(2022, 5, 25),
            null),
        "social");
    at(2022, 5, 26);
    clubs.recordSession(
        workshop.id(),
        new NewSession(
            clock.today(),
            "Първи стъпки с компютъра",
            members.stream().map(id -> new NewSession.Attendance(id, true)).toList()),
        "social");
  }

  /**
   * Social housing: three households routed to housing support and housed, their plans at three
   * stages — approved and waiting for the first monthly review (30 June), waiting for the manager's
   * approval, waiting for the initial assessment. Стоян Петков, routed to housing support above,
   * still waits for his tenancy.
   */
  /**
   * Initiatives: a family-bonding football afternoon held and reported (its cost booked), another
   * waiting for the project manager, a clean-up whose cost finance reviews first.
   */
  private void createInitiatives(String fatme, String stoyan, String radka, String yordan) {
    at(2022, 5, 24);
    String held =
        propose(
            bonding(
                "Футболен следобед на две семейства",
                Activity.SPORT,
                LocalDate.of(2022, 5, 28),
                "Казанлък",
                List.of(new NewFamily(List.of(fatme), true), new NewFamily(List.of(stoyan), false)),
                "150.00"));
    completeOnly(held, Map.of("decision", "APPROVE"));
    executeTimer(held);
    completeOnly(held, Map.of("preparationAction", "CONFIRM"));
    at(2022, 5, 30);
    executeTimer(held);
    completeOnly(
        held,
        Map.of(
            "held", "HELD",
            "family1Attended", 3,
            "family2Attended", 4,
            "workDone", "Футболен мач на смесени отбори и общ обяд в парка.",
            "actualCost", "138.40"));
    management
        .createJobQuery()
        .processInstanceId(instanceOf(held))
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    at(2022, 5, 31);
    propose(
        bonding(
            "Пикник и игри на открито",
            Activity.RECREATION,
            LocalDate.of(2022, 6, 18),
            "Ръжена",
            List.of(new NewFamily(List.of(radka), true), new NewFamily(List.of(yordan), false)),
            "300.00"));
    propose(
        new NewInitiative(
            InitiativeKind.PUBLIC_SPACE_CLEANUP,
            "Почистване на градинката на ул. „Искра“",
            null,
            LocalDate.of(2022, 6, 25),
            "Казанлък",
            List.of(),
            "градинката на ул. „Искра“, кв. „Кулата“",
            8,
            25,
            "чували, ръкавици, гребла, боя за пейките",
            new BigDecimal("1800.00"),
            "hrd-activities"));
  }

  /**
   * Family Houses: services at Kazanlak's house, a consent to share with the GP and the referral it
   * allows (its follow-up falls due in mid-June), a referral to the Labour Office ended for want of
   * consent, and two staff positions whose first month is posted at the end of June. Recorded
   * through the start forms Tasklist submits, as the social worker and HR.
   */
  private void createFamilyHouses(String fatme, String stoyan) {
    at(2022, 5, 25);
    as(
        "social",
        SOCIAL_WORKERS,
        () -> {
          service(fatme, "SOCIAL_WORKER", "HOME_VISIT", 60, false);
          service(fatme, "ROMA_MEDIATOR", "ACCOMPANIMENT", 90, true);
          service(stoyan, "PEDAGOGUE", "ON_SITE", 45, false);
          submit(
              "data-sharing-consent",
              Map.of(
                  "registrationNumber", fatme,
                  "consentPurpose", "GP",
                  "consentAnswer", "GIVEN",
                  "consentSignedOn", "2022-05-25",
                  "consentItems", List.of("NAME", "BIRTH_DATE", "ADDRESS")));
          submit(
              "family-house-referral",
              Map.of(
                  "registrationNumber", fatme,
                  "familyHouse", "kazanlak",
                  "destinationKind", "GP",
                  "organisation", "Д-р Иванова, ГПСМП „Здраве“, Казанлък",
                  "referralReason", "Регистрация при общопрактикуващ лекар"));
          submit(
              "family-house-referral",
              Map.of(
                  "registrationNumber", stoyan,
                  "familyHouse", "kazanlak",
                  "destinationKind", "LABOUR_OFFICE",
                  "organisation", "Дирекция „Бюро по труда“ – Казанлък",
                  "referralReason", "Регистрация като търсещ работа"));
        });
    as(
        "hr",
        HR_OFFICERS,
        () -> {
          position("kazanlak", "PSYCHOLOGIST", "Милена Петрова", "1", "1350.00");
          position("kran", "ROMA_MEDIATOR", "Сабри Юсеинов", "0.5", "480.00");
        });
  }

  private void service(
      String registrationNumber, String role, String kind, int minutes, boolean forFamily) {
    submit(
        "family-house-service",
        Map.of(
            "house", "kazanlak",
            "registrationNumber", registrationNumber,
            "forFamily", forFamily,
            "role", role,
            "kind", kind,
            "date", clock.today().toString(),
            "durationMinutes", minutes,
            "note", ""));
  }

  private void position(
      String house, String role, String name, String workingTime, String grossMonthlyWage) {
    submit(
        "family-house-position",
        Map.of(
            "house", house,
            "role", role,
            "staffName", name,
            "startDate", "2022-06-01",
            "endDate", "2023-05-31",
            "workingTime", workingTime,
            "grossMonthlyWage", grossMonthlyWage));
  }

  /** Submits a process's start form, as Tasklist does for the signed-in user. */
  private void submit(String processKey, Map<String, Object> form) {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getId();
    forms.submitStartForm(definition, new HashMap<>(form));
  }

  private static NewInitiative bonding(
      String title,
      Activity activity,
      LocalDate date,
      String settlement,
      List<NewFamily> families,
      String cost) {
    return new NewInitiative(
        InitiativeKind.FAMILY_BONDING,
        title,
        activity,
        date,
        settlement,
        families,
        null,
        null,
        null,
        null,
        new BigDecimal(cost),
        "hrd-activities");
  }

  private String propose(NewInitiative initiative) {
    return initiatives.propose(initiative, "coordinator").initiativeNumber();
  }

  private String instanceOf(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  private void executeTimer(String businessKey) {
    management
        .createJobQuery()
        .processInstanceId(instanceOf(businessKey))
        .timers()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private void createHousing() {
    at(2022, 5, 26);
    String nadezhda = housingHead("Надежда", "Асенова", LocalDate.of(1986, 2, 17), 121, "Казанлък");
    String asen = householdMember("Асен", "Асенов", LocalDate.of(1984, 9, 3), 132);
    asSocialWorker(
        () ->
            housing.recordTenancy(
                new NewTenancy("unit-01", LocalDate.of(2022, 5, 2), nadezhda, List.of(asen)),
                "social"));
    at(2022, 5, 27);
    String milen = housingHead("Милен", "Кирилов", LocalDate.of(1979, 12, 8), 143, "Шипка");
    asSocialWorker(
        () ->
            housing.recordTenancy(
                new NewTenancy("unit-03", LocalDate.of(2022, 5, 16), milen, List.of()), "social"));
    assessHousehold(
        nadezhda,
        "Двамата възрастни са без работа; децата не посещават редовно училище.",
        "Регистрация в бюрото по труда, личен лекар за цялото семейство, редовно посещение на"
            + " училище.");
    at(2022, 5, 30);
    submitPlan(
        nadezhda,
        goal("labour-office-registration", nadezhda, "Социален работник", "2022-07-15"),
        goal("gp-registration", asen, "Здравен медиатор", "2022-08-31"),
        goal("school-attendance", nadezhda, "Образователен медиатор", "2022-12-20"));
    assessHousehold(
        milen,
        "Живее сам; няма лична карта, което му пречи да се регистрира в бюрото по труда.",
        "Лични документи, след това регистрация в бюрото по труда.");
    at(2022, 5, 31);
    decidePlan(nadezhda, "APPROVE");
    submitPlan(
        milen,
        goal("identity-documents", milen, "Социален работник", "2022-07-01"),
        goal("labour-office-registration", milen, "Социален работник", "2022-08-01"));
    String roza = housingHead("Роза", "Любенова", LocalDate.of(1992, 6, 25), 154, "Крън");
    String ilian = householdMember("Илиян", "Любенов", LocalDate.of(1990, 1, 30), 165);
    asSocialWorker(
        () ->
            housing.recordTenancy(
                new NewTenancy("unit-06", LocalDate.of(2022, 5, 31), roza, List.of(ilian)),
                "social"));
  }

  /** A homeless person registered, assessed and routed to housing support (a case waits). */
  private String housingHead(
      String firstName, String lastName, LocalDate born, int serial, String settlement) {
    String head =
        register(
            firstName,
            lastName,
            born,
            serial,
            settlement,
            "LONG_TERM_UNEMPLOYED",
            "ISCED_1",
            SpecialCategoryAnswer.YES,
            true);
    assessAndEnrol(head, "HOUSING_SUPPORT", "FAMILY_HOUSE");
    return head;
  }

  private String householdMember(String firstName, String lastName, LocalDate born, int serial) {
    String member =
        register(
            firstName,
            lastName,
            born,
            serial,
            "Казанлък",
            "UNEMPLOYED",
            "ISCED_1",
            SpecialCategoryAnswer.YES,
            true);
    assessAndEnrol(member, "FAMILY_HOUSE");
    return member;
  }

  private void assessHousehold(String head, String work, String summary) {
    completeHousingTask(
        head,
        "Task_AssessHousehold",
        Map.of("assessmentWork", work, "assessmentSummary", summary),
        "social",
        SOCIAL_WORKERS);
  }

  private void submitPlan(String head, Map<?, ?>... goals) {
    completeHousingTask(
        head, "Task_DraftPlan", Map.of("planGoals", List.of(goals)), "social", SOCIAL_WORKERS);
  }

  private void decidePlan(String head, String decision) {
    completeHousingTask(
        head, "Task_ApprovePlan", Map.of("planDecision", decision), "manager", PROJECT_MANAGERS);
  }

  private static Map<String, String> goal(
      String kind, String owner, String specialist, String targetDate) {
    return Map.of("kind", kind, "owner", owner, "specialist", specialist, "targetDate", targetDate);
  }

  /** As the user, who is recorded as the plan's author, key worker or approver. */
  private void completeHousingTask(
      String head, String taskKey, Map<String, Object> variables, String user, String group) {
    Task task =
        tasks
            .createTaskQuery()
            .processDefinitionKey(HousingCases.PROCESS_ID)
            .processInstanceBusinessKey(head)
            .taskDefinitionKey(taskKey)
            .singleResult();
    as(user, group, () -> tasks.complete(task.getId(), variables));
  }

  private void asSocialWorker(Runnable action) {
    as("social", SOCIAL_WORKERS, action);
  }

  private void as(String user, String group, Runnable action) {
    engineIdentity.setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      engineIdentity.clearAuthentication();
    }
  }

  private String expense(
      String line, String amount, String supplier, String purpose, String document) {
    return expenses
        .request(
            new NewExpense(
                line,
                new BigDecimal(amount),
                supplier,
                purpose,
                clock.today().minusDays(3),
                document,
                null),
            "coordinator")
        .expenseNumber();
  }

  private void decideExpense(String expenseNumber, String decision) {
    completeOnly(expenseNumber, Map.of("decision", decision));
  }

  private void completeOnly(String businessKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void at(int year, int month, int day) {
    // before the demo clock's 09:00, so nothing reads "created in 28 minutes" on the first day
    clock.freezeAt(LocalDateTime.of(year, month, day, 8, 30));
  }

  private String register(
      String firstName,
      String lastName,
      LocalDate born,
      int serial,
      String settlement,
      String employment,
      String education,
      SpecialCategoryAnswer minority,
      boolean homeless) {
    String egn = PersonalNumber.egn(born, serial).value();
    NewParticipant person =
        new NewParticipant(
            egn,
            firstName,
            null,
            lastName,
            null,
            null,
            settlement,
            null,
            null,
            true,
            employment,
            education,
            minority,
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            homeless,
            !"EMPLOYED".equals(employment),
            serial % 2 == 0,
            false);
    return onboarding.register(person, "officer").registrationNumber();
  }

  private void assessAndEnrol(String registrationNumber, String... streams) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(registrationNumber)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();
    tasks.claim(task.getId(), "social");
    tasks.complete(
        task.getId(),
        Map.of(
            "needsWork", "Търси постоянна работа; без трудов стаж през последната година.",
            "needsHealth", "Няма личен лекар; нуждае се от придружаване.",
            "assessmentSummary", "Подходящ/а за предложените направления.",
            "recommendedStreams", SpinValues.jsonValue(toJsonArray(streams)).create()));
  }

  private static String toJsonArray(String... values) {
    return "[\"" + String.join("\",\"", values) + "\"]";
  }
}
