package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a refusal that reaches the engine's REST APIs ({@code /engine-rest} and the API that
 * Tasklist uses) with its own 4xx status and the Bulgarian message, in the shape of Camunda's error
 * body ({@code type}, {@code message}) that Tasklist shows, plus the named fields. Without it
 * Camunda's catch-all mapper answers 500 and logs a stack trace for every typo.
 */
public class RefusalMapper implements ExceptionMapper<RequestRefusedException> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Response toResponse(RequestRefusedException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "RequestRefused");
    body.put("message", refusal.getMessage());
    body.put("title", refusal.title());
    List<Map<String, String>> errors =
        refusal.fieldProblems().stream().map(RefusalMapper::describe).toList();
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    refusal.properties().forEach(body::putIfAbsent);
    try {
      return Response.status(status(refusal.kind()))
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(JSON.writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The HTTP status of each kind of refusal, as {@code web/ApiExceptionHandler} answers it. */
  static int status(Refusal kind) {
    return switch (kind) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case RULE_BROKEN -> 422; // JAX-RS names no 422
    };
  }

  private static Map<String, String> describe(FieldProblem problem) {
    return Map.of("field", problem.field(), "message", problem.message());
  }
}
