"""Projection, checked against numbers worked out by hand for small workflows."""
import json

import pytest

from aios_designer.analysis.projection import Projector, project
from aios_designer.model import (
    AiTaskStep,
    Calibration,
    CalibrationPoint,
    DecisionStep,
    EndStep,
    ExceptionStep,
    Flow,
    HumanTaskStep,
    OperatingModel,
    ReviewPolicy,
    ReviewStep,
    Role,
    Settings,
    SystemTaskStep,
    TriggerStep,
)
from aios_designer.model.kpis import BusinessCase


def chain(*steps, shares=None):
    """Flows step[0] → step[1] → … (ids of the steps)."""
    return [Flow(source_id=a.id, target_id=b.id) for a, b in zip(steps, steps[1:])]


def test_chain_hours_cost_cycle_time_and_fte():
    agent = Role(id="agent", name="Agent", headcount=1, hourly_cost=40)
    t = TriggerStep(id="t", name="In", volume_per_month=1000)
    h = HumanTaskStep(id="h", name="Read", role_id="agent", handling_minutes=6,
                      waiting_minutes=30)
    ai = AiTaskStep(id="ai", name="Draft", cost_per_item=0.05, latency_seconds=12,
                    review=ReviewPolicy(mode="none"))
    s = SystemTaskStep(id="s", name="Write back", latency_seconds=6)
    e = EndStep(id="e", name="Done")
    model = OperatingModel(roles=[agent], steps=[t, h, ai, s, e], flows=chain(t, h, ai, s, e),
                           business_case=BusinessCase(monthly_run_cost=500),
                           settings=Settings(productive_hours_per_fte_month=125))
    p = project(model)
    assert p.volume_per_month == 1000
    assert p.completed_per_month == pytest.approx(1000)
    for step in p.steps:
        assert step.items_per_month == pytest.approx(1000)
    # 1000 × 6 min = 100 h; 100 / 125 = 0.8 FTE; utilisation 0.8 of 1 FTE
    role = p.role("agent")
    assert role.hours_per_month == pytest.approx(100)
    assert role.fte == pytest.approx(0.8)
    assert role.utilisation == pytest.approx(0.8)
    # (100 h × 40 + 1000 × 0.05 + 500) / 1000 = 4.55
    assert p.cost_per_unit == pytest.approx(4.55)
    # per item: 30 wait + 6 work + 0.2 AI latency + 0.1 write-back = 36.3 min
    assert p.cycle_time_hours_without_queues == pytest.approx(36.3 / 60)
    # plus the queue: M/M/1 at ρ = 0.8 waits ρ/(1 − ρ) × 6 min = 24 min
    assert p.cycle_time_hours == pytest.approx((36.3 + 24) / 60)
    assert p.throughput_per_person == pytest.approx(1000 / 0.8)
    # mode none: the AI's errors (estimate 3 %) all pass
    assert p.residual_error_rate == pytest.approx(0.03)


def test_decision_split_with_open_share():
    roles = [Role(id="x", name="X", headcount=1, hourly_cost=60),
             Role(id="y", name="Y", headcount=1, hourly_cost=30)]
    t = TriggerStep(id="t", volume_per_month=1200)
    d = DecisionStep(id="d", name="Complex?")
    hx = HumanTaskStep(id="hx", role_id="x", handling_minutes=6)
    hy = HumanTaskStep(id="hy", role_id="y", handling_minutes=2)
    hz = HumanTaskStep(id="hz", role_id="y", handling_minutes=1)
    e = EndStep(id="e")
    flows = [Flow(source_id="t", target_id="d"),
             Flow(source_id="d", target_id="hx", share=0.25),
             Flow(source_id="d", target_id="hy"),       # None: half of the remaining 0.75
             Flow(source_id="d", target_id="hz"),
             Flow(source_id="hx", target_id="e"), Flow(source_id="hy", target_id="e"),
             Flow(source_id="hz", target_id="e")]
    p = project(OperatingModel(roles=roles, steps=[t, d, hx, hy, hz, e], flows=flows))
    assert p.step("hx").items_per_month == pytest.approx(300)
    assert p.step("hy").items_per_month == pytest.approx(450)
    assert p.step("hz").items_per_month == pytest.approx(450)
    assert p.role("x").hours_per_month == pytest.approx(30)          # 300 × 6 / 60
    assert p.role("y").hours_per_month == pytest.approx(15 + 7.5)    # 450×2/60 + 450×1/60
    assert p.cost_per_unit == pytest.approx((30 * 60 + 22.5 * 30) / 1200)
    # expected minutes per item: 0.25×6 + 0.375×2 + 0.375×1
    assert p.cycle_time_hours_without_queues == pytest.approx((1.5 + 0.75 + 0.375) / 60)


