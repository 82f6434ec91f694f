package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A small valid model (with its forms and decision) that passes every check, and the means to break
 * it one rule at a time: each conventions test runs its own checks on broken copies, so a check
 * that stops reporting its rule fails the build.
 */
final class SampleModel {

  private SampleModel() {}

  static final String PROCESS_FILE = "sample-process.bpmn";

  /** The sample written to a temporary folder: forms/, dmn/ and the model. */
  static final class Workspace {
    final Path dir;
    final Path forms;
    final Path decisions;

    Workspace(Path dir) throws IOException {
      this.dir = dir;
      forms = Files.createDirectories(dir.resolve("forms"));
      decisions = Files.createDirectories(dir.resolve("dmn"));
      Files.writeString(forms.resolve("sample-start.form"), form("sample-start"));
      Files.writeString(forms.resolve("sample-task.form"), form("sample-task"));
      Files.writeString(decisions.resolve("sample-decision.dmn"), SAMPLE_DMN);
    }

    List<String> violationsOf(String bpmn, List<Models.Check> checks) throws IOException {
      Path file = dir.resolve(PROCESS_FILE);
      Files.writeString(file, bpmn);
      return Models.violations(file, forms, decisions, checks);
    }
  }

  static Arguments broken(String rule, UnaryOperator<String> breakIt, String expected) {
    return Arguments.of(rule, breakIt, expected);
  }

  /** Replaces every occurrence; fails if the sample does not contain it (a vacuous mutation). */
  static UnaryOperator<String> replace(String from, String to) {
    return sample -> {
      if (!sample.contains(from)) {
        throw new IllegalStateException("the sample does not contain " + from);
      }
      return sample.replace(from, to);
    };
  }

  static UnaryOperator<String> removeRegex(String regex) {
    return sample -> {
      String result = Pattern.compile(regex, Pattern.DOTALL).matcher(sample).replaceAll("");
      if (result.equals(sample)) {
        throw new IllegalStateException("the sample does not match " + regex);
      }
      return result;
    };
  }

  /**
   * Some JavaDelegate / TaskListener bean, so the sample uses real beans. The main code has no task
   * listener today (form data is checked in service tasks), hence {@link SampleTaskListener}.
   */
  static final String JAVA_DELEGATE = anyBeanImplementing(JavaDelegate.class);

  static final String TASK_LISTENER = anyBeanImplementing(TaskListener.class);

  /** A task listener bean for the negative tests' sample model only; it does nothing. */
  @org.springframework.stereotype.Component("sampleTaskListener")
  public static class SampleTaskListener implements TaskListener {
    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {}
  }

  static String anyBeanImplementing(Class<?> type) {
    return Beans.INDEX.values().stream()
        .filter(BeanDeclaration::componentClass)
        .filter(bean -> bean.load() != null && type.isAssignableFrom(bean.load()))
        .map(BeanDeclaration::name)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no @Component implements " + type.getName()));
  }

  static String sampleBpmn() {
    return SAMPLE_BPMN
        .replace("JAVA_DELEGATE", JAVA_DELEGATE)
        .replace("TASK_LISTENER", TASK_LISTENER);
  }

  static final String BUSINESS_RULE_TASK =
      """
      <bpmn:businessRuleTask id="Task_Decide" name="Решение" camunda:decisionRef="sample-decision" camunda:decisionRefBinding="deployment" camunda:resultVariable="outcome" camunda:mapDecisionResult="singleEntry">
            <bpmn:incoming>Flow_ToRule</bpmn:incoming>
            <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
          </bpmn:businessRuleTask>""";

  static final String SCRIPT_TASK =
      """
      <bpmn:scriptTask id="Task_Decide" name="Решение" scriptFormat="javascript">
            <bpmn:incoming>Flow_ToRule</bpmn:incoming>
            <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
            <bpmn:script>execution.setVariable('outcome', 'OK');</bpmn:script>
          </bpmn:scriptTask>""";

