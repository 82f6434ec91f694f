#!/usr/bin/env python3
"""Lays out a bpmn/*.bpmn model from a grid: one pool, one lane per group, shapes in cells.

Usage (from the project directory):

    python3 tools/bpmn-layout/layout.py                 # every model in specs.py
    python3 tools/bpmn-layout/layout.py employment      # one model
    python3 tools/bpmn-layout/layout.py --check         # only report overlaps and extents

What it changes in a model, and nothing else:
  * adds (or replaces) a <bpmn:collaboration> with one participant (named like the process,
    processRef to it) before the process, and a <bpmn:laneSet> (one lane per group, named with the
    group's Bulgarian name from Groups.java) as the first child after the process documentation;
  * replaces the whole <bpmndi:BPMNDiagram> with one computed from the grid in specs.py.
Process ids, element ids, camunda:* attributes, expressions: the text of every flow element is
kept byte for byte (the script edits the file as text around them).

A sub-process listed under "collapsed" in its model's spec is drawn as a task-sized box
(isExpanded="false") and its inside in a BPMNDiagram of its own, whose plane refers to the
sub-process: bpmn-js (and so Cockpit and Tasklist) shows a drill-down into it.

The grid (see specs.py): every flow node is placed in a cell (lane, row, column); column widths
are the widest shape of the column plus a gap, row heights are given per lane. Sub-processes span
cells; boundary events sit on their host's border. Sequence flows are routed orthogonally by a
named route ("h", "v", "hv", "vh", "hvh", "vhv") or given explicit inner points. External labels
(events, gateways, named flows) get explicit bounds, estimated from the text as bpmn-js wraps it
(11 px Arial, 90 px wide); the same overlap rules as DiagramLayoutConventionsTest are checked
here, so a layout can be iterated on without Maven.
"""
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import specs  # noqa: E402

NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "camunda": "http://camunda.org/schema/1.0/bpmn"}
B = "{%s}" % NS["bpmn"]

TASK = (130, 80)  # wide enough for the longest Bulgarian word of a task name at 12 px
EVENT = (36, 36)
GATEWAY = (50, 50)
COLUMN_GAP = 40
POOL_HEADER = 30
LANE_HEADER = 30
ORIGIN = (120, 60)
CONTENT_INSET = 30  # from the lane header to the first column
LABEL_WIDTH = 90
LABEL_LINE = 14
CHAR = 6.2  # average width of a Cyrillic letter at 11 px Arial, a little generous

EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}
GATEWAYS = {"exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}


def groups():
    """Group id -> Bulgarian name, read from Groups.java so the lanes follow it."""
    source = open(os.path.join(ROOT, "src/main/java/bg/kazanlak/inclusion/identity/Groups.java"),
                  encoding="utf-8").read()
    constants = dict(re.findall(r'static final String (\w+) = "([^"]+)";', source))
    # the administrators' group is Camunda's own constant, and no lane is drawn for it
    return {constants[c]: name for c, name in re.findall(r'new GroupDefinition\((\w+), "([^"]+)"\)', source)
            if c in constants}


def camel(text):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", text) if p)


def wrap(text, width, char):
    """Greedy word wrap, as bpmn-js's Text does it (words are never broken here)."""
    lines, line = [], ""
    for word in text.split():
        candidate = (line + " " + word).strip()
        if line and len(candidate) * char > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def label_size(text):
    lines = wrap(text, LABEL_WIDTH, CHAR)
    width = min(LABEL_WIDTH, max(len(l) for l in lines) * CHAR)
    return math.ceil(width), len(lines) * LABEL_LINE


class Model:
    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding="utf-8").read()
        root = ET.fromstring(self.text.encode("utf-8"))
        self.process = root.find("bpmn:process", NS)
        self.nodes = {}    # id -> (type, name, parent id or None)
        self.flows = {}    # id -> (source, target, name)
        self.attached = {}
        self.flow_parent = {}
        self._walk(self.process, None)
        self.all_nodes = self.nodes

    def within(self, node, container):
        parent = self.all_nodes[node][2]
        while parent:
            if parent == container:
                return True
            parent = self.all_nodes[parent][2]
        return False

    def view(self, plane, collapsed):
        """The part of the model drawn in one plane: the process (plane None) without the inside of
        collapsed sub-processes, or the inside of one collapsed sub-process."""
        part = Model.__new__(Model)
        part.path, part.text, part.process = self.path, self.text, self.process

        def shown(node):
            if plane is None:
                return not any(self.within(node, c) for c in collapsed)
            return self.within(node, plane) and not any(
                self.within(node, c) for c in collapsed if c != plane and self.within(c, plane))
        part.nodes = {n: v for n, v in self.nodes.items() if shown(n)}
        part.flows = {f: v for f, v in self.flows.items() if v[0] in part.nodes}
        part.attached = {e: h for e, h in self.attached.items() if e in part.nodes}
        part.flow_parent = self.flow_parent
        part.all_nodes = self.nodes
        return part

    def _walk(self, element, parent):
        for child in element:
            tag = child.tag.replace(B, "")
            cid = child.get("id")
            if tag == "sequenceFlow":
                self.flows[cid] = (child.get("sourceRef"), child.get("targetRef"), child.get("name") or "")
                self.flow_parent[cid] = parent
            elif tag in EVENTS or tag in GATEWAYS or tag.endswith("Task") or tag in ("task", "subProcess", "callActivity"):
                self.nodes[cid] = (tag, child.get("name") or "", parent)
                if tag == "boundaryEvent":
                    self.attached[cid] = child.get("attachedToRef")
                if tag == "subProcess":
                    self._walk(child, cid)


