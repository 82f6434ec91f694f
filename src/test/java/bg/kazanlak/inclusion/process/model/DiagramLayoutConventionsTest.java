package bg.kazanlak.inclusion.process.model;

import static bg.kazanlak.inclusion.process.model.Models.*;
import static bg.kazanlak.inclusion.process.model.SampleModel.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 10 of ARCHITECTURE.md's process conventions and the process model of docs/feature-shape.md:
 * Cockpit and Tasklist render a model only with complete diagram interchange, and a manager reads
 * it at a glance at Cockpit's fit-to-screen.
 *
 * <ul>
 *   <li>every flow node has a shape, every sequence flow an edge;
 *   <li><b>fit-to-screen</b>: each plane's extent (shapes, labels, waypoints) is at most {@value
 *       #MAX_WIDTH} x {@value #MAX_HEIGHT} px. Cockpit 7.24's diagram panel on a 1,400-px window is
 *       {@value #PANEL_WIDTH} x {@value #PANEL_HEIGHT} px (measured by {@code
 *       CockpitModelsBrowserIT}); fit-to-screen zooms to min(panel width / width, panel height /
 *       height), which must stay at least {@value #MIN_ZOOM} so that 12-px task names are still ~7
 *       px on screen. Long processes wrap into rows or draw a repeating part as a collapsed
 *       sub-process (its inside in a plane of its own, which Cockpit drills down into);
 *   <li>no two shapes overlap, except a boundary event on its host and what a sub-process contains;
 *   <li>named events, gateways and sequence flows have explicit label bounds; no label covers a
 *       shape (other than the sub-process it is in) or another label;
 *   <li>a task's name fits its box without a word broken in two, in at most as many lines as the
 *       box holds (bpmn-js: 12 px, 5-px padding; a Cyrillic letter counted as {@value
 *       #TASK_CHAR_WIDTH} px);
 *   <li>sequence flows are orthogonal and start and end at the borders of their source and target.
 * </ul>
 *
 * Pool and lanes: {@link LaneConventionsTest}.
 */
@DisplayName("Diagram and layout (bpmn/)")
class DiagramLayoutConventionsTest {

  static final List<Check> CHECKS =
      List.of(
          (model, file, forms, dmn, v) -> checkDiagram(model, v),
          (model, file, forms, dmn, v) -> checkLayout(model, v));

  @ParameterizedTest(name = "{0}")
  @MethodSource("bg.kazanlak.inclusion.process.model.Models#bpmnModels")
  @DisplayName("Diagram and layout: every model")
  void everyModelFollowsTheConventions(String relativePath) {
    Path file = MODELS.resolve(relativePath);
    assertNoViolations(file, violations(file, FORMS, DECISIONS, CHECKS));
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

  /**
   * Cockpit 7.24's diagram panel on a 1,400-px-wide window (1,400 x 1,000, side panel open), as
   * {@code CockpitModelsBrowserIT} measures it.
   */
  static final int PANEL_WIDTH = 1062;

  static final int PANEL_HEIGHT = 403;

  /** At fit-to-screen a 12-px task name must stay at least ~7 px high on screen. */
  static final double MIN_ZOOM = 0.6;

  static final int MAX_WIDTH = (int) (PANEL_WIDTH / MIN_ZOOM);
  static final int MAX_HEIGHT = (int) (PANEL_HEIGHT / MIN_ZOOM);

  /**
   * bpmn-js draws task names in 12 px Arial inside a 5-px padding; a Cyrillic letter is up to ~7
   * px.
   */
  static final double TASK_CHAR_WIDTH = 7.0;

  static final double TASK_LINE_HEIGHT = 14.4;
  static final int TASK_PADDING = 5;
  static final double TOLERANCE = 1.0;

  /**
   * The layout rules of the class comment, plane by plane (a collapsed sub-process has its own).
   */
  static void checkLayout(BpmnModelInstance model, Violations v) {
    for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
      BpmnPlane plane = diagram.getBpmnPlane();
      if (plane == null) {
        continue;
      }
      List<BpmnShape> shapes = new ArrayList<>();
      List<BpmnEdge> edges = new ArrayList<>();
      for (DiagramElement element : plane.getDiagramElements()) {
        if (element instanceof BpmnShape shape
            && shape.getBounds() != null
            && shape.getBpmnElement() != null) {
          shapes.add(shape);
        } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
          edges.add(edge);
        }
      }
      String where =
          plane.getBpmnElement() instanceof SubProcess sub ? " (plane of " + sub.getId() + ")" : "";
      checkExtents(shapes, edges, where, v);
      List<BpmnShape> nodes =
          shapes.stream().filter(s -> s.getBpmnElement() instanceof FlowNode).toList();
      checkOverlaps(nodes, v);
      checkLabels(nodes, shapes, edges, v);
      checkTaskNames(nodes, v);
      checkEdges(edges, nodes, v);
    }
  }

  static void checkExtents(
      List<BpmnShape> shapes, List<BpmnEdge> edges, String where, Violations v) {
    double left = Double.MAX_VALUE,
        top = Double.MAX_VALUE,
        right = -Double.MAX_VALUE,
        bottom = -Double.MAX_VALUE;
    List<Bounds> boxes = new ArrayList<>();
    for (BpmnShape shape : shapes) {
      boxes.add(shape.getBounds());
      if (label(shape) != null) {
        boxes.add(label(shape));
      }
    }
    for (BpmnEdge edge : edges) {
      if (label(edge) != null) {
        boxes.add(label(edge));
      }
      for (Waypoint point : edge.getWaypoints()) {
        left = Math.min(left, point.getX());
        right = Math.max(right, point.getX());
        top = Math.min(top, point.getY());
        bottom = Math.max(bottom, point.getY());
      }
    }
    for (Bounds box : boxes) {
      left = Math.min(left, box.getX());
      top = Math.min(top, box.getY());
      right = Math.max(right, box.getX() + box.getWidth());
      bottom = Math.max(bottom, box.getY() + box.getHeight());
    }
    if (boxes.isEmpty()) {
      return;
    }
    double width = right - left;
    double height = bottom - top;
    if (width > MAX_WIDTH || height > MAX_HEIGHT) {
      v.add(
          String.format(
              Locale.ROOT,
              "the diagram%s is %.0f px wide and %.0f px high; Cockpit's panel (%d x %d px on a 1,400-px screen)"
                  + " shows it at %.2f zoom, below %.1f: at most %d x %d px (wrap into rows, collapse a part)",
              where,
              width,
              height,
              PANEL_WIDTH,
              PANEL_HEIGHT,
              Math.min(PANEL_WIDTH / width, PANEL_HEIGHT / height),
              MIN_ZOOM,
              MAX_WIDTH,
              MAX_HEIGHT));
    }
  }

  /** No two shapes overlap, except a boundary event on its host and what a sub-process contains. */
  static void checkOverlaps(List<BpmnShape> nodes, Violations v) {
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        BaseElement a = nodes.get(i).getBpmnElement();
        BaseElement b = nodes.get(j).getBpmnElement();
        if (attached(a, b) || attached(b, a) || contains(a, b) || contains(b, a)) {
          continue;
        }
        if (meet(nodes.get(i).getBounds(), nodes.get(j).getBounds())) {
          List<String> ids = Stream.of(a.getId(), b.getId()).sorted().toList();
          v.add("shapes " + ids.get(0) + " and " + ids.get(1) + " overlap");
        }
      }
    }
  }

  /**
   * Named events, gateways and sequence flows have explicit label bounds (else bpmn-js guesses a
   * place, below the element, whatever is there); a label covers no shape but the sub-process it is
   * in, and no other label.
   */
  static void checkLabels(
      List<BpmnShape> nodes, List<BpmnShape> shapes, List<BpmnEdge> edges, Violations v) {
    Map<BaseElement, Bounds> labels = new LinkedHashMap<>();
    for (BpmnShape shape : shapes) {
      BaseElement element = shape.getBpmnElement();
      boolean external = element instanceof Event || element instanceof Gateway;
      if (external && !isBlank(element.getAttributeValue("name"))) {
        if (label(shape) == null) {
          v.add(
              element,
              "has a name but no label bounds (bpmn-js would put it wherever, over whatever is there)");
        } else {
          labels.put(element, label(shape));
        }
      }
    }
    for (BpmnEdge edge : edges) {
      BaseElement element = edge.getBpmnElement();
      if (!isBlank(element.getAttributeValue("name"))) {
        if (label(edge) == null) {
          v.add(
              element,
              "has a name but no label bounds (bpmn-js would put it wherever, over whatever is there)");
        } else {
          labels.put(element, label(edge));
        }
      }
    }
    List<BaseElement> labelled = new ArrayList<>(labels.keySet());
    for (int i = 0; i < labelled.size(); i++) {
      BaseElement element = labelled.get(i);
      Bounds label = labels.get(element);
      for (BpmnShape shape : nodes) {
        if (contains(shape.getBpmnElement(), element)) {
          continue;
        }
        if (meet(label, shape.getBounds())) {
          v.add(element, "its label covers " + shape.getBpmnElement().getId());
        }
      }
      for (int j = i + 1; j < labelled.size(); j++) {
        if (meet(label, labels.get(labelled.get(j)))) {
          List<String> ids = Stream.of(element.getId(), labelled.get(j).getId()).sorted().toList();
          v.add("labels of " + ids.get(0) + " and " + ids.get(1) + " overlap");
        }
      }
    }
  }

  /**
   * A task's name fits its box without a word broken in two (bpmn-js breaks a word too long for a
   * line).
   */
  static void checkTaskNames(List<BpmnShape> nodes, Violations v) {
    for (BpmnShape shape : nodes) {
      BaseElement element = shape.getBpmnElement();
      boolean expanded = element instanceof SubProcess && !Boolean.FALSE.equals(shape.isExpanded());
      String name = element.getAttributeValue("name");
      if (!(element instanceof Activity) || expanded || isBlank(name)) {
        continue;
      }
      double usable = shape.getBounds().getWidth() - 2 * TASK_PADDING;
      int lines = 0;
      String line = "";
      for (String word : name.trim().split("\\s+")) {
        if (word.length() * TASK_CHAR_WIDTH > usable) {
          v.add(
              element,
              "the word \""
                  + word
                  + "\" does not fit its box ("
                  + shape.getBounds().getWidth().intValue()
                  + " px wide) and is broken in two: widen the box (e.g. 130 x 80)");
        }
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && candidate.length() * TASK_CHAR_WIDTH > usable) {
          lines++;
          line = word;
        } else {
          line = candidate;
        }
      }
      lines++;
      if (lines * TASK_LINE_HEIGHT > shape.getBounds().getHeight() - 2 * TASK_PADDING) {
        v.add(
            element,
            "its name needs "
                + lines
                + " lines, more than its box ("
                + shape.getBounds().getHeight().intValue()
                + " px high) holds");
      }
    }
  }

  /** Edges are orthogonal and start and end at the borders of their source and target. */
  static void checkEdges(List<BpmnEdge> edges, List<BpmnShape> nodes, Violations v) {
    Map<String, Bounds> bounds = new HashMap<>();
    nodes.forEach(shape -> bounds.put(shape.getBpmnElement().getId(), shape.getBounds()));
    for (BpmnEdge edge : edges) {
      if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
        continue;
      }
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      if (points.size() < 2) {
        v.add(flow, "has fewer than two waypoints");
        continue;
      }
      for (int i = 1; i < points.size(); i++) {
        Waypoint a = points.get(i - 1);
        Waypoint b = points.get(i);
        if (Math.abs(a.getX() - b.getX()) > TOLERANCE
            && Math.abs(a.getY() - b.getY()) > TOLERANCE) {
          v.add(
              flow,
              String.format(
                  Locale.ROOT,
                  "the segment %.0f,%.0f -> %.0f,%.0f is neither horizontal nor vertical",
                  a.getX(),
                  a.getY(),
                  b.getX(),
                  b.getY()));
        }
      }
      Bounds source = bounds.get(flow.getSource().getId());
      Bounds target = bounds.get(flow.getTarget().getId());
      if (source != null && !onBorder(points.get(0), source)) {
        v.add(flow, "does not start at the border of " + flow.getSource().getId());
      }
      if (target != null && !onBorder(points.get(points.size() - 1), target)) {
        v.add(flow, "does not end at the border of " + flow.getTarget().getId());
      }
    }
  }

  static Bounds label(BpmnShape shape) {
    return shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
  }

  static Bounds label(BpmnEdge edge) {
    return edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds();
  }

  static boolean meet(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }

  static boolean onBorder(Waypoint p, Bounds b) {
    double left = b.getX();
    double right = b.getX() + b.getWidth();
    double top = b.getY();
    double bottom = b.getY() + b.getHeight();
    boolean within =
        p.getX() >= left - TOLERANCE
            && p.getX() <= right + TOLERANCE
            && p.getY() >= top - TOLERANCE
            && p.getY() <= bottom + TOLERANCE;
    boolean border =
        Math.abs(p.getX() - left) <= TOLERANCE
            || Math.abs(p.getX() - right) <= TOLERANCE
            || Math.abs(p.getY() - top) <= TOLERANCE
            || Math.abs(p.getY() - bottom) <= TOLERANCE;
    return within && border;
  }

  static boolean attached(BaseElement event, BaseElement host) {
    return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
  }

  /** Whether {@code inner} is (nested) inside the sub-process {@code outer}. */
  static boolean contains(BaseElement outer, BaseElement inner) {
    if (!(outer instanceof SubProcess)) {
      return false;
    }
    for (ModelElementInstance parent = inner.getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent == outer) {
        return true;
      }
    }
    return false;
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
            "flow node without shape",
            removeRegex("<bpmndi:BPMNShape id=\"Task_Save_di\".*?</bpmndi:BPMNShape>"),
            "serviceTask Task_Save \"Запис\": has no BPMNShape in the diagram"),
        broken(
            "sequence flow without edge",
            removeRegex("<bpmndi:BPMNEdge id=\"Flow_ToEnd_di\".*?</bpmndi:BPMNEdge>"),
            "sequenceFlow Flow_ToEnd: has no BPMNEdge in the diagram"),
        broken(
            "no diagram at all",
            removeRegex("<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>"),
            "has no BPMNDiagram"),
        // layout
        broken(
            "overlapping shapes",
            replace("<dc:Bounds x=\"500\" y=\"80\"", "<dc:Bounds x=\"300\" y=\"80\""),
            "shapes Task_Review and Task_Save overlap"),
        broken(
            "a label over a shape",
            replace(
                "<dc:Bounds x=\"150\" y=\"143\" width=\"40\"",
                "<dc:Bounds x=\"250\" y=\"100\" width=\"40\""),
            "startEvent Event_Start \"Начало\": its label covers Task_Review"),
        broken(
            "a label over a label",
            replace("<dc:Bounds x=\"825\" y=\"143\"", "<dc:Bounds x=\"160\" y=\"143\""),
            "labels of Event_End and Event_Start overlap"),
        broken(
            "a named event without label bounds",
            removeRegex(
                "(?<=<dc:Bounds x=\"822\" y=\"102\" width=\"36\" height=\"36\" />)\\s*<bpmndi:BPMNLabel>.*?</bpmndi:BPMNLabel>"),
            "endEvent Event_End \"Край\": has a name but no label bounds"),
        broken(
            "a task name with a word too long for its box",
            replace("name=\"Запис\"", "name=\"Осчетоводяванетоназаписа\""),
            "serviceTask Task_Save \"Осчетоводяванетоназаписа\": the word \"Осчетоводяванетоназаписа\" does not fit its box (100 px wide)"),
        broken(
            "a task name longer than its box",
            replace(
                "name=\"Запис\"",
                "name=\"а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ь ю я\""),
            "its name needs 5 lines"),
        broken(
            "a diagonal edge",
            replace("<di:waypoint x=\"822\" y=\"120\" />", "<di:waypoint x=\"822\" y=\"130\" />"),
            "sequenceFlow Flow_ToEnd: the segment 760,120 -> 822,130 is neither horizontal nor vertical"),
        broken(
            "an edge that starts inside its source",
            replace("<di:waypoint x=\"188\" y=\"120\" />", "<di:waypoint x=\"170\" y=\"120\" />"),
            "sequenceFlow Flow_ToTask: does not start at the border of Event_Start"),
        broken(
            "a diagram too wide for Cockpit's panel",
            replace("x=\"822\"", "x=\"2822\""),
            "the diagram is 2758 px wide and 200 px high"));
  }
}
