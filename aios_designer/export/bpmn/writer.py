"""BPMN 2.0 export: one collaboration, one pool whose lanes are the roles, full diagram
interchange (DI), and the product's facts in the ``aios`` extension namespace.

Mapping: trigger → start event (timer for scheduled files, message for APIs and event
streams), end → end event, human task and review → user task, AI task and system task →
service task, decision → exclusive gateway whose outgoing flows carry their conditions,
exception step → user task; an exception or escalation flow leaving a task starts at a
boundary error (escalation) event on that task, one leaving a gateway is a conditional flow.
"""
import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path

from ...model import FlowKind, OperatingModel, StepKind
from ...model.enums import FeedType
from ...model.workflow_kinds import ReviewMode
from .geometry import Box, boundary_box, diagram, flow_waypoints
from .names import AIOS, BPMN, BPMNDI, DC, DI, EXPORTER, PREFIXES, XSI, di_id, q, xml_id, xml_text

TASK_TAGS = {
    StepKind.HUMAN_TASK: "userTask",
    StepKind.REVIEW: "userTask",
    StepKind.EXCEPTION: "userTask",
    StepKind.AI_TASK: "serviceTask",
    StepKind.SYSTEM_TASK: "serviceTask",
}
TAGS = {**TASK_TAGS, StepKind.TRIGGER: "startEvent", StepKind.END: "endEvent",
        StepKind.DECISION: "exclusiveGateway"}
#: Flow kinds that leave a task by a boundary event, with the event's definition.
BOUNDARY_KINDS = {FlowKind.EXCEPTION: "errorEventDefinition",
                  FlowKind.ESCALATION: "escalationEventDefinition"}
UNASSIGNED = {"en": "Unassigned", "de": "Nicht zugeordnet"}


class BpmnExportError(Exception):
    """The file could not be written; one sentence."""


def _b(tag: str) -> str:
    return q(BPMN, tag)


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")  # xsd:double
    return repr(float(value)) if value != int(value) else str(int(value))


def _payload(parent: ET.Element, tag: str, data: dict, **attributes: str) -> ET.Element:
    """``<extensionElements><aios:TAG ...>JSON</aios:TAG>``: the lossless part."""
    extension = ET.SubElement(parent, _b("extensionElements"))
    element = ET.SubElement(extension, q(AIOS, tag), {k: v for k, v in attributes.items() if v})
    element.text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return element


def _step_facts(step) -> dict[str, str]:
    """The facts an implementing team reads first, as plain attributes next to the payload."""
    facts = {"kind": step.kind.value}
    if step.kind == StepKind.AI_TASK:
        review = step.review
        facts.update(reviewMode=review.mode.value, qaSampleRate=_number(review.qa_sample_rate),
                     reviewerRole=xml_text(review.reviewer_role_id or ""))
        if review.mode == ReviewMode.THRESHOLD:
            facts["threshold"] = _number(review.threshold)
    elif step.kind == StepKind.EXCEPTION and step.sla_hours is not None:
        facts["slaHours"] = _number(step.sla_hours)
    elif step.kind == StepKind.TRIGGER:
        facts["feedType"] = step.feed_type.value
    return facts


def _ids(model: OperatingModel) -> dict[str, str]:
    ids = {s.id: xml_id("Step", s.id) for s in model.steps}
    ids.update({f.id: xml_id("Flow", f.id) for f in model.flows})
    ids.update({r.id: xml_id("Lane", r.id) for r in model.roles})
    return ids


