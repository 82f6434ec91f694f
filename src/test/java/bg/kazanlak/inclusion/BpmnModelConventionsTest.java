package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The "Process conventions" of ARCHITECTURE.md, checked over every file under the top-level
 * {@code bpmn/} folder, so that models added later are checked without touching this test.
 *
 * <p>Needs no engine and no Spring context: models are read with the Camunda model APIs, forms with
 * Jackson, and delegate beans are found by Spring's classpath scanner, which reads annotations
 * without instantiating anything. Every check lives in a method that returns the violations as
 * sentences ("file: element: what is wrong"), so the negative tests at the bottom can run the very
 * same checks on deliberately broken copies.
 */
@DisplayName("Model conventions (bpmn/)")
class BpmnModelConventionsTest {

  static final Path MODELS = Path.of("bpmn");
  static final Path FORMS = MODELS.resolve("forms");
  static final Path DECISIONS = MODELS.resolve("dmn");

  static final String BASE_PACKAGE = "bg.kazanlak.inclusion";

  /** Group ids of CONTRACT.md. */
  static final Set<String> CONTRACT_GROUPS =
      Set.of(
          "case-officers",
          "social-workers",
          "hr-officers",
          "finance",
          "initiative-coordinators",
          "project-managers",
          "camunda-admin");

  /** CONTRACT.md: processes that can be started from Tasklist's start form. */
  static final Set<String> STARTED_FROM_TASKLIST =
      Set.of("participant-onboarding", "initiative-approval", "expense-approval");

  static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  static final Pattern DUE_DATES_EXPRESSION =
      Pattern.compile("\\$\\{\\s*dueDates\\.([A-Za-z_][A-Za-z0-9_]*)\\s*\\(.*\\)\\s*}", Pattern.DOTALL);
  static final String ISO_DURATION =
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?";
  static final Pattern DURATION = Pattern.compile(ISO_DURATION);
  static final Pattern CYCLE =
      Pattern.compile("R\\d*/(?:(?<start>[^/P][^/]*)/)?(?<duration>P[^/]+)(?:/(?<end>[^/]+))?");
  static final Pattern RETRY_CYCLE =
      Pattern.compile("R\\d+/" + ISO_DURATION + "|" + ISO_DURATION + "(\\s*,\\s*" + ISO_DURATION + ")*");

  static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------------------------------------
  // The checks on the real models
  // ---------------------------------------------------------------------------------------------

