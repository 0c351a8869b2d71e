"""Monitoring plan: the suggested plan, its alert bands, and the AIOS-M rules."""
import math
from fractions import Fraction

import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.intervals import error_upper_bound
from aios_designer.analysis.monitoring import (
    FEEDBACK_LIMIT,
    SLA_BREACH_LIMIT,
    share_band,
    suggest_plan,
)
from aios_designer.analysis.raci import effective_raci
from aios_designer.analysis.readiness import readiness
from aios_designer.model import MetricKind, MonitoringMetric
from aios_designer.templates import instantiate, template_names

from .compliance_models import ready


def _binomial_cdf_exact(k: int, n: int, p: Fraction) -> Fraction:
    return sum(Fraction(math.comb(n, i)) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))


@pytest.mark.parametrize("errors, n", [(0, 10), (0, 300), (1, 20), (3, 50), (21, 1074)])
def test_upper_bound_is_the_p_where_the_binomial_tail_is_five_percent(errors, n):
    upper = error_upper_bound(n, errors)
    # Independent: exact rational binomial CDF just below and above the bound.
    below = _binomial_cdf_exact(errors, n, Fraction(upper * (1 - 1e-6)))
    above = _binomial_cdf_exact(errors, n, Fraction(upper * (1 + 1e-6)))
    assert below > Fraction(5, 100) > above


def test_upper_bound_textbook_values():
    # No error in n: 1 - 0.05^(1/n) (the exact form behind the "rule of three").
    assert error_upper_bound(300, 0) == pytest.approx(1 - 0.05 ** (1 / 300), rel=1e-9)
    # The pilot export's 21 errors in 1,074 auto-approved items: 1.96 % point, 2.80 % upper.
    assert error_upper_bound(1074, 21) == pytest.approx(0.0280, abs=5e-5)
    assert error_upper_bound(5, 5) == 1.0 and error_upper_bound(0, 0) is None


def test_share_band_is_three_standard_errors_or_the_margin():
    assert share_band(0.5, 100) == pytest.approx((0.35, 0.65))  # 3 * 0.05
    assert share_band(0.5, 1_000_000) == pytest.approx((0.45, 0.55))  # margin wins
    assert share_band(0.99, 10) == (pytest.approx(0.99 - 3 * math.sqrt(0.99 * 0.01 / 10)), 1.0)


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("lang", ["en", "de"])
def test_suggested_plan_covers_every_ai_and_exception_step(name, lang):
    model = instantiate(name, lang)
    model.monitoring.metrics = []
    plan = suggest_plan(model)
    by_step: dict[str, set] = {}
    for metric in plan:
        by_step.setdefault(metric.step_id, set()).add(metric.kind)
        assert metric.owner_role_id and metric.frequency and metric.has_threshold
        assert metric.name and metric.definition and metric.action
    raci = effective_raci(model)
    for step in model.steps:
        kinds = by_step.get(step.id, set())
        if step.kind == "ai_task":
            assert {MetricKind.AUTO_SHARE, MetricKind.QA_ERROR_RATE} <= kinds
        if step.kind == "exception":
            assert {MetricKind.EXCEPTION_SHARE, MetricKind.SLA_BREACH_RATE} <= kinds
        if step.kind == "trigger":
            assert {MetricKind.FEED_FRESHNESS, MetricKind.INPUT_REJECTS} <= kinds
    for metric in plan:
        if metric.step_id and raci.get(metric.step_id):
            accountable = [r for r, letters in raci[metric.step_id].items() if "A" in letters]
            assert metric.owner_role_id == accountable[0]
    # No gaps: the checks find nothing to say about the plan.
    model.monitoring.metrics = plan
    assert not [f for f in check(model) if f.rule.startswith("AIOS-M")]


def test_qa_alert_is_the_calibrated_upper_bound():
    model = instantiate("support-triage", "en")
    classifier = next(s for s in model.steps if s.kind == "ai_task" and s.calibration)
    plan = suggest_plan(model)
    qa = next(m for m in plan if m.step_id == classifier.id and m.kind == "qa_error_rate")
    auto = next(m for m in plan if m.step_id == classifier.id and m.kind == "auto_share")
    point = next(p for p in classifier.calibration.points
                 if abs(p.threshold - classifier.review.threshold) < 1e-9)
    assert point.n_auto and point.errors_auto is not None
    assert qa.alert_above == pytest.approx(error_upper_bound(point.n_auto, point.errors_auto),
                                           abs=1e-4)
    assert f"{point.errors_auto} errors in {point.n_auto}" in qa.definition
    assert qa.alert_above > qa.expected
    assert auto.alert_below < auto.expected < auto.alert_above


def test_plan_language_follows_the_argument():
    model = instantiate("invoice-processing", "en")
    german = suggest_plan(model, "de")
    assert any(m.name.startswith("Ausnahmequote") for m in german)
    assert all(m.alert_above in (None, SLA_BREACH_LIMIT) or m.kind != "sla_breach_rate"
               for m in german)
    assert any(m.alert_below == FEEDBACK_LIMIT for m in german)


def test_template_ids_repeat_and_fresh_ids_do_not():
    model = instantiate("order-intake", "en")
    a = [m.id for m in suggest_plan(model, id_namespace="x")]
    b = [m.id for m in suggest_plan(model, id_namespace="x")]
    c = [m.id for m in suggest_plan(model)]
    assert a == b and len(set(a)) == len(a) and not set(a) & set(c)


# -- the M rules: each with a failing and a passing model -------------------------------------
def _rules(model, rule_id):
    return [f for f in check(model) if f.rule == rule_id]


def test_m001_ai_step_without_acceptance_or_qa():
    model = ready()
    assert not _rules(model, "AIOS-M001")
    model.monitoring.metrics = [m for m in model.monitoring.metrics
                                if m.kind != MetricKind.QA_ERROR_RATE]
    (finding,) = _rules(model, "AIOS-M001")
    assert finding.elements == ("ai",) and "QA" in finding.message_en


def test_m002_metric_without_owner_frequency_or_threshold():
    model = ready()
    assert not _rules(model, "AIOS-M002")
    model.monitoring.metrics.append(MonitoringMetric(id="bare", name="Complaints",
                                                     kind=MetricKind.CUSTOM))
    (finding,) = _rules(model, "AIOS-M002")
    assert finding.elements == ("bare",)
    for word in ("owner", "frequency", "alert threshold"):
        assert word in finding.message_en


def test_m003_exception_route_not_monitored():
    model = ready()
    assert not _rules(model, "AIOS-M003")
    model.monitoring.metrics = [m for m in model.monitoring.metrics if m.step_id != "exc"]
    (finding,) = _rules(model, "AIOS-M003")
    assert finding.elements == ("exc",)


def test_readiness_counts_the_plan():
    model = ready()
    assert readiness(model)[2].status == "green"
    model.monitoring.metrics = []
    blocker = readiness(model)[2]
    assert blocker.status == "amber"
    assert any("monitoring plan" in m.en for m in blocker.missing)


def test_a_metric_on_a_missing_step_is_an_integrity_error():
    model = ready()
    with pytest.raises(ValueError, match="monitoring.metrics"):
        type(model).model_validate({**model.model_dump(), "monitoring": {"metrics": [
            {"id": "m", "step_id": "nowhere"}]}})


def test_alert_band_must_be_ordered():
    with pytest.raises(ValueError):
        MonitoringMetric(alert_below=0.5, alert_above=0.4)
