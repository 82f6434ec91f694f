package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.education.NewEnrolment.Child;
import java.time.LocalDate;

/**
 * A place in a club: a participant (registration number and display name) or a child (names and
 * birth date, with the guardian's consent). {@code leftOn} is set when the person leaves.
 */
public record Enrolment(
    long id,
    String clubId,
    String registrationNumber,
    String displayName,
    Child child,
    String guardian,
    Boolean guardianConsent,
    LocalDate consentDate,
    LocalDate enrolledOn,
    LocalDate leftOn) {

  /** Whether the person belonged to the club on that day (the day of leaving still counts). */
  boolean activeOn(LocalDate day) {
    return !enrolledOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
  }
}
