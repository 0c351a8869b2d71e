"""Small hand-built operating models for analysis tests (others may reuse them).

``chain()`` is the smallest model that is free of findings: a trigger, an AI step reviewed
below a threshold, a human review and an end, over three roles. Tests change one thing and
look for the one rule that should fire. Ids are short readable names instead of uuids.
"""
from aios_designer.analysis.checks import check
from aios_designer.model import (
    Flow,
    OperatingModel,
    ReviewMode,
    ReviewPolicy,
    Role,
    RoleKind,
    StepBase,
    make_step,
)


def chain() -> OperatingModel:
    """trigger → ai → review → end, lanes agent / bot / agent, process owner lead."""
    model = OperatingModel(
        roles=[
            Role(id="agent", name="Agent", kind=RoleKind.HUMAN, headcount=3, hourly_cost=40),
            Role(id="lead", name="Team lead", kind=RoleKind.HUMAN, headcount=1, hourly_cost=60),
            Role(id="bot", name="AI service", kind=RoleKind.SYSTEM),
        ],
        steps=[
            make_step("trigger", id="trigger", name="Ticket arrives", role_id="agent",
                      volume_per_month=1000),
            make_step("ai_task", id="ai", name="Classify", role_id="bot",
                      review=ReviewPolicy(mode=ReviewMode.THRESHOLD, threshold=0.8,
                                          reviewer_role_id="agent")),
            make_step("review", id="review", name="Check", role_id="agent"),
            make_step("end", id="end", name="Done"),
        ],
        flows=[
            Flow(id="f1", source_id="trigger", target_id="ai"),
            Flow(id="f2", source_id="ai", target_id="review"),
            Flow(id="f3", source_id="review", target_id="end"),
        ],
    )
    model.meta.process_owner_role_id = "lead"
    return model


def add_step(model: OperatingModel, kind: str, step_id: str, role_id: str | None = None,
             **fields) -> StepBase:
    step = make_step(kind, id=step_id, name=fields.pop("name", step_id.title()),
                     role_id=role_id, **fields)
    model.steps.append(step)
    return step


def add_flow(model: OperatingModel, source_id: str, target_id: str, flow_id: str | None = None,
             **fields) -> Flow:
    flow = Flow(id=flow_id or f"{source_id}->{target_id}", source_id=source_id,
                target_id=target_id, **fields)
    model.flows.append(flow)
    return flow


def remove_flow(model: OperatingModel, flow_id: str) -> None:
    model.flows[:] = [f for f in model.flows if f.id != flow_id]


def findings(model: OperatingModel, rule: str) -> list:
    return [f for f in check(model) if f.rule == rule]


def rules(model: OperatingModel) -> set[str]:
    return {f.rule for f in check(model)}
