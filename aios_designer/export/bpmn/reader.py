"""BPMN 2.0 import: lanes become roles, tasks and events steps of the matching kind, gateways
decisions, sequence flows flows with their condition names, diagram positions are kept.

Files written by this product carry every fact in the ``aios`` extension namespace and come
back as the same model. Files from other tools are taken over as far as the operating model
can hold them; everything else is listed in the import report (element id, type, what was
done), never dropped silently. The XML is read with defusedxml: DTDs, entities and external
references are refused, as are very large files.
"""
import hashlib
import json
import math
import xml.etree.ElementTree as StdET
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as ET
from defusedxml import DefusedXmlException
from pydantic import ValidationError

from ...diagram.layered import auto_layout
from ...model import (Flow, FlowKind, Meta, OperatingModel, Position, Role, StepKind,
                      make_step)
from ...model.enums import EndOutcome, FeedType, Language, RoleKind
from ...model.steps import AiTaskStep, ExceptionStep, TriggerStep, step_adapter
from .names import AIOS, BPMN, BPMNDI, DC, xml_id, xml_text
from .report import BpmnImportError, ImportNote
from .writer import TAGS

MAX_BYTES = 20 * 1024 * 1024
MAX_ELEMENTS = 200_000

TASKS = {
    "task": StepKind.HUMAN_TASK, "userTask": StepKind.HUMAN_TASK,
    "manualTask": StepKind.HUMAN_TASK, "serviceTask": StepKind.SYSTEM_TASK,
    "scriptTask": StepKind.SYSTEM_TASK, "businessRuleTask": StepKind.SYSTEM_TASK,
    "sendTask": StepKind.SYSTEM_TASK, "receiveTask": StepKind.SYSTEM_TASK,
}
GATEWAYS = {"exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway",
            "eventBasedGateway"}
SUB_PROCESSES = {"subProcess", "transaction", "adHocSubProcess"}
#: Elements the operating model has no place for; listed in the report and left out.
ARTIFACTS = {"dataObject", "dataObjectReference", "dataStoreReference", "dataStore",
             "textAnnotation", "association", "group", "category", "dataInput", "dataOutput",
             "ioSpecification", "property"}
UNNAMED_ROLE = {"en": "Process", "de": "Prozess"}


#: German names of the event definitions, for the report.
_DEFINITIONS_DE = {None: "einfach", "timer": "Zeitgeber", "message": "Nachricht",
                   "signal": "Signal", "conditional": "Bedingung", "error": "Fehler",
                   "escalation": "Eskalation", "compensate": "Kompensation",
                   "cancel": "Abbruch", "link": "Link", "terminate": "Terminierung",
                   "multiple": "mehrfach", "parallelMultiple": "parallel mehrfach"}


def _de(definition: str | None) -> str:
    return _DEFINITIONS_DE.get(definition, definition or "einfach")


def _local(tag) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _b(name: str) -> str:
    return f"{{{BPMN}}}{name}"


def _definition(element) -> str | None:
    """The event definition's kind: 'timer', 'message', 'error', ... (None for a plain event)."""
    for child in element:
        namespace, name = _local(child.tag)
        if namespace == BPMN and name.endswith("EventDefinition"):
            return name[: -len("EventDefinition")]
    return None


def _payload(element, tag: str):
    """The ``aios:TAG`` extension of ``element``: (attributes, decoded JSON) or None."""
    extension = element.find(_b("extensionElements"))
    if extension is None:
        return None
    found = extension.find(f"{{{AIOS}}}{tag}")
    if found is None:
        return None
    try:
        data = json.loads(found.text or "{}")
    except ValueError:
        data = None
    return found.attrib, data


def _edited(exported: str, found: str) -> str:
    """The text as found in the file, or the exported one when the file holds exactly what the
    export could write of it (XML cannot carry control characters; the JSON copy can)."""
    return exported if xml_text(exported) == found else found


def _model_id(bpmn_id: str) -> str:
    """A model id for a foreign element: its BPMN id, shortened if it is too long."""
    if len(bpmn_id) <= 64:
        return bpmn_id
    return bpmn_id[:48] + "-" + hashlib.sha1(bpmn_id.encode()).hexdigest()[:15]


@dataclass
class _Lane:
    role: Role
    bpmn_id: str
    #: Top of the lane (or pool) in diagram coordinates, when known.
    top: float | None = None


