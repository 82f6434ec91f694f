package bg.kazanlak.inclusion.familyhouse;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one place that starts the Family Houses' processes from code. {@code family-house-service}
 * records one service, from the Tasklist start form or from the API through {@link #recordService};
 * {@code family-house-transfer} moves a participant to another house and is started by its start
 * form only. Both are one step: a refused request leaves neither a row nor a process instance,
 * since the first step checks and stores it in the starting transaction.
 */
@Component
class FamilyHouseCases {

  static final String SERVICE = "family-house-service";
  static final String TRANSFER = "family-house-transfer";

  private final RuntimeService runtime;

  FamilyHouseCases(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Records a service as the signed-in specialist (the API after its group check): the engine
   * checks that the user's group may start the process. The request travels as a transient
   * variable.
   */
  StartedService recordService(NewService service, String recordedBy) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(SERVICE)
            .setVariable(
                FamilyHouseVariables.NEW_SERVICE,
                Variables.objectValue(new RequestedService(service, recordedBy), true).create())
            .execute();
    return new StartedService(instance.getBusinessKey(), instance.getId());
  }

  /** CONTRACT's answer to {@code POST /api/family-houses/{id}/services}. */
  record StartedService(String serviceNumber, String processInstanceId) {}
}
