"""The what-if (a hypothetical threshold) must give exactly what a changed model gives."""
import random

import pytest

from aios_designer.analysis.flow_volumes import resolve_shares
from aios_designer.analysis.projection import Projector, project
from aios_designer.model import (
    AiTaskStep,
    Calibration,
    CalibrationPoint,
    EndStep,
    Flow,
    HumanTaskStep,
    OperatingModel,
    ReviewPolicy,
    ReviewStep,
    Role,
    TriggerStep,
)


def _curve():
    return Calibration(overall_error_rate=0.12, points=[
        CalibrationPoint(threshold=h / 100, auto_share=1 - (h - 50) / 55,
                         error_rate_auto=0.06 * (100 - h) / 50) for h in range(50, 100)])


def looped_model(seed: int, n_ai: int = 4) -> OperatingModel:
    """Triggers → AI steps → review (with rework back to the AI step) → human work → end,
    chained so that volumes of later AI steps depend on earlier ones."""
    rng = random.Random(seed)
    # Enough people that no role saturates: the queue waits then enter the comparison.
    roles = [Role(id=f"r{i}", name=f"Role {i}", headcount=6, hourly_cost=30 + 10 * i)
             for i in range(3)]
    steps, flows = [TriggerStep(id="t", volume_per_month=1000 + rng.random() * 500)], []
    previous = "t"
    for i in range(n_ai):
        ai = AiTaskStep(id=f"ai{i}", calibration=_curve(), cost_per_item=0.01,
                        review=ReviewPolicy(threshold=rng.choice([0.6, 0.75, 0.9]),
                                            reviewer_role_id="r0"))
        rv = ReviewStep(id=f"rv{i}", role_id=f"r{i % 3}", handling_minutes=2 + i)
        work = HumanTaskStep(id=f"h{i}", role_id=f"r{(i + 1) % 3}", handling_minutes=5)
        steps += [ai, rv, work]
        flows += [Flow(source_id=previous, target_id=ai.id),
                  Flow(source_id=ai.id, target_id=rv.id),
                  Flow(source_id=ai.id, target_id=work.id),
                  Flow(source_id=rv.id, target_id=work.id, share=0.7),
                  Flow(source_id=rv.id, target_id=ai.id, share=0.3, kind="rework")]
        previous = work.id
    steps.append(EndStep(id="e"))
    flows.append(Flow(source_id=previous, target_id="e"))
    return OperatingModel(roles=roles, steps=steps, flows=flows)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("threshold", [0.5, 0.62, 0.855, 0.99])
def test_whatif_equals_projection_of_changed_model(seed, threshold):
    model = looped_model(seed)
    projector = Projector(model)
    step_id = f"ai{seed % 4}"
    what_if = projector.project({step_id: threshold})
    changed = model.model_copy(deep=True)
    next(s for s in changed.steps if s.id == step_id).review.threshold = threshold
    direct = project(changed)
    assert what_if.cost_per_unit == pytest.approx(direct.cost_per_unit, rel=1e-9)
    assert direct.queue_wait_hours > 0
    assert what_if.cycle_time_hours == pytest.approx(direct.cycle_time_hours, rel=1e-9)
    assert [q.mean_wait_hours for q in what_if.queues] == pytest.approx(
        [q.mean_wait_hours for q in direct.queues], rel=1e-9)
    assert what_if.residual_error_rate == pytest.approx(direct.residual_error_rate, rel=1e-9)
    for a, b in zip(what_if.steps, direct.steps):
        assert a.items_per_month == pytest.approx(b.items_per_month, rel=1e-9, abs=1e-9)
    for a, b in zip(what_if.roles, direct.roles):
        assert a.hours_per_month == pytest.approx(b.hours_per_month, rel=1e-9, abs=1e-9)


def test_whatif_for_two_steps_at_once_and_repeated_calls():
    model = looped_model(7)
    projector = Projector(model)
    for _ in range(2):
        both = projector.project({"ai0": 0.55, "ai2": 0.95})
        changed = model.model_copy(deep=True)
        changed.steps[1].review.threshold = 0.55
        changed.steps[7].review.threshold = 0.95
        assert both.cost_per_unit == pytest.approx(project(changed).cost_per_unit, rel=1e-9)
    assert projector.project().cost_per_unit == pytest.approx(project(model).cost_per_unit)


def test_rework_through_review_scales_with_review_share():
    model = looped_model(1, n_ai=1)
    p = Projector(model).project({"ai0": 0.5})
    volume = model.steps[0].volume_per_month
    review = 1 - Projector(model).project({"ai0": 0.5}).ai_step("ai0").auto_share
    # v_ai = V + 0.3 v_rv, v_rv = review × v_ai  →  v_ai = V / (1 − 0.3 × review)
    assert p.step("ai0").items_per_month == pytest.approx(volume / (1 - 0.3 * review))


def test_unknown_step_is_rejected():
    with pytest.raises(KeyError):
        Projector(looped_model(0)).project({"nope": 0.5})


@pytest.mark.parametrize("declared, expected", [
    ([None, None], [0.5, 0.5]),
    ([0.2, None, None], [0.2, 0.4, 0.4]),
    ([0.6, 0.6], [0.5, 0.5]),            # over 1: scaled, no item created
    ([0.3, 0.2], [0.6, 0.4]),            # under 1, nothing open: scaled, no item lost
    ([0.9, 0.3, None], [0.75, 0.25, 0.0]),
    ([0.0, 0.0], [0.5, 0.5]),
])
def test_resolve_shares(declared, expected):
    assert resolve_shares(declared) == pytest.approx(expected)