@dataclass
class _Reader:
    name: str
    lang: str
    notes: list[ImportNote] = field(default_factory=list)
    elements: dict[str, object] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    lanes: dict[str, _Lane] = field(default_factory=dict)
    #: BPMN id of a flow node -> lane id.
    lane_of: dict[str, str] = field(default_factory=dict)
    #: BPMN id -> model step (in document order).
    steps: dict[str, object] = field(default_factory=dict)
    #: BPMN id of an element whose flows count as the step's (boundary events, inner nodes).
    alias: dict[str, str] = field(default_factory=dict)
    boundary_kind: dict[str, FlowKind] = field(default_factory=dict)
    #: BPMN ids of the nodes inside collapsed sub-processes.
    inner: set[str] = field(default_factory=set)
    flows: list[Flow] = field(default_factory=list)
    payload_model: dict | None = None

    def note(self, element, en: str, de: str) -> None:
        element_id = element.get("id", "") if element is not None else ""
        element_type = _local(element.tag)[1] if element is not None else "definitions"
        self.notes.append(ImportNote(element_id, element_type, en, de))


def _parse(data: bytes, name: str):
    if len(data) > MAX_BYTES:
        raise BpmnImportError(name, f"is too large to be a process model ({len(data) // 1_000_000} MB, "
                              f"at most {MAX_BYTES // 1_000_000} MB)",
                              f"ist zu groß für ein Prozessmodell ({len(data) // 1_000_000} MB, "
                              f"höchstens {MAX_BYTES // 1_000_000} MB)")
    try:
        root = ET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise BpmnImportError(name, "contains a DTD, entity declarations or external references "
                              "and is refused for safety",
                              "enthält eine DTD, Entity-Deklarationen oder externe Verweise und "
                              "wird aus Sicherheitsgründen abgelehnt") from None
    except StdET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise BpmnImportError(name, f"is not well-formed XML (line {line}, column {column})",
                              f"ist kein wohlgeformtes XML (Zeile {line}, Spalte {column})") from None
    namespace, local = _local(root.tag)
    if (namespace, local) != (BPMN, "definitions"):
        raise BpmnImportError(name, f"is not a BPMN 2.0 file (its root element is '{local}' "
                              f"in '{namespace or 'no namespace'}')",
                              f"ist keine BPMN-2.0-Datei (das Wurzelelement ist '{local}' "
                              f"in '{namespace or 'keinem Namensraum'}')")
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise BpmnImportError(name, f"has too many elements ({count:,}, at most {MAX_ELEMENTS:,})",
                              f"hat zu viele Elemente ({count:,}, höchstens {MAX_ELEMENTS:,})")
    return root


