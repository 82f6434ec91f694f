package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules 3 and 4 of ARCHITECTURE.md's process conventions: user tasks are Bulgarian, open a deployed
 * Camunda Form and are offered to contract groups; a process Tasklist users may start has a start
 * form and contract starter groups. (Their due dates: {@link TimerConventionsTest}; their lanes:
 * {@link LaneConventionsTest}.)
 */
@DisplayName("User tasks and start forms (bpmn/)")
class UserTaskConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) -> checkUserTasks(model, formIds(forms).keySet(), v),
          (model, file, forms, dmn, v) -> checkStartEvents(model, formIds(forms).keySet(), v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("User tasks and start forms: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  /** Rule 3: user tasks are Bulgarian, have a deployed Camunda Form and contract groups. */
  static void checkUserTasks(BpmnModelInstance model, Set<String> formIds, Violations v) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getName())) {
        v.add(task, "has no name (Tasklist shows the name)");
      } else if (!CYRILLIC.matcher(task.getName()).find()) {
        v.add(task, "the name must be Bulgarian (it contains no Cyrillic letter)");
      }
      checkForm(
          task,
          task.getCamundaFormRef(),
          task.getCamundaFormRefBinding(),
          task.getCamundaFormKey(),
          true,
          formIds,
          v);
      String groups = task.getCamundaCandidateGroups();
      if (isBlank(groups)) {
        v.add(task, "camunda:candidateGroups is not set");
      } else {
        checkGroups(task, "camunda:candidateGroups", groups, v);
      }
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
        v.add(
            process,
            "CONTRACT.md says it is started from Tasklist, but camunda:candidateStarterGroups is not set");
      }
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        boolean none = start.getEventDefinitions().isEmpty();
        checkForm(
            start,
            start.getCamundaFormRef(),
            start.getCamundaFormRefBinding(),
            start.getCamundaFormKey(),
            none && startableInTasklist,
            formIds,
            v);
      }
    }
    // start events of (event) sub-processes: a form, if any, must still resolve
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (!(start.getParentElement() instanceof Process)
          && (start.getCamundaFormRef() != null || start.getCamundaFormKey() != null)) {
        checkForm(
            start,
            start.getCamundaFormRef(),
            start.getCamundaFormRefBinding(),
            start.getCamundaFormKey(),
            false,
            formIds,
            v);
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
      v.add(
          element,
          "uses camunda:formKey=\""
              + formKey
              + "\"; use camunda:formRef with a Camunda Form in bpmn/forms");
    }
    if (hasExtension(element, CamundaFormData.class)) {
      v.add(
          element,
          "uses a generated camunda:formData form; use camunda:formRef with a Camunda Form in bpmn/forms");
    }
    if (formRef == null) {
      if (required) {
        v.add(
            element,
            (element instanceof StartEvent ? "the Tasklist start form" : "camunda:formRef")
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
      v.add(
          element,
          "camunda:formRef \""
              + formRef
              + "\" names no form in bpmn/forms (form ids: "
              + new TreeSet<>(formIds)
              + ")");
    }
  }

  static void checkGroups(BaseElement element, String attribute, String groups, Violations v) {
    for (String group : groups.split(",")) {
      String id = group.trim();
      if (!CONTRACT_GROUPS.contains(id)) {
        v.add(
            element,
            attribute
                + " \""
                + id
                + "\" is not a contract group "
                + new TreeSet<>(CONTRACT_GROUPS));
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
    @DisplayName("a copy of participant-onboarding.bpmn whose user tasks lose formRef is reported")
    void aCopyOfTheRealModelWithoutFormRefIsReported() throws IOException {
      String real = Files.readString(MODELS.resolve("participant-onboarding.bpmn"));
      String broken = real.replaceAll("\\s+camunda:formRef=\"[^\"]*\"", "");
      assertThat(broken).isNotEqualTo(real);
      Path copy = Files.writeString(dir.resolve("participant-onboarding.bpmn"), broken);
      assertThat(violations(copy, FORMS, DECISIONS, CHECKS))
          .anySatisfy(
              v -> assertThat(v).contains("userTask Task_").contains("camunda:formRef is not set"))
          .anySatisfy(
              v -> assertThat(v).contains("startEvent Event_").contains("start form is not set"));
    }
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "user task without formRef",
            replace(" camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"", ""),
            "userTask Task_Review \"Преглед\": camunda:formRef is not set"),
        broken(
            "user task form binding latest",
            replace(
                "camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"",
                "camunda:formRef=\"sample-task\" camunda:formRefBinding=\"latest\""),
            "userTask Task_Review \"Преглед\": camunda:formRefBinding must be \"deployment\", is \"latest\""),
        broken(
            "user task form that does not exist",
            replace("camunda:formRef=\"sample-task\"", "camunda:formRef=\"missing-form\""),
            "camunda:formRef \"missing-form\" names no form in bpmn/forms"),
        broken(
            "user task with formKey",
            replace(
                "camunda:formRef=\"sample-task\" camunda:formRefBinding=\"deployment\"",
                "camunda:formKey=\"embedded:app:forms/review.html\""),
            "uses camunda:formKey=\"embedded:app:forms/review.html\""),
        broken(
            "user task with a generated form",
            replace(
                "<camunda:taskListener",
                "<camunda:formData><camunda:formField id=\"note\" type=\"string\" /></camunda:formData>\n<camunda:taskListener"),
            "uses a generated camunda:formData form"),
        broken(
            "user task with an English name",
            replace("name=\"Преглед\"", "name=\"Review\""),
            "userTask Task_Review \"Review\": the name must be Bulgarian"),
        broken(
            "user task without a name",
            replace(" name=\"Преглед\"", ""),
            "userTask Task_Review: has no name"),
        broken(
            "user task for a group outside the contract",
            replace(
                "camunda:candidateGroups=\"social-workers\"",
                "camunda:candidateGroups=\"social-workers, everyone\""),
            "camunda:candidateGroups \"everyone\" is not a contract group"),
        broken(
            "user task without candidate groups",
            replace(" camunda:candidateGroups=\"social-workers\"", ""),
            "userTask Task_Review \"Преглед\": camunda:candidateGroups is not set"),
        broken(
            "Tasklist-startable process without a start form",
            replace(" camunda:formRef=\"sample-start\" camunda:formRefBinding=\"deployment\"", ""),
            "startEvent Event_Start \"Начало\": the Tasklist start form is not set"),
        broken(
            "starter group outside the contract",
            replace(
                "camunda:candidateStarterGroups=\"case-officers\"",
                "camunda:candidateStarterGroups=\"clerks\""),
            "process sample-process \"Примерен процес\": camunda:candidateStarterGroups \"clerks\" is not a contract group"));
  }
}
