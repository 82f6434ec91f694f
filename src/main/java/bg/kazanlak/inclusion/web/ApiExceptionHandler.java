package bg.kazanlak.inclusion.web;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the project API as {@code application/problem+json} (RFC 9457) with a Bulgarian
 * title and detail; validation errors add {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = "bg.kazanlak.inclusion")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(RequestRefusedException.class)
  ResponseEntity<ProblemDetail> refused(RequestRefusedException e) {
    HttpStatus status = status(e.kind());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.detail());
    problem.setTitle(e.title());
    if (!e.fieldProblems().isEmpty()) {
      problem.setProperty("errors", e.fieldProblems());
    }
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(status).body(problem);
  }

  /** The HTTP status of each kind of refusal; {@code process/RefusalMapper} answers the same. */
  static HttpStatus status(Refusal kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
  }

  /** The engine's own authorization said no: the user's groups do not allow this. */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(AuthorizationException e) {
    log.warn("Engine refused user {}: {}", e.getUserId(), e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Нямате права за тази операция.");
    problem.setTitle("Нямате достъп");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(
            invalid(List.of(new FieldProblem(e.getName(), "Невалидна стойност: " + e.getValue()))));
  }

  /** Unparseable JSON, or a value of the wrong type: name the field Jackson stopped at. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      @NonNull HttpMessageNotReadableException e,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    FieldProblem problem;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      problem = new FieldProblem(field, "Невалидна стойност на полето.");
    } else {
      problem = new FieldProblem("body", "Тялото на заявката не е валиден JSON.");
    }
    return ResponseEntity.badRequest().body(invalid(List.of(problem)));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Unexpected error in the project API", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Възникна неочаквана грешка. Опитайте отново или се обърнете към администратора.");
    problem.setTitle("Вътрешна грешка");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Някои полета са попълнени грешно.");
    problem.setTitle("Невалидни данни");
    problem.setProperty("errors", problems);
    return problem;
  }
}
