package bg.kazanlak.inclusion.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.EngineRest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CONTRACT's {@code POST /api/initiatives} and {@code GET /api/initiatives} over real HTTP: both
 * kinds proposed and listed, every way a proposal is refused (400 naming the field, 422 with the
 * reason) without a row or a case left behind, the groups that may not call it, the four-eyes rule
 * at the engine's door for a user in both groups, and a log that names neither a family's minority
 * answer nor a personal number. The context is shared with the other HTTP tests: every test names
 * people of its own, so the family-repeat rule meets only what the test proposed itself.
 */
class InitiativeApiTest extends ApiTest {

  private static final String PROCESS = InitiativeCases.PROCESS_ID;
  private static final String PATH = "/api/initiatives";
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired ParticipantRegistry registry;
  @Autowired InitiativeProperties properties;
  @Autowired InitiativeService initiatives;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  /** The personal numbers of the people this class registered, for the log check. */
  private final List<String> personalNumbers = new ArrayList<>();

  @Test
  void aFamilyBondingEventIsProposedListedAndAwaitsTheManager() {
    String a = registered("Асен", "Сближенов");
    String b = registered("Бисера", "Сближенова");
    String c = registered("Цветан", "Другов");

    ResponseEntity<JsonNode> created =
        post("t-coordinator", PATH, bonding("2022-07-15", family(true, a, b), family(false, c)));

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("initiativeNumber").asText();
    assertThat(number).matches("I-2022-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasPath(PATH + "/" + number);
    String instance = created.getBody().get("processInstanceId").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult())
        .satisfies(
            pi -> {
              assertThat(pi.getBusinessKey()).isEqualTo(number);
              assertThat(pi.getProcessDefinitionId()).startsWith(PROCESS + ":");
            });
    Task approval = task(instance);
    assertThat(approval.getTaskDefinitionKey())
        .as("250.00 is below the finance threshold: the manager alone decides")
        .isEqualTo("Task_ManagerApproval");
    assertThat(runtime.getVariables(instance))
        .doesNotContainKeys("family1Minority", "newInitiative");

    JsonNode listed = listed("t-coordinator", number);
    assertThat(listed.get("kind").asText()).isEqualTo("FAMILY_BONDING");
    assertThat(listed.get("title").asText()).isEqualTo("Футбол на двете махали");
    assertThat(listed.get("date").asText()).isEqualTo("2022-07-15");
    assertThat(listed.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(listed.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("initiativeNumber", "kind", "title", "date", "status");
    assertThat(listed("t-manager", number)).isEqualTo(listed);

    Initiative stored = initiatives.get(number);
    assertThat(stored.proposedBy()).isEqualTo("t-coordinator");
    assertThat(stored.plannedCost()).isEqualByComparingTo("250.00");
    assertThat(stored.families())
        .extracting(Initiative.Family::members)
        .containsExactly(List.of(a, b).stream().sorted().toList(), List.of(c));
    assertThat(minorityAnswers(number)).containsExactly(true, false);

    ResponseEntity<JsonNode> one = get("t-manager", created.getHeaders().getLocation().getPath());
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(one.getBody().toString()).doesNotContainIgnoringCase("minority");
  }

  @Test
  void aCleanUpIsProposedAndListed() {
    ResponseEntity<JsonNode> created = post("t-coordinator", PATH, cleanUp("2022-07-20"));

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("initiativeNumber").asText();
    assertThat(created.getHeaders().getLocation()).hasPath(PATH + "/" + number);
    assertThat(task(created.getBody().get("processInstanceId").asText()).getTaskDefinitionKey())
        .isEqualTo("Task_ManagerApproval");

    JsonNode listed = listed("t-manager", number);
    assertThat(listed.get("kind").asText()).isEqualTo("PUBLIC_SPACE_CLEANUP");
    assertThat(listed.get("title").asText()).isEqualTo("Почистване на ул. „Искра“");
    assertThat(listed.get("date").asText()).isEqualTo("2022-07-20");
    assertThat(listed.get("status").asText()).isEqualTo("PROPOSED");
    Initiative stored = initiatives.get(number);
    assertThat(stored.place()).isEqualTo("ул. „Искра“, кв. „Изток“");
    assertThat(stored.crewSize()).isEqualTo(6);
    assertThat(stored.residentsExpected()).isEqualTo(20);
    assertThat(stored.families()).isEmpty();
  }

  @Test
  void malformedInputIs400NamingTheFieldAndSavesNothing() {
    String a = registered("Дамян", "Грешков");
    String b = registered("Ема", "Грешкова");
    Saved before = saved();

    ObjectNode noTitle = valid(a, b);
    noTitle.remove("title");
    assertProblem(post("t-coordinator", PATH, noTitle), 400);
    assertFieldProblem(post("t-coordinator", PATH, noTitle), "title");
    assertFieldProblem(post("t-coordinator", PATH, valid(a, b).put("title", "  ")), "title");
    ObjectNode noDate = valid(a, b);
    noDate.remove("date");
    assertFieldProblem(post("t-coordinator", PATH, noDate), "date");
    assertFieldProblem(post("t-coordinator", PATH, valid(a, b).put("date", "15.07.2022")), "date");
    assertFieldProblem(post("t-coordinator", PATH, valid(a, b).put("date", "2022-02-30")), "date");
    ResponseEntity<JsonNode> unknownSettlement =
        post("t-coordinator", PATH, valid(a, b).put("settlement", "Пловдив"));
    assertFieldProblem(unknownSettlement, "settlement");
    assertThat(unknownSettlement.getBody().get("errors").findValuesAsText("message"))
        .anySatisfy(message -> assertThat(message).contains("Пловдив"));
    assertFieldProblem(
        post("t-coordinator", PATH, valid(a, b).put("budgetLine", "no-such-line")), "budgetLine");
    assertFieldProblem(
        post("t-coordinator", PATH, valid(a, b).put("plannedCost", new BigDecimal("-1.00"))),
        "plannedCost");
    assertFieldProblem(
        post("t-coordinator", PATH, valid(a, b).put("plannedCost", new BigDecimal("10.005"))),
        "plannedCost");
    assertFieldProblem(
        post("t-coordinator", PATH, valid(a, b).put("plannedCost", "много")), "plannedCost");
    ObjectNode noCost = valid(a, b);
    noCost.remove("plannedCost");
    assertFieldProblem(post("t-coordinator", PATH, noCost), "plannedCost");
    assertFieldProblem(post("t-coordinator", PATH, valid(a, b).put("kind", "PICNIC")), "kind");
    ObjectNode noKind = valid(a, b);
    noKind.remove("kind");
    assertFieldProblem(post("t-coordinator", PATH, noKind), "kind");

    ObjectNode noMinorityFlag = valid(a, b);
    ((ObjectNode) noMinorityFlag.get("families").get(1)).remove("minority");
    ResponseEntity<JsonNode> withoutFlag = post("t-coordinator", PATH, noMinorityFlag);
    assertFieldProblem(withoutFlag, "families[1].minority");
    assertProblem(withoutFlag, 400);
    ObjectNode nullFlag = valid(a, b);
    ((ObjectNode) nullFlag.get("families").get(0)).putNull("minority");
    assertFieldProblem(post("t-coordinator", PATH, nullFlag), "families[0].minority");

    ObjectNode noPlace = cleanUp("2022-07-20");
    noPlace.remove("place");
    assertFieldProblem(post("t-coordinator", PATH, noPlace), "place");
    assertFieldProblem(
        post("t-coordinator", PATH, cleanUp("2022-07-20").put("crewSize", 0)), "crewSize");
    assertFieldProblem(
        post("t-coordinator", PATH, cleanUp("2022-07-20").put("residentsExpected", -1)),
        "residentsExpected");

    ResponseEntity<JsonNode> several =
        post(
            "t-coordinator",
            PATH,
            valid(a, b).put("title", "").put("settlement", "Пловдив").put("budgetLine", "x"));
    assertThat(several.getBody().get("errors").findValuesAsText("field"))
        .as("every wrong field at once, so the form is corrected once")
        .contains("title", "settlement", "budgetLine");

    ResponseEntity<JsonNode> notJson =
        as("t-coordinator")
            .exchange(PATH, HttpMethod.POST, new HttpEntity<>("{", jsonHeaders()), JsonNode.class);
    assertFieldProblem(notJson, "body");
    assertProblem(notJson, 400);

    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void brokenRulesAre422WithTheReasonAndSaveNothing() {
    String a = registered("Живко", "Правилов");
    String b = registered("Зорница", "Правилова");
    String c = registered("Илия", "Правилов");
    Saved before = saved();

    ResponseEntity<JsonNode> oneFamily =
        post("t-coordinator", PATH, bonding("2022-07-15", family(true, a, b)));
    assertProblem(oneFamily, 422);
    assertThat(oneFamily.getBody().get("detail").asText()).contains("точно две семейства");
    ResponseEntity<JsonNode> threeFamilies =
        post(
            "t-coordinator",
            PATH,
            bonding("2022-07-15", family(true, a), family(false, b), family(false, c)));
    assertProblem(threeFamilies, 422);
    ResponseEntity<JsonNode> noFamilies = post("t-coordinator", PATH, bonding("2022-07-15"));
    assertProblem(noFamilies, 422);

    ResponseEntity<JsonNode> noMinority =
        post("t-coordinator", PATH, bonding("2022-07-15", family(false, a, b), family(false, c)));
    assertProblem(noMinority, 422);
    assertThat(noMinority.getBody().get("detail").asText()).contains("малцинство");

    ResponseEntity<JsonNode> afterTheEnd =
        post("t-coordinator", PATH, bonding("2023-07-15", family(true, a, b), family(false, c)));
    assertProblem(afterTheEnd, 422);
    assertThat(afterTheEnd.getBody().get("detail").asText())
        .contains("извън периода", "30.06.2023");
    ResponseEntity<JsonNode> beforeTheStart =
        post("t-coordinator", PATH, bonding("2020-12-15", family(true, a, b), family(false, c)));
    assertProblem(beforeTheStart, 422);
    ResponseEntity<JsonNode> past =
        post("t-coordinator", PATH, bonding("2022-06-01", family(true, a, b), family(false, c)));
    assertProblem(past, 422);
    assertThat(past.getBody().get("detail").asText()).contains("минала");

    ResponseEntity<JsonNode> unregistered =
        post(
            "t-coordinator",
            PATH,
            bonding("2022-07-15", family(true, a, "KZ-NONE-77"), family(false, c)));
    assertProblem(unregistered, 422);
    assertThat(unregistered.getBody().get("detail").asText()).contains("KZ-NONE-77");
    assertThat(unregistered.getBody().get("detail").asText()).doesNotContain(a);

    ResponseEntity<JsonNode> twice =
        post("t-coordinator", PATH, bonding("2022-07-15", family(true, a, b), family(false, a)));
    assertProblem(twice, 422);

    ResponseEntity<JsonNode> emptyFamily =
        post("t-coordinator", PATH, bonding("2022-07-15", family(true, a, b), family(false)));
    assertProblem(emptyFamily, 422);

    ResponseEntity<JsonNode> wrongLine =
        post(
            "t-coordinator",
            PATH,
            bonding("2022-07-15", family(true, a, b), family(false, c))
                .put("budgetLine", "sesg-assets"));
    assertProblem(wrongLine, 422);
    ResponseEntity<JsonNode> tooDear =
        post(
            "t-coordinator",
            PATH,
            bonding("2022-07-15", family(true, a, b), family(false, c))
                .put("plannedCost", new BigDecimal("800.01")));
    assertProblem(tooDear, 422);

    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void aGroupLargerThanTheConfiguredSizeIs422() {
    int max = properties.maxGroupSize();
    List<String> people = new ArrayList<>();
    for (int i = 0; i <= max; i++) {
      people.add(registered("Голям", "Групов"));
    }
    List<String> first = people.subList(0, 2);
    List<String> second = people.subList(2, people.size());
    Saved before = saved();

    ResponseEntity<JsonNode> tooMany =
        post(
            "t-coordinator",
            PATH,
            bonding(
                "2022-07-15",
                family(true, first.toArray(String[]::new)),
                family(false, second.toArray(String[]::new))));

    assertProblem(tooMany, 422);
    assertThat(tooMany.getBody().get("detail").asText()).contains(String.valueOf(max + 1));
    assertThat(tooMany.getBody().get("maxGroupSize").asInt()).isEqualTo(max);
    assertThat(saved()).isEqualTo(before);

    ResponseEntity<JsonNode> justSmallEnough =
        post(
            "t-coordinator",
            PATH,
            bonding(
                "2022-07-15",
                family(true, first.toArray(String[]::new)),
                family(false, second.subList(1, second.size()).toArray(String[]::new))));
    assertThat(justSmallEnough.getStatusCode())
        .as("%s", justSmallEnough.getBody())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aFamilyTakesPartAgainOnlyAfterTheConfiguredDays() {
    String a = registered("Калина", "Повторна");
    String b = registered("Лазар", "Повторен");
    String c = registered("Мартин", "Повторен");
    String d = registered("Надя", "Нова");
    String first =
        post("t-coordinator", PATH, bonding("2022-07-15", family(true, a, b), family(false, c)))
            .getBody()
            .get("initiativeNumber")
            .asText();
    Saved before = saved();

    ResponseEntity<JsonNode> tooSoon =
        post("t-coordinator", PATH, bonding("2022-08-15", family(true, d), family(false, b)));

    assertProblem(tooSoon, 422);
    assertThat(tooSoon.getBody().get("detail").asText())
        .contains(b, first, String.valueOf(properties.familyRepeatDays()));
    assertThat(tooSoon.getBody().get("initiativeNumber").asText()).isEqualTo(first);
    assertThat(saved()).isEqualTo(before);

    LocalDate later = LocalDate.of(2022, 7, 15).plusDays(properties.familyRepeatDays());
    ResponseEntity<JsonNode> apart =
        post("t-coordinator", PATH, bonding(later.toString(), family(true, d), family(false, b)));
    assertThat(apart.getStatusCode()).as("%s", apart.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void onlyCoordinatorsProposeAndOnlyTheyAndManagersList() {
    String a = registered("Огнян", "Чужд");
    String b = registered("Петя", "Чужда");
    Saved before = saved();

    for (String user : List.of("t-officer", "t-social", "t-hr", "t-finance", "t-manager")) {
      ResponseEntity<JsonNode> refused = post(user, PATH, valid(a, b));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(PROBLEM)).as(user).isTrue();
    }
    // (t-locked is no groupless user to rely on: other tests lock it out of logging in)
    for (String user : List.of("t-officer", "t-social", "t-hr", "t-finance")) {
      assertThat(get(user, PATH).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.getForEntity(PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("t-coordinator", PATH + "/I-2022-9999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void aUserInBothGroupsIsRefusedTheApprovalOfTheirOwnProposal() {
    String a = registered("Радка", "Двойнова");
    String b = registered("Светла", "Двойнова");
    ResponseEntity<JsonNode> created = post("t-all", PATH, valid(a, b));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("initiativeNumber").asText();
    Task approval = task(created.getBody().get("processInstanceId").asText());
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ManagerApproval");

    ResponseEntity<JsonNode> claimed =
        engineRest()
            .call(
                "t-all",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/claim",
                json.createObjectNode().put("userId", "t-all"));
    ResponseEntity<JsonNode> approved = submit("t-all", approval, Map.of("decision", "APPROVE"));

    assertThat(claimed.getStatusCode().value()).as("%s", claimed.getBody()).isEqualTo(422);
    assertThat(approved.getStatusCode().value()).as("%s", approved.getBody()).isEqualTo(422);
    assertThat(approved.getBody().path("message").asText()).contains("четири очи", "друг служител");
    Task still = tasks.createTaskQuery().taskId(approval.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getAssignee()).isNull();
    assertThat(initiatives.get(number).status()).isEqualTo(InitiativeStatus.PROPOSED);
    assertThat(listed("t-all", number).get("status").asText()).isEqualTo("PROPOSED");

    ResponseEntity<JsonNode> byTheManager =
        submit("t-manager", approval, Map.of("decision", "APPROVE"));
    assertThat(byTheManager.getStatusCode().value())
        .as("%s", byTheManager.getBody())
        .isEqualTo(204);
    assertThat(listed("t-coordinator", number).get("status").asText()).isEqualTo("APPROVED");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void theLogNamesNeitherTheMinorityAnswerNorAPersonalNumber(CapturedOutput log) {
    String a = registered("Теодора", "Тиха");
    String b = registered("Умберто", "Тих");
    String c = registered("Филип", "Тих");
    int from = log.getAll().length();

    ResponseEntity<JsonNode> created =
        post("t-coordinator", PATH, bonding("2022-07-18", family(true, a, b), family(false, c)));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    ObjectNode noFlag = bonding("2022-07-25", family(true, a), family(false, c));
    ((ObjectNode) noFlag.get("families").get(1)).remove("minority");
    assertThat(post("t-coordinator", PATH, noFlag).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            post("t-coordinator", PATH, bonding("2022-07-25", family(false, a), family(false, c)))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    Task approval = task(created.getBody().get("processInstanceId").asText());
    assertThat(submit("t-manager", approval, Map.of("decision", "APPROVE")).getStatusCode().value())
        .isEqualTo(204);
    assertThat(get("t-manager", PATH).getStatusCode()).isEqualTo(HttpStatus.OK);

    String written = log.getAll().substring(from);
    assertThat(written).doesNotContainIgnoringCase("minority=").doesNotContain("\"minority\"");
    assertThat(written).doesNotContainIgnoringCase("family1Minority");
    for (String personalNumber : personalNumbers) {
      assertThat(written).doesNotContain(personalNumber);
    }
  }

  // --- helpers

  /** What a refused proposal must not leave behind. */
  record Saved(
      long initiatives,
      long families,
      long members,
      long events,
      long runningCases,
      long casesEverStarted) {}

  private Saved saved() {
    return new Saved(
        count("initiative"),
        count("initiative_family"),
        count("initiative_family_member"),
        count("initiative_event"),
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count(),
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private List<Boolean> minorityAnswers(String number) {
    return jdbc.sql(
            "select minority from initiative_family where initiative_number = ? order by family_no")
        .param(number)
        .query(Boolean.class)
        .list();
  }

  private JsonNode listed(String user, String number) {
    ResponseEntity<JsonNode> list = get(user, PATH);
    assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    for (JsonNode initiative : list.getBody()) {
      if (initiative.get("initiativeNumber").asText().equals(number)) {
        return initiative;
      }
    }
    throw new AssertionError(number + " is not listed for " + user + ": " + list.getBody());
  }

  private ResponseEntity<JsonNode> submit(String user, Task task, Map<String, ?> values) {
    return engineRest()
        .call(
            user,
            HttpMethod.POST,
            "/engine-rest/task/" + task.getId() + "/submit-form",
            EngineRest.body("variables", values));
  }

  private Task task(String instance) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(instance).list();
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private String registered(String first, String last) {
    NewParticipant person =
        TestPeople.person(
            first,
            last,
            LocalDate.of(1980, 3, 1).plusDays(PEOPLE.incrementAndGet()),
            "Казанлък",
            "UNEMPLOYED",
            "ISCED_2");
    personalNumbers.add(person.personalNumber());
    return registry.register(person, "t-officer").registrationNumber();
  }

  /** A well-formed family-bonding proposal of two families, the first a minority family. */
  private ObjectNode valid(String first, String second) {
    return bonding("2022-07-15", family(true, first), family(false, second));
  }

  private ObjectNode bonding(String date, ObjectNode... families) {
    ObjectNode body =
        json.createObjectNode()
            .put("kind", "FAMILY_BONDING")
            .put("title", "Футбол на двете махали")
            .put("activity", "SPORT")
            .put("date", date)
            .put("settlement", "Казанлък")
            .put("plannedCost", new BigDecimal("250.00"))
            .put("budgetLine", "hrd-activities");
    ArrayNode list = body.putArray("families");
    for (ObjectNode family : families) {
      list.add(family);
    }
    return body;
  }

  private ObjectNode family(boolean minority, String... registrationNumbers) {
    ObjectNode family = json.createObjectNode();
    ArrayNode people = family.putArray("registrationNumbers");
    for (String person : registrationNumbers) {
      people.add(person);
    }
    return family.put("minority", minority);
  }

  private ObjectNode cleanUp(String date) {
    return json.createObjectNode()
        .put("kind", "PUBLIC_SPACE_CLEANUP")
        .put("title", "Почистване на ул. „Искра“")
        .put("date", date)
        .put("settlement", "Казанлък")
        .put("place", "ул. „Искра“, кв. „Изток“")
        .put("crewSize", 6)
        .put("residentsExpected", 20)
        .put("materials", "чували, ръкавици, гребла")
        .put("plannedCost", new BigDecimal("600.00"))
        .put("budgetLine", "hrd-activities");
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
    assertThat(response.getBody().get("title").asText()).isNotBlank();
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
  }
}
