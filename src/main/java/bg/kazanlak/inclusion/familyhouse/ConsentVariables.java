package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code data-sharing-consent} and their classes: the start form's codes and the
 * date; the consent itself is kept in the consent tables.
 */
@Component
class ConsentVariables implements PersonalDataVariables {

  /** Set by the engine from the signed-in user who submitted the start form. */
  static final String STARTED_BY = "startedBy";

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String PURPOSE = "consentPurpose";
  static final String ANSWER = "consentAnswer";
  static final String DATA_ITEMS = "consentItems";
  static final String SIGNED_ON = "consentSignedOn";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(ConsentCases.PROCESS_ID)
            .ordinary(STARTED_BY, REGISTRATION_NUMBER, PURPOSE, ANSWER, DATA_ITEMS, SIGNED_ON)
            .build());
  }
}
