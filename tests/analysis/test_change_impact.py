"""Change impact per role: tasks with projected figures, RACI letters, team KPI, training."""
import pytest

from aios_designer.analysis.change_impact import change_impact
from aios_designer.analysis.projection import project
from aios_designer.templates import instantiate

from .compliance_models import ready


def _by_name(impacts):
    return {i.name: i for i in impacts}


def test_each_human_role_with_its_work_and_training():
    model = ready()
    impacts = change_impact(model)
    roles = {r.id for r in model.roles if r.kind in ("human", "team")}
    assert {i.role_id for i in impacts} == roles
    projection = project(model)
    hours = {r.id: r.hours_per_month for r in projection.roles}
    for impact in impacts:
        assert impact.hours_per_month == pytest.approx(hours[impact.role_id])
        # Task hours add up to the role's projected hours (nothing counted twice or lost).
        assert sum(t.hours_per_month or 0 for t in impact.tasks) == pytest.approx(
            impact.hours_per_month)
        keys = [t.key for t in impact.training]
        if impact.tasks:
            assert keys[0] == "workflow"
        if any(t.duty in ("review", "ai_review", "qa") for t in impact.tasks):
            assert "ai_literacy" in keys and any(k.startswith("review:") for k in keys)
        for task in impact.tasks:
            if task.duty in ("exception", "escalation"):
                assert f"exception:{task.step_id}" in keys


def test_support_triage_agent():
    model = instantiate("support-triage", "en")
    impacts = _by_name(change_impact(model))
    agent = next(i for name, i in impacts.items() if "1st" in name)
    duties = {(t.duty, t.step_name) for t in agent.tasks}
    assert ("qa", "Classify and prioritise ticket") in duties
    assert any(d == "review" for d, _ in duties) and any(d == "exception" for d, _ in duties)
    assert agent.kpi_before and agent.kpi_after
    assert any(letters == "RA" for _, _, letters in agent.raci)
    assert sum(t.hours_per_month or 0 for t in agent.tasks) == pytest.approx(
        agent.hours_per_month)


def test_roles_that_are_systems_or_external_are_left_out():
    model = instantiate("support-triage", "en")
    names = {i.name for i in change_impact(model)}
    for role in model.roles:
        assert (role.name in names) == (role.kind in ("human", "team"))
