package bg.kazanlak.inclusion.privacy;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Variables of {@code personal-data-retention}: who started it, the start form's confirmation and
 * the run's counts. Counts only, never a name or a number: they stay in the history.
 */
@Component
class RetentionVariables implements PersonalDataVariables {

  /** Set by the engine from the manager who submitted the start form; absent for the timer. */
  static final String STARTED_BY = "startedBy";

  static final String CONFIRMED = "retentionRunConfirmed";
  static final String ANONYMISED = "anonymisedCount";
  static final String HELD = "legalHoldCount";

  @Override
  public List<VariableClassification> classifications() {
    return List.of(
        VariableClassification.forProcess(RetentionCases.PROCESS_ID)
            .ordinary(STARTED_BY, CONFIRMED, ANONYMISED, HELD)
            .build(),
        VariableClassification.forProcess(RetentionCases.MONTHLY_PROCESS_ID)
            .ordinary(ANONYMISED, HELD)
            .build());
  }
}
