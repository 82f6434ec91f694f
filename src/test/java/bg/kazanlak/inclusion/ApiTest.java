package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.identity.IdentitySetup;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scaffolding of every test that calls the application over real HTTP, written once: the
 * application on a random port with the test profile (one Spring context shared by all of them),
 * the test users of {@link ApiTestSupport}, the programme's time frozen at {@link #PROGRAMME_NOW}
 * and given back after each test, and the calls as a user ({@link #get}, {@link #post}, the engine
 * REST API through {@link #engineRest()}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

  /** A Monday inside the programme: every HTTP test runs at this programme time. */
  public static final LocalDateTime PROGRAMME_NOW = LocalDateTime.of(2022, 6, 6, 10, 0);

  @Autowired protected TestRestTemplate http;
  @Autowired protected ObjectMapper json;
  @Autowired protected IdentitySetup identity;
  @Autowired protected ProgrammeClock clock;
  @Autowired protected ProcessEngine engine;

  private EngineRest engineRest;

  @BeforeEach
  void usersAndProgrammeTime() {
    ApiTestSupport.ensureUsers(identity);
    clock.freezeAt(PROGRAMME_NOW);
    // the engine REST API and the webapps find their engine in Camunda's JVM-wide registry
    engineRest = new EngineRest(http, engine);
  }

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  /** {@code /engine-rest} and {@code /api} calls with any method, as a user. */
  protected EngineRest engineRest() {
    return engineRest;
  }

  protected ResponseEntity<JsonNode> get(String user, String path) {
    return as(user).getForEntity(path, JsonNode.class);
  }

  /** The body as text: a document, CSV, or JSON read as it was written. */
  protected String raw(String user, String path) {
    return as(user).getForObject(path, String.class);
  }

  protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return as(user)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JsonNode.class);
  }

  protected TestRestTemplate as(String user) {
    return http.withBasicAuth(user, ApiTestSupport.PASSWORD);
  }

  /** A 400 whose problem document names the field among its errors. */
  protected static void assertFieldProblem(ResponseEntity<JsonNode> response, String field) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
  }

  protected static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