def test_rework_loop_counts_every_pass():
    agent = Role(id="a", name="Agent", headcount=2, hourly_cost=50)
    lead = Role(id="l", name="Lead", headcount=1, hourly_cost=80)
    t = TriggerStep(id="t", volume_per_month=800)
    work = HumanTaskStep(id="w", role_id="a", handling_minutes=9)
    check = ReviewStep(id="c", role_id="l", handling_minutes=3)
    e = EndStep(id="e")
    flows = [Flow(source_id="t", target_id="w"), Flow(source_id="w", target_id="c"),
             Flow(source_id="c", target_id="e", share=0.75),
             Flow(source_id="c", target_id="w", share=0.25, kind="rework")]
    p = project(OperatingModel(roles=[agent, lead], steps=[t, work, check, e], flows=flows))
    # v_w = 800 + 0.25 v_c, v_c = v_w  ->  v = 800 / 0.75
    visits = 800 / 0.75
    assert p.step("w").items_per_month == pytest.approx(visits)
    assert p.step("c").items_per_month == pytest.approx(visits)
    assert p.step("e").items_per_month == pytest.approx(800)
    assert p.role("a").hours_per_month == pytest.approx(visits * 9 / 60)
    assert p.role("l").hours_per_month == pytest.approx(visits * 3 / 60)
    assert p.role("l").review_hours_per_month == pytest.approx(visits * 3 / 60)
    assert p.cycle_time_hours_without_queues == pytest.approx(visits * 12 / 800 / 60)


def test_loop_without_exit_is_unbounded_and_json_has_nulls():
    r = Role(id="r", name="R", headcount=1)
    t = TriggerStep(id="t", volume_per_month=10)
    a = HumanTaskStep(id="a", role_id="r", handling_minutes=1)
    b = HumanTaskStep(id="b", role_id="r", handling_minutes=1)
    e = EndStep(id="e")
    flows = [Flow(source_id="t", target_id="a"), Flow(source_id="a", target_id="b"),
             Flow(source_id="b", target_id="a")]
    p = project(OperatingModel(roles=[r], steps=[t, a, b, e], flows=flows))
    assert sorted(p.unbounded_step_ids) == ["a", "b"]
    data = json.loads(json.dumps(p.to_json(), allow_nan=False))
    assert data["cost_per_unit"] is None
    assert data["steps"][3]["items_per_month"] == 0


def threshold_model(threshold=0.8, headcount=1.0, mode="threshold", four_eyes=False):
    """Trigger 2000 → AI (threshold) → review (reviewer, 4 min) | auto → end.
    Calibration: 0.7 → 80 % auto 4 % errors, 0.8 → 60 % / 2 %, 0.9 → 30 % / 1 %."""
    reviewer = Role(id="rev", name="Reviewer", headcount=headcount, hourly_cost=45)
    t = TriggerStep(id="t", volume_per_month=2000)
    cal = Calibration(overall_error_rate=0.1, points=[
        CalibrationPoint(threshold=0.7, auto_share=0.8, error_rate_auto=0.04),
        CalibrationPoint(threshold=0.8, auto_share=0.6, error_rate_auto=0.02),
        CalibrationPoint(threshold=0.9, auto_share=0.3, error_rate_auto=0.01)])
    ai = AiTaskStep(id="ai", name="Classify", cost_per_item=0.01, calibration=cal,
                    review=ReviewPolicy(mode=mode, threshold=threshold, qa_sample_rate=0.05,
                                        reviewer_role_id="rev", review_minutes=2,
                                        review_miss_rate=0.1))
    rv = ReviewStep(id="rv", role_id="rev", handling_minutes=4, miss_rate=0.2,
                    four_eyes=four_eyes)
    e = EndStep(id="e")
    flows = [Flow(source_id="t", target_id="ai"), Flow(source_id="ai", target_id="rv"),
             Flow(source_id="ai", target_id="e"), Flow(source_id="rv", target_id="e")]
    return OperatingModel(roles=[reviewer], steps=[t, ai, rv, e], flows=flows)


