package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.Concurrently;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same person registered by several case officers at the same moment: one registration, the
 * others told which one (409), and the personal number in no log line, at debug level too.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.bg.kazanlak=DEBUG",
      "logging.level.org.springframework.jdbc=DEBUG",
      "logging.level.org.springframework.dao=DEBUG",
      "logging.level.org.springframework.web=DEBUG",
      "logging.level.org.camunda.bpm.engine.context=DEBUG",
      "logging.level.org.camunda.bpm.engine.cmd=DEBUG"
    })
@ExtendWith(OutputCaptureExtension.class)
class ParticipantRegistrationRaceTest extends ApiTest {

  private static final int OFFICERS = 6;
  private static final List<String> DEBUG_LOGGERS =
      List.of(
          "bg.kazanlak",
          "org.springframework.jdbc",
          "org.springframework.dao",
          "org.springframework.web",
          "org.camunda.bpm.engine.context",
          "org.camunda.bpm.engine.cmd");
  private static final String CLIENT_THREAD = "test-client-";

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired DataSource dataSource;
  @Autowired OnboardingCases onboarding;

  /**
   * Log levels are the JVM's, not the context's: put them back, or every later test class logs each
   * engine step at debug level.
   */
  @AfterAll
  static void quietAgain() {
    LoggingSystem logging =
        LoggingSystem.get(ParticipantRegistrationRaceTest.class.getClassLoader());
    DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
  }

  @Test
  void samePersonRegisteredAtOnceIsOne201AndOthers409WithoutTheNumberInTheLog(CapturedOutput output)
      throws Exception {
    String egn = TestPeople.freshEgn(LocalDate.of(1979, 11, 23));
    ObjectNode body =
        json.createObjectNode()
            .put("personalNumber", egn)
            .put("firstName", "Стефка")
            .put("lastName", "Гочева")
            .put("settlement", "Шипка")
            .put("consentToServices", true);
    body.putObject("entry")
        .put("employmentStatus", "UNEMPLOYED")
        .put("educationLevel", "ISCED_2")
        .put("homelessOrHousingExclusion", false);

    List<ResponseEntity<JsonNode>> responses =
        Concurrently.all(
            CLIENT_THREAD,
            OFFICERS,
            Collections.nCopies(OFFICERS, () -> post("t-officer", "/api/participants", body)));

    List<ResponseEntity<JsonNode>> created =
        responses.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
    List<ResponseEntity<JsonNode>> conflicts =
        responses.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT).toList();
    assertThat(created).hasSize(1);
    assertThat(conflicts).hasSize(OFFICERS - 1);
    String regNo = created.get(0).getBody().get("registrationNumber").asText();
    assertThat(conflicts)
        .allSatisfy(
            conflict ->
                assertThat(conflict.getBody().get("existingRegistrationNumber").asText())
                    .isEqualTo(regNo));
    assertThat(
            jdbc.sql("select count(*) from participant where personal_number = ?")
                .param(egn)
                .query(Long.class)
                .single())
        .isOne();
    // the test's own HTTP client logs the body it sends; every other line is the application's
    List<String> applicationLog =
        output.getAll().lines().filter(line -> !line.contains(CLIENT_THREAD)).toList();
    assertThat(applicationLog)
        .anyMatch(line -> line.contains("/api/participants"))
        .noneMatch(line -> line.contains(egn));
  }

  /**
   * The unique constraint is the last word: a row of the same number that commits while this
   * registration waits at its insert (past the look-up) still ends in the 409, not a 500.
   */
  @Test
  void aConstraintViolationAtTheInsertIsThe409(CapturedOutput output) throws Exception {
    String egn = TestPeople.freshEgn(LocalDate.of(1981, 3, 4));
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // another writer of the registry holds an uncommitted row with the number
    Future<?> other =
        Concurrently.inBackground(
            () ->
                transactions.execute(
                    status -> {
                      jdbc.sql(
                              """
          insert into participant (registration_number, personal_number, personal_number_kind,
            first_name, last_name, first_name_key, last_name_key, birth_date, sex, settlement,
            consent_to_services, status, registered_on)
          values ('P-2022-99001', ?, 'EGN', 'Ина', 'Кирова', 'ина', 'кирова', ?, 'FEMALE',
            'Шипка', true, 'REGISTERED', ?)""")
                          .params(egn, LocalDate.of(1981, 3, 4), LocalDate.of(2022, 6, 6))
                          .update();
                      inserted.countDown();
                      Concurrently.await(commit);
                      return null;
                    }));
    Concurrently.await(inserted);
    Future<RequestRefusedException> registration =
        Concurrently.inBackground(
            () -> {
              try {
                onboarding.register(
                    TestPeople.withNumber(TestPeople.eligibleAdult("Ина", "Кирова"), egn),
                    "t-officer");
                return null;
              } catch (RequestRefusedException refused) {
                return refused;
              }
            });
    waitUntilTheRegistrationWaitsAtItsInsert();
    commit.countDown();
    Concurrently.result(other);

    RequestRefusedException refused = Concurrently.result(registration);
    assertThat(refused).isNotNull();
    assertThat(refused.kind()).isEqualTo(Refusal.CONFLICT);
    assertThat(refused.properties()).containsEntry("existingRegistrationNumber", "P-2022-99001");
    assertThat(refused).hasNoCause();
    assertThat(
            jdbc.sql("select count(*) from participant where personal_number = ?")
                .param(egn)
                .query(Long.class)
                .single())
        .isOne();
    assertThat(output.getAll()).doesNotContain(egn);
  }

  /**
   * Until the registration's insert waits for the other row (H2 lists the statement a session is
   * executing). Plain JDBC, so that the polling itself writes no debug log.
   */
  private void waitUntilTheRegistrationWaitsAtItsInsert() throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement waiting =
            connection.prepareStatement(
                """
            select count(*) from information_schema.sessions
            where session_id <> session_id()
              and lower(executing_statement) like '%insert into participant (%'""")) {
      Concurrently.waitUntil(
          "the registration reaches its insert",
          Duration.ofSeconds(20),
          () -> {
            try (ResultSet count = waiting.executeQuery()) {
              count.next();
              return count.getLong(1) > 0;
            }
          });
    }
  }
}