class Layout:
    def __init__(self, name, spec, model, group_names):
        self.name, self.spec, self.model, self.group_names = name, spec, model, group_names
        self.bounds = {}   # element id -> [x, y, w, h]
        self.labels = {}   # element id -> [x, y, w, h]
        self.edges = {}    # flow id -> [(x, y), ...]
        self.lanes = []    # (lane id, group, [x, y, w, h])
        self.lane_of = {}

    def size(self, node):
        tag = self.model.nodes[node][0]
        if node in self.spec.get("sizes", {}):
            return self.spec["sizes"][node]
        if tag in EVENTS:
            return EVENT
        if tag in GATEWAYS:
            return GATEWAY
        if tag == "subProcess" and node in self.spec.get("collapsed", {}):
            return tuple(self.spec.get("task", TASK))
        return tuple(self.spec.get("task", TASK))

    def run(self):
        spec, model = self.spec, self.model
        place = spec["place"]
        missing = [n for n in model.nodes if n not in place and n not in model.attached]
        if missing:
            raise SystemExit(f"{self.name}: no cell for {missing}")
        columns = 1 + max(p[2] if len(p) < 4 else p[3] for p in place.values())
        widths = [spec.get("min_column", 0)] * columns
        plane = spec.get("plane", False)
        gap = spec.get("gap", COLUMN_GAP)
        for node, cell in place.items():
            if model.nodes[node][0] != "subProcess" or node in spec.get("collapsed", {}):
                widths[cell[2]] = max(widths[cell[2]], self.size(node)[0] + gap)
        for c, w in spec.get("column_widths", {}).items():
            widths[c] = w
        x0 = ORIGIN[0] + (0 if plane else POOL_HEADER + LANE_HEADER + CONTENT_INSET)
        col_x = [x0 + sum(widths[:c]) for c in range(columns)]
        self.col_x, self.widths = col_x, widths
        # lanes, top to bottom
        y = ORIGIN[1]
        rows = {}
        for group in spec["lanes"]:
            heights = spec["rows"][group]
            rows[group] = [y + sum(heights[:r]) for r in range(len(heights))], heights
            lane_h = sum(heights)
            if not plane:
                self.lanes.append(("Lane_" + camel(group), group, [ORIGIN[0] + POOL_HEADER, y, 0, lane_h]))
            y += lane_h
        pool_w = col_x[-1] + widths[-1] + spec.get("right_margin", 10) - ORIGIN[0]
        self.pool = [ORIGIN[0], ORIGIN[1], pool_w, y - ORIGIN[1]]
        for lane in self.lanes:
            lane[2][2] = pool_w - POOL_HEADER

        self.rows = rows

        def cell_center(group, row, col):
            tops, heights = rows[group]
            return col_x[col] + widths[col] / 2, tops[row] + heights[row] / 2

        # sub-processes first (they span cells), then everything in a cell, then boundary events
        collapsed = spec.get("collapsed", {})
        for node, cell in place.items():
            group, row, col = cell[0], cell[1], cell[2]
            self.lane_of[node] = group
            if model.nodes[node][0] == "subProcess" and node not in collapsed:
                col_end, row_end = cell[3], cell[4]
                tops, heights = rows[group]
                inset = spec.get("subprocess_inset", {}).get(node, (10, 10, 10, 10))  # l, t, r, b
                x = col_x[col] + inset[0]
                yy = tops[row] + inset[1]
                self.bounds[node] = [x, yy, col_x[col_end] + widths[col_end] - inset[2] - x,
                                     tops[row_end] + heights[row_end] - inset[3] - yy]
        for node, cell in place.items():
            if model.nodes[node][0] == "subProcess" and node not in collapsed:
                continue
            cx, cy = cell_center(cell[0], cell[1], cell[2])
            dx, dy = spec.get("nudge", {}).get(node, (0, 0))
            w, h = self.size(node)
            self.bounds[node] = [round(cx - w / 2 + dx), round(cy - h / 2 + dy), w, h]
        for event, host in model.attached.items():
            side, fraction = spec.get("attach", {}).get(event, ("bottom", 0.7))
            hx, hy, hw, hh = self.bounds[host]
            if side == "bottom":
                self.bounds[event] = [round(hx + hw * fraction - 18), hy + hh - 18, 36, 36]
            else:
                self.bounds[event] = [round(hx + hw * fraction - 18), hy - 18, 36, 36]
            self.lane_of[event] = self.lane_of[host]
        for node in model.nodes:  # nested nodes belong to the lane of their sub-process
            parent = model.nodes[node][2]
            while node not in self.lane_of and parent:
                if parent in self.lane_of:
                    self.lane_of[node] = self.lane_of[parent]
                parent = model.nodes[parent][2]
        self.route_all()
        self.label_all()

    # --- edges -----------------------------------------------------------------------------
    def anchor(self, node, side):
        x, y, w, h = self.bounds[node]
        return {"right": (x + w, y + h / 2), "left": (x, y + h / 2),
                "top": (x + w / 2, y), "bottom": (x + w / 2, y + h)}[side]

    def route_all(self):
        for flow, (source, target, _) in self.model.flows.items():
            rule = self.spec.get("flows", {}).get(flow, {})
            self.edges[flow] = [tuple(map(round, p)) for p in self.route(source, target, rule)]

    def via(self, rule, default):
        via = rule.get("via", default)
        if isinstance(via, tuple):
            tops, heights = self.rows[via[0]]
            top = tops[via[1]]
            return top + via[2] if via[2] >= 0 else top + heights[via[1]] + via[2]
        return via

    def route(self, s, t, rule):
        sx, sy, sw, sh = self.bounds[s]
        tx, ty, tw, th = self.bounds[t]
        scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
        kind = rule.get("route")
        if kind is None:
            if abs(scy - tcy) < 1:
                kind = "h"
            elif abs(scx - tcx) < 1:
                kind = "v"
            else:
                kind = "vh" if self.model.nodes[s][0] == "boundaryEvent" else "hv"
        if "points" in rule:
            first = self.anchor(s, rule.get("out", "right"))
            last = self.anchor(t, rule.get("in", "left"))
            return [first] + rule["points"] + [last]
        if kind == "h":
            return [self.anchor(s, "right"), self.anchor(t, "left")] if tcx > scx else \
                [self.anchor(s, "left"), self.anchor(t, "right")]
        if kind == "v":
            return [self.anchor(s, "bottom"), self.anchor(t, "top")] if tcy > scy else \
                [self.anchor(s, "top"), self.anchor(t, "bottom")]
        if kind == "hv":
            start = self.anchor(s, "right" if tcx > scx else "left")
            end = self.anchor(t, "top" if tcy > scy else "bottom")
            return [start, (end[0], start[1]), end]
        if kind == "vh":
            start = self.anchor(s, "bottom" if tcy > scy else "top")
            end = self.anchor(t, "left" if tcx > scx else "right")
            return [start, (start[0], end[1]), end]
        if kind == "hs":  # horizontal at the source's centre line into the target's near border
            return [self.anchor(s, "right"), (tx, scy)]
        if kind == "ht":  # horizontal at the target's centre line out of the source's far border
            return [(sx + sw, tcy), self.anchor(t, "left")]
        if kind == "vhv":  # out of the bottom (or "out"), along y=via, into the top (or "in")
            out, into = rule.get("out", "bottom"), rule.get("in", "top")
            start, end = self.anchor(s, out), self.anchor(t, into)
            via = self.via(rule, (start[1] + end[1]) / 2)
            return [start, (start[0], via), (end[0], via), end]
        if kind == "hvh":
            out, into = rule.get("out", "right"), rule.get("in", "left")
            start, end = self.anchor(s, out), self.anchor(t, into)
            via = self.via(rule, (start[0] + end[0]) / 2)
            return [start, (via, start[1]), (via, end[1]), end]
        raise SystemExit(f"unknown route {kind}")

    # --- labels ----------------------------------------------------------------------------
    def label_all(self):
        where = self.spec.get("labels", {})
        for node, (tag, name, _) in self.model.nodes.items():
            if not name or not (tag in EVENTS or tag in GATEWAYS):
                continue
            w, h = label_size(name)
            x, y, bw, bh = self.bounds[node]
            side = where.get(node, "bottom")
            if isinstance(side, tuple):  # explicit centre offset from the shape's centre
                cx, cy = x + bw / 2 + side[0], y + bh / 2 + side[1]
                self.labels[node] = [round(cx - w / 2), round(cy - h / 2), w, h]
            elif side == "bottom":
                self.labels[node] = [round(x + bw / 2 - w / 2), y + bh + 5, w, h]
            elif side == "top":
                self.labels[node] = [round(x + bw / 2 - w / 2), y - 5 - h, w, h]
            elif side == "right":
                self.labels[node] = [x + bw + 5, round(y + bh / 2 - h / 2), w, h]
            elif side == "left":
                self.labels[node] = [x - 5 - w, round(y + bh / 2 - h / 2), w, h]
        for flow, (_, _, name) in self.model.flows.items():
            if not name:
                continue
            w, h = label_size(name)
            points = self.edges[flow]
            (ax, ay), (bx, by) = points[0], points[1]
            offset = where.get(flow)
            if isinstance(offset, tuple) and len(offset) == 3:  # (segment, dx, dy) from its start
                (ax, ay), (bx, by) = points[offset[0]], points[offset[0] + 1]
                self.labels[flow] = [round(ax + offset[1]), round(ay + offset[2]), w, h]
            elif isinstance(offset, tuple):
                self.labels[flow] = [round(ax + offset[0]), round(ay + offset[1]), w, h]
            elif ay == by:  # horizontal first segment: above it, after the source
                self.labels[flow] = [round(ax + 8), round(ay - 4 - h), w, h]
            else:  # vertical: to its right, after the source
                down = by > ay
                self.labels[flow] = [round(ax + 6), round(ay + 6 if down else ay - 6 - h), w, h]

    # --- checks (the rules of DiagramLayoutConventionsTest) ---------------------------------
    def problems(self):
        out = []

        def meets(a, b):
            return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

        def inside(node, container):
            return self.model.within(node, container)

        shapes = list(self.bounds)
        for i, a in enumerate(shapes):
            for b in shapes[i + 1:]:
                if self.model.attached.get(a) == b or self.model.attached.get(b) == a:
                    continue
                if inside(a, b) or inside(b, a):
                    continue
                if meets(self.bounds[a], self.bounds[b]):
                    out.append(f"shapes {a} and {b} overlap")
        labels = list(self.labels)
        for i, a in enumerate(labels):
            for s in shapes:
                if s != a and meets(self.labels[a], self.bounds[s]) and not (
                        a in self.model.nodes and self.model.within(a, s)):
                    out.append(f"label of {a} over shape {s}")
            for b in labels[i + 1:]:
                if meets(self.labels[a], self.labels[b]):
                    out.append(f"labels of {a} and {b} overlap")
        for flow, points in self.edges.items():
            for (ax, ay), (bx, by) in zip(points, points[1:]):
                if ax != bx and ay != by:
                    out.append(f"edge {flow} has a diagonal segment {ax},{ay} -> {bx},{by}")
        return out

    def extents(self):
        if self.spec.get("plane"):
            boxes = list(self.bounds.values()) + list(self.labels.values())
            return (max(b[0] + b[2] for b in boxes) - min(b[0] for b in boxes),
                    max(b[1] + b[3] for b in boxes) - min(b[1] for b in boxes))
        x, y, w, h = self.pool
        return w, h