def test_threshold_drives_review_share_hours_and_residual_error():
    p = project(threshold_model(0.8))
    a = p.ai_step("ai")
    assert a.basis == "calibration"
    assert a.auto_share == pytest.approx(0.6)
    assert a.review_share == pytest.approx(0.4)
    assert p.step("rv").items_per_month == pytest.approx(800)
    # review: 800 × 4 min = 53.33 h; QA: 1200 × 5 % × 2 min = 2 h
    assert a.review_hours_per_month == pytest.approx(800 * 4 / 60)
    assert a.qa_hours_per_month == pytest.approx(2)
    assert p.role("rev").hours_per_month == pytest.approx(800 * 4 / 60 + 2)
    # errors: auto 1200 × 2 % × (1 − 0.05 × 0.9) = 22.92;
    # reviewed items' error (0.1 − 0.6 × 0.02) / 0.4 = 0.22 → 800 × 0.22 × 0.2 = 35.2
    assert a.residual_errors_per_month == pytest.approx(22.92 + 35.2)
    assert p.residual_error_rate == pytest.approx((22.92 + 35.2) / 2000)
    # cycle: reviewed items spend 4 minutes
    assert p.cycle_time_hours_without_queues == pytest.approx(800 * 4 / 2000 / 60)


def test_threshold_change_moves_load_and_interpolates():
    low, high = project(threshold_model(0.8)), project(threshold_model(0.9))
    assert high.step("rv").items_per_month == pytest.approx(1400)
    assert high.role("rev").hours_per_month > low.role("rev").hours_per_month
    assert high.residual_error_rate < low.residual_error_rate
    # 0.85 lies halfway between 0.8 (60 %) and 0.9 (30 %): 45 % auto
    mid = project(threshold_model(0.85))
    assert mid.ai_step("ai").auto_share == pytest.approx(0.45)
    assert mid.step("rv").items_per_month == pytest.approx(1100)


def test_four_eyes_doubles_review_effort_and_squares_the_miss_rate():
    p = project(threshold_model(0.8, four_eyes=True))
    assert p.step("rv").hours_per_month == pytest.approx(800 * 8 / 60)
    assert p.ai_step("ai").residual_errors_per_month == pytest.approx(22.92 + 800 * 0.22 * 0.04)


def test_policy_without_review_step_uses_its_own_minutes_and_reviewer():
    reviewer = Role(id="rev", name="Reviewer", headcount=1, hourly_cost=45)
    t = TriggerStep(id="t", volume_per_month=1000)
    ai = AiTaskStep(id="ai", review=ReviewPolicy(mode="always", reviewer_role_id="rev",
                                                 review_minutes=3))
    e = EndStep(id="e")
    p = project(OperatingModel(roles=[reviewer], steps=[t, ai, e], flows=chain(t, ai, e)))
    assert p.role("rev").hours_per_month == pytest.approx(50)
    assert p.ai_step("ai").reviewed_per_month == pytest.approx(1000)
    assert p.cycle_time_hours_without_queues == pytest.approx(3 / 60)


