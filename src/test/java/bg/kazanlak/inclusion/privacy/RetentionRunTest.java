package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The retention run on a fixture, the legal hold and the subject-access export. Its own database: a
 * run past the retention date anonymises every participant of its database, which must not be the
 * shared one.
 */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:retention-run;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class RetentionRunTest extends ApiTest {

  private static final LocalDateTime AFTER_RETENTION = LocalDateTime.of(2029, 1, 2, 10, 0);
  private static final String AS_OF = "2022-06-06";

  @Autowired OnboardingCases onboarding;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RetentionRun retention;
  @Autowired JdbcClient jdbc;

  @Test
  void pastRetentionEveryoneButTheHeldIsAnonymisedAndTheCountsStay() {
    Person first = register("Ретенцияна", "Първанова", "ул. Тайна 17");
    Person second = register("Забравена", "Вторанова", "ул. Скрита 3");
    Person held = register("Задържана", "Съдебна", "ул. Делото 9");
    assess(first.number(), "Здравна-тайна-XYZ");
    assertThat(
            post(
                    "t-social",
                    "/api/family-houses/kran/services",
                    Map.of(
                        "registrationNumber",
                        second.number(),
                        "forFamily",
                        false,
                        "role",
                        "SOCIAL_WORKER",
                        "kind",
                        "HOME_VISIT",
                        "date",
                        AS_OF,
                        "durationMinutes",
                        60,
                        "note",
                        "Бележка-тайна-QWE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    // the legal hold: refused blank, unknown and for a non-manager; set for the held one
    assertThat(hold("t-manager", held.number(), " ").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            hold("t-manager", held.number(), " ").getBody().get("errors").findValuesAsText("field"))
        .contains("reason");
    assertThat(hold("t-manager", "P-NONE", "Дело 12/2028").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hold("t-officer", held.number(), "Дело 12/2028").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hold("t-manager", held.number(), "Дело 12/2028").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    clock.freezeAt(AFTER_RETENTION);
    JsonNode indicatorsBefore = get("t-manager", "/api/reports/indicators?asOf=" + AS_OF).getBody();
    JsonNode esfBefore = get("t-manager", "/api/reports/esf?asOf=" + AS_OF).getBody();
    JsonNode budgetBefore = get("t-manager", "/api/budget").getBody();

    RetentionRun.Outcome outcome = retention.run(null);

    assertThat(outcome.anonymised()).isGreaterThanOrEqualTo(2);
    assertThat(outcome.held()).isEqualTo(1);
    assertThat(get("t-manager", "/api/reports/indicators?asOf=" + AS_OF).getBody())
        .isEqualTo(indicatorsBefore);
    assertThat(get("t-manager", "/api/reports/esf?asOf=" + AS_OF).getBody()).isEqualTo(esfBefore);
    assertThat(get("t-manager", "/api/budget").getBody()).isEqualTo(budgetBefore);

    String tables = domainTables();
    for (Person gone : List.of(first, second)) {
      assertThat(tables)
          .doesNotContain(gone.firstName(), gone.lastName(), gone.personalNumber(), gone.address());
    }
    assertThat(tables).doesNotContain("Здравна-тайна-XYZ", "Бележка-тайна-QWE");
    assertThat(tables)
        .contains(held.firstName(), held.lastName(), held.personalNumber(), held.address());
    assertThat(get("t-manager", "/api/audit/participant/" + first.number()).getBody())
        .anySatisfy(
            entry -> {
              assertThat(entry.get("action").asText()).isEqualTo("anonymised");
              assertThat(entry.get("userId").asText()).isEqualTo("system");
            });
    // the age at entry is kept: the ESF figures above are the same; the real birthday is gone
    assertThat(
            jdbc.sql("select birth_date from participant where registration_number = ?")
                .param(first.number())
                .query(LocalDate.class)
                .single())
        .isNotEqualTo(LocalDate.of(1985, 4, 12));

    // a second run changes nothing
    RetentionRun.Outcome again = retention.run(null);
    assertThat(again.anonymised()).isZero();
    assertThat(domainTables()).isEqualTo(tables);

    // lifted, the hold no longer protects: the next run anonymises the held one too
    assertThat(
            as("t-manager")
                .exchange(
                    "/api/participants/" + held.number() + "/legal-hold",
                    HttpMethod.DELETE,
                    null,
                    JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(retention.run(null).anonymised()).isEqualTo(1);
    assertThat(domainTables()).doesNotContain(held.personalNumber(), held.lastName());
  }

  @Test
  void theSubjectAccessExportHoldsThePersonsDataAndCasesForManagersOnly() {
    Person person = register("Изискваща", "Достъпова", "ул. Справка 5");

    ResponseEntity<JsonNode> export =
        get("t-manager", "/api/participants/" + person.number() + "/subject-access-export");

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = export.getBody();
    assertThat(body.at("/data/participant/first_name").asText()).isEqualTo(person.firstName());
    assertThat(body.at("/data/participant/address").asText()).isEqualTo(person.address());
    assertThat(body.get("cases").findValuesAsText("processDefinitionKey"))
        .contains("participant-onboarding");
    assertThat(body.get("cases").get(0).has("variables")).isFalse();
    assertThat(body.get("auditTrail").findValuesAsText("action")).contains("created");
    assertThat(
            get("t-officer", "/api/participants/" + person.number() + "/subject-access-export")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-manager", "/api/participants/P-NONE/subject-access-export").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theMonthlyTimerAndTheManagersStartRunTheStepAndKeepOnlyCounts() {
    // before the retention date: both paths run, anonymise nobody, record the counts
    Job timer =
        management
            .createJobQuery()
            .processDefinitionKey(RetentionCases.MONTHLY_PROCESS_ID)
            .timers()
            .singleResult();
    assertThat(timer).as("the monthly timer start").isNotNull();
    management.executeJob(timer.getId());
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName(RetentionVariables.ANONYMISED)
                .list())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.getValue()).isEqualTo(0));

    engine.getIdentityService().setAuthentication("t-manager", List.of("project-managers"));
    ProcessInstance started;
    try {
      String definition =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(RetentionCases.PROCESS_ID)
              .latestVersion()
              .singleResult()
              .getId();
      started =
          engine
              .getFormService()
              .submitStartForm(definition, Map.of(RetentionVariables.CONFIRMED, true));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    management.executeJob(
        management.createJobQuery().processInstanceId(started.getId()).singleResult().getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.getId()).count())
        .isZero();
    Map<String, Object> kept = new java.util.HashMap<>();
    engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(started.getId())
        .list()
        .forEach(v -> kept.put(v.getName(), v.getValue()));
    assertThat(kept)
        .containsEntry(RetentionVariables.STARTED_BY, "t-manager")
        .containsEntry(RetentionVariables.ANONYMISED, 0)
        .containsKey(RetentionVariables.HELD);
  }

  // --- fixture ----------------------------------------------------------------------------------

  record Person(
      String number, String firstName, String lastName, String personalNumber, String address) {}

  private Person register(String firstName, String lastName, String address) {
    NewParticipant base = TestPeople.eligibleAdult(firstName, lastName);
    NewParticipant p =
        new NewParticipant(
            base.personalNumber(),
            firstName,
            null,
            lastName,
            null,
            null,
            "Казанлък",
            address,
            "0888123456",
            true,
            "UNEMPLOYED",
            "ISCED_2",
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            SpecialCategoryAnswer.NO,
            false,
            false,
            true,
            false);
    String number = onboarding.register(p, "t-officer").registrationNumber();
    return new Person(number, firstName, lastName, base.personalNumber(), address);
  }

  private void assess(String number, String healthNote) {
    String task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult()
            .getId();
    tasks.claim(task, "social");
    tasks.complete(
        task,
        Map.of(
            "needsHealth",
            healthNote,
            "recommendedStreams",
            SpinValues.jsonValue("[\"FAMILY_HOUSE\"]").create()));
  }

  private ResponseEntity<JsonNode> hold(String user, String number, String reason) {
    return as(user)
        .exchange(
            "/api/participants/" + number + "/legal-hold",
            HttpMethod.PUT,
            new HttpEntity<>(Map.of("reason", reason), jsonHeaders()),
            JsonNode.class);
  }

  /** Every text of every domain table (not the engine's), one line per row. */
  private String domainTables() {
    List<String> tables =
        jdbc.sql(
                """
                select table_name from information_schema.tables
                where table_schema = 'PUBLIC' and table_name not like 'ACT_%'
                  and table_name <> 'flyway_schema_history' order by table_name""")
            .query(String.class)
            .list();
    List<String> rows = new ArrayList<>();
    for (String table : tables) {
      jdbc.sql("select * from \"" + table + "\"")
          .query()
          .listOfRows()
          .forEach(row -> rows.add(table + " " + new java.util.TreeMap<>(row)));
    }
    return String.join("\n", rows);
  }
}
