package bg.kazanlak.inclusion.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cockpit's «Показатели» and «Досие на участник» over HTTP: {@code GET /api/reports/dashboard} and
 * {@code GET /api/case-files}. Each test at a moment of its own and a participant of its own.
 */
class CockpitReportingApiTest extends ApiTest {

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired OnboardingCases onboarding;
  @Autowired TaskService tasks;

  @Test
  void theCaseFileShowsACompletedOnboardingARunningEmploymentTheirTasksAndTheDecision() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 8, 11, 17, 23));
    OnboardingCases.StartedCase started = register("Досиева");
    String regNo = started.registrationNumber();
    clock.freezeAt(LocalDateTime.of(2022, 6, 9, 9, 41, 7));
    completeAssessment(started.processInstanceId(), "[\"EMPLOYMENT\"]");

    ResponseEntity<JsonNode> answer = get("t-manager", "/api/case-files/" + regNo);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode file = answer.getBody();
    assertThat(file.at("/participant/registrationNumber").asText()).isEqualTo(regNo);
    assertThat(file.at("/participant/maskedPersonalNumber").asText()).matches("\\d{2}\\*{6}\\d{2}");
    assertThat(file.at("/participant/status").asText()).isEqualTo("ENROLLED");
    assertThat(file.toString()).doesNotContain(personalNumberOf(file));
    Map<String, JsonNode> processes = new java.util.HashMap<>();
    file.get("processes").forEach(p -> processes.put(p.get("key").asText(), p));
    assertThat(processes).containsKeys("participant-onboarding", "employment");
    JsonNode onboarding = processes.get("participant-onboarding");
    assertThat(onboarding.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(onboarding.get("running").asBoolean()).isFalse();
    assertThat(onboarding.get("started").asText()).isEqualTo("2022-06-08T11:17:23");
    assertThat(onboarding.get("ended").asText()).isEqualTo("2022-06-09T09:41:07");
    JsonNode employment = processes.get("employment");
    assertThat(employment.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(employment.get("running").asBoolean()).isTrue();
    assertThat(employment.get("businessKey").asText()).isEqualTo(regNo);

    List<JsonNode> timeline = new ArrayList<>();
    file.get("timeline").forEach(timeline::add);
    // one timeline, oldest first
    List<String> times = timeline.stream().map(e -> e.get("at").asText()).toList();
    assertThat(times).isSorted();
    JsonNode assessment =
        timeline.stream()
            .filter(e -> e.get("kind").asText().equals("TASK"))
            .filter(e -> e.get("title").asText().equals("Оценка на потребностите"))
            .findFirst()
            .orElseThrow();
    assertThat(assessment.get("processInstanceId").asText())
        .isEqualTo(onboarding.get("id").asText());
    assertThat(assessment.get("assignee").asText()).isEqualTo("social");
    assertThat(assessment.get("candidateGroups").toString()).contains(Groups.SOCIAL_WORKERS);
    assertThat(assessment.get("created").asText()).isEqualTo("2022-06-08T11:17:23");
    assertThat(assessment.get("completed").asText()).isEqualTo("2022-06-09T09:41:07");
    // five working days, to the end of the working day
    assertThat(assessment.get("due").asText()).isEqualTo("2022-06-15T17:30:00");
    JsonNode employmentTask =
        timeline.stream()
            .filter(e -> e.get("kind").asText().equals("TASK"))
            .filter(e -> e.get("processInstanceId").asText().equals(employment.get("id").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(employmentTask.has("completed")).isFalse();
    assertThat(employmentTask.get("candidateGroups").toString()).contains(Groups.HR_OFFICERS);
    JsonNode eligibility =
        timeline.stream()
            .filter(e -> e.get("kind").asText().equals("DECISION"))
            .filter(e -> e.get("outcome").has("Решение"))
            .findFirst()
            .orElseThrow();
    assertThat(eligibility.at("/outcome/Решение").asText()).isEqualTo("ELIGIBLE");
    assertThat(eligibility.get("processInstanceId").asText())
        .isEqualTo(onboarding.get("id").asText());
    assertThat(eligibility.get("at").asText()).isEqualTo("2022-06-08T11:17:23");
    assertThat(timeline)
        .anySatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("PROCESS_ENDED"));
  }

  @Test
  void aParticipantIsFoundByNameInAnyCaseAndByRegistrationNumberButNotByPersonalNumber() {
    clock.freezeAt(LocalDateTime.of(2022, 6, 8, 14, 3, 51));
    String regNo = register("Търсенова").registrationNumber();

    JsonNode byName = get("t-manager", "/api/case-files?q=търсен").getBody();
    assertThat(byName.findValuesAsText("registrationNumber")).contains(regNo);
    JsonNode found = find(byName, regNo);
    assertThat(found.get("lastName").asText()).isEqualTo("Търсенова");
    assertThat(found.get("maskedPersonalNumber").asText()).matches("\\d{2}\\*{6}\\d{2}");
    assertThat(found.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(found.has("personalNumber")).isFalse();
    assertThat(
            get("t-manager", "/api/case-files?q=" + found.get("firstName").asText() + " ТЪРСЕНОВА")
                .getBody()
                .findValuesAsText("registrationNumber"))
        .contains(regNo);
    assertThat(
            get("t-manager", "/api/case-files?q=" + regNo.toLowerCase())
                .getBody()
                .findValuesAsText("registrationNumber"))
        .containsExactly(regNo);

    ResponseEntity<JsonNode> byEgn = get("t-manager", "/api/case-files?q=8504120123");
    assertFieldProblem(byEgn, "q");
    assertThat(byEgn.getBody().toString()).doesNotContain("8504120123");
    assertThat(get("t-manager", "/api/case-files/P-1999-99999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theDashboardCountsATaskOpenAndThenOverdueWhenTheProgrammeClockMoves() {
    LocalDateTime monday = LocalDateTime.of(2022, 6, 13, 8, 12, 5);
    clock.freezeAt(monday);
    JsonNode before = get("t-manager", "/api/reports/dashboard").getBody();
    String instance = register("Таблова").processInstanceId();
    Task assessment =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();

    JsonNode after = get("t-manager", "/api/reports/dashboard").getBody();
    assertThat(after.get("now").asText()).isEqualTo("2022-06-13T08:12:05");
    assertThat(open(after, Groups.SOCIAL_WORKERS))
        .isEqualTo(open(before, Groups.SOCIAL_WORKERS) + 1);
    assertThat(overdue(after, Groups.SOCIAL_WORKERS))
        .isEqualTo(overdue(before, Groups.SOCIAL_WORKERS));
    assertThat(after.get("tasks").findValuesAsText("group"))
        .containsExactly(
            Groups.CASE_OFFICERS,
            Groups.SOCIAL_WORKERS,
            Groups.HR_OFFICERS,
            Groups.FINANCE,
            Groups.INITIATIVE_COORDINATORS,
            Groups.PROJECT_MANAGERS);

    LocalDateTime later = monday.plusDays(10);
    assertThat(assessment.getDueDate())
        .isBefore(Date.from(later.atZone(clock.getZone()).toInstant()));
    clock.freezeAt(later);
    JsonNode overdue = get("t-manager", "/api/reports/dashboard").getBody();
    // every social workers' task due before now, whoever may read it: the manager gets real counts
    long expected =
        tasks
            .createTaskQuery()
            .taskCandidateGroup(Groups.SOCIAL_WORKERS)
            .includeAssignedTasks()
            .dueBefore(Date.from(later.atZone(clock.getZone()).toInstant()))
            .count();
    assertThat(overdue(overdue, Groups.SOCIAL_WORKERS))
        .isEqualTo(expected)
        .isGreaterThan(overdue(after, Groups.SOCIAL_WORKERS));

    // the trend: every month of the programme up to today, cumulative
    JsonNode trend = overdue.get("trend");
    assertThat(trend.get(0).get("month").asText()).isEqualTo("2021-01");
    JsonNode last = trend.get(trend.size() - 1);
    assertThat(last.get("month").asText()).isEqualTo("2022-06");
    assertThat(last.get("asOf").asText()).isEqualTo("2022-06-23");
    assertThat(trend.size()).isEqualTo(18);
    assertThat(last.get("registered").asLong()).isPositive();
    assertThat(last.get("spent").isNumber()).isTrue();
  }

  @Test
  void bothEndpointsNeedALoginAndAreOnlyTheManagers() {
    assertThat(http.getForEntity("/api/reports/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/case-files?q=Иван", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("t-social", "/api/reports/dashboard").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("t-officer", "/api/case-files?q=Иван").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private OnboardingCases.StartedCase register(String lastName) {
    return onboarding.register(
        TestPeople.person(
            "Мира",
            lastName,
            LocalDate.of(1987, 3, 1).plusDays(PEOPLE.incrementAndGet()),
            "Казанлък",
            "UNEMPLOYED",
            "ISCED_2"),
        "officer");
  }

  private void completeAssessment(String instance, String streamsJson) {
    Task assessment =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult();
    tasks.claim(assessment.getId(), "social");
    tasks.complete(
        assessment.getId(),
        Map.of(
            "needsWork",
            "Търси работа.",
            "recommendedStreams",
            SpinValues.jsonValue(streamsJson).create()));
  }

  private static long open(JsonNode dashboard, String group) {
    return groupTasks(dashboard, group).get("open").asLong();
  }

  private static long overdue(JsonNode dashboard, String group) {
    return groupTasks(dashboard, group).get("overdue").asLong();
  }

  private static JsonNode groupTasks(JsonNode dashboard, String group) {
    for (JsonNode g : dashboard.get("tasks")) {
      if (g.get("group").asText().equals(group)) {
        return g;
      }
    }
    throw new AssertionError("no group " + group);
  }

  private static JsonNode find(JsonNode list, String regNo) {
    for (JsonNode p : list) {
      if (p.get("registrationNumber").asText().equals(regNo)) {
        return p;
      }
    }
    throw new AssertionError("not found: " + regNo);
  }

  /** The masked number's visible digits are no evidence; the answer must hold no 10-digit run. */
  private static String personalNumberOf(JsonNode file) {
    return "\"personalNumber\"";
  }
}
