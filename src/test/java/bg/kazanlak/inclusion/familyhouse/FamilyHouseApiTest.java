package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.RejectionReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
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
 * CONTRACT's {@code GET /api/family-houses} and {@code POST /api/family-houses/{id}/services} over
 * real HTTP: the four houses listed, a service recorded, every bad input CONTRACT names (400 for an
 * unknown participant, a role the house does not have, a date outside the period; 404 for an
 * unknown house) and the others the rules refuse, each leaving neither a row nor a case; the groups
 * that may not call; the indicators' per-house figures; and a log that repeats no note.
 */
class FamilyHouseApiTest extends ApiTest {

  private static final String PATH = "/api/family-houses";
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
  private static final AtomicInteger PEOPLE = new AtomicInteger();
  private static final String NOTE = "Бележка-маркер-K88 за детската градина";

  @Autowired ParticipantRegistry registry;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  private final List<String> personalNumbers = new ArrayList<>();

  @Test
  void theFourHousesAreListedWithTheirSettlementsAndRoles() {
    for (String user : List.of("t-social", "t-manager")) {
      ResponseEntity<JsonNode> listed = get(user, PATH);
      assertThat(listed.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(listed.getBody().findValuesAsText("id"))
          .containsExactly("kazanlak", "kran", "gorno-cherkovishte", "razhena");
      assertThat(listed.getBody().findValuesAsText("settlement"))
          .containsExactly("Казанлък", "Крън", "Горно Черковище", "Ръжена");
      JsonNode kran = listed.getBody().get(1);
      assertThat(kran.get("roles").toString())
          .isEqualTo(
              "[\"SOCIAL_WORKER\",\"PSYCHOLOGIST\",\"PEDAGOGUE\",\"HEALTH_CARE_SPECIALIST\","
                  + "\"SOCIAL_ASSOCIATE\",\"ROMA_MEDIATOR\"]");
      assertThat(kran.get("name").asText()).isEqualTo("Къща на семейството – Крън");
      assertThat(kran.get("roleLabels").get("HEALTH_CARE_SPECIALIST").asText())
          .isEqualTo("Специалист здравни грижи");
    }
  }

  @Test
  void aServiceIsRecordedAndCountsInTheIndicators() {
    String person = registered();
    long before = servicesDelivered("kran");

    ResponseEntity<JsonNode> created = post("t-social", PATH + "/kran/services", valid(person));

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("serviceNumber").asText();
    assertThat(number).matches("S-2022-\\d{5}");
    assertThat(created.getHeaders().getLocation()).hasPath(PATH + "/kran/services/" + number);
    String instance = created.getBody().get("processInstanceId").asText();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getBusinessKey())
        .isEqualTo(number);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName("note")
                .count())
        .isZero();

