package bg.kazanlak.inclusion.audit;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.EngineRest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Changes made through the real API and Tasklist's door, read back from the audit endpoint. */
class AuditTrailTest extends ApiTest {

  @Autowired TaskService tasks;
  @Autowired OnboardingCases onboarding;

  @Test
  void anExpensesRequestAndApprovalAreReadBackInOrderWithWhoAndWhichFields() {
    String number =
        post(
                "t-coordinator",
                "/api/expenses",
                json.createObjectNode()
                    .put("budgetLine", "hrd-activities")
                    .put("amount", new BigDecimal("120.00"))
                    .put("supplier", "Книжарница ООД")
                    .put("purpose", "Материали за клуб")
                    .put("date", "2022-06-02")
                    .put("documentRef", "Фактура 7/02.06.2022"))
            .getBody()
            .get("expenseNumber")
            .asText();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat(
            engineRest()
                .status(
                    "t-finance",
                    HttpMethod.POST,
                    "/engine-rest/task/" + task + "/complete",
                    EngineRest.body("variables", Map.of("decision", "APPROVE"))))
        .isEqualTo(204);

    JsonNode trail = get("t-manager", "/api/audit/expense/" + number).getBody();

    assertThat(trail).hasSize(2);
    assertThat(trail.get(0).get("userId").asText()).isEqualTo("t-coordinator");
    assertThat(trail.get(0).get("action").asText()).isEqualTo("created");
    assertThat(trail.get(1).get("userId").asText()).isEqualTo("t-finance");
    assertThat(trail.get(1).get("action").asText()).isEqualTo("approve");
    assertThat(trail.get(1).get("changedFields").get(0).asText()).isEqualTo("financeDecision");
    assertThat(trail.get(1).get("occurredAt").asText()).startsWith("2022-06-06T10:00");
    // names of fields only: no value of the request reaches the trail
    assertThat(trail.toString()).doesNotContain("120", "Книжарница", "Материали");
  }

  /**
   * The API's withdrawal correlates the onboarding case as the application (without the caller's
   * authentication), yet the trail names the social worker who asked for it.
   */
  @Test
  void aWithdrawalThroughTheApiIsRecordedUnderItsCaller() {
    String number =
        onboarding
            .register(TestPeople.eligibleAdult("Стефка", "Димова"), "t-officer")
            .registrationNumber();

    assertThat(
            post(
                    "t-social",
                    "/api/participants/" + number + "/withdrawal",
                    json.createObjectNode().put("reason", "Премества се в друг град."))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode trail = get("t-manager", "/api/audit/participant/" + number).getBody();
    assertThat(trail.get(0).get("userId").asText()).isEqualTo("t-officer");
    JsonNode last = trail.get(trail.size() - 1);
    assertThat(last.get("action").asText()).isEqualTo("withdrawn");
    assertThat(last.get("userId").asText()).isEqualTo("t-social");
    assertThat(trail.toString()).doesNotContain("Стефка", "Димова", "Премества");
  }

  @Test
  void anUnknownTypeIs400AndARecordWithoutChangesIs404() {
    assertThat(get("t-manager", "/api/audit/person/P-2022-00001").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("t-manager", "/api/audit/expense/E-1999-00000").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
