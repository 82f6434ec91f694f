package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.employment.EmploymentCases;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/reports/indicators?asOf=}: every figure counts only what had happened by the end
 * of the day asked. One person's programme on known days (registered and found eligible on Monday 5
 * September 2022, enrolled in employment on the 7th, a contract signed and started on the 9th and
 * terminated on the 20th, a Family House service on the 12th) and one expense (committed on the
 * 13th, paid on the 15th), each report read before and after them: the difference is the known
 * answer, whatever the shared database held before.
 */
class IndicatorsAsOfTest extends ApiTest {

  private static final LocalDate FIRST = LocalDate.of(2022, 9, 4);
  private static final LocalDate LAST = LocalDate.of(2022, 9, 21);
  private static final LocalDate REGISTERED = LocalDate.of(2022, 9, 5);
  private static final LocalDate ENROLLED = LocalDate.of(2022, 9, 7);
  private static final LocalDate SIGNED = LocalDate.of(2022, 9, 9);
  private static final LocalDate SERVED = LocalDate.of(2022, 9, 12);
  private static final LocalDate COMMITTED = LocalDate.of(2022, 9, 13);
  private static final LocalDate PAID = LocalDate.of(2022, 9, 15);
  private static final LocalDate TERMINATED = LocalDate.of(2022, 9, 20);
  private static final String ENTERPRISE = "municipal-enterprise";
  private static final BigDecimal AMOUNT = new BigDecimal("2499.99");

  @Autowired OnboardingCases onboarding;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void everyFigureCountsOnlyWhatHadHappenedByTheEndOfTheDay() {
    at(LAST);
    Map<LocalDate, JsonNode> before = reports();

    String person = registeredAndEligibleOn(REGISTERED);
    enrolledInEmploymentOn(person, ENROLLED);
    String contractId = contractSignedAndStartedOn(person, SIGNED);
    at(SERVED.plusDays(1));
    assertThat(post("t-social", "/api/family-houses/kran/services", service(person, SERVED)))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.CREATED);
    String expense = expenseCommittedOn(COMMITTED);
    paidOn(expense, PAID);
    at(SIGNED);
    assertThat(terminate(contractId, TERMINATED).getStatusCode()).isEqualTo(HttpStatus.OK);

