package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code family-house-referral} and their classes. The case keeps the referral's
 * number, the person's registration number, the house, the kind and name of the organisation, the
 * dates and the outcomes. The reason, the follow-up's note, the manager's note and the case name
 * are personal: the reason and the follow-up's note leave the case in the step that stores them,
 * and none of them reaches the engine's history.
 */
@Component
class ReferralVariables implements PersonalDataVariables {

  /** Set by the engine from the signed-in user who submitted the start form. */
  static final String REFERRED_BY = "referredBy";

  // the start form
  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String HOUSE = "familyHouse";
  static final String DESTINATION = "destinationKind";
  static final String ORGANISATION = "organisation";
  static final String REASON = "referralReason";

  // what the forms and Tasklist's cards show
  static final String REFERRAL_NUMBER = "referralNumber";
  static final String DISPLAY_NAME = "displayName";
  static final String HOUSE_NAME = "houseName";
  static final String DESTINATION_LABEL = "destinationLabel";
  static final String REFERRED_ON = "referredOnText";
  static final String LETTER_URL = "letterUrl";

  // the consent check and the timer
  static final String CONSENT_OUTCOME = "consentOutcome";
  static final String STATUS_REASON = "statusReason";

  /** The social worker has read why the referral was not issued. */
  static final String NO_CONSENT_SEEN = "noConsentSeen";

  static final String FOLLOW_UP_DUE = "followUpDue";

  // the follow-up and its escalation
  static final String ATTENDANCE = "attendance";
  static final String FOLLOW_UP_NOTE = "followUpNote";
  static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
  static final String ESCALATION_ACTION = "escalationAction";
  static final String ESCALATION_NOTE = "escalationNote";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(ReferralCases.PROCESS_ID)
            .ordinary(
                REFERRED_BY,
                REGISTRATION_NUMBER,
                HOUSE,
                DESTINATION,
                ORGANISATION,
                REFERRAL_NUMBER,
                HOUSE_NAME,
                DESTINATION_LABEL,
                REFERRED_ON,
                LETTER_URL,
                CONSENT_OUTCOME,
                STATUS_REASON,
                NO_CONSENT_SEEN,
                FOLLOW_UP_DUE,
                ATTENDANCE,
                FOLLOW_UP_OUTCOME,
                ESCALATION_ACTION)
            // a name keeps one class in every process: onboarding's displayName, escalationNote
            .personal(REASON, FOLLOW_UP_NOTE, DISPLAY_NAME, ESCALATION_NOTE)
            .build());
  }
}
