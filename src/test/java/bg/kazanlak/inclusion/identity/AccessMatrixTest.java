package bg.kazanlak.inclusion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.ApiTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every project API endpoint and the engine REST resources that change or read cases, called by a
 * user of every contract group, by a user in no group and by the administrator: those CONTRACT
 * allows get an answer (whatever the junk input earns: 200, 400, 404, 422), everybody else 403.
 * What a group may not do through {@code /api} it may not do through {@code /engine-rest} either.
 */
class AccessMatrixTest extends ApiTest {

  /** One test user per contract group, one in no group, the administrator. */
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("t-officer", Groups.CASE_OFFICERS);
    USERS.put("t-social", Groups.SOCIAL_WORKERS);
    USERS.put("t-hr", Groups.HR_OFFICERS);
    USERS.put("t-finance", Groups.FINANCE);
    USERS.put("t-coordinator", Groups.INITIATIVE_COORDINATORS);
    USERS.put("t-manager", Groups.PROJECT_MANAGERS);
    USERS.put("t-locked", "");
    USERS.put("t-admin", Groups.ADMIN);
  }

  private static final String CO = Groups.CASE_OFFICERS;
  private static final String SW = Groups.SOCIAL_WORKERS;
  private static final String HR = Groups.HR_OFFICERS;
  private static final String FI = Groups.FINANCE;
  private static final String IC = Groups.INITIATIVE_COORDINATORS;
  private static final String PM = Groups.PROJECT_MANAGERS;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;

  record Call(HttpMethod method, String path, Object body, Set<String> allowed) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** README's project API table: who may call what. */
  private static List<Call> projectApi() {
    Object empty = JSON.createObjectNode();
    return List.of(
        new Call(HttpMethod.POST, "/api/participants", empty, Set.of(CO)),
        new Call(HttpMethod.GET, "/api/participants/NONE", null, Set.of(CO, SW, HR, PM)),
        new Call(HttpMethod.POST, "/api/participants/NONE/withdrawal", empty, Set.of(CO, SW)),
        new Call(HttpMethod.PUT, "/api/participants/NONE/legal-hold", empty, Set.of(PM)),
        new Call(HttpMethod.DELETE, "/api/participants/NONE/legal-hold", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/participants/NONE/subject-access-export", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/indicators", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/esf", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/dashboard", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/case-files?q=Иван", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/case-files/NONE", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/audit/participant/NONE", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/financial.xlsx", null, Set.of(FI, PM)),
        new Call(HttpMethod.GET, "/api/reports/isun-participants.xlsx", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/isun-participants/refusals", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/reports/technical-report.pdf", null, Set.of(PM)),
        new Call(HttpMethod.GET, "/api/budget", null, Set.of(FI, PM)),
        new Call(HttpMethod.POST, "/api/expenses", empty, Set.of(FI, IC)),
        new Call(HttpMethod.GET, "/api/expenses/NONE", null, Set.of(FI, IC, PM)),
        new Call(HttpMethod.GET, "/api/clubs", null, Set.of(SW, PM, FI)),
        new Call(HttpMethod.GET, "/api/clubs/NONE", null, Set.of(SW, PM, FI)),
        new Call(HttpMethod.POST, "/api/clubs", empty, Set.of(SW)),
        new Call(HttpMethod.GET, "/api/clubs/NONE/enrolments", null, Set.of(SW, PM)),
        new Call(HttpMethod.POST, "/api/clubs/NONE/enrolments", empty, Set.of(SW)),
        new Call(HttpMethod.POST, "/api/clubs/NONE/enrolments/1/leaving", empty, Set.of(SW)),
        new Call(HttpMethod.POST, "/api/clubs/NONE/sessions", empty, Set.of(SW)),
        new Call(HttpMethod.POST, "/api/clubs/NONE/purchases", empty, Set.of(SW, FI, IC)),
        new Call(HttpMethod.GET, "/api/employment/contracts", null, Set.of(HR, PM)),
        new Call(HttpMethod.GET, "/api/employment/contracts/NONE", null, Set.of(HR, PM)),
        new Call(
            HttpMethod.GET, "/api/employment/contracts/NONE/document.pdf", null, Set.of(HR, PM)),
        new Call(HttpMethod.POST, "/api/employment/contracts/NONE/termination", empty, Set.of(HR)),
        new Call(HttpMethod.GET, "/api/housing/units", null, Set.of(SW, PM)),
        new Call(HttpMethod.POST, "/api/housing/tenancies", empty, Set.of(SW)),
        new Call(HttpMethod.GET, "/api/housing/plans/NONE", null, Set.of(SW, PM)),
        new Call(HttpMethod.POST, "/api/initiatives", empty, Set.of(IC)),
        new Call(HttpMethod.GET, "/api/initiatives", null, Set.of(IC, PM)),
        new Call(HttpMethod.GET, "/api/initiatives/NONE", null, Set.of(IC, PM)),
        new Call(HttpMethod.GET, "/api/family-houses/positions", null, Set.of(HR, PM)),
        new Call(HttpMethod.GET, "/api/family-houses", null, Set.of(SW, PM)),
        new Call(HttpMethod.POST, "/api/family-houses/NONE/services", empty, Set.of(SW)),
        new Call(HttpMethod.GET, "/api/family-houses/NONE/services/NONE", null, Set.of(SW, PM)),
        new Call(HttpMethod.GET, "/api/family-houses/referrals/NONE", null, Set.of(SW, PM)),
        new Call(
            HttpMethod.GET, "/api/family-houses/referrals/NONE/letter.pdf", null, Set.of(SW, PM)));
  }

  @TestFactory
  Stream<DynamicTest> projectApiAnswersOnlyTheContractsGroups() {
    return matrix(projectApi());
  }

  /** Starting through the engine: exactly the groups that may start through the API. */
  @TestFactory
  Stream<DynamicTest> processesStartOnlyForTheirStarters() {
    Object empty = JSON.createObjectNode();
    return matrix(
        List.of(
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/participant-onboarding/start",
                empty,
                Set.of(CO, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/expense-approval/start",
                empty,
                Set.of(FI, IC, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/employment/start",
                empty,
                Set.of(Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/club-registration/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/club-enrolment/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/club-session/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/club-purchase/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/club-leaving/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/housing-support-plan/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/housing-support-plan/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/housing-move-out/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/housing-move-out/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/initiative-approval/start",
                empty,
                Set.of(IC, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/initiative-approval/submit-form",
                empty,
                Set.of(IC, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-position/start",
                empty,
                Set.of(HR, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-position/submit-form",
                empty,
                Set.of(HR, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-service/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-service/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-transfer/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-transfer/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/participant-legal-hold/start",
                empty,
                Set.of(PM, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/participant-legal-hold/submit-form",
                empty,
                Set.of(PM, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/personal-data-retention/start",
                empty,
                Set.of(PM, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/personal-data-retention/submit-form",
                empty,
                Set.of(PM, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/data-sharing-consent/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/data-sharing-consent/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-referral/start",
                empty,
                Set.of(SW, Groups.ADMIN)),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-definition/key/family-house-referral/submit-form",
                empty,
                Set.of(SW, Groups.ADMIN))));
  }

  /**
   * A housing case moves only through its forms and the application's own correlations: nobody but
   * the administrator correlates its messages, sets its variables, modifies or deletes it.
   */
  @TestFactory
  Stream<DynamicTest> housingCasesAreSteeredOnlyByAdministrators() {
    ProcessInstance instance = housingCaseAt("Task_RecordTenancy");
    String id = instance.getId();
    Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
    List<Call> calls =
        List.of(
            new Call(
                HttpMethod.POST,
                "/engine-rest/message",
                json(
                    "{\"messageName\":\"housing-tenancy-recorded\",\"processInstanceId\":\""
                        + id
                        + "\"}"),
                Set.of()),
            new Call(
                HttpMethod.POST,
                "/engine-rest/message",
                json(
                    "{\"messageName\":\"housing-plan-closed\",\"processInstanceId\":\""
                        + id
                        + "\"}"),
                Set.of()),
            new Call(
                HttpMethod.PUT,
                "/engine-rest/process-instance/" + id + "/variables/tenancyRecorded",
                json("{\"value\":true,\"type\":\"Boolean\"}"),
                Set.of()),
            new Call(
                HttpMethod.POST,
                "/engine-rest/process-instance/" + id + "/modification",
                json(
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":"
                        + "\"Task_RecordTenancy\"},{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"Task_AssessHousehold\"}]}"),
                Set.of()),
            new Call(HttpMethod.DELETE, "/engine-rest/process-instance/" + id, null, Set.of()),
            new Call(
                HttpMethod.PUT,
                "/engine-rest/task/" + task.getId() + "/variables/unit",
                json("{\"value\":\"unit-01\",\"type\":\"String\"}"),
                Set.of()));
    return matrix(calls, false);
  }

  /** A housing case's tasks: the social workers' and the administrator's to claim. */
  @TestFactory
  Stream<DynamicTest> housingTasksAreWorkedByTheirCandidateGroup() {
    return claimedOnlyBy(
        "a household's assessment", () -> housingCaseAt("Task_AssessHousehold"), Set.of(SW));
  }

  /**
   * An initiative's tasks: finance's cost review, the managers' approval, the coordinators' report,
   * each claimed by its candidate group (and the administrator) only.
   */
  @TestFactory
  Stream<DynamicTest> initiativeTasksAreWorkedByTheirCandidateGroup() {
    return Stream.of(
            claimedOnlyBy(
                "an initiative's cost review",
                () -> initiativeCaseAt("Task_FinanceReview"),
                Set.of(FI)),
            claimedOnlyBy(
                "an initiative's approval",
                () -> initiativeCaseAt("Task_ManagerApproval"),
                Set.of(PM)),
            claimedOnlyBy(
                "an initiative's report",
                () -> initiativeCaseAt("Task_ReportInitiative"),
                Set.of(IC)))
        .flatMap(tests -> tests);
  }

  /** A housing case shows to the social workers and the managers; its history to the managers. */
  @TestFactory
  Stream<DynamicTest> housingQueriesShowACaseOnlyToItsReaders() {
    String id = housingCaseAt("Task_AssessHousehold").getId();
    Map<String, Set<String>> readers =
        Map.of(
            "/engine-rest/history/process-instance?processInstanceId=" + id,
                Set.of(PM, Groups.ADMIN),
            "/engine-rest/process-instance?processInstanceIds=" + id, Set.of(SW, PM, Groups.ADMIN),
            "/engine-rest/task?processInstanceId=" + id, Set.of(SW, PM, Groups.ADMIN));
    List<DynamicTest> tests = new ArrayList<>();
    readers.forEach(
        (query, groups) -> {
          for (String user : USERS.keySet()) {
            tests.add(
                DynamicTest.dynamicTest(
                    query + " as " + user,
                    () -> {
                      ResponseEntity<JsonNode> answer =
                          engineRest().call(user, HttpMethod.GET, query, null);
                      assertThat(answer.getStatusCode().value()).isEqualTo(200);
                      assertThat(answer.getBody().size())
                          .as("%s as %s", query, user)
                          .isEqualTo(groups.contains(USERS.get(user)) ? 1 : 0);
                    }));
          }
        });
    return tests.stream();
  }

  /**
   * What changes a case past its forms is the administrator's alone: modification, variables,
   * suspension, messages, deployments. Reading a case is for the groups working on it.
   */
  @TestFactory
  Stream<DynamicTest> casesAreSteeredOnlyByAdministrators() {
    ProcessInstance instance = caseAtNeedsAssessment();
    String id = instance.getId();
    Object empty = JSON.createObjectNode();
    Object modification =
        json("{\"instructions\":[{\"type\":\"cancel\",\"activityId\":" + "\"Task_AssessNeeds\"}]}");
    Object variable = json("{\"value\":\"EMPLOYMENT\",\"type\":\"String\"}");
    Object suspended = json("{\"suspended\":true}");
    Object message =
        json(
            "{\"messageName\":\"participant-withdrawn\",\"businessKey\":\""
                + instance.getBusinessKey()
                + "\"}");
    Set<String> readers = Set.of(CO, SW, PM, Groups.ADMIN);
    List<Call> calls =
        new ArrayList<>(
            List.of(
                new Call(
                    HttpMethod.GET,
                    "/engine-rest/process-instance/" + id + "/variables",
                    null,
                    readers),
                new Call(
                    HttpMethod.PUT,
                    "/engine-rest/process-instance/" + id + "/variables/streamsToEnrol",
                    variable,
                    Set.of()),
                new Call(
                    HttpMethod.POST,
                    "/engine-rest/process-instance/" + id + "/variables",
                    json("{\"modifications\":{\"eligible\":{\"value\":true}}}"),
                    Set.of()),
                new Call(
                    HttpMethod.PUT,
                    "/engine-rest/process-instance/" + id + "/suspended",
                    suspended,
                    Set.of()),
                new Call(
                    HttpMethod.POST,
                    "/engine-rest/process-instance/" + id + "/modification",
                    modification,
                    Set.of()),
                new Call(HttpMethod.POST, "/engine-rest/message", message, Set.of()),
                new Call(
                    HttpMethod.DELETE, "/engine-rest/process-instance/" + id, null, Set.of())));
    Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
    calls.add(
        new Call(
            HttpMethod.PUT,
            "/engine-rest/task/" + task.getId() + "/variables/x",
            variable,
            Set.of()));
    calls.add(
        new Call(
            HttpMethod.POST,
            "/engine-rest/task/" + task.getId() + "/bpmnError",
            json("{\"errorCode\":\"X\"}"),
            Set.of()));
    calls.add(
        new Call(
            HttpMethod.PUT,
            "/engine-rest/task/" + task.getId(),
            json("{\"name\":\"renamed\"}"),
            Set.of()));
    calls.add(
        new Call(
            HttpMethod.POST,
            "/engine-rest/task/" + task.getId() + "/identity-links",
            json("{\"groupId\":\"hr-officers\",\"type\":\"candidate\"}"),
            Set.of()));
    // the administrator may do all of it (permission ALL); here only the others are tried
    return matrix(
        calls.stream()
            .map(call -> new Call(call.method(), call.path(), call.body(), call.allowed()))
            .toList(),
        false);
  }

  /** Claiming and completing a task: its candidate group (and the administrator). */
  @TestFactory
  Stream<DynamicTest> tasksAreWorkedByTheirCandidateGroup() {
    return claimedOnlyBy("a needs assessment", this::caseAtNeedsAssessment, Set.of(SW));
  }

  /** Every user claims the single task of a fresh case: only the groups given (and admin) may. */
  private Stream<DynamicTest> claimedOnlyBy(
      String what, Supplier<ProcessInstance> caseAtTask, Set<String> groups) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String user : USERS.keySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              "claim " + what + " as " + user,
              () -> {
                Task task =
                    tasks
                        .createTaskQuery()
                        .processInstanceId(caseAtTask.get().getId())
                        .singleResult();
                int status =
                    engineRest()
                        .call(
                            user,
                            HttpMethod.POST,
                            "/engine-rest/task/" + task.getId() + "/claim",
                            json("{\"userId\":\"" + user + "\"}"))
                        .getStatusCode()
                        .value();
                boolean allowed =
                    groups.contains(USERS.get(user)) || Groups.ADMIN.equals(USERS.get(user));
                assertThat(status).as(user).isEqualTo(allowed ? 204 : 403);
              }));
    }
    return tests.stream();
  }

  /**
   * Queries answer everybody, but show a case only to the groups that may read it: its history to
   * the managers, the case and its task to the groups working on onboarding.
   */
  @TestFactory
  Stream<DynamicTest> queriesShowACaseOnlyToItsReaders() {
    String id = caseAtNeedsAssessment().getId();
    Map<String, Set<String>> readers =
        Map.of(
            "/engine-rest/history/process-instance?processInstanceId=" + id,
                Set.of(PM, Groups.ADMIN),
            "/engine-rest/process-instance?processInstanceIds=" + id,
                Set.of(CO, SW, PM, Groups.ADMIN),
            "/engine-rest/task?processInstanceId=" + id, Set.of(SW, PM, Groups.ADMIN));
    List<DynamicTest> tests = new ArrayList<>();
    readers.forEach(
        (query, groups) -> {
          for (String user : USERS.keySet()) {
            tests.add(
                DynamicTest.dynamicTest(
                    query + " as " + user,
                    () -> {
                      ResponseEntity<JsonNode> answer =
                          engineRest().call(user, HttpMethod.GET, query, null);
                      assertThat(answer.getStatusCode().value()).isEqualTo(200);
                      assertThat(answer.getBody().size())
                          .as("%s as %s", query, user)
                          .isEqualTo(groups.contains(USERS.get(user)) ? 1 : 0);
                    }));
          }
        });
    tests.add(
        DynamicTest.dynamicTest(
            "engines list needs a login",
            () ->
                assertThat(
                        engineRest()
                            .call(null, HttpMethod.GET, "/engine-rest/engine", null)
                            .getStatusCode()
                            .value())
                    .isEqualTo(401)));
    tests.add(
        DynamicTest.dynamicTest(
            "metrics are not public",
            () ->
                assertThat(
                        engineRest()
                            .call(null, HttpMethod.GET, "/actuator/metrics", null)
                            .getStatusCode()
                            .value())
                    .isIn(401, 404)));
    tests.add(
        DynamicTest.dynamicTest(
            "deployment only by the administrator",
            () -> {
              for (String user : USERS.keySet()) {
                assertThat(deploy(user)).as(user).isEqualTo(user.equals("t-admin") ? 200 : 403);
              }
            }));
    return tests.stream();
  }

  private Stream<DynamicTest> matrix(List<Call> calls) {
    return matrix(calls, true);
  }

  private Stream<DynamicTest> matrix(List<Call> calls, boolean withAdministrator) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Call call : calls) {
      for (Map.Entry<String, String> user : USERS.entrySet()) {
        if (!withAdministrator && user.getValue().equals(Groups.ADMIN)) {
          continue;
        }
        boolean allowed = call.allowed().contains(user.getValue());
        tests.add(
            DynamicTest.dynamicTest(
                call + " as " + user.getKey(),
                () -> {
                  int status =
                      engineRest().status(user.getKey(), call.method(), call.path(), call.body());
                  if (allowed) {
                    assertThat(status).as("%s as %s", call, user.getKey()).isNotIn(401, 403, 500);
                  } else if (call.path().startsWith("/api/")) {
                    assertThat(status).as("%s as %s", call, user.getKey()).isEqualTo(403);
                  } else {
                    // 404 where the engine hides what the user may not even read
                    assertThat(status).as("%s as %s", call, user.getKey()).isIn(403, 404);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private int deploy(String user) {
    String model =
        org.camunda.bpm.model.bpmn.Bpmn.convertToString(
            org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("matrix-deployment")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done());
    org.springframework.util.LinkedMultiValueMap<String, Object> form =
        new org.springframework.util.LinkedMultiValueMap<>();
    form.add("deployment-name", "matrix-" + user);
    form.add(
        "data",
        new org.springframework.core.io.ByteArrayResource(
            model.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "matrix.bpmn";
          }
        });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, ApiTestSupport.PASSWORD)
        .exchange(
            "/engine-rest/deployment/create",
            HttpMethod.POST,
            new org.springframework.http.HttpEntity<>(form, headers),
            String.class)
        .getStatusCode()
        .value();
  }

  /** An onboarding case waiting for the social worker's needs assessment. */
  private ProcessInstance caseAtNeedsAssessment() {
    return caseAt("participant-onboarding", "Task_AssessNeeds", Map.of());
  }

  /** A housing case at one of its user tasks, as the application would have brought it there. */
  private ProcessInstance housingCaseAt(String activity) {
    // the tenancy task's timer reads it
    return caseAt("housing-support-plan", activity, Map.of("finalEvaluationDue", "2023-06-19"));
  }

  /** An initiative at one of its user tasks; the report's dates are the due date's. */
  private ProcessInstance initiativeCaseAt(String activity) {
    return caseAt("initiative-approval", activity, Map.of("initiativeDate", "2022-06-10"));
  }

  private ProcessInstance caseAt(String processKey, String activity, Map<String, Object> values) {
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getId();
    return runtime
        .createProcessInstanceById(definition)
        .businessKey("MATRIX-" + System.nanoTime())
        .setVariables(values)
        .startBeforeActivity(activity)
        .execute(true, true);
  }

  private static Object json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