def laneset(layout, indent, model, lane_of):
    lines = [f'{indent}<bpmn:laneSet id="LaneSet_{camel(layout.name)}">']
    for lane_id, group, _ in layout.lanes:
        lines.append(f'{indent}  <bpmn:lane id="{lane_id}" name="{layout.group_names[group]}">')
        for node in model.nodes:
            if lane_of[node] == group:
                lines.append(f'{indent}    <bpmn:flowNodeRef>{node}</bpmn:flowNodeRef>')
        lines.append(f'{indent}  </bpmn:lane>')
    lines.append(f'{indent}</bpmn:laneSet>')
    return "\n".join(lines)


def diagram(layout, diagram_id, plane_id, collaboration_id, participant_id):
    """One BPMNDiagram: the collaboration's (pool, lanes, shapes) or, for a plane layout, the
    inside of a collapsed sub-process (then `collaboration_id` is the sub-process)."""
    out = [f'  <bpmndi:BPMNDiagram id="{diagram_id}">',
           f'    <bpmndi:BPMNPlane id="{plane_id}" bpmnElement="{collaboration_id}">']

    def bounds(b, indent="        "):
        return f'{indent}<dc:Bounds x="{round(b[0])}" y="{round(b[1])}" width="{round(b[2])}" height="{round(b[3])}" />'

    if not layout.spec.get("plane"):
        out.append(f'      <bpmndi:BPMNShape id="{participant_id}_di" bpmnElement="{participant_id}" isHorizontal="true">')
        out += [bounds(layout.pool), '      </bpmndi:BPMNShape>']
    for lane_id, _, b in layout.lanes:
        out.append(f'      <bpmndi:BPMNShape id="{lane_id}_di" bpmnElement="{lane_id}" isHorizontal="true">')
        out += [bounds(b), '      </bpmndi:BPMNShape>']
    # containers before their content, so bpmn-js draws the content on top
    order = sorted(layout.model.nodes, key=lambda n: 0 if layout.model.nodes[n][0] == "subProcess" else 1)
    order = sorted(order, key=lambda n: depth(layout.model, n) if layout.model.nodes[n][0] == "subProcess" else 99)
    for node in order:
        tag = layout.model.nodes[node][0]
        collapsed = node in layout.spec.get("collapsed", {})
        extra = f' isExpanded="{str(not collapsed).lower()}"' if tag == "subProcess" else ' isMarkerVisible="true"' if tag == "exclusiveGateway" else ""
        out.append(f'      <bpmndi:BPMNShape id="{node}_di" bpmnElement="{node}"{extra}>')
        out.append(bounds(layout.bounds[node]))
        if node in layout.labels:
            out += ['        <bpmndi:BPMNLabel>', bounds(layout.labels[node], "          "), '        </bpmndi:BPMNLabel>']
        out.append('      </bpmndi:BPMNShape>')
    for flow, points in layout.edges.items():
        out.append(f'      <bpmndi:BPMNEdge id="{flow}_di" bpmnElement="{flow}">')
        out += [f'        <di:waypoint x="{x}" y="{y}" />' for x, y in points]
        if flow in layout.labels:
            out += ['        <bpmndi:BPMNLabel>', bounds(layout.labels[flow], "          "), '        </bpmndi:BPMNLabel>']
        out.append('      </bpmndi:BPMNEdge>')
    out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
    return "\n".join(out)


