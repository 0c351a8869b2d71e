"""The five production blockers: each turns red, amber and back to green on the model."""
from datetime import date, datetime, timezone

from aios_designer.analysis.checks import check
from aios_designer.analysis.readiness import Status, overall, readiness
from aios_designer.model import (
    BaselineMetric,
    FeedType,
    Kpi,
    Processor,
    RiskClass,
    TeamKpi,
)

from .compliance_models import all_no, ready


def light(model, number):
    return readiness(model)[number - 1]


def test_ready_model_is_all_green_and_json_shaped():
    blockers = readiness(ready())
    assert [b.status for b in blockers] == [Status.GREEN] * 5
    assert overall(blockers) == Status.GREEN
    doc = blockers[0].to_json("de")
    assert doc["blocker"] == 1 and doc["status"] == "green"
    assert doc["title"] == "Produktive Datenanbindung"
    assert doc["evidence"] and doc["missing"] == []


def test_readiness_never_adds_error_findings():
    model = ready()
    model.meta.sponsor.name = ""
    model.kpis = []
    assert light(model, 4).status == Status.RED
    assert not [f for f in check(model) if f.severity == "error"]


def test_blocker_1_data_pipeline():
    model = ready()
    trigger = model.step("trigger")
    trigger.feed_type = FeedType.MANUAL_EXPORT
    blocker = light(model, 1)
    assert blocker.status == Status.RED
    assert "manual export" in blocker.missing[0].en and blocker.elements == ("trigger",)
    trigger.feed_type = FeedType.SCHEDULED_FILE
    trigger.refresh_cadence = ""
    assert light(model, 1).status == Status.AMBER
    assert "refresh cadence" in light(model, 1).missing[0].en
    trigger.refresh_cadence = "nightly"
    trigger.feed_owner_role_id = None
    assert light(model, 1).status == Status.AMBER
    trigger.feed_owner_role_id = "lead"
    assert light(model, 1).status == Status.GREEN


def test_blocker_1_red_without_trigger():
    model = ready()
    model.flows[:] = [f for f in model.flows if f.source_id != "trigger"]
    model.steps[:] = [s for s in model.steps if s.id != "trigger"]
    assert light(model, 1).status == Status.RED


def test_blocker_2_compliance_reviewed():
    model = ready()
    ai_act = model.compliance.ai_act
    ai_act.risk_class = None
    assert light(model, 2).status == Status.RED
    ai_act.risk_class = RiskClass.MINIMAL
    model.meta.structure_changed = datetime(2026, 10, 5, tzinfo=timezone.utc)
    blocker = light(model, 2)
    assert blocker.status == Status.AMBER
    assert "older than the last workflow change" in blocker.missing[0].en
    assert "älter" in blocker.missing[0].de
    ai_act.decided_on = date(2026, 10, 6)
    assert light(model, 2).status == Status.GREEN


def test_blocker_2_dsgvo_answers():
    model = ready()
    dp = model.step("trigger").data_protection
    dp.legal_basis = None
    blocker = light(model, 2)
    assert blocker.status == Status.AMBER and "legal basis" in blocker.missing[0].en
    assert "trigger" in blocker.elements
    dp.legal_basis = "contract"
    model.compliance.processors.append(Processor(id="p", name="ModelCo"))
    assert light(model, 2).status == Status.AMBER
    model.compliance.processors[0].avv_signed = True
    assert light(model, 2).status == Status.GREEN
    model.compliance.dpia.decision = None
    assert light(model, 2).status == Status.AMBER


def test_blocker_2_prohibited_is_red_and_high_risk_needs_logs():
    model = ready()
    model.compliance.ai_act.answers = all_no(art5_a=True)
    model.compliance.ai_act.risk_class = RiskClass.PROHIBITED
    assert light(model, 2).status == Status.RED
    model.compliance.ai_act.answers = all_no(annex3_4_b=True)
    model.compliance.ai_act.risk_class = RiskClass.HIGH_RISK
    blocker = light(model, 2)
    assert blocker.status == Status.AMBER and "6 months" in blocker.missing[0].en
    model.compliance.ai_act.log_retention_months = 12
    assert light(model, 2).status == Status.GREEN
    model.compliance.works_council.relevant = False  # not co-determined, still Art. 26(7)
    model.compliance.works_council.informed = False
    assert "Art. 26(7)" in light(model, 2).missing[0].en
    model.compliance.works_council.informed = True
    assert light(model, 2).status == Status.GREEN


def test_blocker_3_operating_model():
    model = ready()
    model.step("ai").review.reviewer_role_id = None
    model.step("exc").sla_hours = None
    model.team_kpis = []
    blocker = light(model, 3)
    assert blocker.status == Status.RED  # reviewer, exception SLA, RACI, team KPIs open
    model.step("ai").review.reviewer_role_id = "agent"
    model.team_kpis = [TeamKpi(id="tk-agent", role_id="agent", kpi_after="drafts/day")]
    blocker = light(model, 3)
    assert blocker.status == Status.AMBER
    assert any("SLA" in m.en for m in blocker.missing)
    assert any("Team lead" in m.en for m in blocker.missing)
    model.step("exc").sla_hours = 4
    model.team_kpis.append(TeamKpi(id="tk-lead", role_id="lead", kpi_after="QA done"))
    assert light(model, 3).status == Status.GREEN


def test_blocker_3_raci_errors_count():
    model = ready()
    model.step("review").raci_overrides = {"agent": "R", "lead": "A", "bot": "A"}
    blocker = light(model, 3)
    assert blocker.status == Status.AMBER and "RACI" in blocker.missing[0].en
    model.step("review").raci_overrides = {}
    assert light(model, 3).status == Status.GREEN


def test_blocker_3_needs_an_exception_route():
    model = ready()
    model.flows[:] = [f for f in model.flows if "exc" not in (f.source_id, f.target_id)]
    model.steps[:] = [s for s in model.steps if s.id != "exc"]
    assert light(model, 3).status == Status.AMBER
    assert "exception route" in light(model, 3).missing[0].en


def test_blocker_4_sponsor():
    model = ready()
    sponsor = model.meta.sponsor
    sponsor.name = ""
    assert light(model, 4).status == Status.RED
    sponsor.name = "Dr. K. Albrecht"
    sponsor.production_mandate = False
    assert light(model, 4).status == Status.AMBER
    sponsor.production_mandate = True
    assert light(model, 4).status == Status.GREEN


def test_blocker_5_baseline():
    model = ready()
    for kpi in model.kpis:
        kpi.baseline = None
    assert light(model, 5).status == Status.RED
    model.kpis[0].baseline = 31.7
    assert light(model, 5).status == Status.AMBER
    for kpi in model.kpis:
        kpi.baseline = 1.0
    model.kpis[1].baseline_period = ""
    blocker = light(model, 5)
    assert blocker.status == Status.AMBER and "period" in blocker.missing[0].en
    model.kpis[1].baseline_period = "two weeks in September"
    assert light(model, 5).status == Status.GREEN
    model.kpis.pop()  # cost per unit no longer measured
    assert light(model, 5).status == Status.AMBER
    model.kpis.append(Kpi(id="c", name="Cost", metric=BaselineMetric.COST_PER_UNIT,
                          baseline=11.8, baseline_period="September"))
    assert light(model, 5).status == Status.GREEN
    assert light(model, 5).evidence[-1].en == "cost per unit: 11.8 (September)"
    assert light(model, 5).evidence[-1].de == "Kosten pro Vorgang: 11,8 (September)"
