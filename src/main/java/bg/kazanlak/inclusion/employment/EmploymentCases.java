package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment cases seen from outside the process: onboarding starts one when it enrols a
 * participant in the employment stream (in the enrolling transaction; HR first records the
 * participant's preference, and the allocation runs after an async save point, so a problem there
 * is an incident of the employment case, never a refusal of the needs assessment), and the API
 * terminates a contract through the case's message.
 */
@Component
public class EmploymentCases {

  private final RuntimeService runtime;
  private final EmploymentService employment;
  private final ParticipantRegistry participants;

  public EmploymentCases(RuntimeService runtime, EmploymentService employment,
      ParticipantRegistry participants) {
    this.runtime = runtime;
    this.employment = employment;
    this.participants = participants;
  }

  @EventListener
  public void onEnrolment(ParticipantEnrolledInStream event) {
    if (event.stream() == SupportStream.EMPLOYMENT) {
      start(event.registrationNumber());
    }
  }

  /** Starts the case of a participant; the business key is the registration number. */
  public String start(String registrationNumber) {
    return runtime.startProcessInstanceByKey(EmploymentService.PROCESS_ID, registrationNumber,
        Map.of(REGISTRATION_NUMBER, registrationNumber,
            DISPLAY_NAME, participants.get(registrationNumber).caseName())).getId();
  }

  /**
   * Ends a contract early. While a work month runs, its message interrupts the month, which then
   * ends on the termination date and is paid pro rata from the timesheet HR enters next. While HR
   * is entering the timesheet of a month that has ended, the termination falls in a later month,
   * which then ends on the termination date and is the last. Refused (nothing changes) when the
   * date or reason is wrong or the contract is not in force.
   */
  @Transactional
  public Contract terminate(String contractId, LocalDate date, String reason) {
    Contract contract = employment.contract(contractId);
    ProcessInstance instance = contract.status() != ContractStatus.ACTIVE ? null
        : runtime.createProcessInstanceQuery().processDefinitionKey(EmploymentService.PROCESS_ID)
            .processInstanceBusinessKey(contract.registrationNumber())
            .variableValueEquals(CONTRACT_ID, contractId).singleResult();
    if (instance == null) {
      throw RequestRefusedException.ruleBroken(("Договор %s не може да бъде прекратен (статус %s):"
          + " прекратява се само договор в сила.").formatted(contractId, contract.status()),
          Map.of("contractId", contractId));
    }
    boolean monthRunning = runtime.createEventSubscriptionQuery()
        .processInstanceId(instance.getId()).eventType("message")
        .eventName(EmploymentService.TERMINATED_MESSAGE).count() > 0;
    if (monthRunning) {
      runtime.createMessageCorrelation(EmploymentService.TERMINATED_MESSAGE)
          .processInstanceId(instance.getId())
          .setVariable(TERMINATION_DATE, date == null ? null : date.toString())
          .setVariable(TERMINATION_REASON, reason)
          .correlate();
      return employment.contract(contractId);
    }
    return employment.terminate(contractId, date, reason, true);
  }
}
