package bg.kazanlak.inclusion.web;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.RefusalMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A refusal carries a domain kind, no HTTP; the project API and the engine's REST door answer it
 * with the same status: invalid 400, forbidden 403, not found 404, conflict 409, rule broken 422.
 */
class RefusalStatusTest {

  private final ApiExceptionHandler api = new ApiExceptionHandler();
  private final RefusalMapper engineDoor = new RefusalMapper();

  @Test
  void eachKindHasItsStatusOnBothDoors() {
    assertStatus(RequestRefusedException.invalid("field", "Грешно."), 400);
    assertStatus(RequestRefusedException.forbidden("Не."), 403);
    assertStatus(RequestRefusedException.notFound("Няма."), 404);
    assertStatus(RequestRefusedException.conflict("Има.", Map.of()), 409);
    assertStatus(RequestRefusedException.ruleBroken("Правило.", Map.of()), 422);
  }

  private void assertStatus(RequestRefusedException refusal, int status) {
    ResponseEntity<ProblemDetail> answer = api.refused(refusal);
    assertThat(answer.getStatusCode().value()).isEqualTo(status);
    assertThat(answer.getBody().getStatus()).isEqualTo(status);
    assertThat(engineDoor.toResponse(refusal).getStatus()).isEqualTo(status);
  }
}
