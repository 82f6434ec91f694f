package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTestSupport;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same person registered by several case officers at the same moment: one registration, the
 * others told which one (409), and the personal number in no log line, at debug level too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "logging.level.bg.kazanlak=DEBUG",
    "logging.level.org.springframework.jdbc=DEBUG",
    "logging.level.org.springframework.dao=DEBUG",
    "logging.level.org.springframework.web=DEBUG",
    "logging.level.org.camunda.bpm.engine.context=DEBUG",
    "logging.level.org.camunda.bpm.engine.cmd=DEBUG"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ParticipantRegistrationRaceTest {

  private static final int OFFICERS = 6;
  private static final String CLIENT_THREAD = "test-client-";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentitySetup identity;
  @Autowired ProgrammeClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired DataSource dataSource;
  @Autowired OnboardingCases onboarding;

  @BeforeEach
  void setUp() {
    ApiTestSupport.ensureUsers(identity);
    clock.freezeAt(LocalDateTime.of(2022, 6, 6, 10, 0));
  }

  @AfterEach
  void tearDown() {
    clock.reset();
  }

  @Test
  void samePersonRegisteredAtOnceIsOne201AndOthers409WithoutTheNumberInTheLog(
      CapturedOutput output) throws Exception {
    String egn = TestPeople.freshEgn(LocalDate.of(1979, 11, 23));
    ObjectNode body = json.createObjectNode()
        .put("personalNumber", egn)
        .put("firstName", "Стефка")
        .put("lastName", "Гочева")
        .put("settlement", "Шипка")
        .put("consentToServices", true);
    body.putObject("entry")
        .put("employmentStatus", "UNEMPLOYED")
        .put("educationLevel", "ISCED_2")
        .put("homelessOrHousingExclusion", false);

    AtomicInteger clients = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(OFFICERS,
        task -> new Thread(task, CLIENT_THREAD + clients.incrementAndGet()));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
    for (int i = 0; i < OFFICERS; i++) {
      answers.add(pool.submit(() -> {
        go.await();
        return http.withBasicAuth("t-officer", ApiTestSupport.PASSWORD).exchange(
            "/api/participants", HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()),
            JsonNode.class);
      }));
    }
    go.countDown();
    List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
    for (Future<ResponseEntity<JsonNode>> answer : answers) {
      responses.add(answer.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    List<ResponseEntity<JsonNode>> created = responses.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
    List<ResponseEntity<JsonNode>> conflicts = responses.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CONFLICT).toList();
    assertThat(created).hasSize(1);
    assertThat(conflicts).hasSize(OFFICERS - 1);
    String regNo = created.get(0).getBody().get("registrationNumber").asText();
    assertThat(conflicts).allSatisfy(conflict ->
        assertThat(conflict.getBody().get("existingRegistrationNumber").asText()).isEqualTo(regNo));
    assertThat(jdbc.sql("select count(*) from participant where personal_number = ?")
        .param(egn).query(Long.class).single()).isOne();
    // the test's own HTTP client logs the body it sends; every other line is the application's
    List<String> applicationLog = output.getAll().lines()
        .filter(line -> !line.contains(CLIENT_THREAD)).toList();
    assertThat(applicationLog).anyMatch(line -> line.contains("/api/participants"))
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
    ExecutorService pool = Executors.newSingleThreadExecutor();
    // another writer of the registry holds an uncommitted row with the number
    Future<?> other = pool.submit(() -> transactions.executeWithoutResult(status -> {
      jdbc.sql("""
          insert into participant (registration_number, personal_number, personal_number_kind,
            first_name, last_name, first_name_key, last_name_key, birth_date, sex, settlement,
            consent_to_services, status, registered_on)
          values ('P-2022-99001', ?, 'EGN', 'Ина', 'Кирова', 'ина', 'кирова', ?, 'FEMALE',
            'Шипка', true, 'REGISTERED', ?)""")
          .params(egn, LocalDate.of(1981, 3, 4), LocalDate.of(2022, 6, 6)).update();
      inserted.countDown();
      await(commit);
    }));
    await(inserted);
    Future<RequestRefusedException> registration = Executors.newSingleThreadExecutor().submit(() -> {
      try {
        onboarding.register(TestPeople.withNumber(
            TestPeople.eligibleAdult("Ина", "Кирова"), egn), "t-officer");
        return null;
      } catch (RequestRefusedException refused) {
        return refused;
      }
    });
    waitUntilTheRegistrationWaitsAtItsInsert();
    commit.countDown();
    other.get(1, TimeUnit.MINUTES);

    RequestRefusedException refused = registration.get(1, TimeUnit.MINUTES);
    assertThat(refused).isNotNull();
    assertThat(refused.kind()).isEqualTo(Refusal.CONFLICT);
    assertThat(refused.properties()).containsEntry("existingRegistrationNumber", "P-2022-99001");
    assertThat(refused).hasNoCause();
    assertThat(jdbc.sql("select count(*) from participant where personal_number = ?")
        .param(egn).query(Long.class).single()).isOne();
    assertThat(output.getAll()).doesNotContain(egn);
    pool.shutdown();
  }

  /**
   * Until the registration's insert waits for the other row (H2 lists the statement a session is
   * executing). Plain JDBC, so that the polling itself writes no debug log.
   */
  private void waitUntilTheRegistrationWaitsAtItsInsert() throws SQLException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement waiting = connection.prepareStatement("""
            select count(*) from information_schema.sessions
            where session_id <> session_id()
              and lower(executing_statement) like '%insert into participant (%'""")) {
      while (true) {
        try (ResultSet count = waiting.executeQuery()) {
          count.next();
          if (count.getLong(1) > 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the registration never reached its insert");
        }
        Thread.onSpinWait();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
