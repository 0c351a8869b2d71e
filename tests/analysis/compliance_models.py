"""A small model that is ready for production on all five blockers (built on ``chain()``),
for the compliance and readiness tests to break one thing at a time."""
from datetime import date, datetime, timezone

from aios_designer.analysis.ai_act import load_questionnaire
from aios_designer.model import (
    BaselineMetric,
    DataProtection,
    DpiaDecision,
    FeedType,
    Hosting,
    Flow,
    Kpi,
    LegalBasis,
    OperatingModel,
    RiskClass,
    TeamKpi,
    make_step,
)

from .builders import chain


def all_no(**yes: bool) -> dict[str, bool]:
    answers = {q.id: False for q in load_questionnaire().questions}
    answers["role_deployer"] = True
    answers.update(yes)
    return answers


def ready() -> OperatingModel:
    model = chain()
    trigger = model.step("trigger")
    trigger.feed_type = FeedType.API
    trigger.refresh_cadence = "continuous"
    trigger.feed_owner_role_id = "lead"
    trigger.data_protection = DataProtection(
        personal_data=True, categories=["contact data"], legal_basis=LegalBasis.CONTRACT,
        retention="3 years")
    model.step("ai").hosting = Hosting.ON_PREM
    model.steps.insert(3, make_step("exception", id="exc", name="Unclear ticket",
                                    role_id="lead", sla_hours=8))
    model.flows.append(Flow(id="f4", source_id="ai", target_id="exc", share=0.05))
    model.flows.append(Flow(id="f5", source_id="exc", target_id="end"))
    model.team_kpis = [
        TeamKpi(id="tk-agent", role_id="agent", kpi_before="tickets/day",
                kpi_after="drafts reviewed/day"),
        TeamKpi(id="tk-lead", role_id="lead", kpi_before="backlog", kpi_after="QA sample done"),
    ]
    model.kpis = [
        Kpi(id=f"k-{m.value}", name=m.value, metric=m, baseline=10.0,
            baseline_period="2026-09-07 – 2026-09-18")
        for m in BaselineMetric
    ]
    model.meta.sponsor.name = "Dr. K. Albrecht"
    model.meta.sponsor.production_mandate = True
    model.meta.structure_changed = datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc)
    ai_act = model.compliance.ai_act
    ai_act.answers = all_no()
    ai_act.risk_class = RiskClass.MINIMAL
    ai_act.decided_by = "DPO"
    ai_act.decided_on = date(2026, 9, 2)
    # An AI step classifying customers' tickets is on the DSK list (item 11): DPIA planned.
    model.compliance.dpia.decision = DpiaDecision.REQUIRED
    model.compliance.dpia.decided_by = "DPO"
    model.compliance.dpia.decided_on = date(2026, 9, 2)
    model.compliance.works_council.consent = True
    model.compliance.works_council.informed = True
    model.compliance.ai_literacy_training_planned = True
    from aios_designer.analysis.monitoring import suggest_plan

    model.monitoring.metrics = suggest_plan(model)
    return model
