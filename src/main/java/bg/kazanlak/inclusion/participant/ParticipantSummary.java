package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/**
 * A search result of the registry: what a project manager needs to tell people apart, with the
 * personal number masked (first two and last two digits).
 */
public record ParticipantSummary(
    String registrationNumber,
    String maskedPersonalNumber,
    String firstName,
    String lastName,
    ParticipantStatus status,
    LocalDate registeredOn) {

  @Override
  public String toString() {
    return "ParticipantSummary[" + registrationNumber + ", personal data withheld]";
  }
}
