package bg.kazanlak.inclusion.education;

import java.time.LocalDate;

/**
 * Who joins a club: a registered participant ({@code registrationNumber}) or a child known through
 * a guardian who is a participant. A minor needs {@code guardian}, {@code guardianConsent} and
 * {@code consentDate}. {@code enrolledOn} defaults to today, for enrolments recorded late.
 */
public record NewEnrolment(
    String registrationNumber,
    Child child,
    String guardian,
    Boolean guardianConsent,
    LocalDate consentDate,
    LocalDate enrolledOn) {

  public record Child(String firstName, String lastName, LocalDate birthDate) {}
}
