package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.privacy.PersonalDataVariables;
import bg.kazanlak.inclusion.privacy.VariableClassification;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variable names of {@code family-house-service} and {@code family-house-transfer} and their
 * classes. A case keeps the house, the registration number, the role, the kind, the day and the
 * duration. A service's note is classed with health data, since a careless note could hold a
 * diagnosis: the history never records it, the step that stores it removes it from the case, and no
 * log line or message repeats it. The reason of a move is personal free text, removed by the step
 * that stores it.
 */
@Component
class FamilyHouseVariables implements PersonalDataVariables {

  /** The API's request, handed to the first step as a transient variable. */
  static final String NEW_SERVICE = "newService";

  static final String HOUSE = "house";
  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String FOR_FAMILY = "forFamily";
  static final String ROLE = "role";
  static final String KIND = "kind";
  static final String DATE = "date";
  static final String DURATION_MINUTES = "durationMinutes";
  static final String NOTE = "note";

  static final String REASON = "reason";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(FamilyHouseCases.SERVICE)
            .ordinary(
                NEW_SERVICE,
                HOUSE,
                REGISTRATION_NUMBER,
                FOR_FAMILY,
                ROLE,
                KIND,
                DATE,
                DURATION_MINUTES)
            .specialCategoryOrHealth(NOTE)
            .build(),
        VariableClassification.forProcess(FamilyHouseCases.TRANSFER)
            .ordinary(HOUSE, REGISTRATION_NUMBER)
            // a name keeps one class in every process: the initiatives' reason is personal too
            .personal(REASON)
            .build());
  }
}
