package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/** A registration whose every field has passed its check, normalised for storage. */
record ValidRegistration(
    PersonalNumber personalNumber,
    String firstName,
    String middleName,
    String lastName,
    LocalDate birthDate,
    Sex sex,
    String settlement,
    String address,
    String phone,
    boolean consentToServices,
    EsfEntryData entry) {

  String caseName() {
    return Participant.caseName(firstName, lastName);
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "ValidRegistration[" + personalNumber + ", personal data withheld]";
  }
}