def test_sample_only_reviews_nothing_before_release_but_samples():
    reviewer = Role(id="rev", name="Reviewer", headcount=1, hourly_cost=45)
    t = TriggerStep(id="t", volume_per_month=1000)
    ai = AiTaskStep(id="ai", expected_accuracy=0.9,
                    review=ReviewPolicy(mode="sample_only", reviewer_role_id="rev",
                                        review_minutes=6, qa_sample_rate=0.1,
                                        review_miss_rate=0.0))
    e = EndStep(id="e")
    p = project(OperatingModel(roles=[reviewer], steps=[t, ai, e], flows=chain(t, ai, e)))
    a = p.ai_step("ai")
    assert a.reviewed_per_month == 0
    assert a.qa_checks_per_month == pytest.approx(100)
    assert p.role("rev").hours_per_month == pytest.approx(10)
    # 10 % wrong, QA catches a tenth of them
    assert p.residual_error_rate == pytest.approx(0.1 * 0.9)


def test_decision_after_ai_step_is_routed_by_the_policy():
    model = threshold_model(0.8)
    d = DecisionStep(id="d", name="Confident?")
    model.steps.insert(2, d)
    model.flows = [Flow(source_id="t", target_id="ai"), Flow(source_id="ai", target_id="d"),
                   Flow(source_id="d", target_id="rv", share=0.5),
                   Flow(source_id="d", target_id="e", share=0.5),
                   Flow(source_id="rv", target_id="e")]
    p = project(model)
    assert p.step("rv").items_per_month == pytest.approx(800)
    assert p.ai_step("ai").review_step_ids == ["rv"]


def test_other_flows_share_the_auto_approved_rest_proportionally():
    model = threshold_model(0.8)
    x = ExceptionStep(id="x", role_id="rev", handling_minutes=10)
    model.steps.append(x)
    model.flows.append(Flow(source_id="ai", target_id="x", share=0.1, kind="exception"))
    model.flows.append(Flow(source_id="x", target_id="e"))
    # the auto flow (None) takes 0.9 of the non-review part; 60 % auto → 54 % end, 6 % exception
    p = project(model)
    assert p.step("x").items_per_month == pytest.approx(2000 * 0.6 * 0.1)
    assert p.step("rv").items_per_month == pytest.approx(800)


def test_role_over_capacity_is_a_finding():
    from aios_designer.analysis.checks import check

    # 0.8: 55.33 h of review work against 0.3 × 133 = 39.9 h
    model = threshold_model(0.8, headcount=0.3)
    p = project(model)
    assert p.role("rev").utilisation == pytest.approx((800 * 4 / 60 + 2) / (0.3 * 133))
    findings = [f for f in check(model) if f.rule == "AIOS-P001"]
    assert len(findings) == 1 and findings[0].elements == ("rev",)
    assert "Prüf" in findings[0].message_de
    # a threshold that sends less to review brings it under capacity
    assert not [f for f in check(threshold_model(0.7, headcount=0.3)) if f.rule == "AIOS-P001"]


def test_json_keys():
    data = project(threshold_model()).to_json()
    for key in ("volume_per_month", "cost_per_unit", "cycle_time_hours",
                "throughput_per_person", "residual_error_rate", "roles", "steps"):
        assert key in data
    assert set(data["roles"][0]) >= {"id", "name", "hours_per_month", "fte", "utilisation"}
    assert set(data["steps"][0]) >= {"id", "name", "kind", "items_per_month"}
    json.dumps(data, allow_nan=False)


def test_projection_does_not_mutate_the_model():
    model = threshold_model()
    before = model.model_dump_json()
    Projector(model).project({"ai": 0.95})
    assert model.model_dump_json() == before


def test_other_overload_and_missing_headcount_findings():
    from aios_designer.analysis.checks import check

    busy = Role(id="busy", name="Clerk", headcount=0.5, hourly_cost=40)   # 66.5 h capacity
    nobody = Role(id="nobody", name="Lead")                               # no headcount
    t = TriggerStep(id="t", volume_per_month=1000)
    a = HumanTaskStep(id="a", role_id="busy", handling_minutes=6)          # 100 h
    b = HumanTaskStep(id="b", role_id="nobody", handling_minutes=1)        # 16.7 h
    e = EndStep(id="e")
    model = OperatingModel(roles=[busy, nobody], steps=[t, a, b, e], flows=chain(t, a, b, e))
    findings = {f.rule: f for f in check(model) if f.rule.startswith("AIOS-P")}
    assert set(findings) == {"AIOS-P002", "AIOS-P003"}
    assert findings["AIOS-P002"].elements == ("busy",)
    assert "150 %" in findings["AIOS-P002"].message_en
    assert "überlastet" in findings["AIOS-P002"].message_de
    assert findings["AIOS-P003"].elements == ("nobody",)


