package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's answer to sharing their data with one kind of organisation, as recorded last: given
 * (with the data it covers) or refused, the day it was signed, who recorded it and when.
 */
record Consent(
    String registrationNumber,
    ReferralDestination purpose,
    boolean given,
    List<ConsentDataItem> dataItems,
    LocalDate signedOn,
    String recordedBy,
    LocalDate recordedOn) {

  Consent {
    dataItems = List.copyOf(dataItems);
  }
}
