"""The Document: one command per intent, exact undo, dirty state, structural timestamps."""
import pytest

from aios_designer.gui.document import Document
from aios_designer.model import OperatingModel, Role, TeamKpi, make_step


@pytest.fixture
def doc(qapp):
    agent, lead = Role(name="Agent"), Role(name="Teamleitung")
    model = OperatingModel(roles=[agent, lead])
    ai = make_step("ai_task", name="Classify", role_id=agent.id,
                   review={"reviewer_role_id": agent.id})
    review = make_step("review", name="Check", role_id=agent.id,
                       raci_overrides={lead.id: "A"})
    model.steps += [ai, review]
    model.team_kpis.append(TeamKpi(role_id=agent.id, kpi_before="tickets/day"))
    document = Document(model)
    document.connect_steps(ai.id, review.id)
    document.undo_stack.clear()
    return document


def test_removing_a_role_clears_every_reference_and_undo_restores_them(doc):
    before = doc.model.model_dump()
    agent = doc.model.roles[0]
    assert doc.remove_elements([agent.id])
    assert doc.undo_stack.count() == 1
    assert all(s.role_id != agent.id for s in doc.model.steps)
    assert doc.model.steps[0].review.reviewer_role_id is None
    assert doc.model.team_kpis == []
    doc.undo_stack.undo()
    assert doc.model.model_dump() == before


def test_removing_a_step_takes_its_flows_in_one_undo_step(doc):
    before = doc.model.model_dump()
    doc.remove_elements([doc.model.steps[0].id])
    assert doc.model.flows == [] and len(doc.model.steps) == 1
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.model_dump() == before


def test_structural_edits_stamp_structure_changed_and_undo_restores_it(doc):
    doc.model.meta.structure_changed = None
    doc.add_elements("Add", steps=[make_step("end")])
    assert doc.model.meta.structure_changed is not None
    doc.undo_stack.undo()
    assert doc.model.meta.structure_changed is None
    doc.set_fields(("steps", doc.model.steps[0].id), {"name": "Klassifizieren"})
    assert doc.model.meta.structure_changed is None


def test_invalid_values_raise_and_push_nothing(doc):
    step_id = doc.model.steps[0].id
    with pytest.raises(ValueError):
        doc.set_fields(("steps", step_id), {"review.threshold": 1.7})
    assert doc.undo_stack.count() == 0
    assert doc.model.steps[0].review.threshold == 0.9


def test_unchanged_values_push_nothing(doc):
    step_id = doc.model.steps[0].id
    assert not doc.set_fields(("steps", step_id), {"name": "Classify"})
    assert doc.undo_stack.count() == 0


def test_edits_with_a_merge_key_become_one_undo_step(doc):
    step_id = doc.model.steps[0].id
    for value in (0.91, 0.92, 0.93):
        doc.set_fields(("steps", step_id), {"review.threshold": value}, merge_key="thr")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.steps[0].review.threshold == 0.9


def test_dirty_follows_the_undo_stack_and_saving(doc, tmp_path, qtbot):
    states = []
    doc.dirty_changed.connect(states.append)
    doc.set_fields(("meta",), {"title": "Ticket-Triage"})
    assert doc.is_dirty
    doc.save(tmp_path / "m.aiosm")
    assert not doc.is_dirty and doc.path == tmp_path / "m.aiosm"
    doc.undo_stack.undo()
    assert doc.is_dirty
    assert states[:2] == [True, False]


def test_a_model_from_a_template_needs_saving_before_any_edit(doc, tmp_path):
    doc.replace_model(OperatingModel(), None, dirty=True)
    assert doc.is_dirty and doc.undo_stack.count() == 0
    doc.save(tmp_path / "new.aiosm")
    assert not doc.is_dirty


def test_raci_cell_override_and_reset(doc):
    step = doc.model.steps[1]
    agent = doc.model.roles[0]
    doc.set_raci_cell(step.id, agent.id, "A/R")
    assert step.raci_overrides[agent.id] == "RA"
    doc.set_raci_cell(step.id, agent.id, None)
    assert agent.id not in doc.model.steps[1].raci_overrides
    doc.undo_stack.undo()
    assert doc.model.steps[1].raci_overrides[agent.id] == "RA"


def test_moving_a_role_reorders_lanes_and_undo_restores_order(doc):
    names = [r.name for r in doc.model.roles]
    doc.move_role(doc.model.roles[0].id, 1)
    assert [r.name for r in doc.model.roles] == names[::-1]
    doc.undo_stack.undo()
    assert [r.name for r in doc.model.roles] == names


def test_undo_history_keeps_the_last_undo_limit_steps_and_stays_dirty(doc, tmp_path):
    step = doc.model.steps[0]
    doc.save(tmp_path / "limit.aiosm")
    extra = 30
    for n in range(Document.UNDO_LIMIT + extra):
        doc.set_fields(("steps", step.id), {"name": f"Name {n}"})
    assert doc.undo_stack.count() == Document.UNDO_LIMIT
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    # The oldest steps were dropped: undo stops at the state after them.
    assert step.name == f"Name {extra - 1}"
    assert doc.is_dirty, "the saved state is no longer reachable, so the model is unsaved"
