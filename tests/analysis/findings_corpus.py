"""Models whose check findings are pinned in ``data/check_findings.json``: the bundled
templates, the sample files of the file tests, the generated 2,000-step model, hand-built odd
models (nothing, no roles, cycles, self-loops, dangling flows …) and seeded random models with
odd shares, RACI cells and compliance answers.

Every model is rebuilt the same way each time (fixed ids, seeded generators), so the findings
of today's code can be compared with the pinned ones byte for byte:
``python -m tests.analysis.findings_corpus`` rewrites the file (only when a rule's findings are
meant to change).
"""
import json
import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path

from aios_designer.model import (
    Art9Condition,
    DataProtection,
    DpiaDecision,
    Flow,
    FlowKind,
    Hosting,
    OperatingModel,
    Processor,
    ReviewMode,
    RiskClass,
    Role,
    RoleKind,
    SpecialCategory,
    StepKind,
    TransferSafeguard,
    make_step,
)

from .builders import add_flow, add_step, chain

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "data" / "check_findings.json"


# -- files and the generated model -------------------------------------------------------------
def _file_models() -> Iterator[tuple[str, Callable[[], OperatingModel]]]:
    from aios_designer.fileio import ModelFileError, load_model

    folders = [ROOT / "resources" / "templates", ROOT / "resources" / "examples",
               ROOT / "tests" / "fileio" / "data"]
    for folder in folders:
        for path in sorted(folder.glob("*.aiosm")):
            try:
                load_model(path)
            except ModelFileError:
                continue  # a file the loader refuses on purpose has no findings
            yield f"file:{path.relative_to(ROOT)}", lambda path=path: load_model(path)


def _generated() -> OperatingModel:
    from benchmarks.generate import make_model

    return make_model(2_000, 20, seed=2_000)


# -- hand-built odd models ---------------------------------------------------------------------
def _no_roles() -> OperatingModel:
    model = chain()
    model.roles.clear()
    return model


def _cycle_without_exit() -> OperatingModel:
    model = chain()
    add_step(model, "human_task", "loop_a", "agent", handling_minutes=5)
    add_step(model, "human_task", "loop_b", "agent", handling_minutes=5)
    add_flow(model, "review", "loop_a", share=0.2)
    add_flow(model, "loop_a", "loop_b")
    add_flow(model, "loop_b", "loop_a", kind=FlowKind.REWORK)
    return model


def _self_loops() -> OperatingModel:
    model = chain()
    add_flow(model, "review", "review", kind=FlowKind.REWORK, share=0.1)
    add_step(model, "human_task", "stuck", "agent")
    add_flow(model, "trigger", "stuck", share=0.0)
    add_flow(model, "stuck", "stuck")
    return model


def _unreachable_and_dead_ends() -> OperatingModel:
    model = chain()
    add_step(model, "human_task", "island", "agent")
    add_step(model, "system_task", "orphan")
    add_flow(model, "island", "orphan")
    add_step(model, "human_task", "dead_end", "agent")
    add_flow(model, "ai", "dead_end", kind=FlowKind.ESCALATION)
    return model


def _exceptions_without_routes() -> OperatingModel:
    model = chain()
    add_step(model, "exception", "lost")  # no handler, no SLA, no flows at all
    add_step(model, "exception", "handled", "agent", sla_hours=0.5)
    add_flow(model, "review", "handled", kind=FlowKind.EXCEPTION, share=0.05)
    add_step(model, "human_task", "not_an_exception", "lead")
    add_flow(model, "ai", "not_an_exception", kind=FlowKind.EXCEPTION)
    add_flow(model, "not_an_exception", "end", kind=FlowKind.REWORK)
    add_flow(model, "handled", "trigger")
    return model


