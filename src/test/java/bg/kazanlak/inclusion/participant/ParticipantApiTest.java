package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CONTRACT's participant API over real HTTP, authentication and authorization included. */
class ParticipantApiTest extends ApiTest {

  private static final java.util.concurrent.atomic.AtomicInteger BODIES =
      new java.util.concurrent.atomic.AtomicInteger();

  /** A day after every registration of any test: counts everything, whatever the clock says. */
  private static final LocalDate EVER = LocalDate.of(9999, 12, 31);

  @Autowired ParticipantRegistry registry;
  @Autowired RuntimeService runtime;

  @Test
  void officerRegistersAParticipantAndReadsItBackMasked() throws Exception {
    ObjectNode body = validBody();
    String egn = body.get("personalNumber").asText();

    ResponseEntity<JsonNode> created = post("t-officer", body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String regNo = created.getBody().get("registrationNumber").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/participants/" + regNo);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(regNo)
                .processInstanceId(created.getBody().get("processInstanceId").asText())
                .count())
        .isOne();

    ResponseEntity<JsonNode> read = get("t-social", "/api/participants/" + regNo);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode participant = read.getBody();
    assertThat(participant.get("personalNumber").asText())
        .isEqualTo(egn.substring(0, 2) + "******" + egn.substring(8));
    assertThat(participant.toString()).doesNotContain(egn);
    assertThat(participant.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(participant.get("candidateStreams")).isNotEmpty();
  }

  @Test
  void malformedInputIs400NamingTheFieldAndLeavesNothingBehind() throws Exception {
    long instances = runtime.createProcessInstanceQuery().count();
    long registered = registry.counts(clock.today()).registered();

    assertFieldProblem(
        post("t-officer", validBody().put("personalNumber", "7523169264")), "personalNumber");
    assertFieldProblem(
        post("t-officer", validBody().put("personalNumber", "8019010008")), "personalNumber");
    assertFieldProblem(post("t-officer", validBody().put("settlement", "Пловдив")), "settlement");
    ObjectNode noName = validBody();
    noName.remove("firstName");
    assertFieldProblem(post("t-officer", noName), "firstName");
    ObjectNode badEntry = validBody();
    ((ObjectNode) badEntry.get("entry")).put("educationLevel", "ISCED_9");
    assertFieldProblem(post("t-officer", badEntry), "entry.educationLevel");
    assertFieldProblem(
        post("t-officer", validBody().put("consentToServices", "може би")), "consentToServices");

    ResponseEntity<JsonNode> problem = post("t-officer", validBody().put("settlement", "Пловдив"));
    assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(problem.getBody().get("status").asInt()).isEqualTo(400);
    assertThat(problem.getBody().get("title").asText()).isNotBlank();
    assertThat(problem.getBody().get("errors").get(0).get("message").asText()).contains("Пловдив");

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(registry.counts(clock.today()).registered()).isEqualTo(registered);
  }

  @Test
  void alreadyRegisteredNumberIs409WithTheExistingRegistration() throws Exception {
    ObjectNode body = validBody();
    String existing = post("t-officer", body).getBody().get("registrationNumber").asText();
    long instances = runtime.createProcessInstanceQuery().count();

    // the same person typed with spaces is still the same number
    String spaced = body.get("personalNumber").asText().replaceAll("(\\d{4})(\\d{3})", "$1 $2 ");
    ResponseEntity<JsonNode> conflict = post("t-officer", body.put("personalNumber", spaced));

    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(conflict.getBody().get("existingRegistrationNumber").asText()).isEqualTo(existing);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void noConsentOrAnEndedProgrammeIs422() throws Exception {
    long registered = registry.counts(EVER).registered();

    ResponseEntity<JsonNode> noConsent =
        post("t-officer", validBody().put("consentToServices", false));
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(noConsent.getBody().get("detail").asText()).contains("съгласие");

    clock.freezeAt(LocalDateTime.of(2023, 7, 1, 9, 0));
    ResponseEntity<JsonNode> ended = post("t-officer", validBody());
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(ended.getBody().get("detail").asText()).contains("2023-06-30");

    assertThat(registry.counts(EVER).registered()).isEqualTo(registered);
  }

  @Test
  void apiNeedsAuthenticationAndTheRightGroup() throws Exception {
    ResponseEntity<JsonNode> anonymous =
        http.exchange(
            "/api/participants",
            HttpMethod.POST,
            new HttpEntity<>(validBody(), jsonHeaders()),
            JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    // a user of its own: a failed login locks the user for a while (brute-force protection)
    ResponseEntity<JsonNode> wrongPassword =
        http.withBasicAuth("t-locked", "wrong")
            .getForEntity("/api/reports/indicators", JsonNode.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(post("t-social", validBody()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-officer", "/api/reports/indicators").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-social", "/api/participants/P-2022-99999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            as("t-manager")
                .getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void withdrawalThroughTheApiEndsTheCase() throws Exception {
    String regNo = post("t-officer", validBody()).getBody().get("registrationNumber").asText();

    ResponseEntity<JsonNode> withdrawn =
        as("t-officer")
            .exchange(
                "/api/participants/" + regNo + "/withdrawal",
                HttpMethod.POST,
                new HttpEntity<>(
                    json.createObjectNode().put("reason", "Отказва се."), jsonHeaders()),
                JsonNode.class);

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(regNo).count())
        .isZero();
  }

  @Test
  void socialWorkerWithdrawsThroughTheApiAndATooLongReasonIs400() throws Exception {
    String regNo = post("t-officer", validBody()).getBody().get("registrationNumber").asText();

    ResponseEntity<JsonNode> tooLong = withdraw("t-social", regNo, "я".repeat(501));
    assertFieldProblem(tooLong, "reason");
    assertThat(tooLong.getBody().get("errors").get(0).get("message").asText()).contains("500");
    assertThat(registry.get(regNo).status()).isEqualTo(ParticipantStatus.ELIGIBLE);
    assertFieldProblem(withdraw("t-social", regNo, " "), "reason");

    ResponseEntity<JsonNode> withdrawn = withdraw("t-social", regNo, "я".repeat(500));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdraw("t-social", regNo, "отново").getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(withdraw("t-hr", regNo, "отново").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void mistypedEgnThatPassesAsAnLnchIsReportedOnThePersonalNumber() throws Exception {
    // 7523169263 with its last digit mistyped: not an EGN, but a valid LNCh
    ResponseEntity<JsonNode> refused =
        post("t-officer", validBody().put("personalNumber", "7523169265"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("personalNumber");
    assertThat(refused.getBody().get("errors").get(0).get("message").asText()).contains("ЛНЧ");
  }

  @Test
  void registrationTextLongerThanItsColumnIs400NamingTheField() throws Exception {
    long registered = registry.counts(clock.today()).registered();

    assertFieldProblem(
        post("t-officer", validBody().put("firstName", "Р".repeat(101))), "firstName");
    assertFieldProblem(post("t-officer", validBody().put("lastName", "А".repeat(101))), "lastName");
    assertFieldProblem(
        post("t-officer", validBody().put("middleName", "М".repeat(101))), "middleName");
    assertFieldProblem(post("t-officer", validBody().put("address", "ул. ".repeat(63))), "address");
    assertFieldProblem(post("t-officer", validBody().put("phone", "0".repeat(21))), "phone");
    assertFieldProblem(
        post("t-officer", validBody().put("settlement", "К".repeat(61))), "settlement");

    assertThat(registry.counts(clock.today()).registered()).isEqualTo(registered);
  }

  @Test
  void householdSituationIsOptionalButWhole() throws Exception {
    ObjectNode whole = validBody();
    ((ObjectNode) whole.get("entry"))
        .putObject("household")
        .put("jobless", true)
        .put("dependentChildren", true)
        .put("singleAdult", false);
    String regNo = post("t-officer", whole).getBody().get("registrationNumber").asText();
    assertThat(registry.get(regNo).entry().household())
        .isEqualTo(new HouseholdSituation(true, true, false));

    String without = post("t-officer", validBody()).getBody().get("registrationNumber").asText();
    assertThat(registry.get(without).entry().household()).isNull();
    assertThat(registry.get(without).entry().complete()).isFalse();

    ObjectNode half = validBody();
    ((ObjectNode) half.get("entry")).putObject("household").put("jobless", false);
    long registered = registry.counts(clock.today()).registered();
    ResponseEntity<JsonNode> refused = post("t-officer", half);
    assertFieldProblem(refused, "entry.household.dependentChildren");
    assertThat(refused.getBody().get("errors"))
        .extracting(e -> e.get("field").asText())
        .contains("entry.household.singleAdult");
    assertThat(registry.counts(clock.today()).registered()).isEqualTo(registered);
  }

  @Test
  void indicatorsCarryTheProgrammeFiguresAndTheCounts() throws Exception {
    post("t-officer", validBody());

    JsonNode report = get("t-manager", "/api/reports/indicators").getBody();
    String raw = as("t-manager").getForObject("/api/reports/indicators", String.class);

    assertThat(report.get("asOf").asText()).isEqualTo("2022-06-06");
    assertThat(report.at("/programme/end").asText()).isEqualTo("2023-06-30");
    assertThat(report.at("/participants/registered").asLong()).isPositive();
    assertThat(report.at("/participants/eligible").asLong()).isPositive();
    assertThat(report.at("/employment/targetPersons").asInt()).isEqualTo(92);
    assertThat(report.at("/employment/byEmployer"))
        .extracting(e -> e.get("places").asInt())
        .containsExactly(6, 80, 6);
    assertThat(report.at("/familyHouses/houses")).hasSize(4);
    assertThat(report.at("/housing/units").asInt()).isEqualTo(10);
    assertThat(report.at("/initiatives/target").asInt()).isEqualTo(50);
    assertThat(report.at("/budget/contracted").decimalValue()).isEqualByComparingTo("1555364.20");
    // amounts keep their two decimals on the wire
    assertThat(raw)
        .contains("\"contracted\":1555364.20", "\"contracted\":356515.77", "\"spent\":0.00");
    assertThat(report.at("/budget/programmes/0/code").asText()).isEqualTo("HRD");
    assertThat(report.at("/budget/programmes/0/contracted").decimalValue())
        .isEqualByComparingTo("1198848.43");
    assertThat(report.get("esf").has("CO01")).isTrue();
    assertThat(report.at("/esf/CO19").has("women")).isTrue();
  }

  /** Each body another birth date: same names and birth date would be a near duplicate. */
  private ObjectNode validBody() {
    LocalDate birthDate = LocalDate.of(1984, 2, 20).plusDays(BODIES.incrementAndGet());
    ObjectNode body =
        json.createObjectNode()
            .put("personalNumber", TestPeople.freshEgn(birthDate))
            .put("firstName", "Росица")
            .put("lastName", "Ангелова")
            .put("settlement", "Крън")
            .put("phone", "+359 88 765 4321")
            .put("consentToServices", true);
    ObjectNode entry =
        body.putObject("entry")
            .put("employmentStatus", "UNEMPLOYED")
            .put("educationLevel", "ISCED_2")
            .put("disability", false)
            .put("homelessOrHousingExclusion", false);
    entry.putNull("minority");
    return body;
  }

  private ResponseEntity<JsonNode> post(String user, JsonNode body) {
    return as(user)
        .exchange(
            "/api/participants",
            HttpMethod.POST,
            new HttpEntity<>(body, jsonHeaders()),
            JsonNode.class);
  }

  private ResponseEntity<JsonNode> withdraw(String user, String regNo, String reason) {
    return as(user)
        .exchange(
            "/api/participants/" + regNo + "/withdrawal",
            HttpMethod.POST,
            new HttpEntity<>(json.createObjectNode().put("reason", reason), jsonHeaders()),
            JsonNode.class);
  }
}
