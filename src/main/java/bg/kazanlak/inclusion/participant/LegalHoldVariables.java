package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/** The start form of {@code participant-legal-hold}: whose data, hold or lift, and why. */
@Component
class LegalHoldVariables implements PersonalDataVariables {

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String ACTION = "legalHoldAction";
  static final String REASON = "legalHoldReason";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(LegalHolds.PROCESS_ID)
            .ordinary(REGISTRATION_NUMBER, ACTION)
            // the grounds may name a court case or a claim about the person
            .personal(REASON)
            .build());
  }
}
