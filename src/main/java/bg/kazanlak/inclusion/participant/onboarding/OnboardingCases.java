package bg.kazanlak.inclusion.participant.onboarding;

import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.NEW_PARTICIPANT;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.REGISTERED_BY;
import static bg.kazanlak.inclusion.participant.onboarding.OnboardingVariables.WITHDRAWAL_REASON;

import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.process.AsApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that starts and correlates onboarding cases: the project API, the demo data and
 * tests come through it. The only type of {@code participant.onboarding} other modules may use
 * (named interface {@code onboarding}); the delegates, variables and access stay internal.
 */
@Service
@NamedInterface("onboarding")
public class OnboardingCases {

  public static final String PROCESS_ID = "participant-onboarding";
  public static final String WITHDRAWAL_MESSAGE = "participant-withdrawn";

  private final RuntimeService runtime;
  private final ParticipantRegistry registry;
  private final AsApplication asApplication;

  OnboardingCases(
      RuntimeService runtime, ParticipantRegistry registry, AsApplication asApplication) {
    this.runtime = runtime;
    this.registry = registry;
    this.asApplication = asApplication;
  }

  /**
   * Registers a person and opens the onboarding case in one transaction: a refused registration
   * leaves neither a row nor a process instance. The request travels as a transient variable, so
   * the personal data never reach the engine's tables.
   */
  @Transactional
  public StartedCase register(NewParticipant participant, String officer) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(PROCESS_ID)
            .setVariable(NEW_PARTICIPANT, Variables.objectValue(participant, true).create())
            .setVariable(REGISTERED_BY, officer)
            .execute();
    return new StartedCase(instance.getBusinessKey(), instance.getId());
  }

  /**
   * Withdraws a participant. While onboarding runs, the withdrawal message ends the case; after it,
   * the registry records the withdrawal directly. Either way the registry checks the reason and the
   * status and announces the withdrawal to the streams. The API has checked the caller's group; the
   * engine calls run as the application, since a social worker may not correlate messages of
   * onboarding cases through the engine itself.
   */
  @Transactional
  public void withdraw(String registrationNumber, String reason) {
    registry.get(registrationNumber);
    asApplication.run(
        () -> {
          boolean running =
              runtime
                      .createProcessInstanceQuery()
                      .processDefinitionKey(PROCESS_ID)
                      .processInstanceBusinessKey(registrationNumber)
                      .count()
                  > 0;
          if (running) {
            runtime
                .createMessageCorrelation(WITHDRAWAL_MESSAGE)
                .processInstanceBusinessKey(registrationNumber)
                .setVariable(WITHDRAWAL_REASON, Variables.stringValue(reason, true))
                .correlate();
          } else {
            registry.withdraw(registrationNumber, reason);
          }
        });
  }

  /** The new case: the registration number (its business key) and the process instance. */
  @NamedInterface("onboarding")
  public record StartedCase(String registrationNumber, String processInstanceId) {}
}
