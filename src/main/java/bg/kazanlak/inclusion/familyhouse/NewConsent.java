package bg.kazanlak.inclusion.familyhouse;

import java.time.LocalDate;
import java.util.List;

/** A consent to share data as the start form of {@code data-sharing-consent} submits it. */
record NewConsent(
    String registrationNumber,
    ReferralDestination purpose,
    Boolean given,
    List<ConsentDataItem> dataItems,
    LocalDate signedOn) {}
