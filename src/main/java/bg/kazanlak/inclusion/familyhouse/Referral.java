package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral as stored: whom, from which house, to which kind of organisation and which one, why
 * (personal, never printed), where it stands and why it ended unissued; the data items the consent
 * covered when it was issued; the follow-up's day, answer and note.
 */
record Referral(
    String referralNumber,
    String registrationNumber,
    String houseId,
    ReferralDestination destination,
    String organisation,
    String reason,
    ReferralStatus status,
    String statusReason,
    List<ConsentDataItem> dataItems,
    LocalDate consentSignedOn,
    String referredBy,
    LocalDate referredOn,
    LocalDate followUpOn,
    String followedUpBy,
    LocalDate followedUpOn,
    String followUpNote) {

  Referral {
    dataItems = List.copyOf(dataItems);
  }

  @Override
  public String toString() {
    return "Referral[%s, %s, %s]".formatted(referralNumber, registrationNumber, status);
  }
}
