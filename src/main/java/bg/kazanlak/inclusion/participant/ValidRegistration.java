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
}
