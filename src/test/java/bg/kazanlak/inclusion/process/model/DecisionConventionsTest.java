package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 6 of ARCHITECTURE.md's process conventions: decisions in bpmn/dmn have a history time to
 * live and unique ids, and business rule tasks refer to one of them.
 */
@DisplayName("Decisions (bpmn/dmn)")
class DecisionConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) ->
              checkDecisionReferences(model, decisionIds(dmn).keySet(), v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Decisions: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#decisionFiles")
  @DisplayName("every decision")
  void everyDecisionFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, dmnViolations(file));
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

  /** Rule 6: decision references resolve to decisions in bpmn/dmn. */
  static void checkDecisionReferences(
      BpmnModelInstance model, Set<String> decisionIds, Violations v) {
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String ref = task.getCamundaDecisionRef();
      if (ref == null) {
        continue;
      }
      if (ref.contains("{")) {
        v.add(task, "camunda:decisionRef must name a decision, not an expression: " + ref);
      } else if (!decisionIds.contains(ref)) {
        v.add(
            task,
            "camunda:decisionRef \""
                + ref
                + "\" names no decision in bpmn/dmn (decision ids: "
                + new TreeSet<>(decisionIds)
                + ")");
      }
    }
  }

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
        violations.add(
            file
                + ": decision "
                + decision.getId()
                + ": camunda:historyTimeToLive is not set (the engine refuses the deployment)");
      }
    }
    return violations;
  }

  /**
   * Decision id -> the files that declare it; unreadable files are left to {@link #dmnViolations}.
   */
  static Map<String, List<Path>> decisionIds(Path dmnDir) {
    Map<String, List<Path>> ids = new TreeMap<>();
    for (Path file : filesEndingWith(dmnDir, ".dmn", true)) {
      try {
        for (Decision decision :
            Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
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
    @DisplayName("a decision without historyTimeToLive is reported")
    void aDecisionWithoutHistoryTimeToLiveIsReported() throws IOException {
      Path file = sample.decisions.resolve("sample-decision.dmn");
      Files.writeString(file, SAMPLE_DMN.replace(" camunda:historyTimeToLive=\"30\"", ""));
      assertThat(dmnViolations(file))
          .containsExactly(
              "sample-decision.dmn: decision sample-decision: camunda:historyTimeToLive is not set"
                  + " (the engine refuses the deployment)");
    }
  }

  /** Rule, how to break the valid sample, a fragment the violation must contain. */
  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "decision that does not exist",
            replace(
                "camunda:decisionRef=\"sample-decision\"",
                "camunda:decisionRef=\"no-such-decision\""),
            "businessRuleTask Task_Decide \"Решение\": camunda:decisionRef \"no-such-decision\" names no decision in bpmn/dmn"));
  }
}