def _shares_and_decisions() -> OperatingModel:
    model = chain()
    add_step(model, "decision", "d1", "agent")
    add_step(model, "decision", "d2", "agent", name="")
    add_step(model, "end", "end2", name="", significant_effect=True)
    add_flow(model, "review", "d1", share=0.7)
    add_flow(model, "d1", "end", share=0.6)
    add_flow(model, "d1", "end2", share=0.6)
    add_flow(model, "d1", "d2")
    add_flow(model, "d2", "end2", share=1.0)
    add_flow(model, "end2", "end")
    add_step(model, "decision", "d3", "agent")
    add_flow(model, "ai", "d3", share=0.0)
    add_flow(model, "d3", "end", share=0.3)
    add_flow(model, "d3", "end2", share=0.3)
    return model


def _dangling_and_duplicates() -> OperatingModel:
    model = chain()
    model.flows.append(Flow(id="ghost", source_id="review", target_id="nowhere"))
    model.flows.append(Flow(id="f1", source_id="ai", target_id="end"))
    model.steps.append(make_step("end", id="end", name="Done again"))
    model.step("review").role_id = "gone"
    return model


def _several_triggers_and_ends() -> OperatingModel:
    model = chain()
    add_step(model, "trigger", "trigger2", "agent", volume_per_month=0)
    add_step(model, "trigger", "trigger3", "bot", volume_per_month=50)
    add_flow(model, "trigger2", "review")
    add_flow(model, "trigger3", "ai")
    add_flow(model, "review", "trigger3", share=0.1)
    add_step(model, "end", "end_b", "agent")
    add_flow(model, "end", "end_b")
    return model


def _compliance_everything() -> OperatingModel:
    model = chain()
    model.roles.append(Role(id="vendor", name="Vendor", kind=RoleKind.SYSTEM))
    trigger = model.step("trigger")
    trigger.data_protection = DataProtection(
        personal_data=True, special_categories=[SpecialCategory.HEALTH])
    ai = model.step("ai")
    ai.hosting = Hosting.NON_EU
    ai.processor_id = "p1"
    ai.review.mode = ReviewMode.SAMPLE_ONLY
    add_step(model, "ai_task", "ai2", "bot", hosting=Hosting.NON_EU,
             transfer_safeguard=TransferSafeguard.SCC,
             review={"mode": "none", "reviewer_role_id": "vendor"})
    add_step(model, "ai_task", "ai3", "bot", hosting=Hosting.EU_CLOUD, review={"mode": "always", "reviewer_role_id": "vendor"})
    add_step(model, "decision", "verdict", "lead", significant_effect=True)
    add_flow(model, "ai", "ai2", share=0.5)
    add_flow(model, "ai2", "ai3")
    add_flow(model, "ai3", "verdict")
    add_flow(model, "verdict", "end")
    add_flow(model, "verdict", "review")
    model.compliance.processors.append(Processor(id="p1", name="Model vendor",
                                                 transfer_safeguard=TransferSafeguard.BCR))
    model.compliance.processors.append(Processor(id="p2", name="Unused", avv_signed=True))
    ai_act = model.compliance.ai_act
    ai_act.risk_class = RiskClass.HIGH_RISK
    ai_act.decided_on = date(2024, 1, 2)
    ai_act.answers = {"annex3_4_b": True, "art50_1": True}
    model.meta.structure_changed = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    model.compliance.dpia.decision = DpiaDecision.NOT_REQUIRED
    return model


def _prohibited_and_system_accountable() -> OperatingModel:
    model = chain()
    model.meta.process_owner_role_id = "bot"
    model.compliance.ai_act.risk_class = RiskClass.PROHIBITED
    model.compliance.ai_act.decided_on = date(2024, 5, 6)
    model.step("review").role_id = "bot"
    model.step("trigger").raci_overrides = {"agent": "A", "lead": "A"}
    model.step("ai").raci_overrides = {"agent": "C", "bot": "I"}
    model.step("end").raci_overrides = {"lead": "R", "agent": "R"}
    model.compliance.ai_literacy_training_planned = False
    return model


def _unnamed_and_no_owner() -> OperatingModel:
    model = chain()
    model.meta.process_owner_role_id = None
    for step in model.steps:
        step.name = ""
    for role in model.roles:
        role.name = ""
    return model


