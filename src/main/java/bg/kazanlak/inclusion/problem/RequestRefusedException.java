package bg.kazanlak.inclusion.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the rules refuse. Thrown by services, it rolls back whatever the request had started
 * (domain rows and process instance alike); the API turns it into {@code application/problem+json}
 * and Tasklist shows its Bulgarian message when a form is refused.
 */
public class RequestRefusedException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String detail;
  private final List<FieldProblem> fieldProblems;
  private final Map<String, Object> properties;

  protected RequestRefusedException(
      HttpStatus status,
      String title,
      String detail,
      List<FieldProblem> fieldProblems,
      Map<String, Object> properties) {
    super(message(detail, fieldProblems));
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.properties = Map.copyOf(properties);
  }

  /** 400: input that is missing or malformed. */
  public static RequestRefusedException invalid(List<FieldProblem> problems) {
    return new RequestRefusedException(HttpStatus.BAD_REQUEST, "Невалидни данни",
        "Някои полета са попълнени грешно.", problems, Map.of());
  }

  public static RequestRefusedException invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  /** 403: the user's role does not allow this action. */
  public static RequestRefusedException forbidden(String detail) {
    return new RequestRefusedException(HttpStatus.FORBIDDEN, "Нямате права", detail, List.of(),
        Map.of());
  }

  /** 404: the thing asked for does not exist. */
  public static RequestRefusedException notFound(String detail) {
    return new RequestRefusedException(HttpStatus.NOT_FOUND, "Не е намерено", detail, List.of(),
        Map.of());
  }

  /** 409: the request clashes with what is already recorded. */
  public static RequestRefusedException conflict(String detail, Map<String, Object> properties) {
    return new RequestRefusedException(HttpStatus.CONFLICT, "Вече съществува", detail, List.of(),
        properties);
  }

  /** 422: well-formed, but a programme rule forbids it. */
  public static RequestRefusedException ruleBroken(String detail, Map<String, Object> properties) {
    return new RequestRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "Нарушено правило",
        detail, List.of(), properties);
  }

  private static String message(String detail, List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      return detail;
    }
    StringBuilder text = new StringBuilder(detail);
    for (FieldProblem problem : problems) {
      text.append(' ').append(problem.message());
    }
    return text.toString();
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
