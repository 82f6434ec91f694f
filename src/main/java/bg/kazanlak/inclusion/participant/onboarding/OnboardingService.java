package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.*;

import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantStatus;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts and ends onboarding cases on behalf of the project API. */
@Service
public class OnboardingService {

  private static final Set<ParticipantStatus> CLOSED =
      EnumSet.of(ParticipantStatus.WITHDRAWN, ParticipantStatus.REJECTED, ParticipantStatus.DUPLICATE);

  private final RuntimeService runtime;
  private final ParticipantRegistry registry;

  public OnboardingService(RuntimeService runtime, ParticipantRegistry registry) {
    this.runtime = runtime;
    this.registry = registry;
  }

  /**
   * Registers a person and opens the onboarding case in one transaction: a refused registration
   * leaves neither a row nor a process instance. The request travels as a transient variable, so
   * the personal data never reach the engine's tables.
   */
  @Transactional
  public StartedCase register(NewParticipant participant, String officer) {
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_ID)
        .setVariable(NEW_PARTICIPANT, Variables.objectValue(participant, true).create())
        .setVariable(REGISTERED_BY, officer)
        .execute();
    return new StartedCase(instance.getBusinessKey(), instance.getId());
  }

  /**
   * Withdraws a participant. While onboarding runs, the withdrawal message ends the case; after
   * it, the registry records the withdrawal directly.
   */
  @Transactional
  public void withdraw(String registrationNumber, String reason) {
    if (reason == null || reason.isBlank()) {
      throw RequestRefusedException.invalid("reason", "Посочете причината за оттеглянето.");
    }
    Participant participant = registry.get(registrationNumber);
    if (CLOSED.contains(participant.status())) {
      throw RequestRefusedException.ruleBroken(
          "Случаят на участник " + registrationNumber + " вече е приключен.",
          Map.of("status", participant.status().name()));
    }
    boolean running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(registrationNumber)
        .count() > 0;
    if (running) {
      runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE)
          .processInstanceBusinessKey(registrationNumber)
          .setVariable(WITHDRAWAL_REASON, Variables.stringValue(reason, true))
          .correlate();
    } else {
      registry.withdraw(registrationNumber, reason);
    }
  }

  public record StartedCase(String registrationNumber, String processInstanceId) {}
}
