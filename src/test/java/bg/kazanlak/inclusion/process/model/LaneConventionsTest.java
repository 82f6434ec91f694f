package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;

import bg.kazanlak.inclusion.identity.Groups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The process model of docs/feature-shape.md: a manager reads who does what from the pool's lanes.
 * Each model is a collaboration with exactly one pool (participant named like the process, its
 * processRef the process) and one lane per group that works in it; a lane's name is a group's
 * Bulgarian name from {@link Groups}, its id starts with {@code Lane_}; every flow node (those of
 * sub-processes included) is in exactly one lane; a user task sits in the lane of one of its
 * candidate groups; pool and lanes are drawn.
 */
@DisplayName("Pool and lanes (bpmn/)")
class LaneConventionsTest {

  static final List<Check> CHECKS = List.of((model, file, forms, dmn, v) -> checkLanes(model, v));

  /** Group id -> Bulgarian name, as Admin shows it. */
  static final Map<String, String> GROUP_NAMES =
      Groups.ALL.stream()
          .collect(Collectors.toMap(Groups.GroupDefinition::id, Groups.GroupDefinition::name));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Pool and lanes: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
  }

  static void checkLanes(BpmnModelInstance model, Violations v) {
    Collection<Collaboration> collaborations = model.getModelElementsByType(Collaboration.class);
    Collection<Participant> participants = model.getModelElementsByType(Participant.class);
    if (collaborations.size() != 1 || participants.size() != 1) {
      v.add(
          "must be a collaboration with exactly one pool (participant), found "
              + collaborations.size()
              + " collaboration(s) and "
              + participants.size()
              + " participant(s)");
    }
    Set<String> drawn = new TreeSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
      }
    }
    for (Participant participant : participants) {
      Process process = participant.getProcess();
      if (process == null) {
        v.add(participant, "has no processRef");
      } else if (participant.getName() == null
          || !participant.getName().equals(process.getName())) {
        v.add(participant, "the pool must be named like the process " + quoted(process.getName()));
      }
      if (!drawn.contains(participant.getId())) {
        v.add(participant, "has no BPMNShape in the diagram");
      }
    }
    Collection<Lane> lanes = model.getModelElementsByType(Lane.class);
    if (lanes.isEmpty()) {
      v.add("has no lanes: one lane per group that works in the process");
    }
    Set<String> groupNames = new TreeSet<>(GROUP_NAMES.values());
    Map<String, List<Lane>> laneOf = new HashMap<>();
    Set<String> laneNames = new TreeSet<>();
    for (Lane lane : lanes) {
      requirePrefix(lane, v);
      if (!groupNames.contains(lane.getName())) {
        v.add(lane, "the lane's name must be a group's Bulgarian name " + groupNames);
      } else if (!laneNames.add(lane.getName())) {
        v.add(lane, "a second lane for the group " + quoted(lane.getName()));
      }
      if (!drawn.contains(lane.getId())) {
        v.add(lane, "has no BPMNShape in the diagram");
      }
      for (FlowNode node : lane.getFlowNodeRefs()) {
        laneOf.computeIfAbsent(node.getId(), id -> new ArrayList<>()).add(lane);
      }
    }
    if (lanes.isEmpty()) {
      return;
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      List<Lane> in = laneOf.getOrDefault(node.getId(), List.of());
      if (in.size() != 1) {
        v.add(
            node,
            "must be in exactly one lane, is in "
                + in.size()
                + " "
                + in.stream().map(Lane::getId).toList());
        continue;
      }
      if (node instanceof UserTask task && !isBlank(task.getCamundaCandidateGroups())) {
        List<String> names =
            Stream.of(task.getCamundaCandidateGroups().split(","))
                .map(String::trim)
                .map(id -> GROUP_NAMES.getOrDefault(id, id))
                .toList();
        if (!names.contains(in.get(0).getName())) {
          v.add(
              task,
              "is in the lane "
                  + quoted(in.get(0).getName())
                  + ", not in the lane of its candidate group "
                  + names);
        }
      }
    }
  }

  static void requirePrefix(Lane lane, Violations v) {
    if (lane.getId() == null || !lane.getId().startsWith("Lane_")) {
      v.add(lane, "the id must start with Lane_ (Camunda naming)");
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

  static Stream<Arguments> brokenModels() {
    return Stream.of(
        broken(
            "no pool",
            removeRegex("<bpmn:collaboration .*?</bpmn:collaboration>"),
            "must be a collaboration with exactly one pool (participant), found 0"),
        broken(
            "a pool named otherwise",
            replace("name=\"Примерен процес\" processRef", "name=\"Процес\" processRef"),
            "participant Participant_Sample \"Процес\": the pool must be named like the process"),
        broken("no lanes", removeRegex("<bpmn:laneSet .*?</bpmn:laneSet>"), "has no lanes"),
        broken(
            "a lane not named after a group",
            replace("name=\"Социални работници\"", "name=\"Екип\""),
            "lane Lane_SocialWorkers \"Екип\": the lane's name must be a group's Bulgarian name"),
        broken(
            "a lane id without Lane_",
            replace("Lane_SocialWorkers", "Swimlane_1"),
            "the id must start with Lane_"),
        broken(
            "a flow node in no lane",
            replace("<bpmn:flowNodeRef>Task_Save</bpmn:flowNodeRef>", ""),
            "serviceTask Task_Save \"Запис\": must be in exactly one lane, is in 0"),
        broken(
            "a user task in the lane of another group",
            replace(
                "camunda:candidateGroups=\"social-workers\"",
                "camunda:candidateGroups=\"finance\""),
            "userTask Task_Review \"Преглед\": is in the lane \"Социални работници\", not in the lane of its candidate group [Финанси]"),
        broken(
            "a lane that is not drawn",
            removeRegex("<bpmndi:BPMNShape id=\"Lane_SocialWorkers_di\".*?</bpmndi:BPMNShape>"),
            "lane Lane_SocialWorkers \"Социални работници\": has no BPMNShape in the diagram"));
  }
}
