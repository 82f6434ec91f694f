package bg.kazanlak.inclusion.problem;

import java.util.List;
import java.util.Map;

/**
 * A request the rules refuse. Thrown by services, it rolls back whatever the request had started
 * (domain rows and process instance alike); the API turns it into {@code application/problem+json}
 * and Tasklist shows its Bulgarian message when a form is refused. Its {@link Refusal} kind says
 * why; the API and the engine's door choose the HTTP status from it.
 */
public class RequestRefusedException extends RuntimeException {

  private final Refusal kind;
  private final String title;
  private final String detail;
  private final List<FieldProblem> fieldProblems;
  private final Map<String, Object> properties;

  protected RequestRefusedException(
      Refusal kind,
      String title,
      String detail,
      List<FieldProblem> fieldProblems,
      Map<String, Object> properties) {
    super(message(detail, fieldProblems));
    this.kind = kind;
    this.title = title;
    this.detail = detail;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.properties = Map.copyOf(properties);
  }

  /** 400: input that is missing or malformed. */
  public static RequestRefusedException invalid(List<FieldProblem> problems) {
    return new RequestRefusedException(
        Refusal.INVALID,
        "Невалидни данни",
        "Някои полета са попълнени грешно.",
        problems,
        Map.of());
  }

  public static RequestRefusedException invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  /** 403: the user's role does not allow this action. */
  public static RequestRefusedException forbidden(String detail) {
    return new RequestRefusedException(
        Refusal.FORBIDDEN, "Нямате права", detail, List.of(), Map.of());
  }

  /** 404: the thing asked for does not exist. */
  public static RequestRefusedException notFound(String detail) {
    return new RequestRefusedException(
        Refusal.NOT_FOUND, "Не е намерено", detail, List.of(), Map.of());
  }

  /** 409: the request clashes with what is already recorded. */
  public static RequestRefusedException conflict(String detail, Map<String, Object> properties) {
    return new RequestRefusedException(
        Refusal.CONFLICT, "Вече съществува", detail, List.of(), properties);
  }

  /** 422: well-formed, but a programme rule forbids it. */
  public static RequestRefusedException ruleBroken(String detail, Map<String, Object> properties) {
    return new RequestRefusedException(
        Refusal.RULE_BROKEN, "Нарушено правило", detail, List.of(), properties);
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

  public Refusal kind() {
    return kind;
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
