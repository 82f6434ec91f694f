package bg.kazanlak.inclusion.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.privacy.ModelVariableReferences.FormField;
import bg.kazanlak.inclusion.privacy.ModelVariableReferences.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every variable that a deployed form or process model uses is classified by its feature ({@link
 * PersonalDataVariables}), read from the files under {@code bpmn/}: a process, form field or
 * expression added later without a classification fails here, naming the file and the name.
 */
@SpringBootTest
@ActiveProfiles("test")
@DisplayName("Variable classification (bpmn/ against the PersonalDataVariables beans)")
class VariableClassificationTest {

  static final Path MODELS = Path.of("bpmn");

  @Autowired List<PersonalDataVariables> declarations;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;

  private ModelVariableReferences models;
  private Map<String, Map<String, VariableClass>> classes;

  @BeforeEach
  void read() throws Exception {
    assertThat(Files.isDirectory(MODELS))
        .as("bpmn/ under %s", Path.of("").toAbsolutePath())
        .isTrue();
    models = ModelVariableReferences.of(MODELS);
    classes = byProcess(declarations);
  }

  @Test
  @DisplayName("every name a form or model uses is classified for its process")
  void everyNameIsClassified() {
    assertThat(models.references).as("references found in bpmn/").hasSizeGreaterThan(50);
    assertThat(unclassified(models, classes, context::containsBean)).isEmpty();
  }

  @Test
  @DisplayName("every process in bpmn/ has a classification, and every classification a process")
  void everyProcessIsClassified() {
    assertThat(classes.keySet()).containsExactlyInAnyOrderElementsOf(models.processIds);
  }

  @Test
  @DisplayName("a name has one class in all processes (the history filter goes by name)")
  void aNameHasOneClass() {
    assertThat(conflicts(classes)).isEmpty();
  }

  @Test
  @DisplayName("special-category and health values are never shown as a read-only form field")
  void specialCategoryValuesAreNeverDisplayed() {
    List<String> shown = new ArrayList<>();
    for (FormField field : models.formFields) {
      boolean special =
          classes.values().stream()
              .anyMatch(c -> c.get(field.key()) == VariableClass.SPECIAL_CATEGORY_OR_HEALTH);
      if (special && field.displayOnly()) {
        shown.add(
            field.file()
                + ": "
                + field.key()
                + " is special-category/health data, shown"
                + " read-only (a display value)");
      }
    }
    assertThat(shown).isEmpty();
  }

  @Test
  @DisplayName("declared special-category decision inputs exist in bpmn/dmn")
  void declaredDecisionInputsExist() {
    List<String> missing = new ArrayList<>();
    declarations.forEach(
        d ->
            d.specialCategoryDecisionInputs()
                .forEach(
                    (key, clauses) -> {
                      Map<String, String> inputs = models.decisionInputs.get(key);
                      for (String clause : clauses) {
                        if (inputs == null || !inputs.containsKey(clause)) {
                          missing.add(
                              d.getClass().getSimpleName()
                                  + " declares input "
                                  + clause
                                  + " of decision "
                                  + key
                                  + ", which bpmn/dmn does not have");
                        }
                      }
                    }));
    assertThat(missing).isEmpty();
    assertThat(
            declarations.stream().flatMap(d -> d.specialCategoryDecisionInputs().keySet().stream()))
        .contains("participant-eligibility");
  }

  @Test
  @DisplayName("the engine's history handler drops every name not ordinary, and only those")
  void theEngineFiltersTheDeclaredNames() {
    var handler =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getHistoryEventHandler();
    assertThat(handler).isInstanceOf(PersonalDataHistoryFilter.class);
    PersonalDataHistoryFilter filter = (PersonalDataHistoryFilter) handler;
    classes.forEach(
        (process, names) ->
            names.forEach(
                (name, variableClass) ->
                    assertThat(filter.isPersonalData(variable(name)))
                        .as("%s in %s (%s) dropped from history", name, process, variableClass)
                        .isEqualTo(!variableClass.keptInHistory())));
    assertThat(filter.isPersonalData(variable("sickLeaveDays"))).isTrue();
    assertThat(filter.isPersonalData(variable("registrationNumber"))).isFalse();
  }

  // --- the checks themselves --------------------------------------------------------------------

  @Nested
  @DisplayName("the checks report")
  class Checks {