  static final String SAMPLE_BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                        xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                        xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        id="Definitions_Sample" targetNamespace="http://kazanlak.bg/inclusion/test">
        <bpmn:collaboration id="Collaboration_Sample">
          <bpmn:participant id="Participant_Sample" name="Примерен процес" processRef="sample-process" />
        </bpmn:collaboration>
        <bpmn:process id="sample-process" name="Примерен процес" isExecutable="true" camunda:historyTimeToLive="30" camunda:candidateStarterGroups="case-officers">
          <bpmn:laneSet id="LaneSet_Sample">
            <bpmn:lane id="Lane_SocialWorkers" name="Социални работници">
              <bpmn:flowNodeRef>Event_Start</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Task_Review</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Event_Overdue</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Gateway_Join</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Task_Save</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Task_Decide</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>Event_End</bpmn:flowNodeRef>
            </bpmn:lane>
          </bpmn:laneSet>
          <bpmn:startEvent id="Event_Start" name="Начало" camunda:formRef="sample-start" camunda:formRefBinding="deployment">
            <bpmn:outgoing>Flow_ToTask</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:userTask id="Task_Review" name="Преглед" camunda:formRef="sample-task" camunda:formRefBinding="deployment" camunda:candidateGroups="social-workers" camunda:dueDate="${dueDates.workingDays(5)}">
            <bpmn:extensionElements>
              <camunda:taskListener event="complete" delegateExpression="${TASK_LISTENER}" />
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_ToTask</bpmn:incoming>
            <bpmn:outgoing>Flow_ToJoin</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:boundaryEvent id="Event_Overdue" cancelActivity="false" attachedToRef="Task_Review">
            <bpmn:outgoing>Flow_Overdue</bpmn:outgoing>
            <bpmn:timerEventDefinition id="TimerEventDefinition_Overdue">
              <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${dueDates.workingDays(5)}</bpmn:timeDate>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:exclusiveGateway id="Gateway_Join">
            <bpmn:incoming>Flow_ToJoin</bpmn:incoming>
            <bpmn:incoming>Flow_Overdue</bpmn:incoming>
            <bpmn:outgoing>Flow_Save</bpmn:outgoing>
          </bpmn:exclusiveGateway>
          <bpmn:serviceTask id="Task_Save" name="Запис" camunda:asyncBefore="true" camunda:delegateExpression="${JAVA_DELEGATE}">
            <bpmn:extensionElements>
              <camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_Save</bpmn:incoming>
            <bpmn:outgoing>Flow_ToRule</bpmn:outgoing>
          </bpmn:serviceTask>
          %s
          <bpmn:endEvent id="Event_End" name="Край">
            <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="Event_Start" targetRef="Task_Review" />
          <bpmn:sequenceFlow id="Flow_ToJoin" sourceRef="Task_Review" targetRef="Gateway_Join" />
          <bpmn:sequenceFlow id="Flow_Overdue" sourceRef="Event_Overdue" targetRef="Gateway_Join" />
          <bpmn:sequenceFlow id="Flow_Save" sourceRef="Gateway_Join" targetRef="Task_Save" />
          <bpmn:sequenceFlow id="Flow_ToRule" sourceRef="Task_Save" targetRef="Task_Decide" />
          <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Decide" targetRef="Event_End" />
        </bpmn:process>
        <bpmn:message id="Message_Sample" name="sample-message" />
        <bpmn:error id="Error_Sample" name="Пример" errorCode="SAMPLE" />
        <bpmndi:BPMNDiagram id="BPMNDiagram_Sample">
          <bpmndi:BPMNPlane id="BPMNPlane_Sample" bpmnElement="Collaboration_Sample">
            <bpmndi:BPMNShape id="Participant_Sample_di" bpmnElement="Participant_Sample" isHorizontal="true">
              <dc:Bounds x="100" y="40" width="800" height="200" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Lane_SocialWorkers_di" bpmnElement="Lane_SocialWorkers" isHorizontal="true">
              <dc:Bounds x="130" y="40" width="770" height="200" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Event_Start_di" bpmnElement="Event_Start">
              <dc:Bounds x="152" y="102" width="36" height="36" />
              <bpmndi:BPMNLabel>
                <dc:Bounds x="150" y="143" width="40" height="14" />
              </bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review">
              <dc:Bounds x="240" y="80" width="100" height="80" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Event_Overdue_di" bpmnElement="Event_Overdue">
              <dc:Bounds x="272" y="142" width="36" height="36" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Gateway_Join_di" bpmnElement="Gateway_Join" isMarkerVisible="true">
              <dc:Bounds x="395" y="95" width="50" height="50" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Save_di" bpmnElement="Task_Save">
              <dc:Bounds x="500" y="80" width="100" height="80" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Decide_di" bpmnElement="Task_Decide">
              <dc:Bounds x="660" y="80" width="100" height="80" />
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Event_End_di" bpmnElement="Event_End">
              <dc:Bounds x="822" y="102" width="36" height="36" />
              <bpmndi:BPMNLabel>
                <dc:Bounds x="825" y="143" width="30" height="14" />
              </bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_ToTask_di" bpmnElement="Flow_ToTask">
              <di:waypoint x="188" y="120" />
              <di:waypoint x="240" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToJoin_di" bpmnElement="Flow_ToJoin">
              <di:waypoint x="340" y="120" />
              <di:waypoint x="395" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_Overdue_di" bpmnElement="Flow_Overdue">
              <di:waypoint x="290" y="178" />
              <di:waypoint x="290" y="200" />
              <di:waypoint x="420" y="200" />
              <di:waypoint x="420" y="145" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_Save_di" bpmnElement="Flow_Save">
              <di:waypoint x="445" y="120" />
              <di:waypoint x="500" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToRule_di" bpmnElement="Flow_ToRule">
              <di:waypoint x="600" y="120" />
              <di:waypoint x="660" y="120" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd">
              <di:waypoint x="760" y="120" />
              <di:waypoint x="822" y="120" />
            </bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """
          .formatted(BUSINESS_RULE_TASK);

  static final String SAMPLE_DMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                   xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                   id="Definitions_Sample" name="Пример" namespace="http://kazanlak.bg/inclusion/test">
        <decision id="sample-decision" name="Примерно решение" camunda:historyTimeToLive="30">
          <decisionTable id="DecisionTable_Sample" hitPolicy="FIRST">
            <input id="Input_Age" label="Възраст">
              <inputExpression id="InputExpression_Age" typeRef="integer"><text>age</text></inputExpression>
            </input>
            <output id="Output_Outcome" label="Решение" name="outcome" typeRef="string" />
            <rule id="Rule_Any">
              <inputEntry id="Entry_Any"><text></text></inputEntry>
              <outputEntry id="Output_Any"><text>"OK"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  static String form(String id) {
    return """
        {
          "executionPlatform": "Camunda Platform",
          "executionPlatformVersion": "7.24.0",
          "schemaVersion": 16,
          "id": "%s",
          "type": "default",
          "components": [
            { "type": "text", "text": "## Пример", "id": "Text_1" },
            { "type": "group", "label": "Група", "id": "Group_1", "components": [
              { "type": "textfield", "key": "note", "label": "Бележка", "id": "Field_1" }
            ] },
            { "type": "datetime", "subtype": "date", "dateLabel": "Дата", "key": "day", "id": "Field_2" }
          ]
        }
        """
        .formatted(id);
  }
}