    at(LAST);
    Map<LocalDate, JsonNode> after = reports();

    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      JsonNode was = before.get(day);
      JsonNode is = after.get(day);
      assertThat(is.get("asOf").asText()).isEqualTo(day.toString());
      boolean registered = !day.isBefore(REGISTERED);
      assertThat(delta(was, is, r -> r.at("/participants/registered").asLong()))
          .as("registered as of %s", day)
          .isEqualTo(registered ? 1 : 0);
      assertThat(delta(was, is, r -> r.at("/participants/eligible").asLong()))
          .as("eligible as of %s", day)
          .isEqualTo(registered ? 1 : 0);
      assertThat(delta(was, is, r -> r.at("/participants/rejected").asLong()))
          .as("rejected as of %s", day)
          .isZero();
      assertThat(
              delta(
                  was, is, r -> r.at("/esf/CO01/men").asLong() + r.at("/esf/CO01/women").asLong()))
          .as("unemployed entrants (CO01) as of %s", day)
          .isEqualTo(day.isBefore(ENROLLED) ? 0 : 1);
      boolean signed = !day.isBefore(SIGNED);
      boolean atWork = signed && !day.isAfter(TERMINATED);
      assertThat(delta(was, is, r -> r.at("/employment/personsEmployed").asLong()))
          .as("persons employed as of %s", day)
          .isEqualTo(signed ? 1 : 0);
      assertThat(delta(was, is, r -> r.at("/employment/activeContracts").asLong()))
          .as("active contracts as of %s", day)
          .isEqualTo(atWork ? 1 : 0);
      assertThat(delta(was, is, r -> employer(r).get("personsEmployed").asLong()))
          .as("persons employed by the enterprise as of %s", day)
          .isEqualTo(signed ? 1 : 0);
      assertThat(delta(was, is, r -> employer(r).get("activeContracts").asLong()))
          .as("the enterprise's active contracts as of %s", day)
          .isEqualTo(atWork ? 1 : 0);
      assertThat(delta(was, is, r -> kran(r).get("servicesDelivered").asLong()))
          .as("services of the Kran house as of %s", day)
          .isEqualTo(day.isBefore(SERVED) ? 0 : 1);
      assertThat(money(is, "committed").subtract(money(was, "committed")))
          .as("SESG committed as of %s", day)
          .isEqualByComparingTo(
              !day.isBefore(COMMITTED) && day.isBefore(PAID) ? AMOUNT : BigDecimal.ZERO);
      assertThat(money(is, "spent").subtract(money(was, "spent")))
          .as("SESG spent as of %s", day)
          .isEqualByComparingTo(day.isBefore(PAID) ? BigDecimal.ZERO : AMOUNT);
    }
  }

  @Test
  void withoutADateTheReportIsAsOfTheProgrammesToday() {
    JsonNode today = get("t-manager", "/api/reports/indicators").getBody();
    JsonNode asked = get("t-manager", "/api/reports/indicators?asOf=2022-06-06").getBody();

    assertThat(today.get("asOf").asText()).isEqualTo("2022-06-06");
    assertThat(asked).isEqualTo(today);
  }

  @Test
  void aDayBeforeTheProgrammeCountsNothing() {
    JsonNode programme = get("t-manager", "/api/reports/indicators").getBody().get("programme");
    LocalDate dayBefore = LocalDate.parse(programme.get("start").asText()).minusDays(1);

    ResponseEntity<JsonNode> report = get("t-manager", "/api/reports/indicators?asOf=" + dayBefore);

    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = report.getBody();
    assertThat(body.get("asOf").asText()).isEqualTo(dayBefore.toString());
    assertThat(body.at("/participants/registered").asLong()).isZero();
    assertThat(body.at("/employment/personsEmployed").asLong()).isZero();
    assertThat(body.at("/initiatives/held").asLong()).isZero();
    assertThat(body.at("/housing/householdsWithPlan").asLong()).isZero();
    for (JsonNode p : body.at("/budget/programmes")) {
      assertThat(p.get("committed").decimalValue()).isZero();
      assertThat(p.get("spent").decimalValue()).isZero();
    }
    for (JsonNode house : body.at("/familyHouses/houses")) {
      assertThat(house.get("servicesDelivered").asLong()).isZero();
    }
  }

  @Test
  void aMalformedDateIs400NamingAsOf() {
    for (String malformed : new String[] {"2022-13-01", "06.06.2022", "2022-6-6", "вчера"}) {
      ResponseEntity<JsonNode> refused =
          get("t-manager", "/api/reports/indicators?asOf=" + malformed);

      assertFieldProblem(refused, "asOf");
      assertThat(refused.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody().get("errors").get(0).get("message").asText())
          .contains("ГГГГ-ММ-ДД");
    }
  }

  @Test
  void aDayAfterTheProgrammesTodayIs422() {
    ResponseEntity<JsonNode> refused = get("t-manager", "/api/reports/indicators?asOf=2022-06-07");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("detail").asText())
        .contains("2022-06-07", "2022-06-06", "бъдещето не е известно");
  }

  @Test
  void theEsfIndicatorsAreListedByFundAndCodeWithTheirNamesAsOfTheSameDay() {
    JsonNode esf = get("t-manager", "/api/reports/esf?asOf=2022-06-06").getBody();
    JsonNode report = get("t-manager", "/api/reports/indicators?asOf=2022-06-06").getBody();

    assertThat(esf.get("asOf").asText()).isEqualTo("2022-06-06");
    assertThat(esf.get("indicators")).hasSize(28);
    JsonNode first = esf.get("indicators").get(0);
    assertThat(first.get("fund").asText()).isEqualTo("ESF");
    assertThat(first.get("code").asText()).isEqualTo("CO01");
    assertThat(first.get("name").asText())
        .isEqualTo("Безработни, включително продължително безработни");
    assertThat(first.get("men").asLong()).isEqualTo(report.at("/esf/CO01/men").asLong());
    assertThat(esf.at("/records/total/women").asLong())
        .isEqualTo(report.at("/esfParticipants/total/women").asLong());
    assertThat(esf.at("/records/refused").has("minority")).isTrue();
    assertThat(get("t-manager", "/api/reports/esf?asOf=2022-06-07").getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void onlyProjectManagersReadTheReportAsOfADay() {
    assertThat(get("t-finance", "/api/reports/indicators?asOf=2022-06-01").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- the events, each on its day ------------------------------------------------------------

  private String registeredAndEligibleOn(LocalDate day) {
    at(day);
    String number =
        onboarding
            .register(
                TestPeople.person(
                    "Калина",
                    "Датова",
                    LocalDate.of(1979, 9, 5),
                    "Казанлък",
                    "UNEMPLOYED",
                    "ISCED_2"),
                "officer")
            .registrationNumber();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_AssessNeeds")
                .count())
        .as("eligible, no duplicate review")
        .isOne();
    return number;
  }

  private void enrolledInEmploymentOn(String person, LocalDate day) {
    at(day);
    String assessment =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(person)
            .taskDefinitionKey("Task_AssessNeeds")
            .singleResult()
            .getId();
    tasks.claim(assessment, "social");
    tasks.complete(
        assessment,
        Map.of(
            "needsWork",
            "Търси работа.",
            "recommendedStreams",
            SpinValues.jsonValue("[\"EMPLOYMENT\"]").create()));
  }

  /** Preference (none), allocation, the contract starting on the day and signed on it. */
  private String contractSignedAndStartedOn(String person, LocalDate day) {
    at(day);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EmploymentCases.PROCESS_ID)
            .processInstanceBusinessKey(person)
            .singleResult()
            .getId();
    complete(instance, Map.of("preferredEmployer", "NONE"));
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    complete(
        instance,
        Map.of(
            "startDate",
            day.toString(),
            "position",
            "Озеленител",
            "workingTimeFraction",
            "1",
            "grossMonthlyWage",
            "800.00"));
    complete(instance, Map.of("signatureDate", day.toString()));
    return (String) runtime.getVariable(instance, "contractId");
  }

  /** Requested and approved by finance on the day: the commitment is booked then. */
  private String expenseCommittedOn(LocalDate day) {
    at(day);
    ResponseEntity<JsonNode> requested =
        post(
            "t-finance",
            "/api/expenses",
            json.createObjectNode()
                .put("budgetLine", "sesg-assets")
                .put("amount", AMOUNT)
                .put("supplier", "Спорт Дистрибушън ООД")
                .put("purpose", "Спортни пособия за клуба")
                .put("date", "2022-09-01")
                .put("documentRef", "Фактура 2001/01.09.2022"));
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = requested.getBody().get("expenseNumber").asText();
    complete(instance(number), Map.of("decision", "APPROVE"));
    return number;
  }

  private void paidOn(String expense, LocalDate day) {
    at(day);
    complete(
        instance(expense), Map.of("paymentDate", day.toString(), "paymentReference", "ПН 915"));
  }

  private ResponseEntity<JsonNode> terminate(String contractId, LocalDate day) {
    return as("t-hr")
        .postForEntity(
            "/api/employment/contracts/" + contractId + "/termination",
            Map.of("date", day.toString(), "reason", "RESIGNATION"),
            JsonNode.class);
  }

  private Map<String, Object> service(String person, LocalDate day) {
    return Map.of(
        "registrationNumber",
        person,
        "forFamily",
        false,
        "role",
        "SOCIAL_WORKER",
        "kind",
        "HOME_VISIT",
        "date",
        day.toString(),
        "durationMinutes",
        60);
  }

  // --- reading the reports --------------------------------------------------------------------

  private Map<LocalDate, JsonNode> reports() {
    Map<LocalDate, JsonNode> reports = new TreeMap<>();
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      ResponseEntity<JsonNode> report = get("t-manager", "/api/reports/indicators?asOf=" + day);
      assertThat(report.getStatusCode()).as("%s", report.getBody()).isEqualTo(HttpStatus.OK);
      reports.put(day, report.getBody());
    }
    return reports;
  }

  private static long delta(JsonNode was, JsonNode is, ToLongFunction<JsonNode> figure) {
    return figure.applyAsLong(is) - figure.applyAsLong(was);
  }

  private static JsonNode employer(JsonNode report) {
    return find(report.at("/employment/byEmployer"), ENTERPRISE);
  }

  private static JsonNode kran(JsonNode report) {
    return find(report.at("/familyHouses/houses"), "kran");
  }

  /** The SESG programme's amount (sesg-assets is one of its lines). */
  private static BigDecimal money(JsonNode report, String field) {
    for (JsonNode p : report.at("/budget/programmes")) {
      if (p.get("code").asText().equals("SESG")) {
        return p.get(field).decimalValue();
      }
    }
    throw new AssertionError("no SESG in " + report.at("/budget"));
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode item : list) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  private String instance(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  private void complete(String instance, Map<String, Object> values) {
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), values);
  }

  private void at(LocalDate day) {
    clock.freezeAt(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)));
  }
}
