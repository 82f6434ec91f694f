package bg.kazanlak.inclusion.housing;

import static bg.kazanlak.inclusion.housing.HousingVariables.STARTED_BY;

import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.participant.ParticipantEnrolledInStream;
import bg.kazanlak.inclusion.participant.ParticipantWithdrawn;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.process.AsApplication;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that starts housing cases and correlates their messages. A case opens for a
 * household's head when a social worker records the tenancy (the API, or the Tasklist start form
 * and then its tenancy task), or for a participant whom onboarding routes to housing support; the
 * first to come opens it and the other joins it, so a household has one plan. A case that waits for
 * its tenancy learns of it by {@value #TENANCY_RECORDED_MESSAGE}; a move-out or the head's
 * withdrawal ends it by {@value #PLAN_CLOSED_MESSAGE}. Correlations run as the application: the
 * callers' groups were checked by the API, and social workers do not correlate messages through the
 * engine.
 */
@Component
public class HousingCases {

  public static final String PROCESS_ID = "housing-support-plan";
  public static final String MOVE_OUT_PROCESS_ID = "housing-move-out";
  public static final String TENANCY_RECORDED_MESSAGE = "housing-tenancy-recorded";
  public static final String PLAN_CLOSED_MESSAGE = "housing-plan-closed";

  private final RuntimeService runtime;
  private final AsApplication asApplication;
  private final Tenancies tenancies;
  private final SupportPlans plans;
  private final CurrentUser currentUser;

  HousingCases(
      RuntimeService runtime,
      AsApplication asApplication,
      Tenancies tenancies,
      SupportPlans plans,
      CurrentUser currentUser) {
    this.runtime = runtime;
    this.asApplication = asApplication;
    this.tenancies = tenancies;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  /** Onboarding routed a participant to housing support: a case unless one covers them. */
  @EventListener
  public void onEnrolment(ParticipantEnrolledInStream event) {
    if (event.stream() == SupportStream.HOUSING_SUPPORT
        && tenancies.needsCase(event.registrationNumber())) {
      // the first step names the case from the business key; nobody started it by hand
      Map<String, Object> variables = new HashMap<>();
      variables.put(STARTED_BY, null);
      asApplication.run(
          () ->
              runtime.startProcessInstanceByKey(PROCESS_ID, event.registrationNumber(), variables));
    }
  }

  /**
   * CONTRACT's {@code POST /api/housing/tenancies}, as the signed-in social worker: a head whose
   * case waits for the tenancy gets it recorded there; otherwise a new case opens with it (the
   * request travels as a transient variable; a refusal leaves neither a row nor an instance).
   */
  @Transactional
  public StartedPlan recordTenancy(NewTenancy tenancy, String recordedBy) {
    String head = HousingRules.trim(tenancy.head());
    if (tenancies.caseWaits(head)) {
      Optional<ProcessInstance> waiting = runningCase(head);
      if (waiting.isPresent()) {
        Tenancy recorded = tenancies.recordForWaitingCase(tenancy, recordedBy);
        return new StartedPlan(recorded.head(), recorded.id(), waiting.get().getId());
      }
      // the waiting case is gone from the engine (an administrator deleted it): a new one opens
      tenancies.closeUnhoused(head);
    }
    ProcessInstance instance =
        runtime
            .createProcessInstanceByKey(PROCESS_ID)
            .setVariable(
                HousingVariables.NEW_TENANCY,
                Variables.objectValue(new RequestedTenancy(tenancy, recordedBy), true).create())
            .execute();
    Tenancy recorded = tenancies.residence(instance.getBusinessKey()).orElseThrow();
    return new StartedPlan(recorded.head(), recorded.id(), instance.getId());
  }

  /** Every person of a new household whose own case waits for a tenancy learns of it. */
  @EventListener
  public void onTenancyRecorded(TenancyRecorded event) {
    correlate(event.head(), TENANCY_RECORDED_MESSAGE);
    event.members().forEach(member -> correlate(member, TENANCY_RECORDED_MESSAGE));
  }

  /**
   * A participant withdrew (published before the withdrawal commits): the head's plan closes, a
   * member's goals are dropped.
   */
  @EventListener
  public void onWithdrawal(ParticipantWithdrawn event) {
    plans.withdraw(event.registrationNumber(), currentUser.actor());
  }

  /** A plan closed from outside its case (move-out, withdrawal): the case ends. */
  @EventListener
  public void onPlanClosed(PlanClosed event) {
    correlate(event.registrationNumber(), PLAN_CLOSED_MESSAGE);
  }

  /**
   * Delivers the message to the person's running case where it waits for it. {@code correlateAll}
   * does nothing where nothing waits — also inside the command that is ending the very wait (the
   * head's own tenancy task saving the tenancy), where a query of the subscriptions would still
   * list the one the engine has just removed.
   */
  private void correlate(String registrationNumber, String message) {
    runningCase(registrationNumber)
        .ifPresent(
            instance ->
                asApplication.run(
                    () ->
                        runtime
                            .createMessageCorrelation(message)
                            .processInstanceId(instance.getId())
                            .correlateAll()));
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

  /** A recorded tenancy and the case of its household. */
  public record StartedPlan(String head, long tenancyId, String processInstanceId) {}
}
