package bg.kazanlak.inclusion.employment;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** CONTRACT's {@code /api/employment/contracts}, the termination and the indicators, over HTTP. */
class EmploymentApiTest extends ApiTest {

  private static final java.util.concurrent.atomic.AtomicInteger PEOPLE =
      new java.util.concurrent.atomic.AtomicInteger();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ParticipantRegistry registry;
  @Autowired EmploymentCases cases;
  @Autowired Contracts contracts;
  @Autowired AuthorizationService authorizations;

  @Test
  void hrListsTheContractsOfAnEmployer() {
    SignedContract signed = signedContract("Мария", "Иванова", "Крън", "2022-06-06");

    ResponseEntity<JsonNode> active =
        get("t-hr", "/api/employment/contracts?employer=municipal-enterprise&status=ACTIVE");
    assertThat(active.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode mine = find(active.getBody(), signed.contractId());
    assertThat(mine.get("registrationNumber").asText()).isEqualTo(signed.registrationNumber());
    assertThat(mine.get("employer").asText()).isEqualTo("municipal-enterprise");
    assertThat(mine.get("start").asText()).isEqualTo("2022-06-06");
    assertThat(mine.get("end").asText()).isEqualTo("2023-06-05");
    assertThat(mine.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(find(get("t-manager", "/api/employment/contracts").getBody(), signed.contractId()))
        .isNotNull();
    assertThat(
            get("t-hr", "/api/employment/contracts?employer=future-for-children")
                .getBody()
                .findValuesAsText("contractId"))
        .doesNotContain(signed.contractId());
  }

  @Test
  void anUnknownStatusOrEmployerIs400AndASocialWorkerIs403() {
    assertThat(get("t-hr", "/api/employment/contracts?status=SOMETIMES").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("t-hr", "/api/employment/contracts?employer=nobody").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("t-social", "/api/employment/contracts").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theIndicatorsCountTheEmployersPlacesAndContracts() {
    signedContract("Мария", "Иванова", "Крън", "2022-06-06");

    JsonNode indicators = get("t-manager", "/api/reports/indicators").getBody();
    assertThat(indicators.at("/employment/targetPersons").asInt()).isEqualTo(92);
    assertThat(indicators.at("/employment/personsEmployed").asLong()).isPositive();
    JsonNode enterprise = indicators.at("/employment/byEmployer/1");
    assertThat(enterprise.get("id").asText()).isEqualTo("municipal-enterprise");
    assertThat(enterprise.get("places").asInt()).isEqualTo(80);
    assertThat(enterprise.get("activeContracts").asLong()).isPositive();
  }

  @Test
  void aTerminationForAnUnknownReasonIs400AndByAManagerIs403() {
    String contractId = signedContract("Мария", "Иванова", "Крън", "2022-06-06").contractId();

    assertThat(terminate("t-hr", contractId, "2022-06-20", "BORED").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(terminate("t-manager", contractId, "2022-06-20", "RESIGNATION").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void aTerminatedContractIsAtWorkUntilItsLastDay() {
    String contractId = signedContract("Мария", "Иванова", "Крън", "2022-06-06").contractId();
    long activeBefore = activeContracts();

    ResponseEntity<JsonNode> terminated =
        terminate("t-hr", contractId, "2022-06-20", "RESIGNATION");

    assertThat(terminated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(terminated.getBody().get("status").asText()).isEqualTo("TERMINATED");
    assertThat(terminated.getBody().get("end").asText()).isEqualTo("2022-06-20");
    // still at work until its last day, the 20th
    assertThat(activeContracts()).isEqualTo(activeBefore);
    assertThat(atWork()).contains(contractId);
    clock.freezeAt(LocalDateTime.of(2022, 6, 21, 10, 0));
    assertThat(atWork()).doesNotContain(contractId);
    assertThat(activeContracts()).isEqualTo(atWork().size());
  }

  @Test
  void aContractIsTerminatedOnlyOnce() {
    String contractId = signedContract("Мария", "Иванова", "Крън", "2022-06-06").contractId();
    assertThat(terminate("t-hr", contractId, "2022-06-20", "RESIGNATION").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    clock.freezeAt(LocalDateTime.of(2022, 6, 21, 10, 0));

    ResponseEntity<JsonNode> again = terminate("t-hr", contractId, "2022-06-21", "RESIGNATION");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(again.getBody().get("detail").asText()).contains(contractId);
  }

  /**
   * Regression: the termination correlated the case's message as the HR officer, so it needed
   * UPDATE_INSTANCE on the definition (which also allows modification through the engine). After
   * the API's own group check the correlation runs as the application.
   */
  @Test
  void theTerminationReachesTheCaseWithoutHrsRightToUpdateInstances() {
    SignedContract signed = signedContract("Стефан", "Колев", "Шипка", "2022-06-06");
    String instance = signed.instance();
    String contractId = signed.contractId();

    Authorization hr =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(Groups.HR_OFFICERS)
            .resourceType(Resources.PROCESS_DEFINITION)
            .resourceId("employment")
            .singleResult();
    hr.removePermission(Permissions.UPDATE_INSTANCE);
    authorizations.saveAuthorization(hr);
    try {
      ResponseEntity<JsonNode> terminated =
          terminate("t-hr", contractId, "2022-06-17", "MUTUAL_AGREEMENT");
      assertThat(terminated.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(terminated.getBody().get("status").asText()).isEqualTo("TERMINATED");
    } finally {
      hr.addPermission(Permissions.UPDATE_INSTANCE);
      authorizations.saveAuthorization(hr);
    }
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo("Task_EnterTimesheet");
    assertThat(runtime.getVariable(instance, "timesheetDue")).isEqualTo("2022-06-17");
  }

  /** A contract signed for a later start is not counted active before it starts (issue 9). */
  @Test
  void aContractSignedForALaterStartIsActiveOnlyFromItsStart() {
    String registrationNumber =
        registry
            .register(
                TestPeople.person(
                    "Росица",
                    "Петкова",
                    LocalDate.of(1992, 3, 8),
                    "Енина",
                    "UNEMPLOYED",
                    "ISCED_2"),
                "officer")
            .registrationNumber();
    String instance = cases.start(registrationNumber);
    complete(instance, Map.of("preferredEmployer", "NONE"));
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    long before = activeContracts();
    complete(
        instance,
        Map.of(
            "startDate",
            "2022-07-01",
            "position",
            "Озеленител",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "800.00"));
    complete(instance, Map.of("signatureDate", "2022-06-06"));
    String contractId = (String) runtime.getVariable(instance, "contractId");
    assertThat(contracts.contract(contractId).status()).isEqualTo(ContractStatus.ACTIVE);

    assertThat(activeContracts()).isEqualTo(before);
    assertThat(atWork()).doesNotContain(contractId).hasSize((int) before);
    clock.freezeAt(LocalDateTime.of(2022, 7, 1, 9, 0));
    assertThat(atWork()).contains(contractId);
    assertThat(activeContracts()).isEqualTo(atWork().size());
  }

  record SignedContract(String registrationNumber, String instance, String contractId) {}

  /**
   * A registered person through preference (none), allocation and contract to the signature, at the
   * municipal enterprise, starting on the day given. Each person another birth date, so none is a
   * near duplicate of another.
   */
  private SignedContract signedContract(
      String firstName, String lastName, String settlement, String startDate) {
    String registrationNumber =
        registry
            .register(
                TestPeople.person(
                    firstName,
                    lastName,
                    LocalDate.of(1990, 1, 15).plusDays(PEOPLE.incrementAndGet()),
                    settlement,
                    "UNEMPLOYED",
                    "ISCED_2"),
                "officer")
            .registrationNumber();
    String instance = cases.start(registrationNumber);
    complete(instance, Map.of("preferredEmployer", "NONE"));
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    complete(
        instance,
        Map.of(
            "startDate",
            startDate,
            "position",
            "Озеленител",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "800.00"));
    complete(instance, Map.of("signatureDate", "2022-06-06"));
    return new SignedContract(
        registrationNumber, instance, (String) runtime.getVariable(instance, "contractId"));
  }

  private long activeContracts() {
    return get("t-manager", "/api/reports/indicators")
        .getBody()
        .at("/employment/activeContracts")
        .asLong();
  }

  /** The contracts signed, started and not past their last day on the programme's today. */
  private List<String> atWork() {
    LocalDate today = clock.today();
    List<String> ids = new ArrayList<>();
    for (JsonNode c : get("t-manager", "/api/employment/contracts").getBody()) {
      // signed by today: other tests of the shared context sign on later days of the programme
      if (!c.get("status").asText().equals("PLANNED")
          && c.hasNonNull("signatureDate")
          && !LocalDate.parse(c.get("signatureDate").asText()).isAfter(today)
          && !LocalDate.parse(c.get("start").asText()).isAfter(today)
          && !LocalDate.parse(c.get("end").asText()).isBefore(today)) {
        ids.add(c.get("contractId").asText());
      }
    }
    return ids;
  }

  private void complete(String instance, Map<String, Object> values) {
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), values);
  }

  private static JsonNode find(JsonNode list, String contractId) {
    for (JsonNode contract : list) {
      if (contract.get("contractId").asText().equals(contractId)) {
        return contract;
      }
    }
    return null;
  }

  private ResponseEntity<JsonNode> terminate(
      String user, String contractId, String date, String reason) {
    return as(user)
        .postForEntity(
            "/api/employment/contracts/" + contractId + "/termination",
            Map.of("date", date, "reason", reason),
            JsonNode.class);
  }
}
