package bg.kazanlak.inclusion.education;

import java.time.LocalDate;
import java.util.List;

/** A session held, with who of the club's enrolments was present. */
public record NewSession(LocalDate date, String topic, List<Attendance> attendance) {

  public record Attendance(Long enrolmentId, Boolean present) {}
}