def loads_bpmn(data: bytes, name: str = "model.bpmn",
               lang: str = "en") -> tuple[OperatingModel, list[ImportNote]]:
    """The operating model of a BPMN file's content and the import report."""
    root = _parse(data, name)
    try:
        return _read(root, name, lang)
    except (ValidationError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # A structure none of the rules above foresaw: still one sentence, never a traceback.
        raise BpmnImportError(name, f"cannot be imported: {exc.__class__.__name__}: "
                              f"{str(exc).splitlines()[0] if str(exc) else ''}",
                              f"kann nicht importiert werden: {exc.__class__.__name__}: "
                              f"{str(exc).splitlines()[0] if str(exc) else ''}") from None


def _read(root, name: str, lang: str) -> tuple[OperatingModel, list[ImportNote]]:
    reader = _Reader(name, lang if lang in ("en", "de") else "en")
    for element in root.iter():
        element_id = element.get("id")
        if element_id:
            reader.elements[element_id] = element
    processes = _processes(root, reader)
    if not any(process is not None for process, _ in processes):
        raise BpmnImportError(name, "contains no process", "enthält keinen Prozess")
    for process, participant in processes:
        _read_process(process, participant, reader)
    _read_message_flows(root, reader)
    _read_vendor_extensions(root, reader)
    if not reader.steps and reader.payload_model is None:
        raise BpmnImportError(name, "contains no task, event or gateway to import",
                              "enthält keine Aufgabe, kein Ereignis und kein Gateway zum Import")
    model = _assemble(root, reader)
    return model, reader.notes


def import_bpmn(path: str | Path, lang: str = "en") -> tuple[OperatingModel, list[ImportNote]]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            _parse(b" " * (MAX_BYTES + 1), path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise BpmnImportError(path.name, "does not exist", "existiert nicht") from None
    except IsADirectoryError:
        raise BpmnImportError(path.name, "is a folder, not a file",
                              "ist ein Ordner, keine Datei") from None
    except OSError as exc:
        raise BpmnImportError(path.name, f"cannot be read: {exc.strerror or exc}",
                              f"kann nicht gelesen werden: {exc.strerror or exc}") from None
    return loads_bpmn(data, path.name, lang)


def _processes(root, reader: _Reader) -> list[tuple[object, object | None]]:
    """(process, its participant) pairs: pools in the order of their collaborations, then any
    process no pool refers to."""
    collaborations = root.findall(_b("collaboration"))
    if len(collaborations) > 1:
        for extra in collaborations[1:]:
            reader.note(extra, "a further collaboration: its pools were merged into one model",
                        "eine weitere Kollaboration: ihre Pools wurden in ein Modell übernommen")
    processes = {p.get("id"): p for p in root.findall(_b("process"))}
    result, used = [], set()
    for collaboration in collaborations:
        for participant in collaboration.findall(_b("participant")):
            process = processes.get(participant.get("processRef", ""))
            if process is None:
                result.append((None, participant))  # a black-box pool
                continue
            if process.get("id") in used:
                continue
            used.add(process.get("id"))
            result.append((process, participant))
    for process_id, process in processes.items():
        if process_id not in used:
            result.append((process, None))
    return result


def _leaf_lanes(lane_set, reader: _Reader, depth: int = 0) -> list:
    leaves = []
    for lane in lane_set.findall(_b("lane")):
        children = lane.find(_b("childLaneSet"))
        if children is not None and children.findall(_b("lane")):
            reader.note(lane, "nested lanes: each innermost lane became a role",
                        "verschachtelte Lanes: jede innerste Lane wurde eine Rolle")
            leaves.extend(_leaf_lanes(children, reader, depth + 1))
        else:
            leaves.append(lane)
    return leaves


def _read_black_box(participant, reader: _Reader) -> None:
    role = Role(id=_model_id(participant.get("id", "")) or xml_id("Role", str(len(reader.roles))),
                name=participant.get("name", "")[:500] or UNNAMED_ROLE[reader.lang],
                kind=RoleKind.EXTERNAL)
    reader.roles.append(role)
    reader.note(participant, "a pool without a process (black box): imported as an external "
                "role without steps", "ein Pool ohne Prozess (Black Box): als externe Rolle "
                "ohne Schritte übernommen")


def _read_process(process, participant, reader: _Reader) -> None:
    if process is None:
        _read_black_box(participant, reader)
        return
    payload = _payload(process, "model")
    if payload is not None and payload[1] is not None and reader.payload_model is None:
        reader.payload_model = payload[1]
    known_roles = {r["id"]: r for r in (reader.payload_model or {}).get("roles", [])
                   if isinstance(r, dict) and "id" in r}
    lanes = []
    for lane_set in process.findall(_b("laneSet")):
        lanes.extend(_leaf_lanes(lane_set, reader))
    pool_name = (participant.get("name") if participant is not None else None) \
        or process.get("name") or UNNAMED_ROLE[reader.lang]
    default_lane = None
    for lane in lanes:
        lane_id = lane.get("id", "")
        own = _payload(lane, "lane")
        role = None
        for role_id, data in known_roles.items():
            if xml_id("Lane", role_id) == lane_id:
                try:
                    role = Role.model_validate(data)
                except ValidationError:
                    role = None
                break
        if own is not None and own[0].get("unassigned") == "true":
            reader.lanes[lane_id] = _Lane(None, lane_id)  # type: ignore[arg-type]
        else:
            if role is None:
                role = Role(id=_model_id(lane_id) or xml_id("Role", str(len(reader.roles))),
                            name=(lane.get("name", "") or lane_id)[:500])
            else:
                role = role.model_copy(update={"name": _edited(role.name, lane.get("name", ""))})
            reader.roles.append(role)
            reader.lanes[lane_id] = _Lane(role, lane_id)
        for ref in lane.findall(_b("flowNodeRef")):
            reader.lane_of[(ref.text or "").strip()] = lane_id
    if not lanes:
        # A pool without lanes: the pool is the one role.
        owner = participant if participant is not None else process
        role = Role(id=_model_id(owner.get("id", "")) or xml_id("Role", str(len(reader.roles))),
                    name=pool_name[:500])
        reader.roles.append(role)
        default_lane = owner.get("id", "")
        reader.lanes[default_lane] = _Lane(role, default_lane)
    for element in list(process):
        _read_node(element, reader, default_lane, process)
    for element in process.iter(_b("sequenceFlow")):
        _read_flow(element, reader)


def _read_node(element, reader: _Reader, default_lane, container, inside=None) -> None:
    namespace, tag = _local(element.tag)
    if namespace != BPMN or tag in ("laneSet", "extensionElements", "documentation",
                                    "sequenceFlow", "auditing", "monitoring"):
        return
    bpmn_id = element.get("id", "")
    if inside is not None:
        # Nodes inside a collapsed sub-process: their flows count as the sub-process step's.
        reader.alias[bpmn_id] = inside
        reader.inner.add(bpmn_id)
        if tag in SUB_PROCESSES:
            for child in list(element):
                _read_node(child, reader, default_lane, container, inside)
        return
    name = element.get("name", "") or ""
    kind, extra = None, {}
    definition = _definition(element)
    if tag == "startEvent":
        kind = StepKind.TRIGGER
        feed = {"timer": FeedType.SCHEDULED_FILE, "message": FeedType.API,
                "signal": FeedType.EVENT_STREAM, "conditional": FeedType.EVENT_STREAM,
                None: FeedType.MANUAL_EXPORT}
        if definition not in feed:
            reader.note(element, f"a {definition} start event: imported as a trigger fed by "
                        "manual export", f"ein Start-Ereignis ({_de(definition)}): als Auslöser mit "
                        "manuellem Export übernommen")
        extra["feed_type"] = feed.get(definition, FeedType.MANUAL_EXPORT)
    elif tag == "endEvent":
        kind = StepKind.END
        if definition in ("error", "escalation", "cancel", "compensate"):
            extra["outcome"] = EndOutcome.ESCALATED
        elif definition not in (None, "terminate"):
            reader.note(element, f"a {definition} end event: imported as a plain end",
                        f"ein End-Ereignis ({_de(definition)}): als einfaches Ende übernommen")
    elif tag in TASKS:
        kind = TASKS[tag]
        if tag in ("sendTask", "receiveTask", "scriptTask", "businessRuleTask"):
            reader.note(element, "imported as a system task", "als Systemaufgabe übernommen")
    elif tag == "callActivity":
        kind = StepKind.HUMAN_TASK
        reader.note(element, "a call activity: imported as one human task (the called process "
                    "is not imported)", "eine Aufrufaktivität: als eine manuelle Aufgabe "
                    "übernommen (der aufgerufene Prozess wird nicht importiert)")
    elif tag in SUB_PROCESSES:
        kind = StepKind.HUMAN_TASK
        inner = [child for child in element.iter() if child is not element
                 and _local(child.tag)[0] == BPMN and child.get("id")
                 and _local(child.tag)[1] not in ("sequenceFlow",)]
        reader.note(element, f"a sub-process: collapsed into one human task; its {len(inner)} "
                    "inner elements were not imported as steps",
                    f"ein Teilprozess: zu einer manuellen Aufgabe zusammengefasst; seine "
                    f"{len(inner)} inneren Elemente wurden nicht als Schritte übernommen")
        for child in list(element):
            _read_node(child, reader, default_lane, container, inside=bpmn_id)
    elif tag in GATEWAYS:
        kind = StepKind.DECISION
        if tag != "exclusiveGateway":
            what = {"parallelGateway": ("parallel", "parallele"),
                    "inclusiveGateway": ("inclusive", "inklusive"),
                    "complexGateway": ("complex", "komplexe"),
                    "eventBasedGateway": ("event-based", "ereignisbasierte")}[tag]
            article = "an" if what[0][0] in "aeiou" else "a"
            reader.note(element, f"{article} {what[0]} gateway: imported as a decision; the shares of "
                        "its outgoing flows need checking",
                        f"ein {what[1]}s Gateway: als Entscheidung übernommen; die Anteile der "
                        "ausgehenden Flüsse sind zu prüfen")
            extra["description"] = {"en": f"Imported from a {what[0]} gateway.",
                                    "de": f"Aus einem {what[1]}n Gateway übernommen."}[reader.lang]
    elif tag in ("intermediateCatchEvent", "intermediateThrowEvent"):
        kind = StepKind.HUMAN_TASK if definition in (None, "timer", "conditional") \
            else StepKind.SYSTEM_TASK
        label = {StepKind.HUMAN_TASK: ("a human task", "manuelle Aufgabe"),
                 StepKind.SYSTEM_TASK: ("a system task", "Systemaufgabe")}[kind]
        reader.note(element, f"an intermediate {definition or 'plain'} event: imported as "
                    f"{label[0]}", f"ein Zwischenereignis ({_de(definition)}): als "
                    f"{label[1]} übernommen")
    elif tag == "boundaryEvent":
        host = element.get("attachedToRef", "")
        reader.alias[bpmn_id] = host
        own = _payload(element, "boundary")
        if definition == "escalation":
            reader.boundary_kind[bpmn_id] = FlowKind.ESCALATION
        else:
            reader.boundary_kind[bpmn_id] = FlowKind.EXCEPTION
            if definition != "error" and own is None:
                reader.note(element, f"a {definition or 'plain'} boundary event: its flows "
                            "became exception flows of the task it is attached to",
                            f"ein Randereignis ({_de(definition)}): seine Flüsse wurden "
                            "Ausnahmeflüsse der Aufgabe, an der es hängt")
        return
    elif tag in ARTIFACTS:
        reader.note(element, "not part of the operating model: left out",
                    "gehört nicht zum Betriebsmodell: ausgelassen")
        return
    else:
        reader.note(element, "not representable in the operating model: left out",
                    "im Betriebsmodell nicht darstellbar: ausgelassen")
        return

    lane_id = reader.lane_of.get(bpmn_id, default_lane)
    if lane_id is None and reader.lanes:
        lane_id = next(iter(reader.lanes))
        reader.note(element, "in no lane: put into the first lane",
                    "in keiner Lane: in die erste Lane gelegt")
    lane = reader.lanes.get(lane_id) if lane_id else None
    role_id = lane.role.id if lane is not None and lane.role is not None else None
    documentation = element.find(_b("documentation"))
    if documentation is not None and (documentation.text or "").strip() and "description" not in extra:
        extra["description"] = documentation.text.strip()
    step = _from_payload(element, tag, kind)
    if step is not None:
        step = step.model_copy(update={"name": _edited(step.name, name)[:500], "role_id": role_id})
    else:
        step_id = _model_id(bpmn_id)
        step = make_step(kind, id=step_id, name=name[:500], role_id=role_id, **extra)
    reader.steps[bpmn_id] = step


def _from_payload(element, tag: str, kind: StepKind):
    """The step as it was exported, if the element carries it and is still of its kind."""
    payload = _payload(element, "step")
    if payload is None or not isinstance(payload[1], dict):
        return None
    try:
        step = step_adapter.validate_python(payload[1])
    except ValidationError:
        return None
    return step if TAGS.get(step.kind) == tag else None


def _read_flow(element, reader: _Reader) -> None:
    bpmn_id = element.get("id", "")
    raw_source, raw_target = element.get("sourceRef", ""), element.get("targetRef", "")
    source = reader.alias.get(raw_source, raw_source)
    target = reader.alias.get(raw_target, raw_target)
    if source not in reader.steps or target not in reader.steps:
        reader.note(element, "connects an element that was not imported: left out",
                    "verbindet ein nicht übernommenes Element: ausgelassen")
        return
    if raw_source in reader.inner or raw_target in reader.inner:
        return  # a flow inside a collapsed sub-process
    name = element.get("name") or ""
    expression = element.find(_b("conditionExpression"))
    condition = name.strip() or ((expression.text or "").strip() if expression is not None else "")
    kind = reader.boundary_kind.get(raw_source, FlowKind.NORMAL)
    payload = _payload(element, "flow")
    if payload is not None and isinstance(payload[1], dict):
        try:
            flow = Flow.model_validate(payload[1])
        except ValidationError:
            flow = None
        if flow is not None:
            reader.flows.append(flow.model_copy(update={
                "source_id": reader.steps[source].id, "target_id": reader.steps[target].id,
                "condition": _edited(flow.condition, name or condition)[:500]}))
            return
    reader.flows.append(Flow(id=_model_id(bpmn_id), source_id=reader.steps[source].id,
                             target_id=reader.steps[target].id, kind=kind,
                             condition=condition[:500]))


def _read_message_flows(root, reader: _Reader) -> None:
    for collaboration in root.findall(_b("collaboration")):
        for element in collaboration.findall(_b("messageFlow")):
            source, target = element.get("sourceRef", ""), element.get("targetRef", "")
            source, target = reader.alias.get(source, source), reader.alias.get(target, target)
            if source in reader.steps and target in reader.steps and source != target:
                reader.flows.append(Flow(id=_model_id(element.get("id", "")),
                                         source_id=reader.steps[source].id,
                                         target_id=reader.steps[target].id,
                                         condition=(element.get("name") or "")[:500]))
                reader.note(element, "a message between pools: imported as a normal flow",
                            "eine Nachricht zwischen Pools: als normaler Fluss übernommen")
            else:
                reader.note(element, "a message to or from a pool without steps: left out",
                            "eine Nachricht an oder von einem Pool ohne Schritte: ausgelassen")


def _read_vendor_extensions(root, reader: _Reader) -> None:
    """Extension elements and attributes of other tools: named once per namespace, with the
    first element that carries them."""
    seen: set[str] = set()
    for element in root.iter():
        extension = element.find(_b("extensionElements"))
        namespaces = {_local(child.tag)[0] for child in extension} if extension is not None else set()
        namespaces |= {_local(key)[0] for key in element.attrib if key.startswith("{")}
        namespaces -= {AIOS, BPMN, "http://www.w3.org/2001/XMLSchema-instance"}
        for namespace in sorted(namespaces - seen):
            seen.add(namespace)
            reader.notes.append(ImportNote(
                element.get("id", ""), _local(element.tag)[1],
                f"vendor extensions of '{namespace}' were ignored",
                f"herstellerspezifische Erweiterungen von '{namespace}' wurden ignoriert"))


def _shapes(root) -> dict[str, tuple[float, float, float, float]]:
    shapes = {}
    for shape in root.iter(f"{{{BPMNDI}}}BPMNShape"):
        bounds = shape.find(f"{{{DC}}}Bounds")
        if bounds is None:
            continue
        try:
            box = tuple(float(bounds.get(k, "")) for k in ("x", "y", "width", "height"))
        except ValueError:
            continue
        shapes[shape.get("bpmnElement", "")] = box
    return shapes


def _assemble(root, reader: _Reader) -> OperatingModel:
    shapes = _shapes(root)
    steps = list(reader.steps.values())
    positioned = all(bpmn_id in shapes for bpmn_id in reader.steps)
    if positioned:
        tops = {}
        for lane_id, lane in reader.lanes.items():
            if lane_id in shapes:
                tops[lane_id] = shapes[lane_id][1]
        for bpmn_id, step in list(reader.steps.items()):
            x, y, width, height = shapes[bpmn_id]
            cx, cy = x + width / 2, y + height / 2
            lane_id = reader.lane_of.get(bpmn_id) or _lane_id_of_role(reader, step.role_id)
            top = tops.get(lane_id)
            if top is None:
                top = min(shapes[b][1] for b in reader.steps) - 60.0
            old = step.position
            # Coordinates went through decimal text and the lane's top: equal up to that.
            tolerance = 0.01 + 1e-9 * max(abs(old.x), abs(old.y), abs(cx), abs(cy), abs(top))
            drawable = math.isfinite(old.x) and math.isfinite(old.y)
            if not drawable or abs(old.x - cx) <= tolerance and abs(old.y - (cy - top)) <= tolerance:
                position = old  # exported by us: keep the exact figures
            else:
                # Not above the lane's top, where the canvas could not show it.
                position = Position(x=cx, y=max(cy - top, 40.0))
            reader.steps[bpmn_id] = step.model_copy(update={"position": position})
        steps = list(reader.steps.values())
    data = dict(reader.payload_model or {})
    data.pop("roles", None)
    meta = data.pop("meta", None)
    try:
        meta = Meta.model_validate(meta) if isinstance(meta, dict) else None
    except ValidationError:
        meta = None
    if meta is None:
        title = ""
        for element in (root.find(_b("collaboration")), root.find(f"{_b('collaboration')}/{_b('participant')}"),
                        root.find(_b("process"))):
            if element is not None and element.get("name"):
                title = element.get("name")
                break
        meta = Meta(title=title[:500] or reader.name, language=Language(reader.lang))
    roles = [r for r in reader.roles]
    steps = _without_dangling_roles(steps, {r.id for r in roles}, meta, reader)
    _keep_watching_metrics(data, {s.id for s in steps}, {r.id for r in roles}, reader)
    try:
        model = OperatingModel.model_validate({
            **{k: v for k, v in data.items() if k in ("settings", "kpis", "team_kpis",
                                                     "business_case", "compliance",
                                                     "monitoring")},
            "meta": meta.model_dump(), "roles": [r.model_dump() for r in roles],
            "steps": [s.model_dump() for s in steps],
            "flows": [f.model_dump() for f in _unique_flows(reader)]})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise BpmnImportError(reader.name, f"cannot become an operating model: {first['msg']}",
                              f"ergibt kein gültiges Betriebsmodell: {first['msg']}") from None
    if not positioned:
        placements = auto_layout(model)
        for step in model.steps:
            x, y, _ = placements[step.id]
            step.position = Position(x=x, y=y)
        reader.notes.append(ImportNote("", "BPMNDiagram",
                                       "the file has no diagram positions for every element: "
                                       "the workflow was laid out automatically",
                                       "die Datei hat nicht für jedes Element Diagrammpositionen: "
                                       "der Arbeitsablauf wurde automatisch angeordnet"))
    return model


def _lane_id_of_role(reader: _Reader, role_id) -> str | None:
    for lane_id, lane in reader.lanes.items():
        if lane.role is not None and lane.role.id == role_id:
            return lane_id
        if lane.role is None and role_id is None:
            return lane_id
    return None


def _unique_flows(reader: _Reader) -> list[Flow]:
    seen, flows = set(), []
    for flow in reader.flows:
        if flow.id in seen or flow.id in {s.id for s in reader.steps.values()}:
            flow = flow.model_copy(update={"id": _model_id(f"{flow.id}-{len(flows)}")})
        seen.add(flow.id)
        flows.append(flow)
    return flows


def _without_dangling_roles(steps, role_ids: set[str], meta: Meta, reader: _Reader):
    """Role references of exported steps whose lane was deleted in another tool are cleared."""
    if meta.process_owner_role_id not in role_ids:
        meta.process_owner_role_id = None
    result = []
    for step in steps:
        update = {}
        if step.raci_overrides and not set(step.raci_overrides) <= role_ids:
            update["raci_overrides"] = {k: v for k, v in step.raci_overrides.items() if k in role_ids}
        if isinstance(step, TriggerStep) and step.feed_owner_role_id not in role_ids | {None}:
            update["feed_owner_role_id"] = None
        if isinstance(step, AiTaskStep) and step.review.reviewer_role_id not in role_ids | {None}:
            update["review"] = step.review.model_copy(update={"reviewer_role_id": None})
        if isinstance(step, ExceptionStep) and step.escalation_role_id not in role_ids | {None}:
            update["escalation_role_id"] = None
        result.append(step.model_copy(update=update) if update else step)
    return result


def _keep_watching_metrics(data: dict, step_ids: set, role_ids: set, reader) -> None:
    """Monitoring metrics of the payload whose step is gone are left out (with a note); an
    owner or role that is gone is cleared."""
    monitoring = data.get("monitoring")
    if not isinstance(monitoring, dict) or not isinstance(monitoring.get("metrics"), list):
        data.pop("monitoring", None)
        return
    kept = []
    for metric in monitoring["metrics"]:
        if not isinstance(metric, dict):
            continue
        if metric.get("step_id") is not None and metric["step_id"] not in step_ids:
            reader.notes.append(ImportNote(
                str(metric.get("id", "")), "aios:monitoring",
                f"monitoring metric '{metric.get('name', '')}' watches a step that was not "
                "imported: left out",
                f"Überwachungskennwert „{metric.get('name', '')}“ beobachtet einen nicht "
                "importierten Schritt: weggelassen"))
            continue
        for key in ("owner_role_id", "role_id"):
            if metric.get(key) is not None and metric[key] not in role_ids:
                metric = {**metric, key: None}
        kept.append(metric)
    data["monitoring"] = {**monitoring, "metrics": kept}
