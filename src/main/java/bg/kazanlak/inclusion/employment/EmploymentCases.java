package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentVariables.*;

import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment cases seen from outside the process: onboarding starts one when it enrols a
 * participant in the employment stream (in the enrolling transaction; the allocation runs after an
 * async save point, so a problem there is an incident of the employment case, not a refusal of the
 * needs assessment), and the API terminates a contract through the case's message.
 */
@Component
public class EmploymentCases {

  private final RuntimeService runtime;
  private final EmploymentService employment;

  public EmploymentCases(RuntimeService runtime, EmploymentService employment) {
    this.runtime = runtime;
    this.employment = employment;
  }

  @EventListener
  public void onEnrolment(ParticipantEnrolledInStream event) {
    if (event.stream() == SupportStream.EMPLOYMENT) {
      start(event.registrationNumber());
    }
  }

  /** Starts the case of a participant; the business key is the registration number. */
  public String start(String registrationNumber) {
    return runtime.startProcessInstanceByKey(EmploymentService.PROCESS_ID, registrationNumber)
        .getId();
  }

  /**
   * Ends a contract early: the case's work month is interrupted, the final month is paid pro rata
   * from the timesheet HR enters next. Refused (nothing changes) when the date or reason is wrong,
   * or while the month's timesheet is open.
   */
  @Transactional
  public Contract terminate(String contractId, LocalDate date, String reason) {
    Contract contract = employment.contract(contractId);
    try {
      runtime.createMessageCorrelation(EmploymentService.TERMINATED_MESSAGE)
          .processInstanceBusinessKey(contract.registrationNumber())
          .processInstanceVariableEquals(CONTRACT_ID, contractId)
          .setVariable(TERMINATION_DATE, date == null ? null : date.toString())
          .setVariable(TERMINATION_REASON, reason)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw RequestRefusedException.ruleBroken(("Договор %s не може да бъде прекратен сега "
          + "(статус %s): прекратяване се записва, докато тече работен месец; ако присъствената "
          + "форма за месеца е отворена, първо я попълнете.")
          .formatted(contractId, contract.status()), Map.of("contractId", contractId));
    }
    return employment.contract(contractId);
  }
}