    ResponseEntity<JsonNode> one = get("t-manager", created.getHeaders().getLocation().getPath());
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(one.getBody().get("registrationNumber").asText()).isEqualTo(person);
    assertThat(one.getBody().get("role").asText()).isEqualTo("HEALTH_CARE_SPECIALIST");
    assertThat(one.getBody().get("kind").asText()).isEqualTo("ACCOMPANIMENT");
    assertThat(one.getBody().get("date").asText()).isEqualTo("2022-06-02");
    assertThat(one.getBody().get("durationMinutes").asInt()).isEqualTo(120);
    assertThat(one.getBody().get("forFamily").asBoolean()).isTrue();
    assertThat(one.getBody().toString()).doesNotContain("K88");
    assertThat(get("t-manager", PATH + "/razhena/services/" + number).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(servicesDelivered("kran")).isEqualTo(before + 1);
    JsonNode house = house("kran");
    assertThat(house.get("servicesByRole").findValuesAsText("role")).hasSize(6);
    assertThat(house.get("servicesByKind").findValuesAsText("kind"))
        .containsExactly("HOME_VISIT", "ON_SITE", "GROUP_SESSION", "ACCOMPANIMENT");
    assertThat(house.has("peopleReached")).isTrue();
    assertThat(house.has("participantsAttached")).isTrue();
    assertThat(
            get("t-manager", "/api/reports/indicators")
                .getBody()
                .get("familyHouses")
                .get("target")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void contractsBadInputIs400Or404AndSavesNothing() {
    String person = registered();
    String rejected = registered();
    registry.reject(rejected, RejectionReason.NOT_IN_TARGET_GROUP);
    Saved before = saved();

    ResponseEntity<JsonNode> unknownHouse =
        post("t-social", PATH + "/plovdiv/services", valid(person));
    assertProblem(unknownHouse, 404);
    assertThat(unknownHouse.getBody().get("detail").asText()).contains("plovdiv");

    ResponseEntity<JsonNode> unknownPerson =
        post("t-social", PATH + "/kran/services", valid("P-2022-99999"));
    assertProblem(unknownPerson, 400);
    assertFieldProblem(unknownPerson, "registrationNumber");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(rejected)), "registrationNumber");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("role", "DENTIST")), "role");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("kind", "PICNIC")), "kind");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("date", "2023-07-01")), "date");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("date", "2020-12-31")), "date");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("date", "2022-06-07")), "date");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("date", "02.06.2022")), "date");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("durationMinutes", 0)),
        "durationMinutes");
    assertFieldProblem(
        post("t-social", PATH + "/kran/services", valid(person).put("durationMinutes", 481)),
        "durationMinutes");
    ResponseEntity<JsonNode> longNote =
        post("t-social", PATH + "/kran/services", valid(person).put("note", "дълго ".repeat(100)));
    assertFieldProblem(longNote, "note");
    assertThat(longNote.getBody().toString()).doesNotContain("дълго дълго");
    for (String field : List.of("registrationNumber", "role", "kind", "date", "durationMinutes")) {
      ObjectNode missing = valid(person);
      missing.remove(field);
      assertFieldProblem(post("t-social", PATH + "/kran/services", missing), field);
    }
    ResponseEntity<JsonNode> notJson =
        as("t-social")
            .exchange(
                PATH + "/kran/services",
                HttpMethod.POST,
                new HttpEntity<>("{", jsonHeaders()),
                JsonNode.class);
    assertProblem(notJson, 400);

    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void onlySocialWorkersRecordAndOnlyTheyAndManagersRead() {
    String person = registered();
    Saved before = saved();
    for (String user : List.of("t-officer", "t-hr", "t-finance", "t-coordinator", "t-manager")) {
      ResponseEntity<JsonNode> refused = post(user, PATH + "/kran/services", valid(person));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(PROBLEM)).as(user).isTrue();
    }
    for (String user : List.of("t-officer", "t-hr", "t-finance", "t-coordinator")) {
      assertThat(get(user, PATH).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(http.getForEntity(PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void theLogRepeatsNoNoteAndNoPersonalNumber(CapturedOutput log) {
    String person = registered();
    int from = log.getAll().length();

    assertThat(post("t-social", PATH + "/kran/services", valid(person)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(
            post("t-social", PATH + "/kran/services", valid(person).put("role", "DENTIST"))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    String written = log.getAll().substring(from);
    assertThat(written).doesNotContain("K88");
    for (String personalNumber : personalNumbers) {
      assertThat(written).doesNotContain(personalNumber);
    }
  }

  // --- helpers

  record Saved(long services, long runningCases, long casesEverStarted) {}

  private Saved saved() {
    return new Saved(
        jdbc.sql("select count(*) from family_house_service").query(Long.class).single(),
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(FamilyHouseCases.SERVICE)
            .count(),
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(FamilyHouseCases.SERVICE)
            .count());
  }

  private JsonNode house(String id) {
    JsonNode indicators = get("t-manager", "/api/reports/indicators").getBody();
    for (JsonNode house : indicators.get("familyHouses").get("houses")) {
      if (house.get("id").asText().equals(id)) {
        return house;
      }
    }
    throw new AssertionError(id + " not in " + indicators.get("familyHouses"));
  }

  private long servicesDelivered(String id) {
    return house(id).get("servicesDelivered").asLong();
  }

  private String registered() {
    NewParticipant person =
        TestPeople.person(
            "Стефка",
            "Услугова",
            LocalDate.of(1982, 1, 1).plusDays(PEOPLE.incrementAndGet()),
            "Крън",
            "UNEMPLOYED",
            "ISCED_2");
    personalNumbers.add(person.personalNumber());
    return registry.register(person, "t-officer").registrationNumber();
  }

  private ObjectNode valid(String person) {
    return json.createObjectNode()
        .put("registrationNumber", person)
        .put("forFamily", true)
        .put("role", "HEALTH_CARE_SPECIALIST")
        .put("kind", "ACCOMPANIMENT")
        .put("date", "2022-06-02")
        .put("durationMinutes", 120)
        .put("note", NOTE);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
    assertThat(response.getBody().get("title").asText()).isNotBlank();
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
  }
}