def _bottleneck_roles() -> OperatingModel:
    model = chain()
    model.meta.process_owner_role_id = "agent"
    previous = "review"
    for i in range(8):
        add_step(model, "human_task", f"t{i}", "agent", handling_minutes=60, name=f"Task {i}")
        add_flow(model, previous, f"t{i}")
        previous = f"t{i}"
        model.step(f"t{i}").raci_overrides = {"lead": "A"}
    add_flow(model, previous, "end")
    remove = [f for f in model.flows if f.id == "f3"]
    model.flows.remove(remove[0])
    model.roles.append(Role(id="idle", name="Idle", headcount=1))
    model.step("trigger").volume_per_month = 200_000
    return model


def _special_condition_recorded() -> OperatingModel:
    model = chain()
    model.step("trigger").data_protection = DataProtection(
        personal_data=True, special_categories=[SpecialCategory.HEALTH],
        special_category_condition=Art9Condition.EXPLICIT_CONSENT)
    model.step("ai").data_protection = DataProtection(personal_data=False)
    return model


def _out_of_range_and_unmonitored() -> OperatingModel:
    """Values the model refuses (built around validation), review outcomes that do not add up,
    metrics without owner, frequency or threshold, and a role near full load."""
    from aios_designer.model import MetricKind, MonitoringMetric, ReviewPolicy

    model = chain()
    ai = model.step("ai")
    ai.__dict__["review"] = ReviewPolicy.model_construct(
        **{**ai.review.__dict__, "threshold": 1.5, "qa_sample_rate": float("nan")})
    review = model.step("review")
    review.__dict__["accept_share"] = 0.5
    model.monitoring.metrics.append(MonitoringMetric(id="m1", name="Acceptance",
                                                     kind=MetricKind.ACCEPTANCE_RATE, step_id="ai"))
    model.monitoring.metrics.append(MonitoringMetric(id="m2", kind=MetricKind.QA_ERROR_RATE,
                                                     step_id="ai", owner_role_id="lead"))
    model.step("trigger").volume_per_month = 9_000
    model.role("agent").headcount = 1
    return model


def _near_and_over_capacity() -> OperatingModel:
    """The reviewers near full load (fragile queue), the lead over capacity with plain work."""
    model = chain()
    model.step("trigger").volume_per_month = 2_400
    model.role("agent").headcount = 1
    add_step(model, "human_task", "approve", "lead", handling_minutes=60)
    add_flow(model, "review", "approve", share=0.5)
    add_flow(model, "approve", "end")
    return model


ODD_MODELS: dict[str, Callable[[], OperatingModel]] = {
    "empty": OperatingModel,
    "chain": chain,
    "no_roles": _no_roles,
    "cycle_without_exit": _cycle_without_exit,
    "self_loops": _self_loops,
    "unreachable_and_dead_ends": _unreachable_and_dead_ends,
    "exceptions_without_routes": _exceptions_without_routes,
    "shares_and_decisions": _shares_and_decisions,
    "dangling_and_duplicates": _dangling_and_duplicates,
    "several_triggers_and_ends": _several_triggers_and_ends,
    "compliance_everything": _compliance_everything,
    "prohibited_and_system_accountable": _prohibited_and_system_accountable,
    "unnamed_and_no_owner": _unnamed_and_no_owner,
    "bottleneck_roles": _bottleneck_roles,
    "special_condition_recorded": _special_condition_recorded,
    "out_of_range_and_unmonitored": _out_of_range_and_unmonitored,
    "near_and_over_capacity": _near_and_over_capacity,
}


# -- seeded random models ----------------------------------------------------------------------
_SHARES = [None, None, None, 0.0, 0.25, 0.5, 1.0, 0.7, 0.3]
_LETTERS = ["", "R", "A", "RA", "C", "I", "RACI"]


