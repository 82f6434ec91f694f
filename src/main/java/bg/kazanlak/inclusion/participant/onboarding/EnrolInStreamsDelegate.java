package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records the enrolment in each chosen stream and announces it. The stream features (employment,
 * housing support, ...) listen to {@link ParticipantEnrolledInStream} and start their own
 * processes in this same transaction, so onboarding needs no change when a stream is added.
 */
@Component
public class EnrolInStreamsDelegate implements JavaDelegate {

  private final ParticipantRegistry registry;
  private final ApplicationEventPublisher events;

  public EnrolInStreamsDelegate(ParticipantRegistry registry, ApplicationEventPublisher events) {
    this.registry = registry;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String registrationNumber = (String) execution.getVariable(REGISTRATION_NUMBER);
    List<SupportStream> streams =
        SupportStream.fromCodes((String) execution.getVariable(STREAMS_TO_ENROL));
    registry.enrol(registrationNumber, streams);
    streams.forEach(stream ->
        events.publishEvent(new ParticipantEnrolledInStream(registrationNumber, stream)));
    execution.setVariable(ENROLLED_STREAMS_TEXT, SupportStream.labels(streams));
  }
}
