"""Small operating models for the export tests, built in code (no template needed)."""
from aios_designer.model import (
    AiTaskStep, Calibration, CalibrationPoint, EndStep, ExceptionStep, Flow, HumanTaskStep,
    Meta, OperatingModel, ReviewPolicy, ReviewStep, Role, TeamKpi, TriggerStep,
)
from aios_designer.model.meta import ExecSponsor


def support_model(language: str = "en") -> OperatingModel:
    agent = Role(id="r-agent", name="Support agent", headcount=6, hourly_cost=42.0)
    lead = Role(id="r-lead", name="Team lead", headcount=1, hourly_cost=65.0)
    it = Role(id="r-it", name="IT operations", kind="team", headcount=0.5, hourly_cost=70.0)
    steps = [
        TriggerStep(id="s-in", name="Ticket arrives", role_id="r-it", volume_per_month=4000,
                    position={"x": 0, "y": 40}),
        AiTaskStep(id="s-ai", name="Classify and draft", role_id="r-it",
                   position={"x": 200, "y": 40},
                   review=ReviewPolicy(mode="threshold", threshold=0.85, reviewer_role_id="r-agent"),
                   calibration=Calibration(source="pilot.csv", points=[
                       CalibrationPoint(threshold=0.8, auto_share=0.7, error_rate_auto=0.04),
                       CalibrationPoint(threshold=0.9, auto_share=0.5, error_rate_auto=0.02)])),
        ReviewStep(id="s-rev", name="Review draft", role_id="r-agent", handling_minutes=4,
                   position={"x": 400, "y": 40}),
        ExceptionStep(id="s-exc", name="Unclear ticket", role_id="r-lead", sla_hours=8,
                      escalation_role_id="r-it", trigger_condition="no category fits",
                      procedure="Call the customer.", handling_minutes=12,
                      position={"x": 400, "y": 40}),
        HumanTaskStep(id="s-send", name="Send answer", role_id="r-agent", handling_minutes=2,
                      position={"x": 600, "y": 40}),
        EndStep(id="s-end", name="Done", role_id="r-agent", position={"x": 800, "y": 40}),
    ]
    flows = [
        Flow(id="f1", source_id="s-in", target_id="s-ai"),
        Flow(id="f2", source_id="s-ai", target_id="s-rev", share=0.9),
        Flow(id="f3", source_id="s-ai", target_id="s-exc", kind="exception", share=0.1),
        Flow(id="f4", source_id="s-rev", target_id="s-send"),
        Flow(id="f5", source_id="s-exc", target_id="s-send"),
        Flow(id="f6", source_id="s-send", target_id="s-end"),
    ]
    # Overrides make the RACI complete whatever the derivation does.
    overrides = {
        "s-in": {"r-it": "R", "r-lead": "A"},
        "s-ai": {"r-it": "RA", "r-agent": "I"},
        "s-rev": {"r-agent": "R", "r-lead": "A"},
        "s-exc": {"r-lead": "RA", "r-it": "C"},
        "s-send": {"r-agent": "R"},
        "s-end": {},
    }
    for step in steps:
        step.raci_overrides = overrides[step.id]
    return OperatingModel(
        meta=Meta(title="Support triage", scope="Classify and route incoming support tickets.",
                  owner="Head of Support", sponsor=ExecSponsor(name="Dr. Weber", function="COO",
                                                               production_mandate=True),
                  process_owner_role_id="r-lead", language=language, version="2.1"),
        roles=[agent, lead, it], steps=steps, flows=flows,
        team_kpis=[TeamKpi(role_id="r-agent", kpi_before="Tickets per day",
                           kpi_after="Drafts reviewed per day", target="60",
                           measurement="Ticket system report")],
    )
