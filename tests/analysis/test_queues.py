"""Queues in front of roles: Erlang C against independent formulas, the checks it feeds."""
import math

import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.projection import project
from aios_designer.analysis.queues import erlang_c, role_queue
from aios_designer.model import (EndStep, ExceptionStep, Flow, HumanTaskStep, OperatingModel,
                                 Role, TriggerStep)


def _sum_formula(c: int, a: float) -> float:
    """Erlang C straight from its definition (DOMAIN.md), factorials and all."""
    rho = a / c
    top = a ** c / math.factorial(c) / (1 - rho)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


@pytest.mark.parametrize("c,a", [(1, 0.5), (2, 1.0), (3, 2.812), (7, 6.3), (20, 17.5),
                                 (50, 30.0)])
def test_erlang_c_recursion_equals_the_sum_formula(c, a):
    assert erlang_c(c, a) == pytest.approx(_sum_formula(c, a), rel=1e-12)


def test_mm1_closed_form():
    # M/M/1: P(wait) = ρ, W = ρ / (μ − λ)
    q = role_queue(arrivals_per_hour=6.0, service_hours=0.125, headcount=1)
    assert q.p_wait == pytest.approx(0.75, rel=1e-12)
    assert q.mean_wait_hours == pytest.approx(0.75 / (8 - 6), rel=1e-12)


def test_the_documented_specialists():
    """3 specialists, 1,020 tickets of 22 min, 133 productive hours: ≈ 103 / 199 / 451 min."""
    waits = [role_queue(1020 * f / 133, 22 / 60, 3).mean_wait_hours * 60
             for f in (1.0, 1.03, 1.05)]
    assert [round(w) for w in waits] == [103, 199, 451]


def test_fractional_headcount_keeps_the_capacity():
    q = role_queue(1.0, 0.5, 1.5)  # 2 people at 75 %: offered 0.5 h/h of 1.5 FTE
    assert q.servers == 2 and q.utilisation == pytest.approx(0.5 / 1.5)
    assert role_queue(3.0, 0.5, 1.5).unbounded


def _one_role(headcount, volume, sla=None, handling=20.0):
    role = Role(id="r", name="Desk", headcount=headcount, hourly_cost=50)
    steps = [TriggerStep(id="t", volume_per_month=volume),
             HumanTaskStep(id="h", role_id="r", handling_minutes=handling),
             ExceptionStep(id="x", name="Complaint", role_id="r", sla_hours=sla,
                           handling_minutes=handling),
             EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e", share=0.9),
             Flow(source_id="h", target_id="x", share=0.1, kind="exception"),
             Flow(source_id="x", target_id="e")]
    return OperatingModel(roles=[role], steps=steps, flows=flows)


def test_high_utilisation_is_a_warning_with_the_wait_now_and_at_5_percent_more():
    model = _one_role(headcount=3, volume=1000)   # 1,100 × 20 / 60 / 399 = 91.9 %
    findings = [f for f in check(model) if f.rule == "AIOS-P005"]
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert "92 %" in findings[0].message_en and "5 % more volume" in findings[0].message_en
    assert findings[0].elements == ("r",)
    assert not [f for f in check(_one_role(headcount=4, volume=1000)) if f.rule == "AIOS-P005"]


def test_wait_longer_than_an_exception_sla_is_reported():
    model = _one_role(headcount=3, volume=1000, sla=0.5)
    wait = project(model).queue("r").mean_wait_hours
    assert wait > 0.5
    findings = [f for f in check(model) if f.rule == "AIOS-P004"]
    assert len(findings) == 1 and set(findings[0].elements) == {"r", "x"}
    assert "Complaint" in findings[0].message_en and "SLA" in findings[0].message_de
    assert not [f for f in check(_one_role(headcount=3, volume=1000, sla=24))
                if f.rule == "AIOS-P004"]


def test_saturated_role_makes_cycle_time_null_and_is_listed():
    p = project(_one_role(headcount=2, volume=1000))
    assert p.queue("r").utilisation > 1 and p.queue("r").mean_wait_hours is None
    assert p.cycle_time_hours is None and p.saturated_role_ids == ["r"]
    assert p.cycle_time_hours_without_queues is not None
    assert p.step("h").queue_wait_minutes is None
