package bg.kazanlak.inclusion.process;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.ApiTestSupport;
import bg.kazanlak.inclusion.EngineRest;
import bg.kazanlak.inclusion.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The reproductions of issue 7, tried through HTTP as a user with a login would: each one now fails
 * and changes nothing.
 */
class EngineDoorRegressionTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired EngineDoorPlugin plugin;

  /** A second finance officer, besides the users every HTTP test has. */
  @BeforeEach
  void secondFinanceOfficer() {
    identity.ensureUser(
        "t-finance-2",
        "Тест",
        "Финанси 2",
        ApiTestSupport.PASSWORD,
        java.util.List.of(bg.kazanlak.inclusion.identity.Groups.FINANCE));
  }

  @Test
  void financeCannotSkipTheManagerByOverwritingTheRoute() {
    JsonNode expense = requestExpense("t-coordinator", "6000.00");
    Task approval = task(expense, "Task_FinanceApproval");

    ResponseEntity<JsonNode> steered =
        engineRest()
            .call(
                "t-finance",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/submit-form",
                EngineRest.body(
                    "variables", Map.of("decision", "APPROVE", "managerApprovalRequired", false)));

    assertThat(steered.getStatusCode().value()).isEqualTo(400);
    assertThat(steered.getBody().path("message").asText()).contains("managerApprovalRequired");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isOne();

    ResponseEntity<JsonNode> approved =
        engineRest()
            .call(
                "t-finance",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/submit-form",
                EngineRest.body("variables", Map.of("decision", "APPROVE")));
    assertThat(approved.getStatusCode().value()).isEqualTo(204);
    assertThat(task(expense, "Task_ManagerApproval")).isNotNull();
  }

  @Test
  void aCorrectionCannotRewriteAnotherExpense() {
    JsonNode other = requestExpense("t-coordinator", "100.00");
    JsonNode returned = requestExpense("t-coordinator", "200.00");
    Task approval = task(returned, "Task_FinanceApproval");
    assertThat(
            engineRest()
                .call(
                    "t-finance",
                    HttpMethod.POST,
                    "/engine-rest/task/" + approval.getId() + "/submit-form",
                    EngineRest.body(
                        "variables",
                        Map.of("decision", "RETURN", "decisionComment", "Липсва фактура")))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    Task correction = task(returned, "Task_CorrectExpense");

    ResponseEntity<JsonNode> rewrite =
        engineRest()
            .call(
                "t-coordinator",
                HttpMethod.POST,
                "/engine-rest/task/" + correction.getId() + "/submit-form",
                EngineRest.body(
                    "variables",
                    Map.of(
                        "expenseNumber", other.path("expenseNumber").asText(), "amount", "1.00")));

    assertThat(rewrite.getStatusCode().value()).isEqualTo(400);
    assertThat(correction.getAssignee()).isEqualTo("t-coordinator");
    ResponseEntity<JsonNode> byAnother =
        engineRest()
            .call(
                "t-finance",
                HttpMethod.POST,
                "/engine-rest/task/" + correction.getId() + "/submit-form",
                EngineRest.body("variables", Map.of("amount", "1.00")));
    assertThat(byAnother.getStatusCode().value()).isIn(403, 422);
    assertThat(
            engineRest()
                .call(
                    "t-finance",
                    HttpMethod.GET,
                    "/api/expenses/" + returned.path("expenseNumber").asText(),
                    null)
                .getBody()
                .path("status")
                .asText())
        .isEqualTo("RETURNED");
    JsonNode unchanged =
        engineRest()
            .call(
                "t-finance",
                HttpMethod.GET,
                "/api/expenses/" + other.path("expenseNumber").asText(),
                null)
            .getBody();
    assertThat(unchanged.path("amount").decimalValue()).isEqualByComparingTo("100.00");
    assertThat(unchanged.path("status").asText()).isEqualTo("REQUESTED");
  }

  @Test
  void aRejectedChildCannotBeModifiedIntoEmployment() {
    ObjectNode child = participant(LocalDate.of(2010, 3, 14));
    ResponseEntity<JsonNode> registered =
        engineRest().call("t-officer", HttpMethod.POST, "/api/participants", child);
    assertThat(registered.getStatusCode().value()).isEqualTo(201);
    String instance = registered.getBody().path("processInstanceId").asText();
    String number = registered.getBody().path("registrationNumber").asText();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_InformRejectedPerson")
                .count())
        .isOne();

    ResponseEntity<JsonNode> modified =
        engineRest()
            .call(
                "t-officer",
                HttpMethod.POST,
                "/engine-rest/process-instance/" + instance + "/modification",
                json(
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_InformRejectedPerson\"},"
                        + "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_EnrolInStreams\","
                        + "\"variables\":{\"streamsToEnrol\":{\"value\":\"EMPLOYMENT\"}}}]}"));

    assertThat(modified.getStatusCode().value()).isEqualTo(403);
    assertThat(
            engineRest()
                .call("t-officer", HttpMethod.GET, "/api/participants/" + number, null)
                .getBody()
                .path("status")
                .asText())
        .isEqualTo("REJECTED");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("employment")
                .processInstanceBusinessKey(number)
                .count())
        .isZero();
    for (String path : new String[] {"/variables/eligible", "/suspended"}) {
      assertThat(
              engineRest()
                  .call(
                      "t-officer",
                      HttpMethod.PUT,
                      "/engine-rest/process-instance/" + instance + path,
                      json("{\"value\":true,\"suspended\":true}"))
                  .getStatusCode()
                  .value())
          .as(path)
          .isEqualTo(403);
    }
  }

  @Test
  @org.junit.jupiter.api.extension.ExtendWith(
      org.springframework.boot.test.system.OutputCaptureExtension.class)
  void aRefusedFormIsA4xxWithoutAStackTraceInTheLog(
      org.springframework.boot.test.system.CapturedOutput log) {
    JsonNode expense = requestExpense("t-coordinator", "75.00");
    Task approval = task(expense, "Task_FinanceApproval");
    int before = log.getAll().length();

    ResponseEntity<JsonNode> typo =
        engineRest()
            .call(
                "t-finance",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/submit-form",
                EngineRest.body("variables", Map.of("decison", "APPROVE")));

    assertThat(typo.getStatusCode().value()).isEqualTo(400);
    assertThat(typo.getBody().path("errors").findValuesAsText("field")).containsExactly("decison");
    String written = log.getAll().substring(before);
    assertThat(written).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("ERROR");
  }

  @Test
  void everyFourEyesRuleAModelNamesExists() throws java.io.IOException {
    FourEyesRules rules = plugin.fourEyesRules();
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(java.nio.file.Path.of("bpmn"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        org.camunda.bpm.model.bpmn.BpmnModelInstance model =
            org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(file.toFile());
        for (org.camunda.bpm.model.bpmn.instance.UserTask task :
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
          DeployedForms.property(task, FourEyesRules.PROPERTY)
              .ifPresent(
                  name ->
                      assertThat(rules.knows(name))
                          .as("%s: %s names rule %s", file, task.getId(), name)
                          .isTrue());
        }
      }
    }
  }

  @Test
  void socialWorkersNeitherStartNorReadExpensesInTheEngine() {
    JsonNode expense = requestExpense("t-finance", "50.00");

    ResponseEntity<JsonNode> started =
        engineRest()
            .call(
                "t-social",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/expense-approval/start",
                EngineRest.body(
                    "variables",
                    Map.of("requestedBy", "t-finance", "budgetLine", "hrd-activities")));
    ResponseEntity<JsonNode> read =
        engineRest()
            .call(
                "t-social",
                HttpMethod.GET,
                "/engine-rest/process-instance/"
                    + expense.path("processInstanceId").asText()
                    + "/variables",
                null);

    assertThat(started.getStatusCode().value()).isIn(403, 404);
    assertThat(read.getStatusCode().value()).isIn(403, 404);
    assertThat(
            engineRest()
                .call(
                    "t-social",
                    HttpMethod.GET,
                    "/engine-rest/history/variable-instance"
                        + "?processInstanceId="
                        + expense.path("processInstanceId").asText(),
                    null)
                .getBody()
                .size())
        .isZero();
  }

  @Test
  void nobodyApprovesTheirOwnRequestEvenInBothGroups() {
    JsonNode own = requestExpense("t-all", "300.00");
    Task approval = task(own, "Task_FinanceApproval");

    ResponseEntity<JsonNode> claimed =
        engineRest()
            .call(
                "t-all",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/claim",
                json("{\"userId\":\"t-all\"}"));
    ResponseEntity<JsonNode> approved =
        engineRest()
            .call(
                "t-all",
                HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/submit-form",
                EngineRest.body("variables", Map.of("decision", "APPROVE")));

    assertThat(claimed.getStatusCode().value()).isEqualTo(422);
    assertThat(approved.getStatusCode().value()).isEqualTo(422);
    assertThat(approved.getBody().path("message").asText()).contains("четири очи");
    assertThat(
            engineRest()
                .call(
                    "t-finance-2",
                    HttpMethod.POST,
                    "/engine-rest/task/" + approval.getId() + "/submit-form",
                    EngineRest.body("variables", Map.of("decision", "APPROVE")))
                .getStatusCode()
                .value())
        .isEqualTo(204);
  }

  private JsonNode requestExpense(String user, String amount) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("budgetLine", "hrd-activities")
            .put("amount", new BigDecimal(amount))
            .put("supplier", "Спорт Дистрибушън ООД")
            .put("purpose", "Спортни пособия за инициатива")
            .put("date", LocalDate.of(2022, 6, 2).toString())
            .put("documentRef", "Фактура 1001/02.06.2022");
    ResponseEntity<JsonNode> created =
        engineRest().call(user, HttpMethod.POST, "/api/expenses", body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    return created.getBody();
  }

  private Task task(JsonNode started, String activity) {
    return tasks
        .createTaskQuery()
        .processInstanceId(started.path("processInstanceId").asText())
        .taskDefinitionKey(activity)
        .singleResult();
  }

  private static ObjectNode participant(LocalDate birthDate) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("personalNumber", TestPeople.freshEgn(birthDate))
            .put("firstName", "Дете")
            .put("lastName", "Тестово")
            .put("settlement", "Крън")
            .put("consentToServices", true);
    body.putObject("entry")
        .put("employmentStatus", "INACTIVE_IN_EDUCATION")
        .put("educationLevel", "ISCED_1")
        .put("homelessOrHousingExclusion", false);
    return body;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