    private static final String SAMPLE_PROCESS =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
          <bpmn:process id="sample" isExecutable="true">
            <bpmn:startEvent id="Start" camunda:initiator="starter" camunda:formRef="sample-form"/>
            <bpmn:businessRuleTask id="Route" camunda:decisionRef="sample-route"
                camunda:resultVariable="route"/>
            <bpmn:userTask id="Review" camunda:dueDate="${dueDates.workingDays(days)}">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="level">FINANCE</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow" sourceRef="Review" targetRef="Start">
              <bpmn:conditionExpression>${approvalOutcome == 'APPROVE' &amp;&amp; !empty note}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
          </bpmn:process>
        </bpmn:definitions>
        """;
    private static final String SAMPLE_FORM =
        """
        {"id": "sample-form", "components": [
          {"type": "text", "text": "**Участник:** {{displayName}}"},
          {"type": "textfield", "key": "secretNote", "conditional": {"hide": "=not(shown)"}}]}
        """;
    private static final String SAMPLE_DECISION =
        """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d">
          <decision id="sample-route"><decisionTable id="t">
            <input id="Input_Over"><inputExpression><text>amount - threshold</text></inputExpression></input>
          </decisionTable></decision>
        </definitions>
        """;

    private List<String> problems(Map<String, VariableClass> sample) {
      ModelVariableReferences refs =
          new ModelVariableReferences()
              .read("bpmn/forms/sample-form.form", SAMPLE_FORM)
              .read("bpmn/sample.bpmn", SAMPLE_PROCESS)
              .read("bpmn/dmn/sample-route.dmn", SAMPLE_DECISION)
              .resolved();
      return unclassified(refs, Map.of("sample", sample), "dueDates"::equals);
    }

    @Test
    @DisplayName("each unclassified name with its file and place, and nothing that is classified")
    void unclassifiedNames() {
      List<String> problems = problems(Map.of("starter", VariableClass.ORDINARY));

      assertThat(problems)
          .anySatisfy(
              p ->
                  assertThat(p)
                      .startsWith("bpmn/sample.bpmn")
                      .contains("'approvalOutcome'")
                      .contains("sequenceFlow Flow")
                      .contains("'sample'"));
      assertThat(problems)
          .anySatisfy(p -> assertThat(p).startsWith("bpmn/sample.bpmn").contains("'note'"));
      assertThat(problems)
          .anySatisfy(
              p ->
                  assertThat(p)
                      .startsWith("bpmn/forms/sample-form.form")
                      .contains("'secretNote'")
                      .contains("field"));
      assertThat(problems)
          .anySatisfy(
              p ->
                  assertThat(p)
                      .startsWith("bpmn/forms/sample-form.form")
                      .contains("'displayName'"));
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("'shown'"));
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("'days'"));
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("'route'"));
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("'level'"));
      assertThat(problems)
          .anySatisfy(p -> assertThat(p).contains("'amount'").contains("decision sample-route"));
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("'threshold'"));
      // and nothing else: not classified names, beans, keywords, functions, properties, literals
      assertThat(problems)
          .extracting(p -> p.replaceFirst("^.*?variable '(\\w+)'.*$", "$1"))
          .containsExactlyInAnyOrder(
              "approvalOutcome",
              "note",
              "secretNote",
              "displayName",
              "shown",
              "days",
              "route",
              "level",
              "amount",
              "threshold");
    }

    @Test
    @DisplayName("nothing once every name is classified")
    void allClassified() {
      Map<String, VariableClass> all = new TreeMap<>();
      for (String name :
          List.of(
              "starter",
              "route",
              "days",
              "level",
              "approvalOutcome",
              "note",
              "displayName",
              "secretNote",
              "shown",
              "amount",
              "threshold")) {
        all.put(name, VariableClass.ORDINARY);
      }
      assertThat(problems(all)).isEmpty();
    }

    @Test
    @DisplayName("a name classified differently in two processes")
    void conflictingClasses() {
      assertThat(
              conflicts(
                  Map.of(
                      "a",
                          Map.of(
                              "displayName", VariableClass.PERSONAL, "id", VariableClass.ORDINARY),
                      "b",
                          Map.of(
                              "displayName",
                              VariableClass.ORDINARY,
                              "id",
                              VariableClass.ORDINARY))))
          .singleElement()
          .asString()
          .contains("displayName")
          .contains("PERSONAL")
          .contains("ORDINARY");
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  static Map<String, Map<String, VariableClass>> byProcess(List<PersonalDataVariables> beans) {
    Map<String, Map<String, VariableClass>> byProcess = new TreeMap<>();
    for (PersonalDataVariables bean : beans) {
      for (VariableClassification c : bean.classifications()) {
        byProcess.computeIfAbsent(c.processId(), p -> new TreeMap<>()).putAll(c.variables());
      }
    }
    return byProcess;
  }

  /** One line per unclassified use: file, process, name, where, and what to do. */
  static List<String> unclassified(
      ModelVariableReferences refs,
      Map<String, Map<String, VariableClass>> classes,
      Predicate<String> isBean) {
    Set<String> problems = new TreeSet<>();
    for (Reference ref : refs.references) {
      if (isBean.test(ref.name())) {
        continue;
      }
      boolean classified =
          ref.processId() == null
              ? classes.values().stream().anyMatch(c -> c.containsKey(ref.name()))
              : classes.getOrDefault(ref.processId(), Map.of()).containsKey(ref.name());
      if (!classified) {
        problems.add(
            "%s: variable '%s' (%s) is not classified for process '%s' — declare it"
                    .formatted(
                        ref.file(),
                        ref.name(),
                        ref.where(),
                        ref.processId() == null ? "(no process uses this form)" : ref.processId())
                + " in the feature's PersonalDataVariables bean (ordinary, personal or"
                + " special-category/health)");
      }
    }
    return List.copyOf(problems);
  }

  static List<String> conflicts(Map<String, Map<String, VariableClass>> classes) {
    Map<String, Map<VariableClass, Set<String>>> byName = new TreeMap<>();
    classes.forEach(
        (process, names) ->
            names.forEach(
                (name, variableClass) ->
                    byName
                        .computeIfAbsent(name, n -> new TreeMap<>())
                        .computeIfAbsent(variableClass, k -> new TreeSet<>())
                        .add(process)));
    List<String> conflicts = new ArrayList<>();
    byName.forEach(
        (name, byClass) -> {
          if (byClass.size() > 1) {
            conflicts.add(name + " is " + byClass);
          }
        });
    return conflicts;
  }

  private static HistoricVariableUpdateEventEntity variable(String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }
}
