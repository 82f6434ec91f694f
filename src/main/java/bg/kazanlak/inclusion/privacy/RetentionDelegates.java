package bg.kazanlak.inclusion.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service step of {@code personal-data-retention}. */
final class RetentionDelegates {

  private RetentionDelegates() {}

  /** Runs the anonymisation and keeps its counts on the case. */
  @Component("anonymiseDueParticipantsDelegate")
  static class AnonymiseDueParticipantsDelegate implements JavaDelegate {

    private final RetentionRun run;

    AnonymiseDueParticipantsDelegate(RetentionRun run) {
      this.run = run;
    }

    @Override
    public void execute(DelegateExecution execution) {
      RetentionRun.Outcome outcome =
          run.run((String) execution.getVariable(RetentionVariables.STARTED_BY));
      execution.setVariable(RetentionVariables.ANONYMISED, outcome.anonymised());
      execution.setVariable(RetentionVariables.HELD, outcome.held());
    }
  }
}