def test_every_path_into_review_overrides_the_threshold():
    model = threshold_model(0.8)
    model.flows = [f for f in model.flows if not (f.source_id == "ai" and f.target_id == "e")]
    p = project(model)
    a = p.ai_step("ai")
    assert a.basis == "graph" and a.review_share == 1.0
    assert p.step("rv").items_per_month == pytest.approx(2000)
    assert a.qa_checks_per_month == 0


def test_residual_error_offers_the_upper_bound_beside_the_point_figure():
    """With counts in the calibration the conservative figure uses the 95 % bound; at a
    threshold where few items are auto-approved with no error the bound is far above 0."""
    from aios_designer.analysis.intervals import error_upper_bound
    from aios_designer.model import (AiTaskStep, Calibration, CalibrationPoint, EndStep, Flow,
                                     OperatingModel, ReviewMode, ReviewPolicy, TriggerStep)

    points = [CalibrationPoint(threshold=0.8, auto_share=0.5, error_rate_auto=0.02,
                               n_auto=500, errors_auto=10),
              CalibrationPoint(threshold=0.95, auto_share=0.01, error_rate_auto=0.0,
                               n_auto=10, errors_auto=0)]
    ai = AiTaskStep(id="ai", review=ReviewPolicy(mode=ReviewMode.THRESHOLD, threshold=0.95,
                                                 qa_sample_rate=0.0),
                    calibration=Calibration(rows_used=1000, points=points))
    model = OperatingModel(steps=[TriggerStep(id="t", volume_per_month=1000), ai,
                                  EndStep(id="e")],
                           flows=[Flow(source_id="t", target_id="ai"),
                                  Flow(source_id="ai", target_id="e")])
    projection = Projector(model).project()
    step = projection.ai_step("ai")
    assert step.error_rate_auto == 0.0
    assert step.error_rate_auto_upper == pytest.approx(error_upper_bound(10, 0), rel=1e-12)
    assert projection.residual_error_rate_upper > projection.residual_error_rate
    at_08 = Projector(model).project({"ai": 0.8}).ai_step("ai")
    assert at_08.error_rate_auto_upper == pytest.approx(error_upper_bound(500, 10), rel=1e-12)


def test_fte_counts_roles_only_and_staffing_is_shown_beside_the_workload():
    """600 items × 10 min = 100 h in a role of 2 FTE at 50 EUR/h, and 50 h without a role."""
    from aios_designer.model import (EndStep, Flow, HumanTaskStep, OperatingModel, Role,
                                     TriggerStep)

    role = Role(id="r", name="Desk", headcount=2, hourly_cost=50)
    steps = [TriggerStep(id="t", volume_per_month=600),
             HumanTaskStep(id="h", role_id="r", handling_minutes=10),
             HumanTaskStep(id="u", handling_minutes=5), EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="u"),
             Flow(source_id="u", target_id="e")]
    p = project(OperatingModel(roles=[role], steps=steps, flows=flows))
    assert p.unassigned_hours_per_month == pytest.approx(50)
    assert p.fte == pytest.approx(100 / 133)             # not (100 + 50) / 133
    assert p.headcount == 2
    assert p.throughput_per_person == pytest.approx(600 / (100 / 133))
    assert p.throughput_per_staffed_person == pytest.approx(300)
    assert p.cost_per_unit == pytest.approx(100 * 50 / 600)
    # staffed: 2 × 133 h paid whatever the workload
    assert p.cost_per_unit_staffed == pytest.approx(2 * 133 * 50 / 600)