def random_model(seed: int) -> OperatingModel:
    """A small model of anything goes: any kinds, lanes, flows (self-loops, parallel flows,
    every flow kind), shares, RACI cells and privacy answers, from ``seed``."""
    rnd = random.Random(seed)
    roles = [Role(id=f"r{i}", name=rnd.choice([f"Role {i}", ""]), kind=rnd.choice(list(RoleKind)),
                  headcount=rnd.choice([0, 0.5, 1, 3]), hourly_cost=rnd.choice([0, 40]))
             for i in range(rnd.randint(0, 5))]
    role_ids = [None] + [r.id for r in roles]
    steps = []
    for i in range(rnd.randint(0, 12)):
        kind = rnd.choice(list(StepKind))
        fields = {"id": f"s{i}", "name": rnd.choice([f"Step {i}", "", f"Step {i % 3}"]),
                  "role_id": rnd.choice(role_ids)}
        if kind == StepKind.AI_TASK:
            fields["review"] = {"mode": rnd.choice(list(ReviewMode)),
                                "reviewer_role_id": rnd.choice(role_ids)}
            fields["hosting"] = rnd.choice(list(Hosting))
            fields["data_protection"] = DataProtection(personal_data=rnd.choice([None, True, False]))
        elif kind == StepKind.TRIGGER:
            fields["volume_per_month"] = rnd.choice([0, 100, 5000])
            fields["data_protection"] = DataProtection(personal_data=rnd.choice([None, True, False]))
        elif kind == StepKind.EXCEPTION:
            fields["sla_hours"] = rnd.choice([None, 1, 48])
        elif kind in (StepKind.DECISION, StepKind.END):
            fields["significant_effect"] = rnd.random() < 0.3
        elif kind == StepKind.HUMAN_TASK:
            fields["handling_minutes"] = rnd.choice([0, 5, 30])
            fields["can_change_outcome"] = rnd.random() < 0.3
        step = make_step(kind, **fields)
        if roles and rnd.random() < 0.2:
            step.raci_overrides = {rnd.choice(roles).id: rnd.choice(_LETTERS)}
        steps.append(step)
    ids = [s.id for s in steps]
    flows = []
    if ids:
        for i in range(rnd.randint(0, 16)):
            flows.append(Flow(id=f"f{i}", source_id=rnd.choice(ids), target_id=rnd.choice(ids),
                              kind=rnd.choice(list(FlowKind)), share=rnd.choice(_SHARES)))
    model = OperatingModel(roles=roles, steps=steps, flows=flows)
    model.meta.process_owner_role_id = rnd.choice(role_ids)
    model.compliance.ai_act.risk_class = rnd.choice([None, *RiskClass])
    return model


RANDOM_SEEDS = range(150)


def corpus() -> Iterator[tuple[str, Callable[[], OperatingModel]]]:
    yield from _file_models()
    yield "generated:2000", _generated
    yield from ((f"odd:{name}", build) for name, build in ODD_MODELS.items())
    yield from ((f"random:{seed}", lambda seed=seed: random_model(seed)) for seed in RANDOM_SEEDS)


def findings_record(model: OperatingModel) -> list[list]:
    """Everything a finding says, in the order ``check`` returns them."""
    from aios_designer.analysis.checks import check

    return [[f.rule, str(f.severity), list(f.elements), f.message_en, f.message_de]
            for f in check(model)]


def write_fixture() -> None:
    data = {name: findings_record(build()) for name, build in corpus()}
    FIXTURE.parent.mkdir(exist_ok=True)
    # One finding a line: a changed message shows as a changed line in a diff.
    lines = ["{"]
    for i, (name, findings) in enumerate(data.items()):
        rows = ",\n".join(json.dumps(f, ensure_ascii=False) for f in findings)
        end = "," if i < len(data) - 1 else ""
        lines.append(f"{json.dumps(name)}: [\n{rows}\n]{end}" if rows else f"{json.dumps(name)}: []{end}")
    lines.append("}")
    FIXTURE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_fixture()
