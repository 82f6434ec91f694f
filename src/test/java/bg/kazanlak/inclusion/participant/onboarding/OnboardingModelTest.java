package bg.kazanlak.inclusion.participant.onboarding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.community.mockito.DelegateExpressions.registerJavaDelegateMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyJavaDelegateMock;

import bg.kazanlak.inclusion.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@code participant-onboarding.bpmn} with every delegate mocked: which way each
 * gateway goes given what the delegate before it sets. The real delegates are in {@link
 * ParticipantOnboardingProcessTest}.
 */
class OnboardingModelTest extends ProcessModelTest {

  private static final String PROCESS = "participant-onboarding";

  @BeforeEach
  void deployWithMockedDelegates() {
    deploy(PROCESS);
    registerJavaDelegateMock("registerParticipantDelegate")
        .onExecutionSetVariables(Map.of("possibleDuplicate", false));
    registerJavaDelegateMock("checkEligibilityDelegate")
        .onExecutionSetVariables(Map.of("eligible", true));
    registerJavaDelegateMock("recordDuplicateReviewDelegate")
        .onExecutionSetVariables(Map.of("duplicateOutcome", "DIFFERENT_PERSON"));
    registerJavaDelegateMock("recordNeedsAssessmentDelegate");
    registerJavaDelegateMock("enrolInStreamsDelegate");
    registerJavaDelegateMock("recordRejectionNoticeDelegate");
    registerJavaDelegateMock("recordWithdrawalDelegate");
  }

  @Test
  @DisplayName("an eligible person goes to the needs assessment and is enrolled in the streams")
  void anEligiblePersonIsAssessedAndEnrolled() {
    ProcessInstance onboarding = start(PROCESS, Map.of());

    assertThat(onboarding).isWaitingAt("Task_AssessNeeds");
    assertThat(task()).hasCandidateGroup("social-workers");
    complete(task());

    assertThat(onboarding)
        .isEnded()
        .hasPassedInOrder(
            "Task_RegisterParticipant",
            "Task_CheckEligibility",
            "Task_AssessNeeds",
            "Task_RecordNeedsAssessment",
            "Task_EnrolInStreams",
            "Event_ParticipantEnrolled");
    assertThat(onboarding)
        .hasNotPassed("Task_ReviewPossibleDuplicate", "Task_InformRejectedPerson");
  }

  @Test
  @DisplayName("a person who is not eligible is informed of the refusal and the notice recorded")
  void aPersonWhoIsNotEligibleIsInformed() {
    registerJavaDelegateMock("checkEligibilityDelegate")
        .onExecutionSetVariables(Map.of("eligible", false));
    ProcessInstance onboarding = start(PROCESS, Map.of());

    assertThat(onboarding).isWaitingAt("Task_InformRejectedPerson");
    assertThat(task()).hasCandidateGroup("case-officers");
    complete(task());

    assertThat(onboarding)
        .isEnded()
        .hasPassed("Task_RecordRejectionNotice", "Event_ParticipantRejected");
    assertThat(onboarding).hasNotPassed("Task_AssessNeeds", "Task_EnrolInStreams");
    verifyJavaDelegateMock("enrolInStreamsDelegate").executedNever();
  }

  @Test
  @DisplayName("a possible duplicate found to be the same person annuls the registration")
  void theSamePersonAnnulsTheRegistration() {
    registerJavaDelegateMock("registerParticipantDelegate")
        .onExecutionSetVariables(Map.of("possibleDuplicate", true));
    registerJavaDelegateMock("recordDuplicateReviewDelegate")
        .onExecutionSetVariables(Map.of("duplicateOutcome", "SAME_PERSON"));
    ProcessInstance onboarding = start(PROCESS, Map.of());

    assertThat(onboarding).isWaitingAt("Task_ReviewPossibleDuplicate");
    assertThat(task()).hasCandidateGroup("case-officers");
    complete(task());

    assertThat(onboarding)
        .isEnded()
        .hasPassed("Task_RecordDuplicateReview", "Event_RegistrationAnnulled");
    assertThat(onboarding).hasNotPassed("Task_CheckEligibility");
    verifyJavaDelegateMock("checkEligibilityDelegate").executedNever();
  }

  @Test
  @DisplayName("a possible duplicate found to be another person goes on to the eligibility check")
  void anotherPersonGoesOnToTheEligibilityCheck() {
    registerJavaDelegateMock("registerParticipantDelegate")
        .onExecutionSetVariables(Map.of("possibleDuplicate", true));
    ProcessInstance onboarding = start(PROCESS, Map.of());

    assertThat(onboarding).isWaitingAt("Task_ReviewPossibleDuplicate");
    complete(task());

    assertThat(onboarding)
        .hasPassedInOrder(
            "Task_ReviewPossibleDuplicate", "Task_RecordDuplicateReview", "Task_CheckEligibility")
        .isWaitingAt("Task_AssessNeeds");
    assertThat(onboarding).hasNotPassed("Event_RegistrationAnnulled");
  }

  @Test
  @DisplayName("an assessment overdue escalates to the project manager and stays open")
  void anOverdueAssessmentEscalatesWithoutCancellingIt() {
    ProcessInstance onboarding = start(PROCESS, Map.of());

    assertThat(onboarding).isWaitingAt("Task_AssessNeeds");
    execute(job("Event_AssessmentOverdue"));

    assertThat(onboarding).isWaitingAt("Task_AssessNeeds", "Task_EscalateOverdueAssessment");
    assertThat(task("Task_EscalateOverdueAssessment")).hasCandidateGroup("project-managers");
    complete(task("Task_EscalateOverdueAssessment"));
    assertThat(onboarding).hasPassed("Event_EscalationHandled").isWaitingAt("Task_AssessNeeds");
    complete(task("Task_AssessNeeds"), withVariables("assessed", true));
    assertThat(onboarding).isEnded().hasPassed("Event_ParticipantEnrolled");
  }

  @Test
  @DisplayName("a withdrawal during the onboarding records it and closes the case")
  void aWithdrawalClosesTheCase() {
    ProcessInstance onboarding = start(PROCESS, Map.of());
    assertThat(onboarding).isWaitingAt("Task_AssessNeeds");

    correlate("participant-withdrawn", onboarding);

    assertThat(onboarding)
        .isEnded()
        .hasPassed("Task_RecordWithdrawal", "Event_ParticipantWithdrawn");
    assertThat(onboarding).hasNotPassed("Task_RecordNeedsAssessment");
  }
}
