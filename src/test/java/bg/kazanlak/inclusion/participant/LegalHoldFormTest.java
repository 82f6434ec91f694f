package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.EngineRest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** «Правно задържане на данните на участник»: the managers' Tasklist door to the legal hold. */
class LegalHoldFormTest extends ApiTest {

  private static final String SUBMIT =
      "/engine-rest/process-definition/key/" + LegalHolds.PROCESS_ID + "/submit-form";

  @Autowired OnboardingCases onboarding;
  @Autowired JdbcClient jdbc;

  @Test
  void aManagerSetsAndLiftsAHoldFromTheStartFormAndItsGroundsStayInTheRegistry() {
    String number = registered("Ганка", "Пенева");

    ResponseEntity<JsonNode> held =
        submit("t-manager", form(number, "HOLD", "Дело 123/2028 пред съда"));

    assertThat(held.getStatusCode().value()).isEqualTo(200);
    assertThat(holdReason(number)).isEqualTo("Дело 123/2028 пред съда");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("legalHoldReason")
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .processDefinitionKey(LegalHolds.PROCESS_ID)
                .finished()
                .count())
        .isOne();

    assertThat(submit("t-manager", form(number, "LIFT", null)).getStatusCode().value())
        .isEqualTo(200);
    assertThat(holdReason(number)).isNull();
    JsonNode trail = get("t-manager", "/api/audit/participant/" + number).getBody();
    assertThat(trail.toString()).contains("legal-hold", "legal-hold-lifted", "t-manager");
  }

  @Test
  void noGroundsOrAnUnknownPersonIsRefusedAndLeavesNoCase() {
    String number = registered("Стоянка", "Петкова");
    long cases = holdCases();

    ResponseEntity<JsonNode> noGrounds = submit("t-manager", form(number, "HOLD", " "));
    ResponseEntity<JsonNode> unknown =
        submit("t-manager", form("P-2022-99999", "HOLD", "Одит на програмата"));

    assertThat(noGrounds.getStatusCode().value()).isEqualTo(400);
    assertThat(noGrounds.getBody().at("/errors/0/field").asText()).isEqualTo("legalHoldReason");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("registrationNumber");
    assertThat(holdReason(number)).isNull();
    assertThat(holdCases()).isEqualTo(cases);
    // a case officer does not even see the process (the engine answers 404 for it)
    assertThat(submit("t-officer", form(number, "HOLD", "Одит")).getStatusCode().value())
        .isIn(403, 404);
    assertThat(holdReason(number)).isNull();
  }

  private String registered(String first, String last) {
    return onboarding
        .register(TestPeople.eligibleAdult(first, last), "t-officer")
        .registrationNumber();
  }

  private ResponseEntity<JsonNode> submit(String user, Map<String, ?> values) {
    return engineRest().call(user, HttpMethod.POST, SUBMIT, EngineRest.body("variables", values));
  }

  private static Map<String, Object> form(String number, String action, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("registrationNumber", number);
    values.put("legalHoldAction", action);
    if (reason != null) {
      values.put("legalHoldReason", reason);
    }
    return values;
  }

  private String holdReason(String number) {
    return jdbc.sql("select legal_hold_reason from participant where registration_number = ?")
        .param(number)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private long holdCases() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(LegalHolds.PROCESS_ID)
        .count();
  }
}
