"""BPMN 2.0 export: valid against the OMG schema, the mapping of kinds, lanes and conditions,
full diagram interchange, and a re-import that gives the same model back."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from aios_designer.export.bpmn.geometry import flow_waypoints  # noqa: F401 - the named seam
from aios_designer.export.bpmn.names import AIOS, BPMN, BPMNDI, DC, DI
from aios_designer.export.bpmn.reader import loads_bpmn
from aios_designer.export.bpmn.writer import dumps_bpmn, export_bpmn
from aios_designer.fileio import load_model
from aios_designer.model import FlowKind, StepKind
from aios_designer.templates import list_templates, template_path

HERE = Path(__file__).resolve().parent
NS = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "aios": AIOS}
TEMPLATES = [(info.name, lang) for info in list_templates() for lang in info.languages]


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(HERE / "bpmn_xsd" / "BPMN20.xsd")))


def _tree(model):
    return etree.fromstring(dumps_bpmn(model))


@pytest.mark.parametrize("name, lang", TEMPLATES)
def test_each_template_exports_valid_bpmn_and_comes_back_the_same(name, lang, schema):
    model = load_model(template_path(name, lang))
    data = dumps_bpmn(model)
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log
    back, notes = loads_bpmn(data, "model.bpmn", lang)
    assert notes == []
    assert [(s.id, s.kind, s.name, s.role_id, s.position) for s in back.steps] == \
        [(s.id, s.kind, s.name, s.role_id, s.position) for s in model.steps]
    assert back.roles == model.roles
    assert back.flows == model.flows
    assert [getattr(s, "review", None) for s in back.steps] == \
        [getattr(s, "review", None) for s in model.steps]
    assert back == model


def test_the_templates_cover_the_kinds_the_mapping_names():
    kinds = {s.kind for name, lang in TEMPLATES for s in load_model(template_path(name, lang)).steps}
    assert kinds >= {StepKind.TRIGGER, StepKind.AI_TASK, StepKind.HUMAN_TASK, StepKind.REVIEW,
                     StepKind.DECISION, StepKind.EXCEPTION, StepKind.SYSTEM_TASK, StepKind.END}


@pytest.mark.parametrize("name", ["support-triage", "invoice-processing"])
def test_one_pool_whose_lanes_are_the_roles_and_kinds_mapped(name):
    model = load_model(template_path(name, "en"))
    root = _tree(model)
    assert len(root.findall("bpmn:collaboration", NS)) == 1
    assert len(root.findall("bpmn:collaboration/bpmn:participant", NS)) == 1
    lanes = root.findall(".//bpmn:lane", NS)
    assert [lane.get("name") for lane in lanes][: len(model.roles)] == [r.name for r in model.roles]
    expected = {StepKind.TRIGGER: "startEvent", StepKind.END: "endEvent",
                StepKind.HUMAN_TASK: "userTask", StepKind.REVIEW: "userTask",
                StepKind.EXCEPTION: "userTask", StepKind.AI_TASK: "serviceTask",
                StepKind.SYSTEM_TASK: "serviceTask", StepKind.DECISION: "exclusiveGateway"}
    process = root.find("bpmn:process", NS)
    for step in model.steps:
        (element,) = [e for e in process if e.get("name") == step.name
                      and e.find("bpmn:extensionElements/aios:step", NS) is not None
                      and json.loads(e.find("bpmn:extensionElements/aios:step", NS).text)["id"] == step.id]
        assert etree.QName(element).localname == expected[step.kind]
        # Every step is in exactly the lane of its role.
        (lane,) = [lane for lane in lanes
                   if element.get("id") in [r.text for r in lane.findall("bpmn:flowNodeRef", NS)]]
        role = model.role(step.role_id)
        assert lane.get("name") == (role.name if role else "Unassigned")


def test_decision_flows_carry_their_conditions_and_ai_facts_are_readable():
    model = load_model(template_path("support-triage", "en"))
    root = _tree(model)
    decisions = {e.get("id") for e in root.iter(f"{{{BPMN}}}exclusiveGateway")}
    conditional = [f for f in root.iter(f"{{{BPMN}}}sequenceFlow") if f.get("sourceRef") in decisions]
    assert conditional
    for flow in conditional:
        if flow.get("name"):
            assert flow.find("bpmn:conditionExpression", NS).text == flow.get("name")
    ai = [e for e in root.iter(f"{{{BPMN}}}serviceTask")
          if e.find("bpmn:extensionElements/aios:step", NS).get("kind") == "ai_task"]
    assert ai
    facts = ai[0].find("bpmn:extensionElements/aios:step", NS)
    assert facts.get("reviewMode") and facts.get("qaSampleRate")
    exception_flows = [f for f in model.flows if f.kind in (FlowKind.EXCEPTION, FlowKind.ESCALATION)]
    assert exception_flows
    assert root.findall(".//bpmn:boundaryEvent", NS), "exception flows out of tasks start at a boundary event"


def test_trigger_feed_types_become_timer_and_message_start_events():
    model = load_model(template_path("support-triage", "en"))
    (trigger,) = [s for s in model.steps if s.kind == StepKind.TRIGGER]
    for feed, definition in [("scheduled_file", "timerEventDefinition"),
                             ("api", "messageEventDefinition"),
                             ("event_stream", "messageEventDefinition"),
                             ("manual_export", None)]:
        trigger.feed_type = feed
        start = _tree(model).find(".//bpmn:startEvent", NS)
        found = [etree.QName(c).localname for c in start if etree.QName(c).localname.endswith("Definition")]
        assert found == ([definition] if definition else [])


@pytest.mark.parametrize("name", ["support-triage", "order-intake"])
def test_the_diagram_has_a_shape_for_pool_lanes_and_nodes_and_an_edge_per_flow(name):
    model = load_model(template_path(name, "de"))
    root = _tree(model)
    plane = root.find(".//bpmndi:BPMNPlane", NS)
    assert plane.get("bpmnElement") == root.find("bpmn:collaboration", NS).get("id")
    shaped = {s.get("bpmnElement") for s in plane.findall("bpmndi:BPMNShape", NS)}
    nodes = {e.get("id") for e in root.find("bpmn:process", NS)
             if etree.QName(e).localname not in ("laneSet", "sequenceFlow", "extensionElements")}
    lanes = {e.get("id") for e in root.iter(f"{{{BPMN}}}lane")}
    participant = root.find(".//bpmn:participant", NS).get("id")
    assert nodes | lanes | {participant} <= shaped
    edges = {e.get("bpmnElement"): e for e in plane.findall("bpmndi:BPMNEdge", NS)}
    assert set(edges) == {f.get("id") for f in root.iter(f"{{{BPMN}}}sequenceFlow")}
    for edge in edges.values():
        assert len(edge.findall("di:waypoint", NS)) >= 2
    # A step's centre is where the canvas puts it: x as stored, y from the lane top.
    bounds = {s.get("bpmnElement"): s.find("dc:Bounds", NS) for s in plane.findall("bpmndi:BPMNShape", NS)}
    step = next(s for s in model.steps if s.kind == StepKind.AI_TASK)
    box = bounds[next(e.get("id") for e in root.find("bpmn:process", NS)
                      if e.find("bpmn:extensionElements/aios:step", NS) is not None
                      and json.loads(e.find("bpmn:extensionElements/aios:step", NS).text)["id"] == step.id)]
    assert float(box.get("x")) + float(box.get("width")) / 2 == pytest.approx(step.position.x)


def test_without_the_extensions_a_bpmn_tool_still_sees_names_lanes_flows_and_positions():
    model = load_model(template_path("invoice-processing", "en"))
    root = _tree(model)
    for extension in list(root.iter(f"{{{BPMN}}}extensionElements")):
        extension.getparent().remove(extension)
    back, notes = loads_bpmn(etree.tostring(root), "plain.bpmn", "en")
    assert [s.name for s in back.steps] == [s.name for s in model.steps]
    assert [r.name for r in back.roles] == [r.name for r in model.roles] + \
        (["Unassigned"] if len(back.roles) > len(model.roles) else [])
    roles = {r.id: r.name for r in model.roles}
    back_roles = {r.id: r.name for r in back.roles}
    assert [back_roles.get(s.role_id) for s in back.steps] == [roles.get(s.role_id) for s in model.steps]
    assert [(round(s.position.x, 6), round(s.position.y, 6)) for s in back.steps] == \
        [(round(s.position.x, 6), round(s.position.y, 6)) for s in model.steps]
    names = {s.id: s.name for s in model.steps}
    back_names = {s.id: s.name for s in back.steps}
    assert sorted((back_names[f.source_id], back_names[f.target_id], f.condition) for f in back.flows) == \
        sorted((names[f.source_id], names[f.target_id], f.condition) for f in model.flows)
    derivable = {StepKind.REVIEW: StepKind.HUMAN_TASK, StepKind.EXCEPTION: StepKind.HUMAN_TASK,
                 StepKind.AI_TASK: StepKind.SYSTEM_TASK}
    assert [s.kind for s in back.steps] == [derivable.get(s.kind, s.kind) for s in model.steps]


def test_export_writes_the_file_and_the_cli_does_too(tmp_path):
    model = load_model(template_path("order-intake", "en"))
    export_bpmn(model, tmp_path / "a.bpmn")
    assert (tmp_path / "a.bpmn").read_bytes() == dumps_bpmn(model)
    result = subprocess.run([sys.executable, "-m", "aios_designer", "export",
                             str(template_path("order-intake", "de")), "--bpmn", str(tmp_path / "b.bpmn"),
                             "--lang", "de"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "geschrieben" in result.stdout
    assert etree.parse(str(tmp_path / "b.bpmn")).getroot().tag == f"{{{BPMN}}}definitions"


def test_cli_refuses_a_wrong_bpmn_name_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "aios_designer", "export",
                             str(template_path("order-intake", "en")), "--bpmn", str(tmp_path / "b.txt")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
