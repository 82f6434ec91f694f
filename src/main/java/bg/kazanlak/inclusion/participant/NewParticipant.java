package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/**
 * A registration as typed by a case officer, from the API or the Tasklist start form, before any
 * check. Enumerations arrive as text so that a wrong value becomes a field error, not a parse
 * failure.
 *
 * @param birthDate and {@code sex} are asked only for an LNCh: an EGN encodes both
 * @param householdJobless with {@code householdDependentChildren} and {@code householdSingleAdult}
 *     the {@link HouseholdSituation}: all three or none (then the ESF record is incomplete)
 */
public record NewParticipant(
    String personalNumber,
    String firstName,
    String middleName,
    String lastName,
    LocalDate birthDate,
    String sex,
    String settlement,
    String address,
    String phone,
    Boolean consentToServices,
    String employmentStatus,
    String educationLevel,
    SpecialCategoryAnswer minority,
    SpecialCategoryAnswer disability,
    SpecialCategoryAnswer otherDisadvantaged,
    Boolean homelessOrHousingExclusion,
    Boolean householdJobless,
    Boolean householdDependentChildren,
    Boolean householdSingleAdult) {

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "NewParticipant[personal data withheld]";
  }
}
