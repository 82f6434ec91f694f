package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;

/**
 * A service as a specialist records it (the API, the Tasklist start form): at which house, to whom
 * (the participant, or the participant's family), by which role, of which kind, when and how long,
 * with a short note. The note holds no diagnosis; it never shows in a log line.
 */
public record NewService(
    String house,
    String registrationNumber,
    Boolean forFamily,
    String role,
    ServiceKind kind,
    LocalDate date,
    Integer durationMinutes,
    String note) {

  @Override
  public String toString() {
    return "NewService[" + house + ", " + registrationNumber + ", note withheld]";
  }
}
