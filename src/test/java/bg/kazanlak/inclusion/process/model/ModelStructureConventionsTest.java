package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules 1 and 2 of ARCHITECTURE.md's process conventions and the shape of bpmn/: one executable
 * process per file, named like it, with a history time to live; Camunda's id naming; errors with
 * codes, messages with names; call activities that call a process of bpmn/; nothing under bpmn/
 * that is not a process, a decision or a form.
 */
@DisplayName("Model structure (bpmn/)")
class ModelStructureConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) -> checkProcess(model, file.getFileName().toString(), v),
          (model, file, forms, dmn, v) -> checkIds(model, v),
          (model, file, forms, dmn, v) -> checkCalledProcesses(model, file, v),
          (model, file, forms, dmn, v) -> checkErrorsAndMessages(model, v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Model structure: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#filesUnderBpmn")
  @DisplayName("every file under bpmn/ is a process, a decision or a form")
  void everyFileUnderBpmnIsAProcessADecisionOrAForm(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, fileKindViolations(file));
  }

  @Test
  @DisplayName("bpmn/ holds the process participant-onboarding (CONTRACT.md)")
  void theContractProcessParticipantOnboardingIsModelled() {
    assertThat(processIds(MODELS))
        .as("executable process ids of the *.bpmn files in %s", MODELS)
        .contains("participant-onboarding");
  }

  /** bpmn/ is auto-deployed: processes, decisions and Camunda Forms only. */
  static List<String> fileKindViolations(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
      return List.of();
    }
    return List.of(
        name
            + ": bpmn/ is auto-deployed and holds only processes (*.bpmn), decisions (dmn/*.dmn)"
            + " and Camunda Forms (forms/*.form)");
  }

  /** Rule 1: one executable process, named like the file, with a history time to live. */
  static void checkProcess(BpmnModelInstance model, String file, Violations v) {
    String expectedId = file.substring(0, file.length() - ".bpmn".length());
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
    if (executable.size() != 1) {
      v.add(
          "must contain exactly one executable process, found "
              + executable.size()
              + " "
              + ids(executable));
    }
    for (Process process : processes) {
      if (!process.isExecutable() && !process.getFlowElements().isEmpty()) {
        v.add(process, "isExecutable must be \"true\" (the engine does not deploy it otherwise)");
      }
    }
    for (Process process : executable) {
      if (!expectedId.equals(process.getId())) {
        v.add(process, "the process id must equal the file name \"" + expectedId + "\"");
      }
      if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
        v.add(process, "camunda:historyTimeToLive is not set (the engine refuses the deployment)");
      }
    }
  }

  /** Rule 2: Camunda's id naming. */
  static void checkIds(BpmnModelInstance model, Violations v) {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      List<String> prefixes;
      if (node instanceof Event) {
        prefixes = List.of("Event_");
      } else if (node instanceof Gateway) {
        prefixes = List.of("Gateway_");
      } else if (node instanceof SubProcess) {
        prefixes = List.of("SubProcess_", "Activity_");
      } else if (node instanceof Activity) {
        prefixes = List.of("Task_", "Activity_", "SubProcess_");
      } else {
        prefixes = List.of("Event_", "Task_", "Gateway_", "SubProcess_", "Activity_");
      }
      requirePrefix(node, prefixes, v);
    }
    model
        .getModelElementsByType(SequenceFlow.class)
        .forEach(e -> requirePrefix(e, List.of("Flow_"), v));
    model
        .getModelElementsByType(MessageFlow.class)
        .forEach(e -> requirePrefix(e, List.of("Flow_"), v));
    model
        .getModelElementsByType(Message.class)
        .forEach(e -> requirePrefix(e, List.of("Message_"), v));
    model.getModelElementsByType(Error.class).forEach(e -> requirePrefix(e, List.of("Error_"), v));
    model
        .getModelElementsByType(Signal.class)
        .forEach(e -> requirePrefix(e, List.of("Signal_"), v));
    model
        .getModelElementsByType(Escalation.class)
        .forEach(e -> requirePrefix(e, List.of("Escalation_"), v));
    for (EventDefinition definition : model.getModelElementsByType(EventDefinition.class)) {
      if (definition.getId() != null) {
        String type = definition.getElementType().getTypeName();
        requirePrefix(
            definition,
            List.of(Character.toUpperCase(type.charAt(0)) + type.substring(1) + "_"),
            v);
      }
    }
  }

  static void requirePrefix(BaseElement element, List<String> prefixes, Violations v) {
    String id = element.getId();
    if (id == null || prefixes.stream().noneMatch(id::startsWith)) {
      v.add(
          element, "the id must start with " + String.join(" or ", prefixes) + " (Camunda naming)");
    }
  }

  /** Call activities call a process of bpmn/. */
  static void checkCalledProcesses(BpmnModelInstance model, Path bpmnFile, Violations v) {
    Collection<CallActivity> calls = model.getModelElementsByType(CallActivity.class);
    if (calls.isEmpty()) {
      return;
    }
    Path folder = bpmnFile.toAbsolutePath().getParent();
    Set<String> processes = processIds(folder);
    for (CallActivity call : calls) {
      String called = call.getCalledElement();
      if (isBlank(called)) {
        v.add(call, "has no calledElement");
      } else if (!called.contains("{") && !processes.contains(called)) {
        v.add(
            call,
            "calls \""
                + called
                + "\", which is no process in "
                + folder.getFileName()
                + "/ "
                + processes);
      }
    }
  }

  /** BPMN errors carry a code, messages a name; error end events throw a declared error. */
  static void checkErrorsAndMessages(BpmnModelInstance model, Violations v) {
    for (Error error : model.getModelElementsByType(Error.class)) {
      if (isBlank(error.getErrorCode())) {
        v.add(error, "has no errorCode (delegates throw BpmnError by code)");
      }
    }
    for (Message message : model.getModelElementsByType(Message.class)) {
      if (isBlank(message.getName())) {
        v.add(message, "has no name (messages are correlated by name)");
      }
    }
    for (ErrorEventDefinition definition :
        model.getModelElementsByType(ErrorEventDefinition.class)) {
      if (definition.getParentElement() instanceof EndEvent && definition.getError() == null) {
        v.add(owner(definition), "is an error end event without errorRef");
      }
    }
  }

  @Nested
  @DisplayName("the checks report a broken model")
  class TheChecksReportABrokenModel extends BrokenSampleChecks {

    @Override
    List<Check> checks() {
      return CHECKS;
    }

    @Override
    Stream<Arguments> brokenCopies() {
      return brokenModels();
    }

    @Test
    @DisplayName("a copy of participant-onboarding.bpmn without historyTimeToLive is reported")
    void aCopyOfTheRealModelWithoutHistoryTimeToLiveIsReported() throws IOException {
      String real = Files.readString(MODELS.resolve("participant-onboarding.bpmn"));
      String broken = real.replaceAll("\\s+camunda:historyTimeToLive=\"[^\"]*\"", "");
      assertThat(broken).isNotEqualTo(real);
      Path copy = Files.writeString(dir.resolve("participant-onboarding.bpmn"), broken);
      assertThat(violations(copy, FORMS, DECISIONS, CHECKS))
          .anySatisfy(
              v ->
                  assertThat(v)
                      .startsWith("participant-onboarding.bpmn: process participant-onboarding")
                      .contains("camunda:historyTimeToLive is not set"));
    }

    @Test
    @DisplayName("an unexpected file under bpmn/ is reported")
    void anUnexpectedFileIsReported() throws IOException {
      Path file = Files.writeString(dir.resolve("notes.txt"), "x");
      assertThat(fileKindViolations(file))
          .singleElement()
          .asString()
          .startsWith("notes.txt: bpmn/ is auto-deployed");
    }
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "no historyTimeToLive",
            replace(" camunda:historyTimeToLive=\"30\"", ""),
            "process sample-process \"Примерен процес\": camunda:historyTimeToLive is not set"),
        broken(
            "not executable",
            replace("isExecutable=\"true\"", "isExecutable=\"false\""),
            "isExecutable must be \"true\""),
        broken(
            "not executable: no executable process",
            replace("isExecutable=\"true\"", "isExecutable=\"false\""),
            "must contain exactly one executable process, found 0"),
        broken(
            "process id differs from the file name",
            replace("\"sample-process\"", "\"other-process\""),
            "the process id must equal the file name \"sample-process\""),
        broken(
            "task id without Task_/Activity_",
            replace("Task_Save", "ServiceTask_1"),
            "serviceTask ServiceTask_1 \"Запис\": the id must start with Task_"),
        broken(
            "event id without Event_",
            replace("Event_End", "EndEvent_1"),
            "endEvent EndEvent_1 \"Край\": the id must start with Event_"),
        broken(
            "gateway id without Gateway_",
            replace("Gateway_Join", "ExclusiveGateway_1"),
            "exclusiveGateway ExclusiveGateway_1: the id must start with Gateway_"),
        broken(
            "sequence flow id without Flow_",
            replace("Flow_ToEnd", "SequenceFlow_1"),
            "sequenceFlow SequenceFlow_1: the id must start with Flow_"),
        broken(
            "message id without Message_",
            replace("Message_Sample", "Msg_Sample"),
            "message Msg_Sample \"sample-message\": the id must start with Message_"),
        broken(
            "error id without Error_",
            replace("Error_Sample", "Err_Sample"),
            "error Err_Sample \"Пример\": the id must start with Error_"),
        broken(
            "timer definition id of another type",
            replace("TimerEventDefinition_Overdue", "Timer_1"),
            "the id must start with TimerEventDefinition_"),
        broken(
            "error without code",
            replace(" errorCode=\"SAMPLE\"", ""),
            "error Error_Sample \"Пример\": has no errorCode"),
        broken(
            "call of a process that is not in bpmn/",
            replace(
                BUSINESS_RULE_TASK,
                "<bpmn:callActivity id=\"Task_Decide\" name=\"Решение\" calledElement=\"no-such-process\"><bpmn:incoming>Flow_ToRule</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing></bpmn:callActivity>"),
            "callActivity Task_Decide \"Решение\": calls \"no-such-process\", which is no process"),
        broken("not BPMN at all", s -> "<definitions/>", "cannot be read as BPMN 2.0"));
  }
}
