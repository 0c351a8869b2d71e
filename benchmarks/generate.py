"""Large, valid operating models for benchmarks (and for tests that need size).

``make_model(n_steps, n_roles, seed)`` builds a workflow shaped like the real ones, only
longer: one trigger, then a chain of blocks, each

    AI step (threshold review) -> decision "confident?" -+-> review -+-> task -> quality? -> system
                                                         |           |      ^       |
                                                         +-----------|------+       +-> (rework) task
                                                                     +-> exception (handler, SLA) -> end "escalated"

and a final end. Decisions split by shares that sum to 1, rework loops have an exit, every
exception route has a handler and an SLA, every AI step a reviewer. The same arguments give
the same model (ids come from the seeded generator, not from uuid4).
"""
import random
import uuid
from datetime import datetime, timezone

from aios_designer.model import (
    AiTaskStep,
    BaselineMetric,
    BusinessCase,
    DecisionStep,
    EndOutcome,
    EndStep,
    ExceptionStep,
    FeedType,
    Flow,
    FlowKind,
    HumanTaskStep,
    Kpi,
    KpiDirection,
    Meta,
    OperatingModel,
    Position,
    ReviewMode,
    ReviewPolicy,
    ReviewStep,
    Role,
    SystemTaskStep,
    TaskType,
    TeamKpi,
    TriggerStep,
)

#: Steps in one repeated block (see the module docstring).
BLOCK = 8
X_SPACING = 180.0


def make_model(n_steps: int, n_roles: int = 8, seed: int = 0) -> OperatingModel:
    """A valid model of exactly ``n_steps`` steps over ``n_roles`` roles (n_steps >= 3)."""
    if n_steps < 3:
        raise ValueError("a workflow needs at least a trigger, one task and an end")
    if n_roles < 1:
        raise ValueError("at least one role")
    rng = random.Random(seed)
    build = _Builder(rng, n_roles)
    current = build.trigger()
    blocks, rest = divmod(n_steps - 2, BLOCK)
    for _ in range(blocks):
        current = build.block(current)
    for _ in range(rest):
        current = build.task(current)
    build.end(current)
    model = build.finish()
    assert len(model.steps) == n_steps
    return model


class _Builder:
    def __init__(self, rng: random.Random, n_roles: int):
        self.rng = rng
        stamp = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
        self.roles = [Role(id=self.new_id(), name=f"Role {i + 1}", headcount=rng.choice([1, 2, 4, 8]),
                           hourly_cost=round(rng.uniform(35, 95), 2)) for i in range(n_roles)]
        self.meta = Meta(title="Generated workflow", scope="Benchmark model", created=stamp,
                         modified=stamp, process_owner_role_id=self.roles[0].id)
        self.steps: list = []
        self.flows: list[Flow] = []
        self.column = 0
        self.next_role = 0

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def role(self) -> str:
        role = self.roles[self.next_role % len(self.roles)].id
        self.next_role += 1
        return role

    def add(self, cls, **fields):
        step = cls(id=self.new_id(), name=f"{cls.__name__[:-4]} {len(self.steps) + 1}",
                   position=Position(x=self.column * X_SPACING, y=60.0), **fields)
        self.column += 1
        self.steps.append(step)
        return step.id

    def flow(self, source: str, target: str, share: float | None = None,
             kind: FlowKind = FlowKind.NORMAL, condition: str = "") -> None:
        self.flows.append(Flow(id=self.new_id(), source_id=source, target_id=target,
                               share=share, kind=kind, condition=condition))

    def trigger(self) -> str:
        return self.add(TriggerStep, role_id=self.role(), source_system="Mailbox",
                        feed_type=FeedType.EVENT_STREAM,
                        volume_per_month=float(self.rng.randrange(1_000, 20_000)))

    def task(self, previous: str) -> str:
        step = self.add(HumanTaskStep, role_id=self.role(),
                        handling_minutes=round(self.rng.uniform(1, 10), 1))
        self.flow(previous, step)
        return step

    def block(self, previous: str) -> str:
        rng = self.rng
        worker, reviewer, handler = self.role(), self.role(), self.role()
        ai = self.add(AiTaskStep, role_id=worker, task_type=rng.choice(list(TaskType)),
                      cost_per_item=round(rng.uniform(0.001, 0.05), 4),
                      review=ReviewPolicy(mode=ReviewMode.THRESHOLD,
                                          threshold=round(rng.uniform(0.7, 0.95), 2),
                                          qa_sample_rate=0.05, reviewer_role_id=reviewer))
        confident = self.add(DecisionStep, role_id=worker)
        review = self.add(ReviewStep, role_id=reviewer, handling_minutes=round(rng.uniform(1, 6), 1))
        task = self.add(HumanTaskStep, role_id=worker, handling_minutes=round(rng.uniform(1, 10), 1))
        quality = self.add(DecisionStep, role_id=reviewer)
        system = self.add(SystemTaskStep, role_id=worker, target_system="ERP")
        exception = self.add(ExceptionStep, role_id=handler, sla_hours=float(rng.choice([4, 8, 24])),
                             escalation_role_id=self.roles[0].id, trigger_condition="reviewer rejects",
                             handling_minutes=round(rng.uniform(5, 30), 1))
        escalated = self.add(EndStep, role_id=handler, outcome=EndOutcome.ESCALATED)

        low = round(rng.uniform(0.2, 0.5), 2)
        self.flow(previous, ai)
        self.flow(ai, confident)
        self.flow(confident, review, share=low, condition="confidence < threshold")
        self.flow(confident, task, share=round(1 - low, 2), condition="confidence ≥ threshold")
        self.flow(review, task, share=0.95)
        self.flow(review, exception, share=0.05, kind=FlowKind.EXCEPTION, condition="rejected")
        self.flow(task, quality)
        rework = round(rng.uniform(0.02, 0.15), 2)
        self.flow(quality, system, share=round(1 - rework, 2), condition="ok")
        self.flow(quality, task, share=rework, kind=FlowKind.REWORK, condition="needs rework")
        self.flow(exception, escalated)
        return system

    def end(self, previous: str) -> None:
        end = self.add(EndStep, role_id=self.role(), outcome=EndOutcome.COMPLETED)
        self.flow(previous, end)

    def finish(self) -> OperatingModel:
        kpis = [
            Kpi(id=self.new_id(), name="Throughput", metric=BaselineMetric.THROUGHPUT,
                direction=KpiDirection.HIGHER_IS_BETTER, unit="items/person/day", baseline=40,
                target=60),
            Kpi(id=self.new_id(), name="Error rate", metric=BaselineMetric.ERROR_RATE,
                unit="%", baseline=4.0, target=2.0),
            Kpi(id=self.new_id(), name="Cycle time", metric=BaselineMetric.CYCLE_TIME,
                unit="h", baseline=20, target=4),
            Kpi(id=self.new_id(), name="Cost per unit", metric=BaselineMetric.COST_PER_UNIT,
                unit="EUR", baseline=6.5, target=3.0),
        ]
        team_kpis = [TeamKpi(id=self.new_id(), role_id=r.id, kpi_before="items per day",
                             kpi_after="AI drafts reviewed per day") for r in self.roles[:4]]
        return OperatingModel(meta=self.meta, roles=self.roles, steps=self.steps,
                              flows=self.flows, kpis=kpis, team_kpis=team_kpis,
                              business_case=BusinessCase(one_off_investment=50_000,
                                                         monthly_run_cost=2_000))
