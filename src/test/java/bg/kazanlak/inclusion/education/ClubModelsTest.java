package bg.kazanlak.inclusion.education;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.community.mockito.DelegateExpressions.registerJavaDelegateMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyJavaDelegateMock;

import bg.kazanlak.inclusion.ProcessModelTest;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The paths of the five club models with their delegates mocked. A session and a leaving wait for
 * the social worker who started them ({@code startedBy}); the other three are one checked step
 * whose refusal leaves no instance behind. The real delegates are in {@link ClubProcessesTest}.
 */
class ClubModelsTest extends ProcessModelTest {

  private static final String SOCIAL_WORKER = "t-social";

  @BeforeEach
  void deployWithMockedDelegates() {
    deploy("club-registration", "club-enrolment", "club-session", "club-leaving", "club-purchase");
    registerJavaDelegateMock("registerClubDelegate");
    registerJavaDelegateMock("enrolInClubDelegate");
    registerJavaDelegateMock("loadAttendanceListDelegate");
    registerJavaDelegateMock("recordClubSessionDelegate");
    registerJavaDelegateMock("loadClubMembersDelegate");
    registerJavaDelegateMock("recordClubLeavingDelegate");
    registerJavaDelegateMock("requestClubPurchaseDelegate");
  }

  @Test
  @DisplayName("a session lists the members, waits for its social worker's ticks, then is recorded")
  void aSessionWaitsForTheAttendanceOfWhoStartedIt() {
    ProcessInstance session = start("club-session", Map.of("startedBy", SOCIAL_WORKER));

    assertThat(session).hasPassed("Task_LoadAttendanceList").isWaitingAt("Task_MarkAttendance");
    assertThat(task()).isAssignedTo(SOCIAL_WORKER).hasCandidateGroupAssociated("social-workers");
    verifyJavaDelegateMock("recordClubSessionDelegate").executedNever();
    complete(task());

    assertThat(session)
        .isEnded()
        .hasPassedInOrder(
            "Task_LoadAttendanceList",
            "Task_MarkAttendance",
            "Task_RecordSession",
            "Event_SessionRecorded");
  }

  @Test
  @DisplayName("a leaving lists the members, waits for who leaves, then is recorded")
  void aLeavingWaitsForWhoLeaves() {
    ProcessInstance leaving = start("club-leaving", Map.of("startedBy", SOCIAL_WORKER));

    assertThat(leaving).hasPassed("Task_LoadMembers").isWaitingAt("Task_PickLeaving");
    assertThat(task()).isAssignedTo(SOCIAL_WORKER).hasCandidateGroupAssociated("social-workers");
    complete(task());

    assertThat(leaving)
        .isEnded()
        .hasPassedInOrder(
            "Task_LoadMembers", "Task_PickLeaving", "Task_RecordLeaving", "Event_Left");
  }

  @Test
  @DisplayName("a club registration, an enrolment and a purchase request are one step each")
  void theOneStepProcessesEndAtOnce() {
    assertThat(start("club-registration", Map.of()))
        .isEnded()
        .hasPassedInOrder("Task_RegisterClub", "Event_ClubOpened");
    assertThat(start("club-enrolment", Map.of()))
        .isEnded()
        .hasPassedInOrder("Task_Enrol", "Event_Enrolled");
    assertThat(start("club-purchase", Map.of()))
        .isEnded()
        .hasPassedInOrder("Task_RequestPurchase", "Event_PurchaseHandedOver");
  }

  @Test
  @DisplayName("an enrolment the delegate refuses leaves no instance behind")
  void aRefusedEnrolmentLeavesNothing() {
    registerJavaDelegateMock("enrolInClubDelegate")
        .onExecutionThrowException(new IllegalStateException("клубът е пълен"));

    assertThatThrownBy(() -> start("club-enrolment", Map.of()))
        .hasMessageContaining("клубът е пълен");
    org.assertj.core.api.Assertions.assertThat(
            processInstanceQuery().processDefinitionKey("club-enrolment").count())
        .isZero();
  }
}