def build_tree(model: OperatingModel) -> ET.ElementTree:
    lang = model.meta.language.value
    ids = _ids(model)
    geometry = diagram(model)
    steps = {s.id: s for s in model.steps}
    kinds = {s.id: s.kind for s in model.steps}

    definitions = ET.Element(_b("definitions"), {
        "id": "Definitions_aios", "targetNamespace": AIOS, "exporter": EXPORTER,
        "exporterVersion": "1", "typeLanguage": "http://www.w3.org/2001/XMLSchema",
        "expressionLanguage": "http://www.w3.org/1999/XPath"})
    collaboration = ET.SubElement(definitions, _b("collaboration"), {"id": "Collaboration_aios"})
    title = xml_text(model.meta.title) or "AIOS"
    ET.SubElement(collaboration, _b("participant"),
                  {"id": "Participant_aios", "name": title, "processRef": "Process_aios"})
    process = ET.SubElement(definitions, _b("process"), {
        "id": "Process_aios", "name": title, "isExecutable": "false"})
    rest = model.model_dump(mode="json", exclude={"steps", "flows"})
    _payload(process, "model", rest)

    # Lanes: one per role, in role order.
    lane_set = ET.SubElement(process, _b("laneSet"), {"id": "LaneSet_aios"})
    roles = {r.id: r for r in model.roles}
    lane_ids = {}
    for lane in geometry.lanes:
        role = roles.get(lane.role_id)
        lane_id = ids[role.id] if role else "LaneUnassigned"
        lane_ids[lane.role_id] = lane_id
        element = ET.SubElement(lane_set, _b("lane"), {
            "id": lane_id, "name": xml_text(role.name) if role else UNASSIGNED[lang]})
        if role is None:
            _payload(element, "lane", {}, unassigned="true")
        for step in model.steps:
            home = step.role_id if step.role_id in roles else None
            if home == lane.role_id:
                ET.SubElement(element, _b("flowNodeRef")).text = ids[step.id]

    # Which flows leave by a boundary event: exception and escalation flows out of tasks.
    boundary_of: dict[str, tuple[str, int]] = {}
    per_host: dict[str, int] = {}
    for flow in model.flows:
        if flow.kind in BOUNDARY_KINDS and kinds.get(flow.source_id) in TASK_TAGS:
            index = per_host.get(flow.source_id, 0)
            per_host[flow.source_id] = index + 1
            boundary_of[flow.id] = (xml_id("Boundary", flow.id), index)

    incoming: dict[str, list[str]] = {s.id: [] for s in model.steps}
    outgoing: dict[str, list[str]] = {s.id: [] for s in model.steps}
    for flow in model.flows:
        incoming[flow.target_id].append(ids[flow.id])
        if flow.id not in boundary_of:
            outgoing[flow.source_id].append(ids[flow.id])

    for step in model.steps:
        tag = TAGS[step.kind]
        attributes = {"id": ids[step.id], "name": xml_text(step.name)}
        element = ET.SubElement(process, _b(tag), attributes)
        if step.description:
            ET.SubElement(element, _b("documentation")).text = xml_text(step.description)
        _payload(element, "step", step.model_dump(mode="json"), **_step_facts(step))
        for ref in incoming[step.id]:
            ET.SubElement(element, _b("incoming")).text = ref
        for ref in outgoing[step.id]:
            ET.SubElement(element, _b("outgoing")).text = ref
        if step.kind == StepKind.TRIGGER:
            if step.feed_type == FeedType.SCHEDULED_FILE:
                ET.SubElement(element, _b("timerEventDefinition"),
                              {"id": xml_id("Timer", step.id)})
            elif step.feed_type in (FeedType.API, FeedType.EVENT_STREAM):
                ET.SubElement(element, _b("messageEventDefinition"),
                              {"id": xml_id("Message", step.id)})

    for flow in model.flows:
        if flow.id not in boundary_of:
            continue
        boundary_id, _ = boundary_of[flow.id]
        element = ET.SubElement(process, _b("boundaryEvent"), {
            "id": boundary_id, "attachedToRef": ids[flow.source_id],
            "cancelActivity": "true"})
        _payload(element, "boundary", {}, flow=ids[flow.id])
        ET.SubElement(element, _b("outgoing")).text = ids[flow.id]
        ET.SubElement(element, _b(BOUNDARY_KINDS[flow.kind]), {"id": xml_id("Def", flow.id)})

    for flow in model.flows:
        source = boundary_of[flow.id][0] if flow.id in boundary_of else ids[flow.source_id]
        attributes = {"id": ids[flow.id], "sourceRef": source, "targetRef": ids[flow.target_id]}
        if flow.condition:
            attributes["name"] = xml_text(flow.condition)
        element = ET.SubElement(process, _b("sequenceFlow"), attributes)
        facts = {"kind": flow.kind.value}
        if flow.share is not None:
            facts["share"] = _number(flow.share)
        _payload(element, "flow", flow.model_dump(mode="json"), **facts)
        if flow.condition and kinds.get(flow.source_id) == StepKind.DECISION or \
                flow.condition and flow.kind in BOUNDARY_KINDS and flow.id not in boundary_of:
            expression = ET.SubElement(element, _b("conditionExpression"),
                                       {q(XSI, "type"): "bpmn:tFormalExpression"})
            expression.text = xml_text(flow.condition)

    _write_diagram(definitions, model, geometry, ids, lane_ids, boundary_of)
    for prefix, uri in PREFIXES.items():
        ET.register_namespace(prefix, uri)
    return ET.ElementTree(definitions)


