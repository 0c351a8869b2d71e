"""BPMN 2.0 import of files in other tools' styles: each imports or is refused with one clear
line, nothing is dropped without a line in the report, hostile XML is refused."""
import subprocess
import sys
from pathlib import Path

import pytest

from aios_designer.export.bpmn.reader import MAX_BYTES, import_bpmn, loads_bpmn
from aios_designer.export.bpmn.report import BpmnImportError
from aios_designer.fileio import load_model
from aios_designer.model import FlowKind, RoleKind, StepKind

CORPUS = Path(__file__).resolve().parent / "bpmn_corpus"
IMPORTED = sorted(p for p in CORPUS.iterdir() if not p.name.startswith("refused-"))
REFUSED = sorted(p for p in CORPUS.iterdir() if p.name.startswith("refused-"))


def test_the_corpus_is_large_enough():
    assert len(IMPORTED) >= 20 and len(REFUSED) >= 5


@pytest.mark.parametrize("path", IMPORTED, ids=lambda p: p.name)
def test_every_file_of_the_corpus_imports_and_every_lane_task_and_flow_is_accounted_for(path):
    model, notes = import_bpmn(path, "en")
    assert model.steps
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    reported = {n.element_id for n in notes}
    step_names = {s.name for s in model.steps}
    # Every named task or event either became a step or is named in the report.
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local.endswith(("Task", "Event")) or local in ("task", "callActivity"):
            if local == "boundaryEvent":
                continue
            ancestors = {etree.QName(a).localname for a in element.iterancestors()}
            if ancestors & {"subProcess", "transaction", "adHocSubProcess"}:
                continue
            assert element.get("name", "") in step_names or element.get("id") in reported, element.get("id")
    for note in notes:
        assert note.message("en") and note.message("de")


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.name)
def test_unusable_and_hostile_files_are_refused_with_one_sentence(path):
    with pytest.raises(BpmnImportError) as caught:
        import_bpmn(path)
    assert path.name in caught.value.message("en")
    assert "\n" not in caught.value.message("de")


def test_entities_are_never_expanded():
    with pytest.raises(BpmnImportError, match="refused for safety"):
        import_bpmn(CORPUS / "refused-billion-laughs.bpmn")
    with pytest.raises(BpmnImportError, match="refused for safety"):
        import_bpmn(CORPUS / "refused-external-entity.bpmn")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.bpmn"
    with huge.open("wb") as out:
        out.write(b'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">')
        out.seek(MAX_BYTES + 10)
        out.write(b"</bpmn:definitions>")
    with pytest.raises(BpmnImportError, match="too large"):
        import_bpmn(huge)


def test_too_many_elements_are_refused():
    body = "".join(f'<bpmn:task id="t{i}"/>' for i in range(210_000))
    data = (f'<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">'
            f'<bpmn:process id="p">{body}</bpmn:process></bpmn:definitions>').encode()
    assert len(data) < MAX_BYTES
    with pytest.raises(BpmnImportError, match="too many elements"):
        loads_bpmn(data, "many.bpmn")


def test_lanes_become_roles_and_gateways_decisions_with_their_conditions():
    model, notes = import_bpmn(CORPUS / "03-camunda7-lanes-conditions.bpmn")
    assert [r.name for r in model.roles] == ["Agent", "System"]
    by_name = {s.name: s for s in model.steps}
    assert by_name["Confident?"].kind == StepKind.DECISION
    assert by_name["Review draft"].kind == StepKind.HUMAN_TASK
    assert by_name["Classify ticket"].kind == StepKind.SYSTEM_TASK
    assert by_name["Ticket received"].feed_type == "api"
    assert by_name["Review draft"].role_id == model.roles[0].id
    conditions = sorted(f.condition for f in model.flows if f.source_id == by_name["Confident?"].id)
    assert conditions == ["no", "yes"]
    assert any("camunda.org" in n.message("en") for n in notes)


def test_diagram_positions_are_kept_relative_to_the_lane():
    model, _ = import_bpmn(CORPUS / "15-aris-default-namespace.bpmn")
    # Lane top at y=100; the task's centre at (350, 180).
    task = next(s for s in model.steps if s.name == "Create accounts")
    assert (task.position.x, task.position.y) == (350.0, 80.0)


def test_without_diagram_the_workflow_is_laid_out_and_that_is_reported():
    model, notes = import_bpmn(CORPUS / "02-process-only-no-diagram.bpmn")
    xs = [s.position.x for s in model.steps]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert any(n.element_type == "BPMNDiagram" for n in notes)