def depth(model, node):
    d, parent = 0, model.all_nodes[node][2]
    while parent:
        d, parent = d + 1, model.all_nodes[parent][2]
    return d


def rewrite(layout, model, lane_of, planes):
    text = model.text
    process_id = layout.model.process.get("id")
    process_name = layout.model.process.get("name")
    name = camel(process_id)
    collaboration_id, participant_id = "Collaboration_" + name, "Participant_" + name
    diagram_id = re.search(r'<bpmndi:BPMNDiagram id="([^"]+)"', text).group(1)
    plane = re.search(r'<bpmndi:BPMNPlane id="([^"]+)"', text)
    if plane is None:
        raise SystemExit(f"{layout.name}: add a placeholder <bpmndi:BPMNPlane id=...> to the model first")
    plane_id = plane.group(1)
    # drop what an earlier run added
    text = re.sub(r'\s*<bpmn:collaboration .*?</bpmn:collaboration>', "", text, flags=re.S)
    text = re.sub(r'\s*<bpmn:laneSet .*?</bpmn:laneSet>', "", text, flags=re.S)
    process_open = re.search(r'( *)<bpmn:process [^>]*>', text)
    indent = process_open.group(1)
    collaboration = (f'{indent}<bpmn:collaboration id="{collaboration_id}">\n'
                     f'{indent}  <bpmn:participant id="{participant_id}" name="{process_name}" processRef="{process_id}" />\n'
                     f'{indent}</bpmn:collaboration>\n')
    text = text[:process_open.start()] + collaboration + text[process_open.start():]
    process_open = re.search(r'<bpmn:process [^>]*>', text)
    position = process_open.end()
    after = text[position:]
    doc = re.match(r'\s*<bpmn:documentation>.*?</bpmn:documentation>', after, flags=re.S)
    if doc:
        position += doc.end()
    child_indent = re.match(r'\n( *)', text[position:]) or re.match(r'\n( *)', after)
    text = text[:position] + "\n" + laneset(layout, child_indent.group(1), model, lane_of) + text[position:]
    first = text.index("<bpmndi:BPMNDiagram ")
    first = text.rindex("\n", 0, first) + 1
    last = text.rindex("</bpmndi:BPMNDiagram>") + len("</bpmndi:BPMNDiagram>")
    diagrams = [diagram(layout, diagram_id, plane_id, collaboration_id, participant_id)]
    for sub, plane in planes:  # a collapsed sub-process is drawn in its own plane (bpmn-js drill-down)
        diagrams.append(diagram(plane, "BPMNDiagram_" + sub, "BPMNPlane_" + sub, sub, None))
    return text[:first] + "\n".join(diagrams) + text[last:]


