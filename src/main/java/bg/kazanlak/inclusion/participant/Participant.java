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

  public String displayName() {
    return firstName + " " + lastName;
  }

  public String maskedPersonalNumber() {
    return PersonalNumber.mask(personalNumber);
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body). */
  @Override
  public String toString() {
    return "Participant[" + registrationNumber + ", personal data withheld]";
  }
}
