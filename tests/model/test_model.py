"""Invariants of the domain model: ranges, references, RACI letters, discriminated steps."""
import pytest
from pydantic import ValidationError

from aios_designer.model import (
    STEP_CLASSES,
    AiTaskStep,
    Flow,
    OperatingModel,
    Role,
    StepKind,
    TeamKpi,
    integrity_problems,
    make_step,
    normalize_raci,
    step_adapter,
)


def _model_with_role() -> tuple[OperatingModel, Role]:
    role = Role(name="Support-Agent", headcount=4, hourly_cost=48)
    return OperatingModel(roles=[role]), role


def test_every_kind_has_a_class_and_round_trips_through_the_union():
    for kind in StepKind:
        step = make_step(kind, name=f"a {kind}")
        again = step_adapter.validate_python(step.model_dump(mode="json"))
        assert type(again) is STEP_CLASSES[kind]
        assert again == step


@pytest.mark.parametrize("field, value", [
    ("review.threshold", 1.5),
    ("review.threshold", -0.1),
    ("review.qa_sample_rate", 2),
    ("cost_per_item", -1),
    ("waiting_minutes", -5),
])
def test_out_of_range_values_are_rejected(field, value):
    data = AiTaskStep(name="Classify").model_dump()
    head, _, last = field.rpartition(".")
    (data[head] if head else data)[last] = value
    with pytest.raises(ValidationError):
        AiTaskStep.model_validate(data)


def test_assignment_is_validated():
    step = AiTaskStep(name="Classify")
    with pytest.raises(ValidationError):
        step.review.threshold = 1.2
    assert step.review.threshold == 0.9


def test_role_money_and_headcount_must_not_be_negative():
    with pytest.raises(ValidationError):
        Role(name="x", hourly_cost=-1)
    with pytest.raises(ValidationError):
        Role(name="x", headcount=-0.5)


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        OperatingModel.model_validate({"roles": [{"name": "x", "salary": 3}]})


def test_dangling_references_are_named_with_their_path():
    model, role = _model_with_role()
    data = model.model_dump()
    data["steps"] = [make_step("human_task", role_id="missing").model_dump()]
    with pytest.raises(ValidationError, match=r"steps\[0\]\.role_id: refers to a role"):
        OperatingModel.model_validate(data)


def test_flows_must_connect_existing_steps():
    model, _ = _model_with_role()
    step = make_step("trigger")
    model.steps.append(step)
    model.flows.append(Flow(source_id=step.id, target_id="nowhere"))
    assert integrity_problems(model) == [
        ("flows[0].target_id", "refers to a step that does not exist ('nowhere')")]


def test_duplicate_ids_across_collections_are_found():
    model, role = _model_with_role()
    model.steps.append(make_step("end", id=role.id))
    assert ("steps[0].id", f"duplicate id '{role.id}'") in integrity_problems(model)


def test_team_kpi_and_raci_override_refer_to_roles():
    model, role = _model_with_role()
    model.team_kpis.append(TeamKpi(role_id="ghost"))
    model.steps.append(make_step("review", raci_overrides={"ghost": "R"}))
    paths = [p for p, _ in integrity_problems(model)]
    assert "team_kpis[0].role_id" in paths
    assert "steps[0].raci_overrides.ghost" in paths


@pytest.mark.parametrize("text, letters", [
    ("A/R", "RA"), ("ar", "RA"), ("R, A", "RA"), ("I", "I"), ("", ""), ("c/i/r", "RCI"),
])
def test_raci_letters_are_normalised(text, letters):
    assert normalize_raci(text) == letters


@pytest.mark.parametrize("text", ["X", "R/S", "Q"])
def test_unknown_raci_letters_are_refused(text):
    with pytest.raises(ValueError):
        normalize_raci(text)


def test_raci_override_cells_only_hold_canonical_letters():
    with pytest.raises(ValidationError):
        make_step("human_task", raci_overrides={"r": "AR"})  # must be canonical "RA"
    assert make_step("human_task", raci_overrides={"r": "RA"}).raci_overrides == {"r": "RA"}


def test_calibration_points_are_sorted_and_unique():
    step = AiTaskStep.model_validate({"calibration": {"points": [
        {"threshold": 0.9, "auto_share": 0.5}, {"threshold": 0.5, "auto_share": 0.9}]}})
    assert [p.threshold for p in step.calibration.points] == [0.5, 0.9]
    with pytest.raises(ValidationError, match="unique"):
        AiTaskStep.model_validate({"calibration": {"points": [
            {"threshold": 0.9, "auto_share": 0.5}, {"threshold": 0.9, "auto_share": 0.4}]}})

