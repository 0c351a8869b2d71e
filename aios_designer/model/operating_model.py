"""The whole operating model of one AI workflow: the content of one ``.aiosm`` file."""
from collections.abc import Iterator

from pydantic import Field, model_validator

from .base import ModelBase
from .compliance import Compliance
from .flows import Flow
from .kpis import BusinessCase, Kpi, TeamKpi
from .meta import Meta, Settings
from .monitoring import Monitoring
from .roles import Role
from .steps import Step, StepBase
from .enums import StepKind


class OperatingModel(ModelBase):
    meta: Meta = Field(default_factory=Meta)
    settings: Settings = Field(default_factory=Settings)
    roles: list[Role] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    flows: list[Flow] = Field(default_factory=list)
    kpis: list[Kpi] = Field(default_factory=list)
    team_kpis: list[TeamKpi] = Field(default_factory=list)
    business_case: BusinessCase = Field(default_factory=BusinessCase)
    compliance: Compliance = Field(default_factory=Compliance)
    monitoring: Monitoring = Field(default_factory=Monitoring)

    @model_validator(mode="after")
    def _consistent(self) -> "OperatingModel":
        problems = integrity_problems(self)
        if problems:
            raise ValueError("; ".join(f"{path}: {msg}" for path, msg in problems[:5]))
        return self

    # Look-ups. Linear on purpose: the model is mutable, so an index could go stale;
    # hot paths (analysis, scene) build their own dictionaries once.
    def step(self, step_id: str) -> StepBase | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def flow(self, flow_id: str) -> Flow | None:
        return next((f for f in self.flows if f.id == flow_id), None)

    def flows_from(self, step_id: str) -> list[Flow]:
        return [f for f in self.flows if f.source_id == step_id]

    def flows_to(self, step_id: str) -> list[Flow]:
        return [f for f in self.flows if f.target_id == step_id]


def _role_references(model: OperatingModel) -> Iterator[tuple[str, int | None, str, str | None]]:
    """Every role id the model refers to, as (collection, position, field, role id); the
    field path is spelt only for a reference that is wrong (``_path``), since nearly all are
    right and a model of thousands of steps has tens of thousands of them."""
    yield "meta", None, "process_owner_role_id", model.meta.process_owner_role_id
    for i, step in enumerate(model.steps):
        yield "steps", i, "role_id", step.role_id
        for role_id in step.raci_overrides:
            yield "steps", i, f"raci_overrides.{role_id}", role_id
        # Kinds, not isinstance: pydantic classes are ABCs, and ABC checks are slow in bulk.
        kind = step.kind
        if kind == StepKind.TRIGGER:
            yield "steps", i, "feed_owner_role_id", step.feed_owner_role_id
        elif kind == StepKind.AI_TASK:
            yield "steps", i, "review.reviewer_role_id", step.review.reviewer_role_id
        elif kind == StepKind.EXCEPTION:
            yield "steps", i, "escalation_role_id", step.escalation_role_id
    for i, team_kpi in enumerate(model.team_kpis):
        yield "team_kpis", i, "role_id", team_kpi.role_id
    for i, metric in enumerate(model.monitoring.metrics):
        yield "monitoring.metrics", i, "owner_role_id", metric.owner_role_id
        yield "monitoring.metrics", i, "role_id", metric.role_id


def _path(collection: str, position: int | None, field: str) -> str:
    return f"{collection}.{field}" if position is None else f"{collection}[{position}].{field}"


def integrity_problems(model: OperatingModel) -> list[tuple[str, str]]:
    """Duplicate ids and references to missing elements, as (field path, message)."""
    problems: list[tuple[str, str]] = []
    collections = {
        "roles": model.roles,
        "steps": model.steps,
        "flows": model.flows,
        "kpis": model.kpis,
        "team_kpis": model.team_kpis,
        "compliance.processors": model.compliance.processors,
        "monitoring.metrics": model.monitoring.metrics,
    }
    seen: set[str] = set()
    reported: set[str] = set()
    for name, items in collections.items():
        for i, item in enumerate(items):
            if item.id not in seen:
                seen.add(item.id)
            elif item.id not in reported:  # the second occurrence is reported, once
                reported.add(item.id)
                problems.append((f"{name}[{i}].id", f"duplicate id '{item.id}'"))

    role_ids = {r.id for r in model.roles}
    for collection, position, field, role_id in _role_references(model):
        if role_id is not None and role_id not in role_ids:
            problems.append((_path(collection, position, field),
                             f"refers to a role that does not exist ('{role_id}')"))

    step_ids = {s.id for s in model.steps}
    for i, flow in enumerate(model.flows):
        if flow.source_id in step_ids and flow.target_id in step_ids:
            continue
        for end, ref in (("source_id", flow.source_id), ("target_id", flow.target_id)):
            if ref not in step_ids:
                problems.append((f"flows[{i}].{end}", f"refers to a step that does not exist ('{ref}')"))

    for i, metric in enumerate(model.monitoring.metrics):
        if metric.step_id is not None and metric.step_id not in step_ids:
            problems.append((f"monitoring.metrics[{i}].step_id",
                             f"refers to a step that does not exist ('{metric.step_id}')"))

    processor_ids = {p.id for p in model.compliance.processors}
    for i, step in enumerate(model.steps):
        if step.kind == StepKind.AI_TASK and step.processor_id is not None:
            if step.processor_id not in processor_ids:
                problems.append(
                    (f"steps[{i}].processor_id",
                     f"refers to a processor that does not exist ('{step.processor_id}')")
                )
    return problems
