package bg.kazanlak.inclusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls to {@code /engine-rest} and {@code /api} as a test user, the way a client would send them.
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;

  /**
   * The engine REST API looks its engine up in Camunda's JVM-wide registry, where the test context
   * started last holds the name "default" (and closing one removes it): point the name back at the
   * engine of the context under test.
   */
  public EngineRest(TestRestTemplate http, org.camunda.bpm.engine.ProcessEngine engine) {
    this.http = http;
    org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
  }

  public ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    TestRestTemplate client =
        user == null ? http : http.withBasicAuth(user, ApiTestSupport.PASSWORD);
    return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** Only the status: for documents as well as JSON. */
  public int status(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client =
        user == null ? http : http.withBasicAuth(user, ApiTestSupport.PASSWORD);
    return client
        .exchange(path, method, new HttpEntity<>(body, headers), byte[].class)
        .getStatusCode()
        .value();
  }

  /** Camunda's variable format: {@code {"name": {"value": ...}}} (type inferred by the engine). */
  public static ObjectNode variables(Map<String, ?> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach(
        (name, value) -> {
          ObjectNode variable = variables.putObject(name);
          variable.set("value", JSON.valueToTree(value));
        });
    return variables;
  }

  public static ObjectNode body(String field, Map<String, ?> values) {
    ObjectNode body = JSON.createObjectNode();
    body.set(field, variables(values));
    return body;
  }
}
