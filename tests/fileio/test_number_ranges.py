"""Every number of the model has a range; numbers outside it, too large to represent or with
thousands of digits are refused at load with their field path, as one line."""
import json
import math
import subprocess
import sys
import typing
import warnings
from pathlib import Path

import pytest
from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel

import aios_designer as aios
from aios_designer.fileio import ModelFileError, load_model
from aios_designer.model import Flow, OperatingModel, Role, base, make_step

GOLDEN = Path(__file__).parent / "data" / "schema-v1.aiosm"


def _trigger_index(document: dict) -> int:
    return next(i for i, s in enumerate(document["steps"]) if s["kind"] == "trigger")


def _with_number(tmp_path: Path, literal: str, where=("volume",)) -> tuple[Path, str]:
    """The golden file with ``literal`` written as it stands in place of one number."""
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    if where == ("volume",):
        i = _trigger_index(document)
        document["steps"][i]["volume_per_month"] = "@@"
        place = f"steps[{i}].volume_per_month"
    elif where == ("rows",):
        i, step = next((i, s) for i, s in enumerate(document["steps"]) if s.get("calibration"))
        step["calibration"]["rows_used"] = "@@"
        place = f"steps[{i}].calibration.rows_used"
    else:
        document["kpis"][0]["baseline"] = "@@"
        place = "kpis[0].baseline"
    path = tmp_path / "hostile.aiosm"
    path.write_text(json.dumps(document, indent=2).replace('"@@"', literal), encoding="utf-8")
    return path, place


HOSTILE = {
    "5000 digits": ("1" + "0" * 5000, ("volume",)),
    "1e400": ("1e400", ("volume",)),
    "-1e400 in a KPI": ("-1e400", ("kpi",)),
    "1e308": ("1e308", ("volume",)),
    "a KPI beyond its range": ("1e300", ("kpi",)),
    "an integer of 40 digits": ("1" + "0" * 40, ("rows",)),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_numbers_are_refused_with_their_field_path(tmp_path, name):
    literal, where = HOSTILE[name]
    path, place = _with_number(tmp_path, literal, where)
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    error = caught.value
    assert error.place == place
    for lang in ("en", "de"):
        message = error.message(lang)
        assert "\n" not in message and message.startswith(f"'hostile.aiosm' ({place}):")
    assert len(str(error)) < 200, "the number itself is not repeated"


@pytest.mark.parametrize("name", ["5000 digits", "1e400", "1e308"])
@pytest.mark.parametrize("command", [["check"], ["project"], ["export", "--xlsx", "out.xlsx"]])
def test_every_command_refuses_them_with_one_line_and_exit_2(tmp_path, name, command):
    literal, where = HOSTILE[name]
    path, place = _with_number(tmp_path, literal, where)
    argv = [sys.executable, "-m", "aios_designer", command[0], str(path), *command[1:]]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "hostile.aiosm" in lines[0] and place in lines[0]
    assert "Traceback" not in done.stderr and not (tmp_path / "out.xlsx").exists()


def _number_fields(cls: type[BaseModel], seen: set) -> typing.Iterator[tuple[str, list]]:
    """(name, constraints) of every int or float field, nested models included."""
    if cls in seen:
        return
    seen.add(cls)
    for name, info in cls.model_fields.items():
        constraints = list(info.metadata)
        is_number = False
        for arg in typing.get_args(info.annotation) or (info.annotation,):
            if typing.get_origin(arg) is typing.Annotated:
                arg, *extras = typing.get_args(arg)
                for extra in extras:
                    constraints.extend(getattr(extra, "metadata", [extra]))
            if arg in (int, float):
                is_number = True
            for sub in (arg, *typing.get_args(arg)):
                if isinstance(sub, type) and issubclass(sub, BaseModel):
                    yield from _number_fields(sub, seen)
        if is_number:
            yield f"{cls.__name__}.{name}", constraints


def test_every_number_of_the_model_has_both_bounds():
    from aios_designer.model import STEP_CLASSES

    seen: set = set()
    fields = list(_number_fields(OperatingModel, seen))
    for step_class in STEP_CLASSES.values():
        fields.extend(_number_fields(step_class, seen))
    assert len(fields) > 30
    for name, constraints in fields:
        kinds = {type(m) for m in constraints}
        assert kinds & {Ge, Gt}, f"{name} has no lower bound"
        assert kinds & {Le, Lt}, f"{name} has no upper bound"


def test_infinity_and_nan_cannot_be_assigned():
    role = Role(name="Agent")
    for value in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValueError):
            role.hourly_cost = value
    assert role.hourly_cost == 0.0


def test_the_largest_allowed_numbers_project_to_finite_figures_without_warnings():
    """The ranges are chosen so that no product of the projection overflows, also through a
    rework loop that is left only rarely."""
    role = Role(name="Agent", headcount=base.MAX_HEADCOUNT, hourly_cost=base.MAX_MONEY)
    trigger = make_step("trigger", volume_per_month=base.MAX_VOLUME,
                        waiting_minutes=base.MAX_MINUTES)
    ai = make_step("ai_task", role_id=role.id, cost_per_item=base.MAX_MONEY,
                   latency_seconds=base.MAX_SECONDS)
    ai.review.review_minutes = base.MAX_MINUTES
    ai.review.reviewer_role_id = role.id
    task = make_step("human_task", role_id=role.id, handling_minutes=base.MAX_MINUTES,
                     waiting_minutes=base.MAX_MINUTES)
    end = make_step("end")
    model = OperatingModel(roles=[role], steps=[trigger, ai, task, end], flows=[
        Flow(source_id=trigger.id, target_id=ai.id), Flow(source_id=ai.id, target_id=task.id),
        Flow(source_id=task.id, target_id=task.id, share=1 - 1e-6, kind="rework"),
        Flow(source_id=task.id, target_id=end.id, share=1e-6)])
    model.business_case.monthly_run_cost = base.MAX_MONEY
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        projection = aios.project(model)
        aios.check(model)
    figures = projection.to_json()
    assert not projection.unbounded_step_ids
    # One agent pool cannot carry such work: its queue is saturated (wait and cycle time
    # unbounded, reported as such); the figures without queues stay finite.
    assert projection.saturated_role_ids == [role.id] and figures["cycle_time_hours"] is None
    for key in ("cost_per_unit", "cycle_time_hours_without_queues", "human_hours_per_month",
                "fte"):
        assert figures[key] is not None and math.isfinite(figures[key]), key
