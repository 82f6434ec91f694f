package bg.kazanlak.inclusion.housing;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.EngineRest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The housing API over real HTTP: the units, recording a tenancy (and every way it is refused
 * without leaving a row or a case behind), the plan, the indicators' housing section, and starting
 * a case through the engine's door. The Spring context (and its ten units) is shared with the other
 * HTTP tests: each test takes a unit that is free when it runs.
 */
class HousingApiTest extends ApiTest {

  private static final String PROCESS = HousingCases.PROCESS_ID;
  private static final AtomicInteger PEOPLE = new AtomicInteger();
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired IdentityService engineIdentity;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void theTenUnitsAreListedAndATenancyOccupiesOne() {
    ResponseEntity<JsonNode> listed = get("t-social", "/api/housing/units");

    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode units = listed.getBody();
    assertThat(units).hasSize(10);
    assertThat(units.findValuesAsText("id")).doesNotHaveDuplicates().contains("unit-01", "unit-10");
    for (JsonNode unit : units) {
      assertThat(unit.get("address").asText()).startsWith("гр. Казанлък");
      assertThat(unit.get("rooms").asInt()).isPositive();
      assertThat(unit.get("occupied").isBoolean()).isTrue();
    }
    assertThat(get("t-manager", "/api/housing/units").getBody()).isEqualTo(units);

    String unit = freeUnit();
    String head = registered("Мария", "Асенова");
    String child = registered("Иван", "Асенов");
    ResponseEntity<JsonNode> recorded =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, child));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getHeaders().getLocation()).hasPath("/api/housing/plans/" + head);
    JsonNode body = recorded.getBody();
    assertThat(body.get("head").asText()).isEqualTo(head);
    assertThat(body.get("tenancyId").asLong()).isPositive();
    String instance = body.get("processInstanceId").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult())
        .satisfies(
            pi -> {
              assertThat(pi.getBusinessKey()).isEqualTo(head);
              assertThat(pi.getProcessDefinitionId()).startsWith(PROCESS + ":");
            });
    Task assessment = task(instance);
    assertThat(assessment.getTaskDefinitionKey()).isEqualTo("Task_AssessHousehold");
    assertThat(assessment.getAssignee()).isEqualTo("t-social");
    assertThat(occupied(unit)).isTrue();

    JsonNode plan = get("t-manager", "/api/housing/plans/" + head).getBody();
    assertThat(plan.at("/plan/status").asText()).isEqualTo("ASSESSMENT");
    assertThat(plan.at("/plan/keyWorker").asText()).isEqualTo("t-social");
    assertThat(plan.at("/tenancy/unit").asText()).isEqualTo(unit);
    assertThat(plan.at("/tenancy/moveIn").asText()).isEqualTo("2022-06-01");
    assertThat(plan.at("/tenancy/head").asText()).isEqualTo(head);
    assertThat(plan.at("/tenancy/members").get(0).asText()).isEqualTo(child);
    assertThat(plan.get("goals")).isEmpty();
    assertThat(plan.get("history")).isEmpty();
    assertThat(plan.get("reviews")).isEmpty();
  }

  @Test
  void badInputIs400NamingTheFieldAndSavesNothing() {
    String unit = freeUnit();
    String head = registered("Петя", "Димова");
    String member = registered("Ана", "Димова");
    Saved before = saved();

    ResponseEntity<JsonNode> unknownUnit =
        post("t-social", "/api/housing/tenancies", tenancy("unit-99", head, member));
    assertFieldProblem(unknownUnit, "unit");
    assertProblemDocument(unknownUnit, 400);
    assertThat(unknownUnit.getBody().get("errors").get(0).get("message").asText())
        .contains("unit-99");
    assertFieldProblem(
        post("t-social", "/api/housing/tenancies", tenancy(null, head, member)), "unit");
    assertFieldProblem(
        post("t-social", "/api/housing/tenancies", tenancy(unit, "KZ-NONE-1", member)), "head");
    assertFieldProblem(
        post("t-social", "/api/housing/tenancies", tenancy(unit, null, member)), "head");
    ResponseEntity<JsonNode> unknownMember =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, member, "KZ-NONE-2"));
    assertFieldProblem(unknownMember, "members");
    assertThat(unknownMember.getBody().get("errors").findValuesAsText("message"))
        .anySatisfy(message -> assertThat(message).contains("KZ-NONE-2"));

    ObjectNode noMoveIn = tenancy(unit, head, member);
    noMoveIn.remove("moveIn");
    assertFieldProblem(post("t-social", "/api/housing/tenancies", noMoveIn), "moveIn");
    ResponseEntity<JsonNode> malformed =
        post(
            "t-social",
            "/api/housing/tenancies",
            tenancy(unit, head, member).put("moveIn", "01.06.2022"));
    assertFieldProblem(malformed, "moveIn");
    assertProblemDocument(malformed, 400);
    assertFieldProblem(
        post(
            "t-social",
            "/api/housing/tenancies",
            tenancy(unit, head, member).put("moveIn", "2022-02-30")),
        "moveIn");
    assertFieldProblem(
        post(
            "t-social",
            "/api/housing/tenancies",
            tenancy(unit, head, member).put("moveIn", "2023-07-01")),
        "moveIn");
    assertFieldProblem(
        post(
            "t-social",
            "/api/housing/tenancies",
            tenancy(unit, head, member).put("moveIn", "2020-12-31")),
        "moveIn");
    assertFieldProblem(
        post(
            "t-social",
            "/api/housing/tenancies",
            tenancy(unit, head, member).set("members", json.createObjectNode())),
        "members");
    ResponseEntity<JsonNode> noBody =
        as("t-social")
            .exchange(
                "/api/housing/tenancies",
                HttpMethod.POST,
                new org.springframework.http.HttpEntity<>("{", jsonHeaders()),
                JsonNode.class);
    assertFieldProblem(noBody, "body");

    assertThat(saved()).isEqualTo(before);
    assertThat(occupied(unit)).isFalse();
    assertThat(get("t-social", "/api/housing/plans/" + head).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anOccupiedUnitOrSomeoneHousedAlreadyIs409AndSavesNothing() {
    String unit = freeUnit();
    String head = registered("Стоян", "Маринов");
    String member = registered("Гергана", "Маринова");
    assertThat(
            post("t-social", "/api/housing/tenancies", tenancy(unit, head, member)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String otherUnit = freeUnit();
    String newcomer = registered("Любен", "Петров");
    Saved before = saved();

    ResponseEntity<JsonNode> occupiedUnit =
        post("t-social", "/api/housing/tenancies", tenancy(unit, newcomer));
    assertProblemDocument(occupiedUnit, 409);
    assertThat(occupiedUnit.getBody().get("detail").asText()).contains(unit);

    ResponseEntity<JsonNode> memberHoused =
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, newcomer, member));
    assertProblemDocument(memberHoused, 409);
    assertThat(memberHoused.getBody().get("detail").asText()).contains(member);

    ResponseEntity<JsonNode> headHoused =
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, head));
    assertProblemDocument(headHoused, 409);

    ResponseEntity<JsonNode> headAsMember =
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, newcomer, head));
    assertProblemDocument(headAsMember, 409);

    ResponseEntity<JsonNode> memberAsHead =
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, member));
    assertProblemDocument(memberAsHead, 409);

    assertThat(saved()).isEqualTo(before);
    assertThat(occupied(otherUnit)).isFalse();
    assertThat(get("t-social", "/api/housing/plans/" + newcomer).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlySocialWorkersRecordAndOnlyTheyAndManagersRead() {
    String unit = freeUnit();
    String head = registered("Роза", "Илиева");
    Saved before = saved();

    for (String user : List.of("t-officer", "t-hr", "t-finance", "t-coordinator", "t-manager")) {
      ResponseEntity<JsonNode> refused = post(user, "/api/housing/tenancies", tenancy(unit, head));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(PROBLEM)).as(user).isTrue();
    }
    for (String user : List.of("t-officer", "t-hr", "t-finance", "t-coordinator")) {
      assertThat(get(user, "/api/housing/units").getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get(user, "/api/housing/plans/" + head).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.getForEntity("/api/housing/units", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(saved()).isEqualTo(before);
    assertThat(occupied(unit)).isFalse();
  }

  @Test
  void aHouseholdWithoutAPlanIs404() {
    ResponseEntity<JsonNode> unknown = get("t-manager", "/api/housing/plans/KZ-NONE-3");
    assertProblemDocument(unknown, 404);
    assertThat(unknown.getBody().get("detail").asText()).contains("KZ-NONE-3");

    String notHoused = registered("Калин", "Стоев");
    assertThat(get("t-social", "/api/housing/plans/" + notHoused).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anApprovedPlanCountsInTheIndicatorsAndAMoveOutFreesTheUnit() {
    JsonNode before = housingIndicators();
    assertThat(before.get("units").asInt()).isEqualTo(10);
    String unit = freeUnit();
    String head = registered("Невена", "Колева");
    String child = registered("Петър", "Колев");
    JsonNode recorded =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, child)).getBody();
    String instance = recorded.get("processInstanceId").asText();
    assertThat(housingIndicators().get("householdsWithPlan").asLong())
        .as("a plan not yet approved does not count")
        .isEqualTo(before.get("householdsWithPlan").asLong());

    complete(instance, "t-social", "social-workers", Map.of("assessmentSummary", "Нужди."));
    complete(
        instance,
        "t-social",
        "social-workers",
        Map.of(
            "planGoals",
            List.of(
                Map.of(
                    "kind", "gp-registration",
                    "owner", child,
                    "specialist", "Здравен медиатор",
                    "targetDate", "2022-09-30"),
                Map.of(
                    "kind", "labour-office-registration",
                    "owner", head,
                    "specialist", "Социален работник",
                    "targetDate", "2022-07-31"))));
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_ApprovePlan");
    complete(instance, "t-manager", "project-managers", Map.of("planDecision", "APPROVE"));

    JsonNode after = housingIndicators();
    assertThat(after.get("units").asInt()).isEqualTo(10);
    assertThat(after.get("householdsWithPlan").asLong())
        .isEqualTo(before.get("householdsWithPlan").asLong() + 1);
    assertThat(after.get("householdsMovedOut").asLong())
        .isEqualTo(before.get("householdsMovedOut").asLong());
    assertThat(after.get("goals").findValuesAsText("domain"))
        .containsExactly("WORK", "HEALTH", "EDUCATION", "SOCIAL");
    assertThat(set(after, "WORK")).isEqualTo(set(before, "WORK") + 1);
    assertThat(set(after, "HEALTH")).isEqualTo(set(before, "HEALTH") + 1);
    assertThat(set(after, "EDUCATION")).isEqualTo(set(before, "EDUCATION"));
    assertThat(achieved(after, "WORK")).isEqualTo(achieved(before, "WORK"));

    JsonNode plan = get("t-social", "/api/housing/plans/" + head).getBody();
    assertThat(plan.at("/plan/status").asText()).isEqualTo("ACTIVE");
    assertThat(plan.at("/plan/approvedOn").asText()).isEqualTo("2022-06-06");
    assertThat(plan.get("goals")).hasSize(2);
    assertThat(plan.get("goals").findValuesAsText("owner")).containsExactlyInAnyOrder(head, child);
    assertThat(plan.get("history")).hasSize(2);
    assertThat(plan.get("reviews")).isEmpty();

    ResponseEntity<JsonNode> movedOut = moveOut("t-social", head, "2022-06-06", "OWN_HOME");
    assertThat(movedOut.getStatusCode().value()).as("%s", movedOut.getBody()).isEqualTo(200);
    assertThat(occupied(unit)).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    JsonNode moved = housingIndicators();
    assertThat(moved.get("householdsMovedOut").asLong())
        .isEqualTo(before.get("householdsMovedOut").asLong() + 1);
    assertThat(get("t-social", "/api/housing/plans/" + head).getBody().at("/plan/status").asText())
        .isEqualTo("CLOSED");

    ResponseEntity<JsonNode> again =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, child));
    assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody().get("processInstanceId").asText()).isNotEqualTo(instance);
    assertThat(task(again.getBody().get("processInstanceId").asText()).getTaskDefinitionKey())
        .isEqualTo("Task_AssessHousehold");
    assertThat(get("t-social", "/api/housing/plans/" + head).getBody().at("/plan/status").asText())
        .isEqualTo("ASSESSMENT");
    assertThat(housingIndicators().get("householdsWithPlan").asLong())
        .as("the plan approved before still counts")
        .isEqualTo(before.get("householdsWithPlan").asLong() + 1);
  }

  @Test
  void aWithdrawnHeadsCaseEndsAndTheyAreHousedNoMore() {
    String unit = freeUnit();
    String head = registered("Тодор", "Начев");
    String instance =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head))
            .getBody()
            .get("processInstanceId")
            .asText();

    ResponseEntity<JsonNode> withdrawn =
        post(
            "t-social",
            "/api/participants/" + head + "/withdrawal",
            json.createObjectNode().put("reason", "Напуска програмата."));

    assertThat(withdrawn.getStatusCode()).as("%s", withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    JsonNode plan = get("t-manager", "/api/housing/plans/" + head).getBody().get("plan");
    assertThat(plan.get("status").asText()).isEqualTo("CLOSED");
    assertThat(plan.get("closeReason").asText()).isEqualTo("WITHDRAWN");
    String otherUnit = freeUnit();
    Saved before = saved();
    assertFieldProblem(
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, registered("А", "Б"), head)),
        "members");
    assertThat(saved().tenancies()).isEqualTo(before.tenancies());
  }

  @Test
  void aSocialWorkerStartsACaseWithTheStartFormsOnlyField() {
    String head = registered("Добри", "Ганев");
    Saved before = saved();

    ResponseEntity<JsonNode> steered =
        startThroughEngine("t-social", Map.of("head", head, "tenancyRecorded", true));
    assertThat(steered.getStatusCode().is4xxClientError()).as("%s", steered.getBody()).isTrue();
    ResponseEntity<JsonNode> impersonated =
        startThroughEngine("t-social", Map.of("head", head, "startedBy", "t-manager"));
    assertThat(impersonated.getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<JsonNode> byManager = startThroughEngine("t-manager", Map.of("head", head));
    assertThat(byManager.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> unregistered =
        startThroughEngine("t-social", Map.of("head", "KZ-NONE-4"));
    assertThat(unregistered.getStatusCode().value()).isEqualTo(400);
    assertThat(saved()).isEqualTo(before);

    ResponseEntity<JsonNode> started = startThroughEngine("t-social", Map.of("head", head));

    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
    String instance = started.getBody().get("id").asText();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getBusinessKey())
        .isEqualTo(head);
    Task tenancyTask = task(instance);
    assertThat(tenancyTask.getTaskDefinitionKey()).isEqualTo("Task_RecordTenancy");
    assertThat(tenancyTask.getAssignee()).isEqualTo("t-social");
    assertThat(
            runtime.getVariable(instance, HousingVariables.TENANCY_RECORDED)) // set by the delegate
        .isEqualTo(false);
    assertThat(startThroughEngine("t-social", Map.of("head", head)).getStatusCode().value())
        .as("one case per person")
        .isEqualTo(409);
    String viaTasklist = registered("Деян", "Ганев");
    ResponseEntity<JsonNode> startForm =
        engineRest()
            .call(
                "t-social",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PROCESS + "/submit-form",
                EngineRest.body("variables", Map.of("head", viaTasklist)));
    assertThat(startForm.getStatusCode().value()).as("%s", startForm.getBody()).isEqualTo(200);
    assertThat(task(startForm.getBody().get("id").asText()).getTaskDefinitionKey())
        .isEqualTo("Task_RecordTenancy");
    ResponseEntity<JsonNode> startFormSteered =
        engineRest()
            .call(
                "t-social",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PROCESS + "/submit-form",
                EngineRest.body(
                    "variables", Map.of("head", registered("Ели", "Ганева"), "newTenancy", "x")));
    assertThat(startFormSteered.getStatusCode().value()).isEqualTo(400);

    // the API records the tenancy in the waiting case instead of opening another one
    String unit = freeUnit();
    ResponseEntity<JsonNode> recorded =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody().get("processInstanceId").asText()).isEqualTo(instance);
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_AssessHousehold");
    assertThat(occupied(unit)).isTrue();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(head)
                .count())
        .isOne();
  }

  @Test
  void theTenancyTaskHousesAHouseholdWhoseMemberWaitedInACaseOfTheirOwn() {
    String head = registered("Велина", "Янева");
    String member = registered("Симеон", "Янев");
    String headCase =
        startThroughEngine("t-social", Map.of("head", head)).getBody().get("id").asText();
    String memberCase =
        startThroughEngine("t-social", Map.of("head", member)).getBody().get("id").asText();
    Task tenancyTask = task(headCase);
    assertThat(tenancyTask.getTaskDefinitionKey()).isEqualTo("Task_RecordTenancy");
    String occupied = occupiedUnit();
    String unit = freeUnit();
    Saved before = saved();

    ResponseEntity<JsonNode> occupiedUnit =
        submit(
            "t-social",
            tenancyTask,
            Map.of("unit", occupied, "moveIn", "2022-06-01", "members", member));
    assertThat(occupiedUnit.getStatusCode().value())
        .as("%s", occupiedUnit.getBody())
        .isEqualTo(409);
    assertThat(task(headCase).getId()).isEqualTo(tenancyTask.getId());
    for (Map<String, String> wrong :
        List.of(
            Map.of("unit", unit, "moveIn", "1.6.2022", "members", member),
            Map.of("unit", "unit-99", "moveIn", "2022-06-01", "members", member),
            Map.of("unit", unit, "moveIn", "2022-06-01", "members", member + " KZ-NONE-5"),
            Map.of("unit", unit, "moveIn", "2022-06-01", "head", member))) {
      ResponseEntity<JsonNode> refused = submit("t-social", tenancyTask, wrong);
      assertThat(refused.getStatusCode().value())
          .as("%s: %s", wrong, refused.getBody())
          .isEqualTo(400);
    }
    assertThat(
            submit("t-manager", tenancyTask, Map.of("unit", unit, "moveIn", "2022-06-01"))
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(saved()).isEqualTo(before);

    ResponseEntity<JsonNode> housed =
        submit(
            "t-social",
            tenancyTask,
            Map.of("unit", unit, "moveIn", "2022-06-01", "members", member));

    assertThat(housed.getStatusCode().value()).as("%s", housed.getBody()).isEqualTo(204);
    assertThat(occupied(unit)).isTrue();
    assertThat(task(headCase).getTaskDefinitionKey()).isEqualTo("Task_AssessHousehold");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(memberCase).count())
        .as("the member's own case closes: the household's plan supports them")
        .isZero();
    JsonNode plan = get("t-social", "/api/housing/plans/" + head).getBody();
    assertThat(plan.at("/tenancy/unit").asText()).isEqualTo(unit);
    assertThat(plan.at("/tenancy/members").get(0).asText()).isEqualTo(member);
    assertThat(get("t-social", "/api/housing/plans/" + member).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aTenancyRecordedThroughTheApiClosesAMembersWaitingCase() {
    String head = registered("Иво", "Стратиев");
    String member = registered("Зора", "Стратиева");
    String memberCase =
        startThroughEngine("t-social", Map.of("head", member)).getBody().get("id").asText();
    String unit = freeUnit();

    ResponseEntity<JsonNode> recorded =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, member));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(memberCase).count()).isZero();
    assertThat(task(recorded.getBody().get("processInstanceId").asText()).getTaskDefinitionKey())
        .isEqualTo("Task_AssessHousehold");
  }

  @Test
  void onboardingRoutesSomeoneToHousingSupportAndTheApiHousesThemInThatCase() {
    String person = registered("Стефка", "Русева");
    String housed = registered("Мирослав", "Русев");
    String unit = freeUnit();
    post("t-social", "/api/housing/tenancies", tenancy(unit, housed));

    routedToHousing(person);
    routedToHousing(person); // enrolled again: still one case
    routedToHousing(housed); // lives in a unit: the household's plan supports him

    List<org.camunda.bpm.engine.runtime.ProcessInstance> cases =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS)
            .processInstanceBusinessKey(person)
            .list();
    assertThat(cases).hasSize(1);
    String instance = cases.get(0).getId();
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_RecordTenancy");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(housed)
                .count())
        .isOne();

    String otherUnit = freeUnit();
    ResponseEntity<JsonNode> recorded =
        post("t-social", "/api/housing/tenancies", tenancy(otherUnit, person));
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody().get("processInstanceId").asText()).isEqualTo(instance);
    Task assessment = task(instance);
    assertThat(assessment.getTaskDefinitionKey()).isEqualTo("Task_AssessHousehold");
    assertThat(assessment.getAssignee()).isEqualTo("t-social");
  }

  /** Onboarding enrols the person in housing support while a case officer completes the step. */
  private void routedToHousing(String registrationNumber) {
    engineIdentity.setAuthentication("t-officer", List.of("case-officers"));
    try {
      transaction.executeWithoutResult(
          status ->
              events.publishEvent(
                  new ParticipantEnrolledInStream(
                      registrationNumber, SupportStream.HOUSING_SUPPORT)));
    } finally {
      engineIdentity.clearAuthentication();
    }
  }

  @Test
  void aWrongMoveOutIsRefusedAndTheHouseholdStays() {
    String unit = freeUnit();
    String head = registered("Христо", "Генов");
    String member = registered("Мила", "Генова");
    String instance =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head, member))
            .getBody()
            .get("processInstanceId")
            .asText();
    long moveOuts =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(HousingCases.MOVE_OUT_PROCESS_ID)
            .count();
    Saved before = saved();

    assertThat(moveOut("t-social", member, "2022-06-06", "OWN_HOME").getStatusCode().value())
        .as("a member is not the head")
        .isEqualTo(400);
    assertThat(moveOut("t-social", head, "2022-05-31", "OWN_HOME").getStatusCode().value())
        .as("before the move-in")
        .isEqualTo(400);
    assertThat(moveOut("t-social", head, "2022-06-07", "OWN_HOME").getStatusCode().value())
        .as("tomorrow")
        .isEqualTo(400);
    assertThat(moveOut("t-social", head, "2022-06-06", "EVICTED").getStatusCode().value())
        .isEqualTo(400);
    assertThat(moveOut("t-social", head, "06.06.2022", "OWN_HOME").getStatusCode().value())
        .isEqualTo(400);
    assertThat(moveOut("t-manager", head, "2022-06-06", "OWN_HOME").getStatusCode().value())
        .isEqualTo(403);

    assertThat(saved()).isEqualTo(before);
    assertThat(occupied(unit)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(HousingCases.MOVE_OUT_PROCESS_ID)
                .count())
        .isEqualTo(moveOuts);
  }

  @Test
  void aWaitingCaseTheAdministratorDeletedGivesWayToANewOne() {
    String head = registered("Борис", "Танев");
    String instance =
        startThroughEngine("t-social", Map.of("head", head)).getBody().get("id").asText();
    assertThat(
            engineRest()
                .call(
                    "t-admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null)
                .getStatusCode()
                .value())
        .isEqualTo(204);

    ResponseEntity<JsonNode> reopened = startThroughEngine("t-social", Map.of("head", head));
    assertThat(reopened.getStatusCode().value())
        .as("the case's row outlived the instance: %s", reopened.getBody())
        .isEqualTo(409);
    Saved before = saved();
    assertThat(
            post("t-social", "/api/housing/tenancies", tenancy("unit-99", head))
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(saved()).isEqualTo(before);

    String unit = freeUnit();
    ResponseEntity<JsonNode> recorded =
        post("t-social", "/api/housing/tenancies", tenancy(unit, head));

    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    String opened = recorded.getBody().get("processInstanceId").asText();
    assertThat(opened).isNotEqualTo(instance);
    assertThat(task(opened).getTaskDefinitionKey()).isEqualTo("Task_AssessHousehold");
    assertThat(occupied(unit)).isTrue();
  }

  // --- helpers

  /** What a refused request must not leave behind. */
  record Saved(
      long occupiedUnits,
      long runningCases,
      long casesEverStarted,
      long tenancies,
      long residents,
      long housingCases,
      long plans) {}

  private Saved saved() {
    return new Saved(
        get("t-social", "/api/housing/units").getBody().findValues("occupied").stream()
            .filter(JsonNode::asBoolean)
            .count(),
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count(),
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count(),
        count("housing_tenancy"),
        count("housing_resident"),
        count("housing_case"),
        count("housing_plan"));
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** A unit free now; when the tests have filled all ten, an earlier household moves out. */
  private String freeUnit() {
    for (JsonNode unit : get("t-social", "/api/housing/units").getBody()) {
      if (!unit.get("occupied").asBoolean()) {
        return unit.get("id").asText();
      }
    }
    String head =
        jdbc.sql(
                "select t.head from housing_tenancy t join housing_unit_occupancy o"
                    + " on o.tenancy_id = t.id order by t.id")
            .query(String.class)
            .list()
            .get(0);
    assertThat(moveOut("t-social", head, "2022-06-06", "OTHER").getStatusCode().value())
        .isEqualTo(200);
    return freeUnit();
  }

  private ResponseEntity<JsonNode> moveOut(String user, String head, String date, String reason) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("head", head);
    values.put("moveOut", date);
    values.put("moveOutReason", reason);
    return engineRest()
        .call(
            user,
            HttpMethod.POST,
            "/engine-rest/process-definition/key/"
                + HousingCases.MOVE_OUT_PROCESS_ID
                + "/submit-form",
            EngineRest.body("variables", values));
  }

  private String occupiedUnit() {
    for (JsonNode unit : get("t-social", "/api/housing/units").getBody()) {
      if (unit.get("occupied").asBoolean()) {
        return unit.get("id").asText();
      }
    }
    String unit = freeUnit();
    assertThat(
            post("t-social", "/api/housing/tenancies", tenancy(unit, registered("Зае", "Тест")))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    return unit;
  }

  private ResponseEntity<JsonNode> submit(String user, Task task, Map<String, ?> values) {
    return engineRest()
        .call(
            user,
            HttpMethod.POST,
            "/engine-rest/task/" + task.getId() + "/submit-form",
            EngineRest.body("variables", values));
  }

  private boolean occupied(String unit) {
    for (JsonNode listed : get("t-social", "/api/housing/units").getBody()) {
      if (listed.get("id").asText().equals(unit)) {
        return listed.get("occupied").asBoolean();
      }
    }
    throw new IllegalArgumentException(unit);
  }

  private String registered(String first, String last) {
    return registry
        .register(
            TestPeople.person(
                first,
                last,
                LocalDate.of(1975, 1, 1).plusDays(PEOPLE.incrementAndGet()),
                "Казанлък",
                "UNEMPLOYED",
                "ISCED_2"),
            "t-officer")
        .registrationNumber();
  }

  private ObjectNode tenancy(String unit, String head, String... members) {
    ObjectNode body = json.createObjectNode();
    body.put("unit", unit).put("moveIn", "2022-06-01").put("head", head);
    ArrayNode list = body.putArray("members");
    for (String member : members) {
      list.add(member);
    }
    return body;
  }

  private static void assertProblemDocument(ResponseEntity<JsonNode> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
    assertThat(response.getBody().get("title").asText()).isNotBlank();
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
  }

  private JsonNode housingIndicators() {
    ResponseEntity<JsonNode> report = get("t-manager", "/api/reports/indicators");
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    return report.getBody().get("housing");
  }

  private static long set(JsonNode housing, String domain) {
    return goals(housing, domain).get("set").asLong();
  }

  private static long achieved(JsonNode housing, String domain) {
    return goals(housing, domain).get("achieved").asLong();
  }

  private static JsonNode goals(JsonNode housing, String domain) {
    for (JsonNode goals : housing.get("goals")) {
      if (goals.get("domain").asText().equals(domain)) {
        return goals;
      }
    }
    throw new AssertionError("no goals of domain " + domain + " in " + housing);
  }

  private ResponseEntity<JsonNode> startThroughEngine(String user, Map<String, ?> variables) {
    return engineRest()
        .call(
            user,
            HttpMethod.POST,
            "/engine-rest/process-definition/key/" + PROCESS + "/start",
            EngineRest.body("variables", variables));
  }

  /** Completes the case's one task as a user of the group, the way the form would. */
  private void complete(String instance, String user, String group, Map<String, Object> values) {
    engineIdentity.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task(instance).getId(), values);
    } finally {
      engineIdentity.clearAuthentication();
    }
  }

  private Task task(String instance) {
    List<Task> open = new ArrayList<>(tasks.createTaskQuery().processInstanceId(instance).list());
    assertThat(open).hasSize(1);
    return open.get(0);
  }
}
