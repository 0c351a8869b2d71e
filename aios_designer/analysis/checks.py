"""Run every registered rule over a model and collect the findings, most severe first."""
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from ..model import OperatingModel, Role, StepBase, StepKind
from . import graph as g
from .findings import Finding
from .raci import RaciMatrix, derive_raci, effective_raci
from .registry import RULES

_KIND_LABEL = {
    StepKind.TRIGGER: ("trigger", "Auslöser"),
    StepKind.AI_TASK: ("AI step", "KI-Schritt"),
    StepKind.HUMAN_TASK: ("task", "Aufgabe"),
    StepKind.REVIEW: ("review", "Prüfung"),
    StepKind.DECISION: ("decision", "Entscheidung"),
    StepKind.EXCEPTION: ("exception", "Ausnahme"),
    StepKind.SYSTEM_TASK: ("system task", "Systemschritt"),
    StepKind.END: ("end", "Ende"),
}


@dataclass(eq=False)
class CheckContext:
    """What every rule needs, computed once per check run (rules must not mutate it).

    The derived pieces are cached properties, so a run pays only for what its rules use.
    """

    model: OperatingModel
    graph: nx.MultiDiGraph
    steps: dict[str, StepBase] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)

    @classmethod
    def of(cls, model: OperatingModel) -> "CheckContext":
        return cls(
            model=model,
            graph=g.build_graph(model),
            steps={s.id: s for s in model.steps},
            roles={r.id: r for r in model.roles},
        )

    @cached_property
    def derived_raci(self) -> RaciMatrix:
        return derive_raci(self.model)

    @cached_property
    def raci(self) -> RaciMatrix:
        """Effective RACI: derived with the user's overrides applied."""
        return effective_raci(self.model, self.derived_raci)

    @cached_property
    def triggers(self) -> list[str]:
        return g.triggers(self.graph)

    @cached_property
    def ends(self) -> list[str]:
        return g.ends(self.graph)

    @cached_property
    def closed_cycles(self) -> list[set[str]]:
        return g.closed_cycles(self.graph)

    @cached_property
    def component_index(self) -> dict[str, int]:
        return g.component_index(self.graph)

    def step_label(self, step_id: str) -> tuple[str, str]:
        """(English, German) way to name a step in a message: its name, or kind and short id."""
        step = self.steps.get(step_id)
        if step is None:
            return (step_id, step_id)
        if step.name.strip():
            return (f"'{step.name}'", f"„{step.name}“")
        en, de = _KIND_LABEL[step.kind]
        return (f"{en} {step.id[:8]}", f"{de} {step.id[:8]}")

    def role_label(self, role_id: str | None) -> tuple[str, str]:
        role = self.roles.get(role_id) if role_id is not None else None
        if role is None:
            return (str(role_id), str(role_id))
        name = role.name.strip() or role.id[:8]
        return (f"'{name}'", f"„{name}“")


def check(model: OperatingModel) -> list[Finding]:
    """All findings of every registered rule, sorted by severity, rule id and elements."""
    from . import rules  # noqa: F401  (importing registers the rules)

    ctx = CheckContext.of(model)
    findings: list[Finding] = []
    for rule_function in RULES:
        findings.extend(rule_function(ctx))
    findings.sort(key=lambda f: f.sort_key)
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
