package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.EligibilityService;
import bg.kazanlak.inclusion.participant.EligibilityService.EligibilityDecision;
import bg.kazanlak.inclusion.participant.SupportStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** Applies the eligibility tables and records the outcome: candidate streams, or the reason. */
@Component
public class CheckEligibilityDelegate implements JavaDelegate {

  private final EligibilityService eligibility;

  public CheckEligibilityDelegate(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EligibilityDecision decision = eligibility.decide(execution.getProcessBusinessKey());
    execution.setVariable(ELIGIBLE, decision.eligible());
    if (decision.eligible()) {
      execution.setVariable(CANDIDATE_STREAMS, SupportStream.codes(decision.candidateStreams()));
      execution.setVariable(CANDIDATE_STREAMS_TEXT, SupportStream.labels(decision.candidateStreams()));
      // the assessment's checklist opens with the streams the rules suggest ticked
      execution.setVariable(RECOMMENDED_STREAMS, Spin.JSON(decision.candidateStreams().stream()
          .map(Enum::name).toList()));
    } else {
      execution.setVariable(REJECTION_REASON, decision.rejectionReason().name());
      execution.setVariable(REJECTION_REASON_TEXT, decision.rejectionReason().message());
    }
  }
}
