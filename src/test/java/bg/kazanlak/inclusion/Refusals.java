package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The refusals a test expects of a service, a start form or a task, checked one way in every test
 * that calls them directly (over HTTP, {@code ApiTest#assertFieldProblem} checks the answer).
 */
public final class Refusals {

  private Refusals() {}

  /** The refusal the call throws; fails the test if it throws none. */
  public static RequestRefusedException refused(ThrowingCallable call) {
    RequestRefusedException refused = catchThrowableOfType(RequestRefusedException.class, call);
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  /** Invalid input, with a problem named for the field (among others perhaps). */
  public static void assertField(RequestRefusedException e, String field) {
    assertThat(e.kind()).isEqualTo(Refusal.INVALID);
    assertThat(e.fieldProblems()).extracting(FieldProblem::field).contains(field);
  }

  /** A refusal because a rule of the programme is broken (not bad input). */
  public static void assertRuleBroken(Throwable e) {
    assertThat(e).isInstanceOf(RequestRefusedException.class);
    assertThat(((RequestRefusedException) e).kind()).isEqualTo(Refusal.RULE_BROKEN);
  }
}