def _bounds(parent: ET.Element, box: Box) -> None:
    ET.SubElement(parent, q(DC, "Bounds"), {"x": _number(round(box.x, 3)),
                                           "y": _number(round(box.y, 3)),
                                           "width": _number(round(box.width, 3)),
                                           "height": _number(round(box.height, 3))})


def _write_diagram(definitions, model, geometry, ids, lane_ids, boundary_of) -> None:
    di = ET.SubElement(definitions, q(BPMNDI, "BPMNDiagram"), {"id": "Diagram_aios"})
    plane = ET.SubElement(di, q(BPMNDI, "BPMNPlane"),
                          {"id": "Plane_aios", "bpmnElement": "Collaboration_aios"})
    shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), {
        "id": di_id("Participant_aios"), "bpmnElement": "Participant_aios", "isHorizontal": "true"})
    _bounds(shape, geometry.pool)
    for lane in geometry.lanes:
        lane_id = lane_ids[lane.role_id]
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), {
            "id": di_id(lane_id), "bpmnElement": lane_id, "isHorizontal": "true"})
        _bounds(shape, lane.box)
    kinds = {s.id: s.kind for s in model.steps}
    for step in model.steps:
        attributes = {"id": di_id(ids[step.id]), "bpmnElement": ids[step.id]}
        if step.kind == StepKind.DECISION:
            attributes["isMarkerVisible"] = "true"
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attributes)
        box = geometry.nodes[step.id]
        _bounds(shape, box)
        if step.kind in (StepKind.TRIGGER, StepKind.END, StepKind.DECISION):
            # The name below the symbol, as the canvas and BPMN tools put it.
            label = ET.SubElement(shape, q(BPMNDI, "BPMNLabel"))
            _bounds(label, Box(box.cx - 60, box.bottom + 6, 120, 28))
    for flow in model.flows:
        if flow.id not in boundary_of:
            continue
        boundary_id, index = boundary_of[flow.id]
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"),
                              {"id": di_id(boundary_id), "bpmnElement": boundary_id})
        _bounds(shape, boundary_box(geometry.nodes[flow.source_id], index))
    for flow in model.flows:
        edge = ET.SubElement(plane, q(BPMNDI, "BPMNEdge"),
                             {"id": di_id(ids[flow.id]), "bpmnElement": ids[flow.id]})
        if flow.id in boundary_of:
            source = boundary_box(geometry.nodes[flow.source_id], boundary_of[flow.id][1])
        else:
            source = geometry.nodes[flow.source_id]
        route = geometry.routes.get(flow.id)
        points = flow_waypoints(model, flow, source, geometry.nodes[flow.target_id],
                                from_bottom=flow.id in boundary_of, route=route)
        for x, y in points:
            ET.SubElement(edge, q(DI, "waypoint"), {"x": _number(round(x, 3)),
                                                    "y": _number(round(y, 3))})
        if flow.condition:
            # On the last segment, next to the step the flow enters: the flows fanning out
            # of one gateway share their first segment, their labels would cover each other.
            (x1, y1), (x2, y2) = points[-2], points[-1]
            label = ET.SubElement(edge, q(BPMNDI, "BPMNLabel"))
            if route is not None and route.label is not None and flow.id not in boundary_of:
                # Where the canvas puts the label card: clear of every step and other label.
                left, top, right, bottom = route.label
                _bounds(label, Box(left, top, right - left, bottom - top))
            elif abs(y1 - y2) < 0.5:
                _bounds(label, Box((x1 + x2) / 2 - 50, y1 - 30, 100, 26))
            else:
                _bounds(label, Box(x1 + 6, (y1 + y2) / 2 - 13, 100, 26))
    del kinds


def dumps_bpmn(model: OperatingModel) -> bytes:
    tree = build_tree(model)
    ET.indent(tree, space="  ")
    return ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True) + b"\n"


def export_bpmn(model: OperatingModel, path: str | Path) -> None:
    """Write ``model`` as a BPMN 2.0 file (atomically: a temporary file, then replaced)."""
    path = Path(path)
    data = dumps_bpmn(model)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BpmnExportError(f"'{path}' could not be written: {exc.strerror or exc}") from exc
