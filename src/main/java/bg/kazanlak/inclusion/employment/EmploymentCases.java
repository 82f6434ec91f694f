package bg.kazanlak.inclusion.employment;

import static bg.kazanlak.inclusion.employment.EmploymentVariables.DISPLAY_NAME;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.EMPLOYER_ID;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.EMPLOYER_NAME;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.PLACE_AVAILABLE;
import static bg.kazanlak.inclusion.employment.EmploymentVariables.REGISTRATION_NUMBER;

import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.ParticipantWithdrawn;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.process.AsApplication;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that starts employment cases and correlates their messages, always as the
 * application ({@link AsApplication}): the callers (onboarding, the API after its own group check,
 * another case handing on a place) act for people whose groups may not touch these cases through
 * the engine. Onboarding starts a case when it enrols a participant in the employment stream (in
 * the enrolling transaction; HR first records the participant's preference, and the allocation runs
 * after an async save point, so a problem there is an incident of the employment case, never a
 * refusal of the needs assessment); the API terminates a contract through the case's message; a
 * withdrawal from the programme reaches the case; a freed place is offered to the next case.
 */
@Component
public class EmploymentCases {

  public static final String PROCESS_ID = "employment";
  public static final String PLACE_FREED_MESSAGE = "employment-place-freed";
  public static final String TERMINATED_MESSAGE = "employment-terminated";
  public static final String WITHDRAWN_MESSAGE = "employment-participant-withdrawn";

  private final RuntimeService runtime;
  private final AsApplication asApplication;
  private final Placements placements;
  private final Contracts contracts;
  private final Leaving leaving;
  private final Employers employers;
  private final ParticipantRegistry participants;

  public EmploymentCases(
      RuntimeService runtime,
      AsApplication asApplication,
      Placements placements,
      Contracts contracts,
      Leaving leaving,
      Employers employers,
      ParticipantRegistry participants) {
    this.runtime = runtime;
    this.asApplication = asApplication;
    this.placements = placements;
    this.contracts = contracts;
    this.leaving = leaving;
    this.employers = employers;
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
    return asApplication.call(
        () ->
            runtime
                .startProcessInstanceByKey(
                    PROCESS_ID,
                    registrationNumber,
                    Map.of(
                        REGISTRATION_NUMBER,
                        registrationNumber,
                        DISPLAY_NAME,
                        participants.get(registrationNumber).caseName()))
                .getId());
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
    Contract contract = contracts.contract(contractId);
    Optional<ProcessInstance> instance =
        contract.status() != ContractStatus.ACTIVE
            ? Optional.empty()
            : runningCase(contract.registrationNumber());
    if (instance.isEmpty()) {
      throw RequestRefusedException.ruleBroken(
          ("Договор %s не може да бъде прекратен (статус %s):"
                  + " прекратява се само договор в сила.")
              .formatted(contractId, contract.status()),
          Map.of("contractId", contractId));
    }
    String instanceId = instance.get().getId();
    boolean monthRunning =
        asApplication.call(
            () ->
                runtime
                        .createEventSubscriptionQuery()
                        .processInstanceId(instanceId)
                        .eventType("message")
                        .eventName(TERMINATED_MESSAGE)
                        .count()
                    > 0);
    Contract terminated = leaving.terminate(contractId, date, reason, !monthRunning);
    if (monthRunning) {
      asApplication.run(
          () ->
              runtime
                  .createMessageCorrelation(TERMINATED_MESSAGE)
                  .processInstanceId(instanceId)
                  .correlate());
    }
    return terminated;
  }

  /**
   * The participant withdraws from the programme (published before the withdrawal is committed, so
   * a refusal here refuses the withdrawal). See {@link Placements#withdrawalEndsCase}: refused
   * while a signed contract is in force; before signing the case ends (and a reserved place goes to
   * the next person waiting); after the contract the case goes on to the results at leaving.
   */
  @EventListener
  public void onWithdrawal(ParticipantWithdrawn event) {
    String registrationNumber = event.registrationNumber();
    Optional<ProcessInstance> instance = runningCase(registrationNumber);
    if (instance.isPresent() && placements.withdrawalEndsCase(registrationNumber)) {
      asApplication.run(
          () ->
              runtime
                  .createMessageCorrelation(WITHDRAWN_MESSAGE)
                  .processInstanceId(instance.get().getId())
                  .correlate());
    }
  }

  /**
   * A freed place (a contract ended, a withdrawal released a reserved place; published in that
   * transaction) goes to the first suitable person whose case really waits for one.
   */
  @EventListener
  public void onPlaceFreed(PlaceFreed event) {
    placements
        .handOn(event.employerId(), this::waitsForPlace)
        .ifPresent(
            offer ->
                asApplication.run(
                    () ->
                        runtime
                            .createMessageCorrelation(PLACE_FREED_MESSAGE)
                            .processInstanceBusinessKey(offer.registrationNumber())
                            .setVariable(EMPLOYER_ID, offer.employerId())
                            .setVariable(EMPLOYER_NAME, employers.get(offer.employerId()).name())
                            .setVariable(PLACE_AVAILABLE, true)
                            .correlate()));
  }

  private boolean waitsForPlace(String registrationNumber) {
    return asApplication.call(
        () ->
            runtime
                    .createExecutionQuery()
                    .processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(registrationNumber)
                    .messageEventSubscriptionName(PLACE_FREED_MESSAGE)
                    .count()
                > 0);
  }

  private Optional<ProcessInstance> runningCase(String registrationNumber) {
    return asApplication.call(
        () ->
            Optional.ofNullable(
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(registrationNumber)
                    .singleResult()));
  }
}