def main(argv):
    check_only = "--check" in argv
    names = [a for a in argv if not a.startswith("--")] or list(specs.SPECS)
    group_names = groups()
    failed = False
    for name in names:
        path = os.path.join(ROOT, "bpmn", name + ".bpmn")
        spec = specs.SPECS[name]
        model = Model(path)
        collapsed = spec.get("collapsed", {})
        layout = Layout(name, spec, model.view(None, collapsed), group_names)
        layout.run()
        planes = []
        for sub, inner in collapsed.items():
            inner = dict(inner, plane=True, lanes=["_plane"])
            plane = Layout(name, inner, model.view(sub, collapsed), group_names)
            plane.run()
            planes.append((sub, plane))
        lane_of = dict(layout.lane_of)
        for node in model.nodes:
            for sub in collapsed:
                if model.within(node, sub):
                    lane_of[node] = lane_of[sub]
        failed_here = False
        for label, part in [(name, layout)] + [(f"{name} / {sub}", plane) for sub, plane in planes]:
            w, h = part.extents()
            problems = part.problems()
            print(f"{label}: {w} x {h} (ratio {w / h:.2f}) {'OK' if not problems else ''}")
            for p in problems:
                print("   ", p)
            failed_here |= bool(problems)
        failed |= failed_here
        if not check_only:
            text = rewrite(layout, model, lane_of, planes)  # before opening: a failure keeps the file
            open(path, "w", encoding="utf-8").write(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
