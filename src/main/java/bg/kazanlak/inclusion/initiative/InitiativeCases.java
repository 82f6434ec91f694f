package bg.kazanlak.inclusion.initiative;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one place that starts {@code initiative-approval}. A refused proposal leaves neither a row
 * nor a process instance: the proposal travels as a transient variable and is checked and stored by
 * the process's first step ({@link InitiativeService#propose}), in the starting transaction.
 */
@Component
public class InitiativeCases {

  public static final String PROCESS_ID = "initiative-approval";

  private final RuntimeService runtime;

  InitiativeCases(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Opens a case as the signed-in coordinator (the API after its group check, demo data, tests):
   * the engine checks that the user's group may start initiatives and records the user as the start
   * event's initiator.
   */
  public StartedInitiative propose(NewInitiative proposal, String proposedBy) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(PROCESS_ID)
            .setVariable(
                InitiativeVariables.NEW_INITIATIVE,
                Variables.objectValue(new RequestedInitiative(proposal, proposedBy), true).create())
            .execute();
    return new StartedInitiative(instance.getBusinessKey(), instance.getId());
  }

  /** CONTRACT's answer to {@code POST /api/initiatives}. */
  public record StartedInitiative(String initiativeNumber, String processInstanceId) {}
}
