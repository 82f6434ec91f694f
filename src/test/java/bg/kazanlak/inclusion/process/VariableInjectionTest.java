package bg.kazanlak.inclusion.process;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.EngineRest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data-driven over {@code bpmn/}: every user task and every start form of every process, reached
 * through the engine's REST door by a user in every group, refuses a completion that carries any
 * variable the process reads besides the form's own fields — and refuses it before anything
 * changes: the task is still open, the case's variables and the domain tables are as they were. A
 * process that a later issue adds is covered without new code.
 */
class VariableInjectionTest extends ApiTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)(?![\\w(])");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext beans;

  @TestFactory
  Stream<DynamicTest> everyUserTaskSetsOnlyItsFormsFields() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      Set<String> read = variablesRead(file, model);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        tests.add(
            DynamicTest.dynamicTest(
                process.getId() + " / " + task.getName(),
                () -> injectInto(process.getId(), task, read)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyStartFormSetsOnlyItsFields() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      Set<String> read = variablesRead(file, model);
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof Process)
          .filter(start -> start.getCamundaFormRef() != null)
          .forEach(
              start ->
                  tests.add(
                      DynamicTest.dynamicTest(
                          process.getId() + " / start form",
                          () ->
                              injectIntoStart(process.getId(), start.getCamundaFormRef(), read))));
    }
    return tests.stream();
  }

  private void injectInto(String processKey, UserTask element, Set<String> read)
      throws IOException {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    // the application puts a case at the task directly: the door's check comes before any rule
    ProcessInstance instance =
        runtime
            .createProcessInstanceById(definition.getId())
            .businessKey("INJECT-" + element.getId())
            .setVariables(placeholders(element))
            .startBeforeActivity(element.getId())
            .execute(true, true);
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(element.getId())
            .singleResult();
    assertThat(task).as("a task %s", element.getId()).isNotNull();
    DeployedForm form = form(element.getCamundaFormRef());
    Map<String, Object> before = runtime.getVariables(instance.getId());
    Map<String, Long> domain = domainRows();

    Map<String, Object> ownFields = new LinkedHashMap<>();
    form.readOnlyFields().forEach(field -> ownFields.put(field, before.get(field)));
    int call = 0;
    for (String name : read) {
      if (form.fields().contains(name)) {
        continue;
      }
      Map<String, Object> submitted = new LinkedHashMap<>(ownFields);
      submitted.put(name, "injected");
      // Tasklist submits the form, other clients complete: both doors, in turn
      String door = call++ % 2 == 0 ? "/complete" : "/submit-form";
      ResponseEntity<JsonNode> answer =
          engineRest()
              .call(
                  "t-all",
                  HttpMethod.POST,
                  "/engine-rest/task/" + task.getId() + door,
                  EngineRest.body("variables", submitted));
      assertThat(answer.getStatusCode().value()).as("%s with %s", door, name).isEqualTo(400);
      assertThat(answer.getBody().path("message").asText()).contains(name);
    }
    for (String readOnly : form.readOnlyFields()) {
      Map<String, Object> changed = new LinkedHashMap<>(ownFields);
      changed.put(readOnly, "changed");
      ResponseEntity<JsonNode> answer =
          engineRest()
              .call(
                  "t-all",
                  HttpMethod.POST,
                  "/engine-rest/task/" + task.getId() + "/submit-form",
                  EngineRest.body("variables", changed));
      assertThat(answer.getStatusCode().value())
          .as("read-only %s changed", readOnly)
          .isEqualTo(400);
    }

    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtime.getVariables(instance.getId())).isEqualTo(before);
    assertThat(domainRows()).isEqualTo(domain);
    runtime.deleteProcessInstance(instance.getId(), "test", true, true);
  }

  private void injectIntoStart(String processKey, String formRef, Set<String> read)
      throws IOException {
    DeployedForm form = form(formRef);
    long instances = runtime.createProcessInstanceQuery().count();
    Map<String, Long> domain = domainRows();
    for (String name : read) {
      if (form.fields().contains(name)) {
        continue;
      }
      ResponseEntity<JsonNode> answer =
          engineRest()
              .call(
                  "t-all",
                  HttpMethod.POST,
                  "/engine-rest/process-definition/key/" + processKey + "/submit-form",
                  EngineRest.body("variables", Map.of(name, "injected")));
      assertThat(answer.getStatusCode().value()).as("start with %s", name).isEqualTo(400);
      assertThat(answer.getBody().path("message").asText()).contains(name);
    }
    ResponseEntity<JsonNode> withKey =
        engineRest()
            .call(
                "t-all",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/" + processKey + "/start",
                JSON.createObjectNode().put("businessKey", "CHOSEN-BY-USER"));
    assertThat(withKey.getStatusCode().value()).isEqualTo(400);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(domainRows()).isEqualTo(domain);
  }

  /** Values for what the task's own attributes need to be created (due date, assignee). */
  private Map<String, Object> placeholders(UserTask task) {
    Map<String, Object> values = new HashMap<>();
    String today = LocalDate.of(2022, 6, 6).toString();
    List<String> attributes =
        new ArrayList<>(
            Arrays.asList(
                task.getCamundaDueDate(),
                task.getCamundaAssignee(),
                task.getCamundaFollowUpDate(),
                task.getCamundaCandidateUsers()));
    // a timer on the task's border is scheduled when the task is reached: it needs its dates too
    task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo() == task)
        .flatMap(boundary -> boundary.getEventDefinitions().stream())
        .filter(TimerEventDefinition.class::isInstance)
        .map(TimerEventDefinition.class::cast)
        .forEach(
            timer -> {
              for (var expression :
                  Arrays.asList(
                      timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())) {
                if (expression != null) {
                  attributes.add(expression.getTextContent());
                }
              }
            });
    for (String attribute : attributes) {
      for (String name : identifiers(attribute)) {
        values.put(
            name,
            name.toLowerCase().contains("due")
                    || name.toLowerCase().contains("date")
                    || name.toLowerCase().contains("day")
                ? today
                : "t-nobody");
      }
    }
    return values;
  }

  /** Every variable name the process reads or its forms offer. */
  private Set<String> variablesRead(Path file, BpmnModelInstance model) throws IOException {
    Set<String> names = new TreeSet<>();
    names.addAll(identifiers(Files.readString(file)));
    for (String attribute : List.of("camunda:resultVariable", "camunda:initiator")) {
      Matcher matcher =
          Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(Files.readString(file));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      names.addAll(form(task.getCamundaFormRef()).fields());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        names.addAll(form(start.getCamundaFormRef()).fields());
      }
    }
    return names;
  }

  private Set<String> identifiers(String text) {
    Set<String> names = new TreeSet<>();
    if (text == null) {
      return names;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(expression.group(1));
      while (identifier.find()) {
        String name = identifier.group(1);
        // keywords, and what the engine itself provides to expressions
        if (!Set.of(
                    "true",
                    "false",
                    "null",
                    "empty",
                    "not",
                    "and",
                    "or",
                    "eq",
                    "ne",
                    "execution",
                    "task",
                    "variableScope",
                    "authenticatedUserId")
                .contains(name)
            && !beans.containsBean(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static DeployedForm form(String formRef) throws IOException {
    if (formRef == null) {
      return DeployedForm.NONE;
    }
    try (Stream<Path> files = Files.walk(MODELS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode json = JSON.readTree(file.toFile());
        if (formRef.equals(json.path("id").asText())) {
          return DeployedForm.parse(json);
        }
      }
    }
    throw new IllegalStateException("No form " + formRef);
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  /** Row counts of every domain table (everything but the engine's ACT_ tables). */
  private Map<String, Long> domainRows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table :
        jdbc.sql(
                "select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_name not like 'ACT\\_%' escape '\\' "
                    + "order by table_name")
            .query(String.class)
            .list()) {
      rows.put(
          table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
    }
    return rows;
  }
}
