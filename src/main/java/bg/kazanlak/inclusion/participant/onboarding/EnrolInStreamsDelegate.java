package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Enrols the participant in the streams of the recorded needs assessment; the registry announces
 * each enrolment, so the stream features start their processes and onboarding needs no change
 * when a stream is added.
 */
@Component
public class EnrolInStreamsDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;

  public EnrolInStreamsDelegate(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ENROLLED_STREAMS_TEXT, SupportStream.labels(
        registry.enrolInRecommendedStreams(execution.getProcessBusinessKey())));
  }
}
