package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the participant withdrawn; the reason arrives with the message, as a transient variable. */
@Component
public class RecordWithdrawalDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;

  public RecordWithdrawalDelegate(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(WITHDRAWAL_REASON);
    registry.withdraw(execution.getProcessBusinessKey(), reason == null ? null : reason.toString());
    execution.removeVariable(WITHDRAWAL_REASON);
  }
}
