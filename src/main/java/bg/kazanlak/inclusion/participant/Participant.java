package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A participant as the registry holds it. Only the registry reads the full personal number; what
 * leaves it is {@link #maskedPersonalNumber()}.
 */
public record Participant(
    String registrationNumber,
    String personalNumber,
    PersonalNumber.Kind personalNumberKind,
    String firstName,
    String middleName,
    String lastName,
    LocalDate birthDate,
    Sex sex,
    String settlement,
    String address,
    String phone,
    ParticipantStatus status,
    LocalDate registeredOn,
    String rejectionReason,
    String duplicateOf,
    EsfEntryData entry,
    List<SupportStream> candidateStreams,
    List<SupportStream> enrolledStreams) {

  /** The full name, for the registry's own answers (club enrolments). */
  public String displayName() {
    return firstName + " " + lastName;
  }

  /**
   * The name a case shows in the engine (Tasklist cards, forms, Cockpit): first name and the
   * initial of the last name. The registration number beside it tells namesakes apart; the full
   * name stays in the registry.
   */
  public String caseName() {
    return caseName(firstName, lastName);
  }

  static String caseName(String firstName, String lastName) {
    return firstName + " " + lastName.substring(0, lastName.offsetByCodePoints(0, 1)) + ".";
  }

  public String maskedPersonalNumber() {
    return PersonalNumber.mask(personalNumber);
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "Participant[" + registrationNumber + ", personal data withheld]";
  }
}
