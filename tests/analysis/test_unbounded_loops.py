"""``check`` and ``project`` agree on which loops items can never leave."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aios_designer as aios
from aios_designer.model import Flow, OperatingModel, ReviewMode, Role, StepKind, make_step

KINDS = list(StepKind)
share = st.none() | st.sampled_from([0.0, 1.0, 0.5]) | st.floats(0.0, 1.0)


@st.composite
def workflows(draw) -> OperatingModel:
    role = Role(name="Team", headcount=2, hourly_cost=50)
    n = draw(st.integers(2, 8))
    steps = []
    for i in range(n):
        kind = StepKind.TRIGGER if i == 0 else draw(st.sampled_from(KINDS))
        step = make_step(kind, name=f"s{i}", role_id=role.id)
        if kind == StepKind.TRIGGER:
            step.volume_per_month = draw(st.sampled_from([0.0, 100.0, 1000.0]))
        if kind == StepKind.AI_TASK:
            step.review.mode = draw(st.sampled_from(list(ReviewMode)))
            step.review.auto_share_estimate = draw(st.sampled_from([0.0, 0.7, 1.0]))
        steps.append(step)
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                          max_size=3 * n))
    flows = [Flow(source_id=steps[a].id, target_id=steps[b].id, share=draw(share))
             for a, b in pairs]
    return OperatingModel(roles=[role], steps=steps, flows=flows)


def _loops_reported(model: OperatingModel) -> list[set[str]]:
    return [set(f.elements) for f in aios.check(model) if f.rule == "AIOS-G005"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workflows())
def test_check_reports_exactly_the_loops_the_projection_cannot_solve(model):
    projection = aios.project(model)
    loops = _loops_reported(model)
    unbounded = set(projection.unbounded_step_ids)
    reported = set().union(*loops) if loops else set()
    assert unbounded <= reported, "project found a loop without exit that check missed"
    visits = {s.id: s.items_per_month for s in projection.steps}
    for loop in loops:
        # Items either reach the loop, and then never get out, or never arrive at all.
        if loop & unbounded:
            assert loop <= unbounded
        else:
            assert all(visits[s] == 0.0 for s in loop), "check reports a loop project solves"


def test_a_ring_through_every_step_end_to_trigger_is_reported_by_both(tmp_path, capsys):
    from aios_designer.cli import main

    role = Role(name="Team", headcount=2, hourly_cost=50)
    kinds = ["trigger", "ai_task", "review", "human_task", "end"]
    steps = [make_step(k, name=k, role_id=role.id) for k in kinds]
    steps[0].volume_per_month = 500
    ring = [Flow(source_id=a.id, target_id=b.id) for a, b in zip(steps, steps[1:] + steps[:1])]
    model = OperatingModel(roles=[role], steps=steps, flows=ring)
    loops = _loops_reported(model)
    assert loops == [{s.id for s in steps}]
    projection = aios.project(model)
    assert set(projection.unbounded_step_ids) == {s.id for s in steps}
    assert math.isinf(projection.steps[1].items_per_month)

    path = tmp_path / "ring.aiosm"
    aios.save_model(model, path)
    assert main(["check", str(path)]) == 1
    assert "AIOS-G005" in capsys.readouterr().out
    assert main(["project", str(path)]) == 1
