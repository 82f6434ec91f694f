package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules 5 and 7 of ARCHITECTURE.md's process conventions: every implementation is a {@code ${bean}}
 * delegate expression on a {@code @Component} of the right type, no scripts anywhere, and every
 * async save point says how failed jobs are retried.
 */
@DisplayName("Service tasks, listeners and async (bpmn/)")
class ServiceTaskConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) -> checkImplementations(model, v),
          (model, file, forms, dmn, v) -> checkNoScripts(model, v),
          (model, file, forms, dmn, v) -> checkAsyncRetries(model, v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Service tasks, listeners and async: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  static final Pattern RETRY_CYCLE =
      Pattern.compile(
          "R\\d+/" + ISO_DURATION + "|" + ISO_DURATION + "(\\s*,\\s*" + ISO_DURATION + ")*");

  /**
   * Rule 5: every implementation is a ${bean} delegate expression on a @Component of the right
   * type.
   */
  static void checkImplementations(BpmnModelInstance model, Violations v) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkImplementation(
          task,
          "",
          task.getCamundaDelegateExpression(),
          task.getCamundaClass(),
          task.getCamundaExpression(),
          task.getCamundaType(),
          true,
          v,
          JavaDelegate.class,
          ActivityBehavior.class);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      checkImplementation(
          task,
          "",
          task.getCamundaDelegateExpression(),
          task.getCamundaClass(),
          task.getCamundaExpression(),
          task.getCamundaType(),
          true,
          v,
          JavaDelegate.class,
          ActivityBehavior.class);
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      boolean decision = task.getCamundaDecisionRef() != null;
      checkImplementation(
          task,
          "",
          task.getCamundaDelegateExpression(),
          task.getCamundaClass(),
          task.getCamundaExpression(),
          task.getCamundaType(),
          !decision,
          v,
          JavaDelegate.class,
          ActivityBehavior.class);
    }
    for (MessageEventDefinition definition :
        model.getModelElementsByType(MessageEventDefinition.class)) {
      ModelElementInstance event = definition.getParentElement();
      if (event instanceof IntermediateThrowEvent || event instanceof EndEvent) {
        checkImplementation(
            (BaseElement) event,
            "message ",
            definition.getCamundaDelegateExpression(),
            definition.getCamundaClass(),
            definition.getCamundaExpression(),
            definition.getCamundaType(),
            false,
            v,
            JavaDelegate.class,
            ActivityBehavior.class);
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkImplementation(
          owner(listener),
          "task listener (" + listener.getCamundaEvent() + ") ",
          listener.getCamundaDelegateExpression(),
          listener.getCamundaClass(),
          listener.getCamundaExpression(),
          null,
          listener.getCamundaScript() == null,
          v,
          TaskListener.class);
    }
    for (CamundaExecutionListener listener :
        model.getModelElementsByType(CamundaExecutionListener.class)) {
      checkImplementation(
          owner(listener),
          "execution listener (" + listener.getCamundaEvent() + ") ",
          listener.getCamundaDelegateExpression(),
          listener.getCamundaClass(),
          listener.getCamundaExpression(),
          null,
          listener.getCamundaScript() == null,
          v,
          ExecutionListener.class);
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (call.getCamundaVariableMappingClass() != null) {
        v.add(
            call,
            "uses camunda:variableMappingClass; use camunda:variableMappingDelegateExpression=\"${bean}\"");
      }
      if (call.getCamundaVariableMappingDelegateExpression() != null) {
        checkBean(
            call,
            "variable mapping ",
            call.getCamundaVariableMappingDelegateExpression(),
            v,
            DelegateVariableMapping.class);
      }
    }
  }

  static void checkImplementation(
      BaseElement element,
      String what,
      String delegateExpression,
      String className,
      String expression,
      String type,
      boolean required,
      Violations v,
      Class<?>... acceptedTypes) {
    String use = "; use camunda:delegateExpression=\"${beanName}\" on a @Component";
    if (className != null) {
      v.add(element, what + "uses camunda:class=\"" + className + "\"" + use);
    }
    if (expression != null) {
      v.add(element, what + "uses camunda:expression=\"" + expression + "\"" + use);
    }
    if (type != null) {
      v.add(element, what + "uses camunda:type=\"" + type + "\"" + use);
    }
    if (delegateExpression != null) {
      checkBean(element, what, delegateExpression, v, acceptedTypes);
    } else if (required && className == null && expression == null && type == null) {
      v.add(element, what + "has no implementation" + use);
    }
  }

  static void checkBean(
      BaseElement element,
      String what,
      String delegateExpression,
      Violations v,
      Class<?>... acceptedTypes) {
    Matcher matcher = BEAN_EXPRESSION.matcher(delegateExpression.trim());
    if (!matcher.matches()) {
      v.add(
          element,
          what + "delegateExpression \"" + delegateExpression + "\" must be exactly ${beanName}");
      return;
    }
    String name = matcher.group(1);
    BeanDeclaration bean = Beans.INDEX.get(name);
    if (bean == null) {
      v.add(
          element,
          what
              + "delegateExpression "
              + delegateExpression
              + " names no @Component bean under "
              + BASE_PACKAGE);
      return;
    }
    if (!bean.componentClass()) {
      v.add(
          element,
          what
              + "bean \""
              + name
              + "\" is declared by a @Bean method ("
              + bean.type()
              + "); delegates are @Component classes");
    }
    Class<?> type = bean.load();
    if (type != null && Arrays.stream(acceptedTypes).noneMatch(t -> t.isAssignableFrom(type))) {
      v.add(
          element,
          what
              + "bean \""
              + name
              + "\" ("
              + type.getName()
              + ") does not implement "
              + Arrays.stream(acceptedTypes)
                  .map(Class::getSimpleName)
                  .collect(Collectors.joining(" or ")));
    }
  }

  /** Rule 5: no scripts, inline or otherwise. */
  static void checkNoScripts(BpmnModelInstance model, Violations v) {
    for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
      v.add(
          task,
          "is a script task ("
              + task.getScriptFormat()
              + "); put the logic in a @Component delegate behind a service task");
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      v.add(
          owner(script),
          "contains a camunda:script ("
              + script.getCamundaScriptFormat()
              + "); use a delegate or an expression");
    }
    for (FormalExpression expression : model.getModelElementsByType(FormalExpression.class)) {
      if (!isBlank(expression.getLanguage())) {
        v.add(
            owner(expression),
            "has a script expression in "
                + expression.getLanguage()
                + " ("
                + expression.getElementType().getTypeName()
                + "); use an EL expression");
      }
    }
  }

  /** Rule 7: every async save point says how failed jobs are retried. */
  static void checkAsyncRetries(BpmnModelInstance model, Violations v) {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if ((node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter())
          && !hasExtension(node, CamundaFailedJobRetryTimeCycle.class)) {
        v.add(
            node,
            (node.isCamundaAsyncBefore() ? "is asyncBefore" : "is asyncAfter")
                + " but has no camunda:failedJobRetryTimeCycle");
      }
    }
    for (MultiInstanceLoopCharacteristics loop :
        model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
      if ((loop.isCamundaAsyncBefore() || loop.isCamundaAsyncAfter())
          && !hasExtension(loop, CamundaFailedJobRetryTimeCycle.class)) {
        v.add(
            owner(loop),
            "has an async multi-instance body but no camunda:failedJobRetryTimeCycle on it");
      }
    }
    for (CamundaFailedJobRetryTimeCycle cycle :
        model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
      String text = cycle.getTextContent() == null ? "" : cycle.getTextContent().trim();
      if (!RETRY_CYCLE.matcher(text).matches() && !text.startsWith("${")) {
        v.add(
            owner(cycle),
            "camunda:failedJobRetryTimeCycle \""
                + text
                + "\" is not an ISO 8601 cycle such as R3/PT10M or a list such as PT5M,PT1H");
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
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "delegate bean that does not exist",
            replace("${" + JAVA_DELEGATE + "}", "${noSuchDelegate}"),
            "serviceTask Task_Save \"Запис\": delegateExpression ${noSuchDelegate} names no @Component bean"),
        broken(
            "delegate expression that is not ${bean}",
            replace("${" + JAVA_DELEGATE + "}", "${" + JAVA_DELEGATE + ".execute(execution)}"),
            "must be exactly ${beanName}"),
        broken(
            "camunda:class",
            replace(
                "camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"",
                "camunda:class=\"bg.kazanlak.inclusion.Foo\""),
            "serviceTask Task_Save \"Запис\": uses camunda:class=\"bg.kazanlak.inclusion.Foo\""),
        broken(
            "service task expression",
            replace(
                "camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"",
                "camunda:expression=\"${1 + 1}\""),
            "uses camunda:expression=\"${1 + 1}\""),
        broken(
            "service task without implementation",
            replace(" camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"", ""),
            "serviceTask Task_Save \"Запис\": has no implementation"),
        broken(
            "task listener bean that is no TaskListener",
            replace("${" + TASK_LISTENER + "}", "${" + JAVA_DELEGATE + "}"),
            "task listener (complete) bean \"" + JAVA_DELEGATE + "\""),
        broken(
            "execution listener with camunda:class",
            replace(
                "<camunda:failedJobRetryTimeCycle>",
                "<camunda:executionListener event=\"start\" class=\"bg.kazanlak.inclusion.Foo\" />\n<camunda:failedJobRetryTimeCycle>"),
            "serviceTask Task_Save \"Запис\": execution listener (start) uses camunda:class"),
        broken(
            "execution listener with an inline script",
            replace(
                "<camunda:failedJobRetryTimeCycle>",
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">println 'x'</camunda:script></camunda:executionListener>\n<camunda:failedJobRetryTimeCycle>"),
            "serviceTask Task_Save \"Запис\": contains a camunda:script (groovy)"),
        broken(
            "script task",
            replace(BUSINESS_RULE_TASK, SCRIPT_TASK),
            "scriptTask Task_Decide \"Решение\": is a script task"),
        broken(
            "script condition",
            replace(
                "<bpmn:sequenceFlow id=\"Flow_Save\" sourceRef=\"Gateway_Join\" targetRef=\"Task_Save\" />",
                "<bpmn:sequenceFlow id=\"Flow_Save\" sourceRef=\"Gateway_Join\" targetRef=\"Task_Save\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true</bpmn:conditionExpression></bpmn:sequenceFlow>"),
            "sequenceFlow Flow_Save: has a script expression in groovy"),
        broken(
            "async without retry cycle",
            replace(
                "<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>", ""),
            "serviceTask Task_Save \"Запис\": is asyncBefore but has no camunda:failedJobRetryTimeCycle"),
        broken(
            "asyncAfter without retry cycle",
            replace(
                "<bpmn:endEvent id=\"Event_End\" name=\"Край\">",
                "<bpmn:endEvent id=\"Event_End\" name=\"Край\" camunda:asyncAfter=\"true\">"),
            "endEvent Event_End \"Край\": is asyncAfter but has no camunda:failedJobRetryTimeCycle"),
        broken(
            "malformed retry cycle",
            replace("R3/PT5M", "3 times"),
            "camunda:failedJobRetryTimeCycle \"3 times\" is not an ISO 8601 cycle"));
  }
}