def test_parallel_and_inclusive_gateways_become_decisions_with_a_note():
    for name, gateway in (("11-parallel-gateway.bpmn", "parallelGateway"),
                          ("12-inclusive-gateway.bpmn", "inclusiveGateway")):
        model, notes = import_bpmn(CORPUS / name)
        decisions = [s for s in model.steps if s.kind == StepKind.DECISION]
        assert decisions and all(s.description for s in decisions)
        assert {n.element_id for n in notes if n.element_type == gateway} == \
            {s.id for s in decisions}


def test_sub_processes_are_collapsed_and_reported():
    model, notes = import_bpmn(CORPUS / "08-sub-process.bpmn")
    assert [s.name for s in model.steps] == ["Application", "Check application", "Decide", "Decided"]
    assert [(f.source_id, f.target_id) for f in model.flows] == [("S", "Sub"), ("Sub", "T"), ("T", "E")]
    (note,) = [n for n in notes if n.element_id == "Sub"]
    assert "4 inner elements" in note.message("en")


def test_boundary_events_become_exception_flows_of_their_task():
    model, notes = import_bpmn(CORPUS / "13-boundary-error-and-timer.bpmn")
    exceptions = [f for f in model.flows if f.kind == FlowKind.EXCEPTION]
    assert {(f.source_id, f.target_id) for f in exceptions} == {("T", "H"), ("T", "L")}
    assert next(f for f in exceptions if f.target_id == "H").condition == "API error"
    assert [n.element_id for n in notes] == ["BT"]


def test_pools_messages_and_black_boxes():
    model, notes = import_bpmn(CORPUS / "16-black-box-pool-call-activity.bpmn")
    assert [(r.name, r.kind) for r in model.roles] == [("Bank", RoleKind.HUMAN),
                                                       ("Credit bureau", RoleKind.EXTERNAL)]
    assert {"Pool_bureau", "C", "m1", "m2"} <= {n.element_id for n in notes}
    model, notes = import_bpmn(CORPUS / "06-bizagi-two-pools-message-flows.bpmn")
    assert [r.name for r in model.roles] == ["Buyer", "Supplier"]
    assert {n.element_id for n in notes} == {"mf1", "mf2"}


def test_data_objects_and_annotations_are_listed_not_dropped():
    _, notes = import_bpmn(CORPUS / "10-data-objects.bpmn")
    assert {n.element_id for n in notes} >= {"DO", "DOR", "DSR"}


def test_long_ids_are_shortened_and_unique():
    model, _ = import_bpmn(CORPUS / "20-transaction-adhoc-long-ids-unicode.bpmn")
    assert all(len(s.id) <= 64 for s in model.steps)
    assert any("≥" in s.name for s in model.steps)


def test_the_cli_writes_the_model_and_prints_the_report_in_german(tmp_path):
    out = tmp_path / "imported.aiosm"
    result = subprocess.run([sys.executable, "-m", "aios_designer", "import-bpmn",
                             str(CORPUS / "10-data-objects.bpmn"), str(out), "--lang", "de"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "nicht unverändert übernommen" in result.stdout and "'DSR'" in result.stdout
    model = load_model(out)
    assert model.meta.language == "de" and len(model.steps) == 3


@pytest.mark.parametrize("path", REFUSED[:3] + [CORPUS / "missing.bpmn"], ids=lambda p: p.name)
def test_the_cli_refuses_with_one_line_and_no_traceback(path, tmp_path):
    result = subprocess.run([sys.executable, "-m", "aios_designer", "import-bpmn", str(path),
                             str(tmp_path / "x.aiosm")], capture_output=True, text=True)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "x.aiosm").exists()


def test_the_cli_does_not_overwrite_without_force(tmp_path):
    out = tmp_path / "x.aiosm"
    out.write_text("keep")
    result = subprocess.run([sys.executable, "-m", "aios_designer", "import-bpmn",
                             str(CORPUS / "01-bpmnio-pool-without-lanes.bpmn"), str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and out.read_text() == "keep"


def test_damaged_files_are_imported_or_refused_never_a_traceback():
    """Attributes and elements of the corpus removed or garbled at random (fixed seed)."""
    import random

    from lxml import etree

    rng = random.Random(15)
    for _ in range(300):
        root = etree.parse(str(rng.choice(IMPORTED))).getroot()
        elements = list(root.iter())
        for _ in range(rng.randint(1, 6)):
            element = rng.choice(elements)
            roll = rng.random()
            if roll < 0.4 and element.attrib:
                del element.attrib[rng.choice(list(element.attrib))]
            elif roll < 0.7 and element.getparent() is not None:
                element.getparent().remove(element)
            elif element.attrib:
                key = rng.choice(list(element.attrib))
                element.attrib[key] = rng.choice(["", "x", "-1", "1e309", "nan", "S", "a" * 700])
        try:
            loads_bpmn(etree.tostring(root), "damaged.bpmn")
        except BpmnImportError:
            pass
