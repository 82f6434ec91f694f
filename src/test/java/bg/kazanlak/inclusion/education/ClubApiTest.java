package bg.kazanlak.inclusion.education;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.budget.Expense;
import bg.kazanlak.inclusion.budget.ExpensePaid;
import bg.kazanlak.inclusion.budget.ExpenseService;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The clubs API over real HTTP: clubs, enrolments, sessions, purchases and their payment. */
class ClubApiTest extends ApiTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 6, 6);
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired OnboardingCases onboarding;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExpenseService expenses;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  @Test
  void socialWorkersOpenClubsThatManagersAndFinanceRead() {
    ResponseEntity<JsonNode> created = post("t-social", "/api/clubs", club("kran", 12));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode club = created.getBody();
    String id = club.get("id").asText();
    assertThat(id).matches("CLUB-\\d{3}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/clubs/" + id);
    assertThat(club.get("venueName").asText()).isEqualTo("Къща на семейството – Крън");
    assertThat(club.get("createdOn").asText()).isEqualTo("2022-06-06");

    assertThat(get("t-manager", "/api/clubs").getBody().findValuesAsText("id")).contains(id);
    JsonNode read = get("t-finance", "/api/clubs/" + id).getBody();
    assertThat(read.get("capacity").asInt()).isEqualTo(12);
    assertThat(read.get("enrolled").asInt()).isZero();
    assertThat(read.get("freePlaces").asInt()).isEqualTo(12);
    assertThat(read.get("assets")).isEmpty();

    assertThat(post("t-finance", "/api/clubs", club("kran", 12)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-officer", "/api/clubs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-manager", "/api/clubs/CLUB-999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aWrongClubIs400NamingTheFieldAndOpensNothing() {
    int clubs = get("t-social", "/api/clubs").getBody().size();

    assertFieldProblem(post("t-social", "/api/clubs", club("plovdiv", 12)), "venue");
    assertFieldProblem(post("t-social", "/api/clubs", club("kran", 0)), "capacity");
    assertFieldProblem(
        post("t-social", "/api/clubs", club("kran", 12).put("kind", "SPORT")), "kind");

    ResponseEntity<JsonNode> problem = post("t-social", "/api/clubs", club("plovdiv", 12));
    assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(problem.getBody().get("errors").get(0).get("message").asText()).contains("plovdiv");
    assertThat(get("t-social", "/api/clubs").getBody().size()).isEqualTo(clubs);
  }

  @Test
  void anAdultParticipantTakesAPlace() {
    JsonNode before = get("t-manager", "/api/reports/indicators").getBody().get("education");
    String clubId = newClub(5);
    String participant = registerAdult();

    ResponseEntity<JsonNode> enrolled = enrol(clubId, participantEnrolment(participant));

    assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(enrolled.getBody().get("enrolmentId").asLong()).isPositive();
    assertThat(enrolled.getBody().get("enrolled").asInt()).isEqualTo(1);
    JsonNode club = get("t-manager", "/api/clubs/" + clubId).getBody();
    assertThat(club.get("enrolled").asInt()).isEqualTo(1);
    assertThat(club.get("freePlaces").asInt()).isEqualTo(4);
    JsonNode enrolments = get("t-social", "/api/clubs/" + clubId + "/enrolments").getBody();
    assertThat(enrolments).hasSize(1);
    assertThat(enrolments.get(0).get("registrationNumber").asText()).isEqualTo(participant);
    assertThat(enrolments.get(0).get("displayName").asText()).isEqualTo("Елена Колева");
    assertThat(enrolments.get(0).get("enrolledOn").asText()).isEqualTo("2022-06-06");
    assertThat(get("t-finance", "/api/clubs/" + clubId + "/enrolments").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode after = get("t-manager", "/api/reports/indicators").getBody().get("education");
    assertThat(after.get("clubs").asLong()).isEqualTo(before.get("clubs").asLong() + 1);
    assertThat(after.get("enrolledNow").asLong()).isEqualTo(before.get("enrolledNow").asLong() + 1);
  }

  @Test
  void aFullClubIsRefusedWithItsFiguresUntilSomeoneLeaves() {
    String clubId = newClub(1);
    long first =
        enrol(clubId, participantEnrolment(registerAdult())).getBody().get("enrolmentId").asLong();
    ObjectNode second = participantEnrolment(registerAdult());

    ResponseEntity<JsonNode> full = enrol(clubId, second);

    assertThat(full.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(full.getBody().get("capacity").asInt()).isEqualTo(1);
    assertThat(full.getBody().get("enrolled").asInt()).isEqualTo(1);
    assertThat(full.getBody().get("freePlaces").asInt()).isZero();
    assertThat(full.getBody().get("detail").asText()).contains("1 записани при 1 места");
    assertThat(get("t-social", "/api/clubs/" + clubId + "/enrolments").getBody()).hasSize(1);

    ResponseEntity<JsonNode> left =
        post(
            "t-social",
            "/api/clubs/" + clubId + "/enrolments/" + first + "/leaving",
            json.createObjectNode());
    assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(left.getBody().get("leftOn").asText()).isEqualTo("2022-06-06");
    assertThat(
            post(
                    "t-social",
                    "/api/clubs/" + clubId + "/enrolments/" + first + "/leaving",
                    json.createObjectNode())
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    assertThat(enrol(clubId, second).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aChildJoinsOnlyWithTheGuardiansConsent() {
    String clubId = newClub(10);
    String guardian = registerAdult();

    ResponseEntity<JsonNode> noConsent =
        enrol(clubId, childEnrolment(guardian).put("guardianConsent", false));
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(noConsent.getBody().get("detail").asText()).contains("съгласието");
    ObjectNode withoutGuardian = childEnrolment(guardian);
    withoutGuardian.remove("guardian");
    assertFieldProblem(enrol(clubId, withoutGuardian), "guardian");
    assertFieldProblem(enrol(clubId, childEnrolment("P-2022-99999")), "guardian");
    assertThat(get("t-social", "/api/clubs/" + clubId + "/enrolments").getBody()).isEmpty();

    ResponseEntity<JsonNode> accepted = enrol(clubId, childEnrolment(guardian));

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode child = get("t-social", "/api/clubs/" + clubId + "/enrolments").getBody().get(0);
    assertThat(child.get("registrationNumber").isNull()).isTrue();
    assertThat(child.at("/child/birthDate").asText()).isEqualTo("2012-09-14");
    assertThat(child.get("guardian").asText()).isEqualTo(guardian);
    assertThat(child.get("guardianConsent").asBoolean()).isTrue();
    assertThat(child.get("consentDate").asText()).isEqualTo("2022-06-01");
  }

  @Test
  void aSeventeenYearOldParticipantNeedsTheGuardiansConsentToo() {
    String clubId = newClub(10);
    String guardian = registerAdult();
    String minor =
        register(
            TestPeople.person(
                "Стефан",
                "Петков",
                LocalDate.of(2005, 1, 15),
                "Крън",
                "INACTIVE_IN_EDUCATION",
                "ISCED_2"));

    assertFieldProblem(enrol(clubId, participantEnrolment(minor)), "guardian");
    assertThat(enrol(clubId, participantEnrolment(minor).put("guardian", guardian)).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    assertThat(
            enrol(
                    clubId,
                    participantEnrolment(minor)
                        .put("guardian", guardian)
                        .put("guardianConsent", true)
                        .put("consentDate", "2022-06-03"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anUnknownParticipantOrASecondPlaceIsRefused() {
    String clubId = newClub(10);
    assertFieldProblem(enrol(clubId, participantEnrolment("P-2022-99999")), "registrationNumber");
    assertThat(enrol("CLUB-999", participantEnrolment(registerAdult())).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String participant = registerAdult();
    long first =
        enrol(clubId, participantEnrolment(participant)).getBody().get("enrolmentId").asLong();
    ResponseEntity<JsonNode> again = enrol(clubId, participantEnrolment(participant));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("existingEnrolmentId").asLong()).isEqualTo(first);

    String guardian = registerAdult();
    assertThat(enrol(clubId, childEnrolment(guardian)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ObjectNode sameChild = childEnrolment(guardian);
    ((ObjectNode) sameChild.get("child")).put("firstName", "ДАРИНА");
    assertThat(enrol(clubId, sameChild).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(get("t-manager", "/api/clubs/" + clubId).getBody().get("enrolled").asInt())
        .isEqualTo(2);
  }

  @Test
  void attendanceIsRecordedOnlyForThoseEnrolledInTheClubThatDay() {
    String clubId = newClub(10);
    String otherClubId = newClub(10);
    long member =
        enrolmentId(clubId, participantEnrolment(registerAdult()).put("enrolledOn", "2022-05-02"));
    long memberOfAnotherClub = enrolmentId(otherClubId, participantEnrolment(registerAdult()));
    long newcomer = enrolmentId(clubId, participantEnrolment(registerAdult()));

    ResponseEntity<JsonNode> recorded =
        session(clubId, "2022-06-02", attendance(member, true), attendance(newcomer, false));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(recorded.getBody().get("notEnrolled"))
        .extracting(JsonNode::asLong)
        .containsExactly(newcomer);

    ResponseEntity<JsonNode> stranger =
        session(
            clubId, "2022-06-06", attendance(member, true), attendance(memberOfAnotherClub, true));
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(stranger.getBody().get("notEnrolled"))
        .extracting(JsonNode::asLong)
        .containsExactly(memberOfAnotherClub);
    assertThat(get("t-social", "/api/clubs/" + clubId).getBody().get("sessions").asLong()).isZero();

    ResponseEntity<JsonNode> held =
        session(clubId, "2022-06-06", attendance(member, true), attendance(newcomer, false));
    assertThat(held.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(held.getBody().get("present").asInt()).isEqualTo(1);
    assertThat(held.getBody().get("absent").asInt()).isEqualTo(1);
    assertFieldProblem(session(clubId, "2022-06-07", attendance(member, true)), "date");
    assertThat(get("t-social", "/api/clubs/" + clubId).getBody().get("sessions").asLong()).isOne();
  }

  @Test
  void aPurchaseStartsTheExpenseApprovalOnItsKindsLine() {
    String clubId = newClub(10);

    ResponseEntity<JsonNode> started =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("ASSET", "1250"));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String expenseNumber = started.getBody().get("expenseNumber").asText();
    assertThat(started.getBody().get("budgetLine").asText()).isEqualTo("sesg-assets");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("expense-approval")
                .processInstanceBusinessKey(expenseNumber)
                .processInstanceId(started.getBody().get("processInstanceId").asText())
                .count())
        .isOne();
    Expense expense = expenses.get(expenseNumber);
    assertThat(expense.source()).isEqualTo("club:" + clubId + ":ASSET");
    assertThat(expense.budgetLine()).isEqualTo("sesg-assets");
    assertThat(expense.amount()).isEqualByComparingTo("1250");
    assertThat(expense.purpose())
        .isEqualTo(clubId + " „Клуб „Млад шахматист““: " + "Шахматни комплекти и часовници");
    assertThat(expense.requestedBy()).isEqualTo("t-social");
    assertThat(
            post(
                    "t-finance",
                    "/api/clubs/" + clubId + "/purchases",
                    purchase("CONSUMABLES", "80.40"))
                .getBody()
                .get("budgetLine")
                .asText())
        .isEqualTo("sesg-consumables");
  }

  @Test
  void theClubListsItsPurchasesWithTheirExpensesStatus() {
    String clubId = newClub(10);
    String expenseNumber =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("ASSET", "1250"))
            .getBody()
            .get("expenseNumber")
            .asText();

    JsonNode purchase = get("t-finance", "/api/clubs/" + clubId).getBody().get("purchases").get(0);
    assertThat(purchase.get("expenseNumber").asText()).isEqualTo(expenseNumber);
    assertThat(purchase.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(purchase.get("expenseStatus").asText()).isEqualTo("REQUESTED");
    assertThat(raw("t-finance", "/api/clubs/" + clubId)).contains("\"amount\":1250.00");
  }

  @Test
  void aMalformedForbiddenUnknownOrTooEarlyPurchaseIsRefusedAndStartsNothing() {
    String clubId = newClub(10);

    assertFieldProblem(
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("MATERIALS", "10.005")),
        "amount");
    assertThat(
            post("t-manager", "/api/clubs/" + clubId + "/purchases", purchase("MATERIALS", "10"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            post("t-social", "/api/clubs/CLUB-999/purchases", purchase("MATERIALS", "10"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    long instances =
        runtime.createProcessInstanceQuery().processDefinitionKey("expense-approval").count();
    ResponseEntity<JsonNode> tooEarly =
        post(
            "t-social",
            "/api/clubs/" + clubId + "/purchases",
            purchase("MATERIALS", "10").put("invoiceDate", "2020-12-31"));
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(
            runtime.createProcessInstanceQuery().processDefinitionKey("expense-approval").count())
        .isEqualTo(instances);
    assertThat(get("t-finance", "/api/clubs/" + clubId).getBody().get("purchases")).isEmpty();
  }

  /**
   * Social workers may not start expense approvals through the engine (CONTRACT: only finance and
   * initiative coordinators request expenses); their club purchases start it as the application
   * after the API's group check, with the API's signed-in user as the requester.
   */
  @Test
  void aSocialWorkersPurchaseStartsTheApprovalAsTheApplicationWithTheWorkerAsRequester() {
    String clubId = newClub(10);
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("expense-approval")
            .latestVersion()
            .singleResult()
            .getId();
    assertThat(
            repository
                .getBpmnModelInstance(definitionId)
                .<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(
                    "expense-approval")
                .getCamundaCandidateStarterGroupsList())
        .containsExactlyInAnyOrder("finance", "initiative-coordinators");

    ResponseEntity<JsonNode> started =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("MATERIALS", "42.00"));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = started.getBody().get("expenseNumber").asText();
    assertThat(get("t-finance", "/api/expenses/" + number).getBody().get("requestedBy").asText())
        .isEqualTo("t-social");
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getStartUserId())
        .isNull();
  }

  @Test
  void anAssetApprovedAndPaidThroughTheBudgetBelongsToItsClub() {
    String clubId = newClub(10);
    String expenseNumber =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("ASSET", "1250"))
            .getBody()
            .get("expenseNumber")
            .asText();
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(expenseNumber)
            .singleResult()
            .getId();

    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("decision", "APPROVE"));
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("paymentDate", "2022-06-06", "paymentReference", "ПН 77"));

    JsonNode club = get("t-manager", "/api/clubs/" + clubId).getBody();
    assertThat(club.at("/purchases/0/status").asText()).isEqualTo("PAID");
    assertThat(club.at("/purchases/0/expenseStatus").asText()).isEqualTo("PAID");
    assertThat(club.at("/purchases/0/paidOn").asText()).isEqualTo("2022-06-06");
    assertThat(club.get("assets")).hasSize(1);
    assertThat(club.at("/assets/0/expenseNumber").asText()).isEqualTo(expenseNumber);
    assertThat(club.at("/assets/0/acquiredOn").asText()).isEqualTo("2022-06-06");
  }

  @Test
  void aPaidAssetIsRecordedOnceEvenWhenThePaymentIsReportedTwice() {
    String clubId = newClub(10);
    String asset =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("ASSET", "1250"))
            .getBody()
            .get("expenseNumber")
            .asText();
    String consumables =
        post("t-social", "/api/clubs/" + clubId + "/purchases", purchase("CONSUMABLES", "80.40"))
            .getBody()
            .get("expenseNumber")
            .asText();

    pay(asset, "sesg-assets", "1250.00", "club:" + clubId + ":ASSET");
    pay(asset, "sesg-assets", "1250.00", "club:" + clubId + ":ASSET");
    pay(consumables, "sesg-consumables", "80.40", "club:" + clubId + ":CONSUMABLES");
    // a payment of another feature, even under a number a club purchase has, is not the club's
    pay(consumables, "sesg-assets", "99.00", "initiative:I-2022-001");

    JsonNode club = get("t-finance", "/api/clubs/" + clubId).getBody();
    assertThat(club.get("assets")).hasSize(1);
    JsonNode recorded = club.get("assets").get(0);
    assertThat(recorded.get("expenseNumber").asText()).isEqualTo(asset);
    assertThat(recorded.get("description").asText()).isEqualTo("Шахматни комплекти и часовници");
    assertThat(recorded.get("value").decimalValue()).isEqualByComparingTo("1250.00");
    assertThat(recorded.get("acquiredOn").asText()).isEqualTo("2022-06-20");
    assertThat(club.get("purchases"))
        .extracting(p -> p.get("status").asText())
        .containsExactly("PAID", "PAID");
    assertThat(club.get("purchases"))
        .extracting(p -> p.get("paidOn").asText())
        .containsOnly("2022-06-20");
    assertThat(raw("t-finance", "/api/clubs/" + clubId)).contains("\"value\":1250.00");
  }

  private void pay(String expenseNumber, String line, String amount, String source) {
    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new ExpensePaid(
                    expenseNumber,
                    line,
                    new BigDecimal(amount),
                    "Доставчик",
                    "покупка",
                    source,
                    LocalDate.of(2022, 6, 20))));
  }

  private String register(NewParticipant person) {
    return onboarding.register(person, "officer").registrationNumber();
  }

  /** Each adult another birth date: the same names and birth date would be a near duplicate. */
  private String registerAdult() {
    return register(
        TestPeople.person(
            "Елена",
            "Колева",
            LocalDate.of(1980, 1, 1).plusDays(PEOPLE.incrementAndGet()),
            "Казанлък",
            "UNEMPLOYED",
            "ISCED_2"));
  }

  private String newClub(int capacity) {
    return post("t-social", "/api/clubs", club("kazanlak", capacity)).getBody().get("id").asText();
  }

  private ObjectNode club(String familyHouse, int capacity) {
    return json.createObjectNode()
        .put("name", "Клуб „Млад шахматист“")
        .put("kind", "CLUB")
        .put("leader", "Мария Иванова")
        .put("venueKind", "FAMILY_HOUSE")
        .put("venue", familyHouse)
        .put("schedule", "вторник и четвъртък 15:00-16:30")
        .put("capacity", capacity);
  }

  private ObjectNode participantEnrolment(String registrationNumber) {
    return json.createObjectNode().put("registrationNumber", registrationNumber);
  }

  private ObjectNode childEnrolment(String guardian) {
    ObjectNode body =
        json.createObjectNode()
            .put("guardian", guardian)
            .put("guardianConsent", true)
            .put("consentDate", "2022-06-01");
    body.putObject("child")
        .put("firstName", "Дарина")
        .put("lastName", "Колева")
        .put("birthDate", "2012-09-14");
    return body;
  }

  private ResponseEntity<JsonNode> enrol(String clubId, ObjectNode body) {
    return post("t-social", "/api/clubs/" + clubId + "/enrolments", body);
  }

  private long enrolmentId(String clubId, ObjectNode body) {
    ResponseEntity<JsonNode> enrolled = enrol(clubId, body);
    assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return enrolled.getBody().get("enrolmentId").asLong();
  }

  private ObjectNode attendance(long enrolmentId, boolean present) {
    return json.createObjectNode().put("enrolmentId", enrolmentId).put("present", present);
  }

  private ResponseEntity<JsonNode> session(String clubId, String date, ObjectNode... attendance) {
    ObjectNode body = json.createObjectNode().put("date", date).put("topic", "Дебюти");
    body.putArray("attendance").addAll(List.of(attendance));
    return post("t-social", "/api/clubs/" + clubId + "/sessions", body);
  }

  private ObjectNode purchase(String kind, String amount) {
    return json.createObjectNode()
        .put("kind", kind)
        .put("amount", new BigDecimal(amount))
        .put("supplier", "„Учебни пособия“ ООД")
        .put("description", "Шахматни комплекти и часовници")
        .put("invoiceDate", "2022-06-01")
        .put("documentRef", "Ф-0000123");
  }
}