  /**
   * One test per file under bpmn/, named by its path. (A parameterized test rather than a
   * {@code @TestFactory}: Surefire 3.5.3 silently drops a dynamic test whose test source is a file
   * URI, failures included, so a broken model would not fail the build.)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("filesUnderBpmn")
  @DisplayName("every file under bpmn/")
  void everyFileUnderBpmnFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, fileViolations(file));
  }

  static Stream<String> filesUnderBpmn() throws IOException {
    assertThat(MODELS)
        .as("the models folder, relative to the project directory (%s)", Path.of("").toAbsolutePath())
        .isDirectory();
    List<String> files;
    try (Stream<Path> walk = Files.walk(MODELS)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .map(f -> MODELS.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files).as("files under %s", MODELS).isNotEmpty();
    return files.stream();
  }

  @Test
  @DisplayName("bpmn/ holds the process participant-onboarding (CONTRACT.md)")
  void theContractProcessParticipantOnboardingIsModelled() {
    assertThat(processIds(MODELS))
        .as("executable process ids of the *.bpmn files in %s", MODELS)
        .contains("participant-onboarding");
  }

  @Test
  @DisplayName("form ids are unique across bpmn/forms")
  void formIdsAreUnique() {
    List<String> duplicates = duplicateFormIds(FORMS);
    assertThat(duplicates)
        .withFailMessage(() -> "Form ids must be unique:\n  - " + String.join("\n  - ", duplicates))
        .isEmpty();
  }

  @Test
  @DisplayName("decision ids are unique across bpmn/dmn")
  void decisionIdsAreUnique() {
    List<String> duplicates = duplicateDecisionIds(DECISIONS);
    assertThat(duplicates)
        .withFailMessage(
            () -> "Decision ids must be unique:\n  - " + String.join("\n  - ", duplicates))
        .isEmpty();
  }

  static void assertNoViolations(Path file, List<String> violations) {
    assertThat(violations)
        .withFailMessage(
            () ->
                file
                    + " breaks "
                    + violations.size()
                    + " model convention(s) (ARCHITECTURE.md, Process conventions):\n  - "
                    + String.join("\n  - ", violations))
        .isEmpty();
  }

  /** Dispatches on the kind of file: process, decision or form. */
  static List<String> fileViolations(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".bpmn")) {
      return violations(file, FORMS, DECISIONS);
    }
    if (name.endsWith(".dmn")) {
      return dmnViolations(file);
    }
    if (name.endsWith(".form")) {
      return formViolations(file);
    }
    return List.of(
        name
            + ": bpmn/ is auto-deployed and holds only processes (*.bpmn), decisions (dmn/*.dmn)"
            + " and Camunda Forms (forms/*.form)");
  }

  // ---------------------------------------------------------------------------------------------
  // BPMN
  // ---------------------------------------------------------------------------------------------

  /** All convention violations of one process model; empty when it follows them. */
  static List<String> violations(Path bpmnFile, Path formsDir, Path dmnDir) {
    String file = bpmnFile.getFileName().toString();
    Violations v = new Violations(file);
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(bpmnFile.toFile());
    } catch (RuntimeException e) {
      v.add("cannot be read as BPMN 2.0 (" + rootMessage(e) + ")");
      return v.list;
    }
    Set<String> formIds = formIds(formsDir).keySet();
    Set<String> decisionIds = decisionIds(dmnDir).keySet();

    checkProcess(model, file, v);
    checkIds(model, v);
    checkUserTasks(model, formIds, v);
    checkStartEvents(model, formIds, v);
    checkImplementations(model, v);
    checkNoScripts(model, v);
    checkDecisionReferences(model, decisionIds, v);
    checkAsyncRetries(model, v);
    checkTimers(model, v);
    checkCalledProcesses(model, bpmnFile, v);
    checkErrorsAndMessages(model, v);
    checkDiagram(model, v);
    return v.list;
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
    model.getModelElementsByType(SequenceFlow.class).forEach(e -> requirePrefix(e, List.of("Flow_"), v));
    model.getModelElementsByType(MessageFlow.class).forEach(e -> requirePrefix(e, List.of("Flow_"), v));
    model.getModelElementsByType(Message.class).forEach(e -> requirePrefix(e, List.of("Message_"), v));
    model.getModelElementsByType(Error.class).forEach(e -> requirePrefix(e, List.of("Error_"), v));
    model.getModelElementsByType(Signal.class).forEach(e -> requirePrefix(e, List.of("Signal_"), v));
    model
        .getModelElementsByType(Escalation.class)
        .forEach(e -> requirePrefix(e, List.of("Escalation_"), v));
    for (EventDefinition definition : model.getModelElementsByType(EventDefinition.class)) {
      if (definition.getId() != null) {
        String type = definition.getElementType().getTypeName();
        requirePrefix(definition, List.of(Character.toUpperCase(type.charAt(0)) + type.substring(1) + "_"), v);
      }
    }
  }

  static void requirePrefix(BaseElement element, List<String> prefixes, Violations v) {
    String id = element.getId();
    if (id == null || prefixes.stream().noneMatch(id::startsWith)) {
      v.add(element, "the id must start with " + String.join(" or ", prefixes) + " (Camunda naming)");
    }
  }

  /** Rule 3: user tasks are Bulgarian, have a deployed Camunda Form and contract groups. */
  static void checkUserTasks(BpmnModelInstance model, Set<String> formIds, Violations v) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getName())) {
        v.add(task, "has no name (Tasklist shows the name)");
      } else if (!CYRILLIC.matcher(task.getName()).find()) {
        v.add(task, "the name must be Bulgarian (it contains no Cyrillic letter)");
      }
      checkForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
          task.getCamundaFormKey(), true, formIds, v);
      String groups = task.getCamundaCandidateGroups();
      if (isBlank(groups)) {
        v.add(task, "camunda:candidateGroups is not set");
      } else {
        checkGroups(task, "camunda:candidateGroups", groups, v);
      }
      checkTemporal(task, "camunda:dueDate", task.getCamundaDueDate(), Temporal.DATE, v);
      checkTemporal(task, "camunda:followUpDate", task.getCamundaFollowUpDate(), Temporal.DATE, v);
    }
  }

  /** Rule 4: a process Tasklist users may start has a start form and contract starter groups. */
  static void checkStartEvents(BpmnModelInstance model, Set<String> formIds, Violations v) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      String starters = process.getCamundaCandidateStarterGroups();
      boolean startableInTasklist = !isBlank(starters);
      if (startableInTasklist) {
        checkGroups(process, "camunda:candidateStarterGroups", starters, v);
      } else if (STARTED_FROM_TASKLIST.contains(process.getId())) {
        v.add(process, "CONTRACT.md says it is started from Tasklist, but camunda:candidateStarterGroups is not set");
      }
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        boolean none = start.getEventDefinitions().isEmpty();
        checkForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
            start.getCamundaFormKey(), none && startableInTasklist, formIds, v);
      }
    }
    // start events of (event) sub-processes: a form, if any, must still resolve
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (!(start.getParentElement() instanceof Process)
          && (start.getCamundaFormRef() != null || start.getCamundaFormKey() != null)) {
        checkForm(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
            start.getCamundaFormKey(), false, formIds, v);
      }
    }
  }

  static void checkForm(
      BaseElement element,
      String formRef,
      String binding,
      String formKey,
      boolean required,
      Set<String> formIds,
      Violations v) {
    if (formKey != null) {
      v.add(element, "uses camunda:formKey=\"" + formKey + "\"; use camunda:formRef with a Camunda Form in bpmn/forms");
    }
    if (hasExtension(element, CamundaFormData.class)) {
      v.add(element, "uses a generated camunda:formData form; use camunda:formRef with a Camunda Form in bpmn/forms");
    }
    if (formRef == null) {
      if (required) {
        v.add(element, (element instanceof StartEvent ? "the Tasklist start form" : "camunda:formRef")
            + " is not set (Tasklist would fall back to its generic variable form)");
      }
      return;
    }
    if (!"deployment".equals(binding)) {
      v.add(element, "camunda:formRefBinding must be \"deployment\", is " + quoted(binding));
    }
    if (formRef.contains("{")) {
      v.add(element, "camunda:formRef must name a form, not an expression: " + formRef);
    } else if (!formIds.contains(formRef)) {
      v.add(element, "camunda:formRef \"" + formRef + "\" names no form in bpmn/forms (form ids: "
          + new TreeSet<>(formIds) + ")");
    }
  }

  static void checkGroups(BaseElement element, String attribute, String groups, Violations v) {
    for (String group : groups.split(",")) {
      String id = group.trim();
      if (!CONTRACT_GROUPS.contains(id)) {
        v.add(element, attribute + " \"" + id + "\" is not a contract group "
            + new TreeSet<>(CONTRACT_GROUPS));
      }
    }
  }

  /** Rule 5: every implementation is a ${bean} delegate expression on a @Component of the right type. */
  static void checkImplementations(BpmnModelInstance model, Violations v) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkImplementation(task, "", task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType(), true, v, JavaDelegate.class, ActivityBehavior.class);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      checkImplementation(task, "", task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType(), true, v, JavaDelegate.class, ActivityBehavior.class);
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      boolean decision = task.getCamundaDecisionRef() != null;
      checkImplementation(task, "", task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType(), !decision, v, JavaDelegate.class, ActivityBehavior.class);
    }
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      ModelElementInstance event = definition.getParentElement();
      if (event instanceof IntermediateThrowEvent || event instanceof EndEvent) {
        checkImplementation((BaseElement) event, "message ", definition.getCamundaDelegateExpression(),
            definition.getCamundaClass(), definition.getCamundaExpression(), definition.getCamundaType(),
            false, v, JavaDelegate.class, ActivityBehavior.class);
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkImplementation(owner(listener), "task listener (" + listener.getCamundaEvent() + ") ",
          listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
          listener.getCamundaExpression(), null, listener.getCamundaScript() == null, v, TaskListener.class);
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      checkImplementation(owner(listener), "execution listener (" + listener.getCamundaEvent() + ") ",
          listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
          listener.getCamundaExpression(), null, listener.getCamundaScript() == null, v, ExecutionListener.class);
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (call.getCamundaVariableMappingClass() != null) {
        v.add(call, "uses camunda:variableMappingClass; use camunda:variableMappingDelegateExpression=\"${bean}\"");
      }
      if (call.getCamundaVariableMappingDelegateExpression() != null) {
        checkBean(call, "variable mapping ", call.getCamundaVariableMappingDelegateExpression(), v,
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

  static void checkBean(BaseElement element, String what, String delegateExpression, Violations v,
      Class<?>... acceptedTypes) {
    Matcher matcher = BEAN_EXPRESSION.matcher(delegateExpression.trim());
    if (!matcher.matches()) {
      v.add(element, what + "delegateExpression \"" + delegateExpression + "\" must be exactly ${beanName}");
      return;
    }
    String name = matcher.group(1);
    BeanDeclaration bean = Beans.INDEX.get(name);
    if (bean == null) {
      v.add(element, what + "delegateExpression " + delegateExpression
          + " names no @Component bean under " + BASE_PACKAGE);
      return;
    }
    if (!bean.componentClass()) {
      v.add(element, what + "bean \"" + name + "\" is declared by a @Bean method (" + bean.type()
          + "); delegates are @Component classes");
    }
    Class<?> type = bean.load();
    if (type != null && Arrays.stream(acceptedTypes).noneMatch(t -> t.isAssignableFrom(type))) {
      v.add(element, what + "bean \"" + name + "\" (" + type.getName() + ") does not implement "
          + Arrays.stream(acceptedTypes).map(Class::getSimpleName).collect(Collectors.joining(" or ")));
    }
  }

  /** Rule 5: no scripts, inline or otherwise. */
  static void checkNoScripts(BpmnModelInstance model, Violations v) {
    for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
      v.add(task, "is a script task (" + task.getScriptFormat()
          + "); put the logic in a @Component delegate behind a service task");
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      v.add(owner(script), "contains a camunda:script (" + script.getCamundaScriptFormat()
          + "); use a delegate or an expression");
    }
    for (FormalExpression expression : model.getModelElementsByType(FormalExpression.class)) {
      if (!isBlank(expression.getLanguage())) {
        v.add(owner(expression), "has a script expression in " + expression.getLanguage()
            + " (" + expression.getElementType().getTypeName() + "); use an EL expression");
      }
    }
  }

  /** Rule 6: decision references resolve to decisions in bpmn/dmn. */
  static void checkDecisionReferences(BpmnModelInstance model, Set<String> decisionIds, Violations v) {
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String ref = task.getCamundaDecisionRef();
      if (ref == null) {
        continue;
      }
      if (ref.contains("{")) {
        v.add(task, "camunda:decisionRef must name a decision, not an expression: " + ref);
      } else if (!decisionIds.contains(ref)) {
        v.add(task, "camunda:decisionRef \"" + ref + "\" names no decision in bpmn/dmn (decision ids: "
            + new TreeSet<>(decisionIds) + ")");
      }
    }
  }

  /** Rule 7: every async save point says how failed jobs are retried. */
  static void checkAsyncRetries(BpmnModelInstance model, Violations v) {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if ((node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter())
          && !hasExtension(node, CamundaFailedJobRetryTimeCycle.class)) {
        v.add(node, (node.isCamundaAsyncBefore() ? "is asyncBefore" : "is asyncAfter")
            + " but has no camunda:failedJobRetryTimeCycle");
      }
    }
    for (MultiInstanceLoopCharacteristics loop :
        model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
      if ((loop.isCamundaAsyncBefore() || loop.isCamundaAsyncAfter())
          && !hasExtension(loop, CamundaFailedJobRetryTimeCycle.class)) {
        v.add(owner(loop), "has an async multi-instance body but no camunda:failedJobRetryTimeCycle on it");
      }
    }
    for (CamundaFailedJobRetryTimeCycle cycle :
        model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
      String text = cycle.getTextContent() == null ? "" : cycle.getTextContent().trim();
      if (!RETRY_CYCLE.matcher(text).matches() && !text.startsWith("${")) {
        v.add(owner(cycle), "camunda:failedJobRetryTimeCycle \"" + text
            + "\" is not an ISO 8601 cycle such as R3/PT10M or a list such as PT5M,PT1H");
      }
    }
  }

  enum Temporal { DATE, DURATION, CYCLE }

  /** Rule 9: timers (and task due dates) use the programme clock via the dueDates bean, or a fixed ISO value. */
  static void checkTimers(BpmnModelInstance model, Violations v) {
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      BaseElement owner = owner(timer);
      if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
        v.add(owner, "has a timer without timeDate, timeDuration or timeCycle");
      }
      if (timer.getTimeDate() != null) {
        checkTemporal(owner, "timer timeDate", text(timer.getTimeDate()), Temporal.DATE, v);
      }
      if (timer.getTimeDuration() != null) {
        checkTemporal(owner, "timer timeDuration", text(timer.getTimeDuration()), Temporal.DURATION, v);
      }
      if (timer.getTimeCycle() != null) {
        checkTemporal(owner, "timer timeCycle", text(timer.getTimeCycle()), Temporal.CYCLE, v);
      }
    }
  }

  static void checkTemporal(BaseElement element, String what, String value, Temporal kind, Violations v) {
    if (value == null) {
      return;
    }
    String text = value.trim();
    if (text.isEmpty()) {
      v.add(element, what + " is empty");
      return;
    }
    if (text.contains("${") || text.contains("#{")) {
      Matcher matcher = DUE_DATES_EXPRESSION.matcher(text);
      if (!matcher.matches()) {
        v.add(element, what + " \"" + text + "\" does not use the programme clock: an expression must be ${dueDates.…(…)}");
        return;
      }
      BeanDeclaration dueDates = Beans.INDEX.get("dueDates");
      Class<?> type = dueDates == null ? null : dueDates.load();
      if (type == null) {
        v.add(element, what + " \"" + text + "\" refers to the bean dueDates, which does not exist");
      } else if (Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(matcher.group(1)))) {
        v.add(element, what + " \"" + text + "\": " + type.getSimpleName() + " has no method " + matcher.group(1));
      }
      return;
    }
    boolean valid =
        switch (kind) {
          case DATE -> isIsoDate(text);
          case DURATION -> DURATION.matcher(text).matches();
          case CYCLE -> isIsoCycle(text);
        };
    if (!valid) {
      v.add(element, what + " \"" + text + "\" is neither ${dueDates.…} nor a fixed ISO 8601 "
          + kind.name().toLowerCase());
    }
  }

  static boolean isIsoDate(String text) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
      try {
        format.parse(text);
        return true;
      } catch (DateTimeParseException notThisOne) {
        // try the next
      }
    }
    return false;
  }

  static boolean isIsoCycle(String text) {
    Matcher matcher = CYCLE.matcher(text);
    return matcher.matches()
        && DURATION.matcher(matcher.group("duration")).matches()
        && (matcher.group("start") == null || isIsoDate(matcher.group("start")))
        && (matcher.group("end") == null || isIsoDate(matcher.group("end")));
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
        v.add(call, "calls \"" + called + "\", which is no process in " + folder.getFileName() + "/ " + processes);
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
    for (ErrorEventDefinition definition : model.getModelElementsByType(ErrorEventDefinition.class)) {
      if (definition.getParentElement() instanceof EndEvent && definition.getError() == null) {
        v.add(owner(definition), "is an error end event without errorRef");
      }
    }
  }

  /** Rule 10: Cockpit renders the diagram only with complete diagram interchange. */
  static void checkDiagram(BpmnModelInstance model, Violations v) {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      v.add("has no BPMNDiagram (Cockpit and Tasklist cannot render it)");
      return;
    }
    Set<String> shapes = new LinkedHashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        shapes.add(shape.getBpmnElement().getId());
      }
    }
    Set<String> edges = new LinkedHashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        edges.add(edge.getBpmnElement().getId());
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        v.add(node, "has no BPMNShape in the diagram");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        v.add(flow, "has no BPMNEdge in the diagram");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // DMN
  // ---------------------------------------------------------------------------------------------

  /** Rule 6: every decision has a history time to live. */
  static List<String> dmnViolations(Path dmnFile) {
    List<String> violations = new ArrayList<>();
    String file = dmnFile.getFileName().toString();
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromFile(dmnFile.toFile());
    } catch (RuntimeException e) {
      violations.add(file + ": cannot be read as DMN (" + rootMessage(e) + ")");
      return violations;
    }
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    if (decisions.isEmpty()) {
      violations.add(file + ": contains no decision");
    }
    for (Decision decision : decisions) {
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(file + ": decision " + decision.getId()
            + ": camunda:historyTimeToLive is not set (the engine refuses the deployment)");
      }
    }
    return violations;
  }

  /** Decision id -> the files that declare it; unreadable files are left to {@link #dmnViolations}. */
  static Map<String, List<Path>> decisionIds(Path dmnDir) {
    Map<String, List<Path>> ids = new TreeMap<>();
    for (Path file : filesEndingWith(dmnDir, ".dmn", true)) {
      try {
        for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
          ids.computeIfAbsent(decision.getId(), id -> new ArrayList<>()).add(file);
        }
      } catch (RuntimeException unreadable) {
        // reported by dmnViolations for that file
      }
    }
    return ids;
  }

  static List<String> duplicateDecisionIds(Path dmnDir) {
    return duplicates(decisionIds(dmnDir), "decision");
  }

  // ---------------------------------------------------------------------------------------------
  // Camunda Forms
  // ---------------------------------------------------------------------------------------------

  /** Rule 8: a Camunda 7 form whose id is its file name and whose fields have Bulgarian labels. */
  static List<String> formViolations(Path formFile) {
    List<String> violations = new ArrayList<>();
    String file = formFile.getFileName().toString();
    String expectedId = file.substring(0, file.length() - ".form".length());
    JsonNode form;
    try {
      form = JSON.readTree(Files.readString(formFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      violations.add(file + ": is not valid JSON (" + rootMessage(e) + ")");
      return violations;
    }
    if (form == null || !form.isObject()) {
      violations.add(file + ": is not a JSON object");
      return violations;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      violations.add(file + ": has no \"id\" (camunda:formRef refers to it)");
    } else if (!id.equals(expectedId)) {
      violations.add(file + ": its id \"" + id + "\" must equal the file name \"" + expectedId + "\"");
    }
    JsonNode platform = form.get("executionPlatform");
    if (platform != null && !"Camunda Platform".equals(platform.asText())) {
      violations.add(file + ": executionPlatform is \"" + platform.asText()
          + "\"; the forms run in Camunda Platform 7's Tasklist");
    }
    if (!form.path("components").isArray()) {
      violations.add(file + ": has no \"components\" array");
      return violations;
    }
    checkComponents(file, form.get("components"), violations);
    return violations;
  }

  static void checkComponents(String file, JsonNode components, List<String> violations) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (component.hasNonNull("key") && !"expression".equals(type)) {
        String key = component.get("key").asText();
        for (String labelProperty : labelProperties(component)) {
          String label = component.path(labelProperty).asText("");
          String where = file + ": field \"" + key + "\" (" + type + ")";
          if (label.isBlank()) {
            violations.add(where + " has no " + labelProperty);
          } else if (!CYRILLIC.matcher(label).find()) {
            violations.add(where + ": " + labelProperty + " \"" + label
                + "\" is not Bulgarian (no Cyrillic letter)");
          }
        }
      }
      if (component.path("components").isArray()) {
        checkComponents(file, component.get("components"), violations);
      }
    }
  }

  /** A datetime field is labelled by dateLabel / timeLabel, every other field by label. */
  static List<String> labelProperties(JsonNode component) {
    if (!"datetime".equals(component.path("type").asText())) {
      return List.of("label");
    }
    return switch (component.path("subtype").asText("date")) {
      case "time" -> List.of("timeLabel");
      case "datetime" -> List.of("dateLabel", "timeLabel");
      default -> List.of("dateLabel");
    };
  }

  /** Form id -> the files that declare it. */
  static Map<String, List<Path>> formIds(Path formsDir) {
    Map<String, List<Path>> ids = new TreeMap<>();
    for (Path file : filesEndingWith(formsDir, ".form", true)) {
      try {
        String id = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("id").asText("");
        if (!id.isBlank()) {
          ids.computeIfAbsent(id, key -> new ArrayList<>()).add(file);
        }
      } catch (IOException | RuntimeException unreadable) {
        // reported by formViolations for that file
      }
    }
    return ids;
  }

  static List<String> duplicateFormIds(Path formsDir) {
    return duplicates(formIds(formsDir), "form");
  }

  // ---------------------------------------------------------------------------------------------
  // Spring beans, read from annotations without a context
  // ---------------------------------------------------------------------------------------------

  /** A bean of the application: a component class, or a @Bean method of one. */
  record BeanDeclaration(String name, String type, boolean componentClass) {
    Class<?> load() {
      try {
        return ClassUtils.forName(type, BpmnModelConventionsTest.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }
  }

  /** Bean name -> declaration, for the main code under {@link #BASE_PACKAGE}; scanned once. */
  static final class Beans {
    static final Map<String, BeanDeclaration> INDEX = scan();

    private static Map<String, BeanDeclaration> scan() {
      ClassPathScanningCandidateComponentProvider scanner =
          new ClassPathScanningCandidateComponentProvider(false);
      scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class)); // also @Service, @Configuration, ...
      SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
      Map<String, BeanDeclaration> index = new TreeMap<>();
      for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
        if (!(candidate instanceof AnnotatedBeanDefinition definition) || isTestClass(candidate)) {
          continue;
        }
        String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
        index.put(name, new BeanDeclaration(name, definition.getBeanClassName(), true));
        for (MethodMetadata method :
            definition.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
          Map<String, Object> attributes = method.getAnnotationAttributes(Bean.class.getName());
          String[] names = attributes == null ? null : (String[]) attributes.get("name");
          String beanName = names != null && names.length > 0 ? names[0] : method.getMethodName();
          index.putIfAbsent(beanName, new BeanDeclaration(beanName, method.getReturnTypeName(), false));
        }
      }
      return index;
    }

    /** Test classes are no delegates for models, except this test's own sample listener. */
    private static boolean isTestClass(BeanDefinition definition) {
      return definition instanceof AbstractBeanDefinition abstractDefinition
          && String.valueOf(abstractDefinition.getResourceDescription()).contains("test-classes")
          && !SampleTaskListener.class.getName().equals(definition.getBeanClassName());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** Collects "file: element: message" sentences. */
  static final class Violations {
    final String file;
    final List<String> list = new ArrayList<>();

    Violations(String file) {
      this.file = file;
    }

    void add(String message) {
      list.add(file + ": " + message);
    }

    void add(ModelElementInstance element, String message) {
      list.add(file + ": " + describe(element) + ": " + message);
    }
  }

  static String describe(ModelElementInstance element) {
    if (element == null) {
      return "(unknown element)";
    }
    String type = element.getElementType().getTypeName();
    String id = element.getAttributeValue("id");
    String name = element.getAttributeValue("name");
    return type + " " + (id == null ? "(no id)" : id) + (isBlank(name) ? "" : " \"" + name + "\"");
  }

  /** The nearest BPMN element that owns an extension, expression or event definition. */
  static BaseElement owner(ModelElementInstance element) {
    ModelElementInstance current = element.getParentElement();
    while (current != null && !(current instanceof BaseElement)) {
      current = current.getParentElement();
    }
    return (BaseElement) current;
  }

  static boolean hasExtension(BaseElement element, Class<? extends ModelElementInstance> type) {
    return element.getExtensionElements() != null
        && !element.getExtensionElements().getElementsQuery().filterByType(type).list().isEmpty();
  }

  /** Executable process ids of the *.bpmn files directly in a folder. */
  static Set<String> processIds(Path folder) {
    Set<String> ids = new TreeSet<>();
    for (Path file : filesEndingWith(folder, ".bpmn", false)) {
      try {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable)
            .forEach(process -> ids.add(process.getId()));
      } catch (RuntimeException unreadable) {
        // reported by violations() for that file
      }
    }
    return ids;
  }

  static List<Path> filesEndingWith(Path folder, String suffix, boolean recursive) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> duplicates(Map<String, List<Path>> ids, String kind) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(e -> kind + " id \"" + e.getKey() + "\" is declared by " + e.getValue().size()
            + " files: " + e.getValue().stream().map(p -> p.getFileName().toString()).toList())
        .toList();
  }

  static String text(ModelElementInstance element) {
    return element.getTextContent() == null ? "" : element.getTextContent();
  }

  static String ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList().toString();
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  static String quoted(String value) {
    return value == null ? "not set" : "\"" + value + "\"";
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  // ---------------------------------------------------------------------------------------------
  // The checks catch broken models: a valid sample, broken one rule at a time
  // ---------------------------------------------------------------------------------------------

  @Nested
  @DisplayName("the checks report a broken model")
  class ConventionsAreEnforced {

    static final String PROCESS_FILE = "sample-process.bpmn";

    @TempDir Path dir;
    Path forms;
    Path decisions;

    @BeforeEach
    void writeValidSample() throws IOException {
      forms = Files.createDirectories(dir.resolve("forms"));
      decisions = Files.createDirectories(dir.resolve("dmn"));
      Files.writeString(forms.resolve("sample-start.form"), form("sample-start"));
      Files.writeString(forms.resolve("sample-task.form"), form("sample-task"));
      Files.writeString(decisions.resolve("sample-decision.dmn"), SAMPLE_DMN);
    }

    List<String> violationsOf(String bpmn) throws IOException {
      Path file = dir.resolve(PROCESS_FILE);
      Files.writeString(file, bpmn);
      return violations(file, forms, decisions);
    }

    @Test
    @DisplayName("the valid sample itself has no violations (so every failure below is the broken rule)")
    void theValidSampleHasNoViolations() throws IOException {
      assertThat(violationsOf(sampleBpmn())).isEmpty();
      assertThat(formViolations(forms.resolve("sample-task.form"))).isEmpty();
      assertThat(dmnViolations(decisions.resolve("sample-decision.dmn"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bg.kazanlak.inclusion.BpmnModelConventionsTest#brokenModels")
    void aBrokenRuleIsReported(String rule, UnaryOperator<String> breakIt, String expected)
        throws IOException {
      List<String> violations = violationsOf(breakIt.apply(sampleBpmn()));
      assertThat(violations)
          .as("violations of a sample where: %s", rule)
          .anySatisfy(v -> assertThat(v).startsWith(PROCESS_FILE + ": ").contains(expected));
    }

    @Test
    @DisplayName("a copy of participant-onboarding.bpmn without historyTimeToLive is reported")
    void aCopyOfTheRealModelWithoutHistoryTimeToLiveIsReported() throws IOException {
      String real = Files.readString(MODELS.resolve("participant-onboarding.bpmn"));
      String broken = real.replaceAll("\\s+camunda:historyTimeToLive=\"[^\"]*\"", "");
      assertThat(broken).isNotEqualTo(real);
      Path copy = Files.writeString(dir.resolve("participant-onboarding.bpmn"), broken);
      assertThat(violations(copy, FORMS, DECISIONS))
          .anySatisfy(v -> assertThat(v)
              .startsWith("participant-onboarding.bpmn: process participant-onboarding")
              .contains("camunda:historyTimeToLive is not set"));
    }

    @Test
    @DisplayName("a copy of participant-onboarding.bpmn whose user tasks lose formRef is reported")
    void aCopyOfTheRealModelWithoutFormRefIsReported() throws IOException {
      String real = Files.readString(MODELS.resolve("participant-onboarding.bpmn"));
      String broken = real.replaceAll("\\s+camunda:formRef=\"[^\"]*\"", "");
      assertThat(broken).isNotEqualTo(real);
      Path copy = Files.writeString(dir.resolve("participant-onboarding.bpmn"), broken);
      assertThat(violations(copy, FORMS, DECISIONS))
          .anySatisfy(v -> assertThat(v).contains("userTask Task_").contains("camunda:formRef is not set"))
          .anySatisfy(v -> assertThat(v).contains("startEvent Event_").contains("start form is not set"));
    }

    @Test
    @DisplayName("a decision without historyTimeToLive is reported")
    void aDecisionWithoutHistoryTimeToLiveIsReported() throws IOException {
      Path file = decisions.resolve("sample-decision.dmn");
      Files.writeString(file, SAMPLE_DMN.replace(" camunda:historyTimeToLive=\"30\"", ""));
      assertThat(dmnViolations(file))
          .containsExactly("sample-decision.dmn: decision sample-decision: camunda:historyTimeToLive is not set"
              + " (the engine refuses the deployment)");
    }

    @Test
    @DisplayName("a form with an English, a missing and a Bulgarian label reports the first two")
    void formLabelsMustBeBulgarian() throws IOException {
      Path file = forms.resolve("sample-task.form");
      Files.writeString(file, form("sample-task")
          .replace("\"label\": \"Бележка\"", "\"label\": \"Note\"")
          .replace("\"dateLabel\": \"Дата\"", "\"dateLabel\": \"\""));
      assertThat(formViolations(file))
          .containsExactlyInAnyOrder(
              "sample-task.form: field \"note\" (textfield): label \"Note\" is not Bulgarian (no Cyrillic letter)",
              "sample-task.form: field \"day\" (datetime) has no dateLabel");
    }

    @Test
    @DisplayName("a form whose id differs from its file name, or without components, is reported")
    void formIdMustBeTheFileName() throws IOException {
      Path file = forms.resolve("sample-task.form");
      Files.writeString(file, "{\"id\": \"another-id\"}");
      assertThat(formViolations(file))
          .containsExactly(
              "sample-task.form: its id \"another-id\" must equal the file name \"sample-task\"",
              "sample-task.form: has no \"components\" array");
    }

    @Test
    @DisplayName("a form that is not JSON is reported")
    void formMustBeJson() throws IOException {
      Path file = forms.resolve("sample-task.form");
      Files.writeString(file, "{\"id\": \"sample-task\", ");
      assertThat(formViolations(file)).singleElement().asString().startsWith("sample-task.form: is not valid JSON");
    }

    @Test
    @DisplayName("two forms with the same id are reported")
    void duplicateFormIdsAreReported() throws IOException {
      Files.writeString(forms.resolve("copy-of-sample-task.form"), form("sample-task"));
      assertThat(duplicateFormIds(forms))
          .containsExactly("form id \"sample-task\" is declared by 2 files: [copy-of-sample-task.form, sample-task.form]");
    }

    @Test
    @DisplayName("an unexpected file under bpmn/ is reported")
    void anUnexpectedFileIsReported() throws IOException {
      Path file = Files.writeString(dir.resolve("notes.txt"), "x");
      assertThat(fileViolations(file)).singleElement().asString().startsWith("notes.txt: bpmn/ is auto-deployed");
    }
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        // 1 process
        broken("no historyTimeToLive", replace(" camunda:historyTimeToLive=\"30\"", ""),
            "process sample-process \"Примерен процес\": camunda:historyTimeToLive is not set"),
        broken("not executable", replace("isExecutable=\"true\"", "isExecutable=\"false\""),
            "isExecutable must be \"true\""),
        broken("not executable: no executable process", replace("isExecutable=\"true\"", "isExecutable=\"false\""),
            "must contain exactly one executable process, found 0"),
        broken("process id differs from the file name", replace("\"sample-process\"", "\"other-process\""),
            "the process id must equal the file name \"sample-process\""),
        // 2 ids
        broken("task id without Task_/Activity_", replace("Task_Save", "ServiceTask_1"),
            "serviceTask ServiceTask_1 \"Запис\": the id must start with Task_"),
        broken("event id without Event_", replace("Event_End", "EndEvent_1"),
            "endEvent EndEvent_1 \"Край\": the id must start with Event_"),
        broken("gateway id without Gateway_", replace("Gateway_Join", "ExclusiveGateway_1"),
            "exclusiveGateway ExclusiveGateway_1: the id must start with Gateway_"),
        broken("sequence flow id without Flow_", replace("Flow_ToEnd", "SequenceFlow_1"),
            "sequenceFlow SequenceFlow_1: the id must start with Flow_"),
        broken("message id without Message_", replace("Message_Sample", "Msg_Sample"),
            "message Msg_Sample \"sample-message\": the id must start with Message_"),
        broken("error id without Error_", replace("Error_Sample", "Err_Sample"),
            "error Err_Sample \"Пример\": the id must start with Error_"),
        broken("timer definition id of another type", replace("TimerEventDefinition_Overdue", "Timer_1"),
            "the id must start with TimerEventDefinition_"),
        // 3 user tasks
        broken("user task without formRef",
            replace(" camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"", ""),
            "userTask Task_Review \"Преглед\": camunda:formRef is not set"),
        broken("user task form binding latest",
            replace("camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"",
                "camunda:formRef=\"sample-task\" camunda:formRefBinding=\"latest\""),
            "userTask Task_Review \"Преглед\": camunda:formRefBinding must be \"deployment\", is \"latest\""),
        broken("user task form that does not exist", replace("camunda:formRef=\"sample-task\"", "camunda:formRef=\"missing-form\""),
            "camunda:formRef \"missing-form\" names no form in bpmn/forms"),
        broken("user task with formKey",
            replace("camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"",
                "camunda:formKey=\"embedded:app:forms/review.html\""),
            "uses camunda:formKey=\"embedded:app:forms/review.html\""),
        broken("user task with a generated form",
            replace("<camunda:taskListener", "<camunda:formData><camunda:formField id=\"note\" type=\"string\" /></camunda:formData>\n<camunda:taskListener"),
            "uses a generated camunda:formData form"),
        broken("user task with an English name", replace("name=\"Преглед\"", "name=\"Review\""),
            "userTask Task_Review \"Review\": the name must be Bulgarian"),
        broken("user task without a name", replace(" name=\"Преглед\"", ""),
            "userTask Task_Review: has no name"),
        broken("user task for a group outside the contract",
            replace("camunda:candidateGroups=\"social-workers\"", "camunda:candidateGroups=\"social-workers, everyone\""),
            "camunda:candidateGroups \"everyone\" is not a contract group"),
        broken("user task without candidate groups", replace(" camunda:candidateGroups=\"social-workers\"", ""),
            "userTask Task_Review \"Преглед\": camunda:candidateGroups is not set"),
        // 4 start form
        broken("Tasklist-startable process without a start form",
            replace(" camunda:formRef=\"sample-start\" camunda:formRefBinding=\"deployment\"", ""),
            "startEvent Event_Start \"Начало\": the Tasklist start form is not set"),
        broken("starter group outside the contract",
            replace("camunda:candidateStarterGroups=\"case-officers\"", "camunda:candidateStarterGroups=\"clerks\""),
            "process sample-process \"Примерен процес\": camunda:candidateStarterGroups \"clerks\" is not a contract group"),
        // 5 implementations
        broken("delegate bean that does not exist", replace("${" + JAVA_DELEGATE + "}", "${noSuchDelegate}"),
            "serviceTask Task_Save \"Запис\": delegateExpression ${noSuchDelegate} names no @Component bean"),
        broken("delegate expression that is not ${bean}",
            replace("${" + JAVA_DELEGATE + "}", "${" + JAVA_DELEGATE + ".execute(execution)}"),
            "must be exactly ${beanName}"),
        broken("camunda:class", replace("camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"", "camunda:class=\"bg.kazanlak.inclusion.Foo\""),
            "serviceTask Task_Save \"Запис\": uses camunda:class=\"bg.kazanlak.inclusion.Foo\""),
        broken("service task expression", replace("camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"", "camunda:expression=\"${1 + 1}\""),
            "uses camunda:expression=\"${1 + 1}\""),
        broken("service task without implementation", replace(" camunda:delegateExpression=\"${" + JAVA_DELEGATE + "}\"", ""),
            "serviceTask Task_Save \"Запис\": has no implementation"),
        broken("task listener bean that is no TaskListener", replace("${" + TASK_LISTENER + "}", "${" + JAVA_DELEGATE + "}"),
            "task listener (complete) bean \"" + JAVA_DELEGATE + "\""),
        broken("execution listener with camunda:class",
            replace("<camunda:failedJobRetryTimeCycle>", "<camunda:executionListener event=\"start\" class=\"bg.kazanlak.inclusion.Foo\" />\n<camunda:failedJobRetryTimeCycle>"),
            "serviceTask Task_Save \"Запис\": execution listener (start) uses camunda:class"),
        broken("execution listener with an inline script",
            replace("<camunda:failedJobRetryTimeCycle>", "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">println 'x'</camunda:script></camunda:executionListener>\n<camunda:failedJobRetryTimeCycle>"),
            "serviceTask Task_Save \"Запис\": contains a camunda:script (groovy)"),
        broken("script task", replace(BUSINESS_RULE_TASK, SCRIPT_TASK),
            "scriptTask Task_Decide \"Решение\": is a script task"),
        broken("script condition",
            replace("<bpmn:sequenceFlow id=\"Flow_Save\" sourceRef=\"Gateway_Join\" targetRef=\"Task_Save\" />",
                "<bpmn:sequenceFlow id=\"Flow_Save\" sourceRef=\"Gateway_Join\" targetRef=\"Task_Save\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true</bpmn:conditionExpression></bpmn:sequenceFlow>"),
            "sequenceFlow Flow_Save: has a script expression in groovy"),
        // 6 decisions
        broken("decision that does not exist", replace("camunda:decisionRef=\"sample-decision\"", "camunda:decisionRef=\"no-such-decision\""),
            "businessRuleTask Task_Decide \"Решение\": camunda:decisionRef \"no-such-decision\" names no decision in bpmn/dmn"),
        // 7 async
        broken("async without retry cycle", replace("<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>", ""),
            "serviceTask Task_Save \"Запис\": is asyncBefore but has no camunda:failedJobRetryTimeCycle"),
        broken("asyncAfter without retry cycle", replace("<bpmn:endEvent id=\"Event_End\" name=\"Край\">", "<bpmn:endEvent id=\"Event_End\" name=\"Край\" camunda:asyncAfter=\"true\">"),
            "endEvent Event_End \"Край\": is asyncAfter but has no camunda:failedJobRetryTimeCycle"),
        broken("malformed retry cycle", replace("R3/PT5M", "3 times"),
            "camunda:failedJobRetryTimeCycle \"3 times\" is not an ISO 8601 cycle"),
        // 9 timers
        broken("timer on another clock", replace(">${dueDates.workingDays(5)}</bpmn:timeDate>", ">${dateTime().plusDays(5).toDate()}</bpmn:timeDate>"),
            "boundaryEvent Event_Overdue: timer timeDate \"${dateTime().plusDays(5).toDate()}\" does not use the programme clock"),
        broken("timer on a dueDates method that does not exist", replace(">${dueDates.workingDays(5)}</bpmn:timeDate>", ">${dueDates.nextFortnight()}</bpmn:timeDate>"),
            "DueDates has no method nextFortnight"),
        broken("timer with a cron cycle",
            replace("<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${dueDates.workingDays(5)}</bpmn:timeDate>",
                "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">0 0 9 * * ?</bpmn:timeCycle>"),
            "timer timeCycle \"0 0 9 * * ?\" is neither ${dueDates.…} nor a fixed ISO 8601 cycle"),
        broken("timer with a malformed fixed date", replace(">${dueDates.workingDays(5)}</bpmn:timeDate>", ">30.06.2023</bpmn:timeDate>"),
            "timer timeDate \"30.06.2023\" is neither ${dueDates.…} nor a fixed ISO 8601 date"),
        broken("due date on another clock", replace("camunda:dueDate=\"${dueDates.workingDays(5)}\"", "camunda:dueDate=\"${now()}\""),
            "userTask Task_Review \"Преглед\": camunda:dueDate \"${now()}\" does not use the programme clock"),
        // 10 diagram
        broken("flow node without shape", removeRegex("<bpmndi:BPMNShape id=\"Task_Save_di\".*?</bpmndi:BPMNShape>"),
            "serviceTask Task_Save \"Запис\": has no BPMNShape in the diagram"),
        broken("sequence flow without edge", removeRegex("<bpmndi:BPMNEdge id=\"Flow_ToEnd_di\".*?</bpmndi:BPMNEdge>"),
            "sequenceFlow Flow_ToEnd: has no BPMNEdge in the diagram"),
        broken("no diagram at all", removeRegex("<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>"),
            "has no BPMNDiagram"),
        // errors and messages, call activities, parsing
        broken("error without code", replace(" errorCode=\"SAMPLE\"", ""), "error Error_Sample \"Пример\": has no errorCode"),
        broken("call of a process that is not in bpmn/",
            replace(BUSINESS_RULE_TASK, "<bpmn:callActivity id=\"Task_Decide\" name=\"Решение\" calledElement=\"no-such-process\"><bpmn:incoming>Flow_ToRule</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing></bpmn:callActivity>"),
            "callActivity Task_Decide \"Решение\": calls \"no-such-process\", which is no process"),
        broken("not BPMN at all", s -> "<definitions/>", "cannot be read as BPMN 2.0"));
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
    return SAMPLE_BPMN.replace("JAVA_DELEGATE", JAVA_DELEGATE).replace("TASK_LISTENER", TASK_LISTENER);
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
        <bpmn:process id="sample-process" name="Примерен процес" isExecutable="true" camunda:historyTimeToLive="30" camunda:candidateStarterGroups="case-officers">
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
          <bpmndi:BPMNPlane id="BPMNPlane_Sample" bpmnElement="sample-process">
            <bpmndi:BPMNShape id="Event_Start_di" bpmnElement="Event_Start">
              <dc:Bounds x="152" y="102" width="36" height="36" />
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
        """.formatted(id);
  }
}
