"""Run every registered rule over a model and collect the findings, most severe first."""
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from ..collector import paused
from ..model import Flow, FlowKind, OperatingModel, Role, StepBase, StepKind
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

    The model is walked once here, into id maps and lists by kind, so that a rule about AI
    steps touches the AI steps only: on a large model each walk over all elements costs
    more per element than on a small one (they no longer fit the processor's caches), so
    the fewer whole walks, the closer to linear. The derived pieces are cached properties,
    so a run pays only for what its rules use; the networkx ``graph`` in particular is built
    only if a rule asks for it (the structure rules use the plain adjacency dictionaries,
    which are several times cheaper).
    """

    model: OperatingModel
    steps: dict[str, StepBase] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    #: Kind of each entry of ``model.steps``, by position.
    step_kinds: list[StepKind] = field(default_factory=list)
    _steps_by_kind: dict[StepKind, list[StepBase]] = field(default_factory=dict)
    _flows_by_kind: dict[FlowKind, list[Flow]] = field(default_factory=dict)

    @classmethod
    def of(cls, model: OperatingModel) -> "CheckContext":
        steps: dict[str, StepBase] = {}
        step_kinds: list[StepKind] = []
        by_kind: dict[StepKind, list[StepBase]] = {}
        for step in model.steps:
            kind = step.kind
            steps[step.id] = step
            step_kinds.append(kind)
            by_kind.setdefault(kind, []).append(step)
        flows_by_kind: dict[FlowKind, list[Flow]] = {}
        for flow in model.flows:
            flows_by_kind.setdefault(flow.kind, []).append(flow)
        return cls(model=model, steps=steps, roles={r.id: r for r in model.roles},
                   step_kinds=step_kinds, _steps_by_kind=by_kind, _flows_by_kind=flows_by_kind)

    def steps_of_kind(self, *kinds: StepKind) -> list[StepBase]:
        """The entries of ``model.steps`` of these kinds, in model order (duplicates of an id
        included, as in the list)."""
        if len(kinds) == 1:
            return self._steps_by_kind.get(kinds[0], [])
        wanted = set(kinds)
        return [s for s, k in zip(self.model.steps, self.step_kinds) if k in wanted]

    def flows_of_kind(self, kind: FlowKind) -> list[Flow]:
        """The entries of ``model.flows`` of this kind, in model order."""
        return self._flows_by_kind.get(kind, [])

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """networkx view: step ids with ``step``/``kind``, flows keyed by id with ``flow``."""
        return g.build_graph(self.model)

    @cached_property
    def _flow_index(self) -> tuple[dict[str, list[Flow]], dict[str, list[Flow]]]:
        return g.flow_index(self.model)

    @property
    def outgoing(self) -> dict[str, list[Flow]]:
        """Step id → flows leaving it (every step present; dangling flows left out)."""
        return self._flow_index[0]

    @property
    def incoming(self) -> dict[str, list[Flow]]:
        """Step id → flows entering it (every step present; dangling flows left out)."""
        return self._flow_index[1]

    @cached_property
    def successors(self) -> dict[str, list[str]]:
        return {n: [f.target_id for f in flows] for n, flows in self.outgoing.items()}

    @cached_property
    def predecessors(self) -> dict[str, list[str]]:
        return {n: [f.source_id for f in flows] for n, flows in self.incoming.items()}

    @cached_property
    def kinds(self) -> dict[str, StepKind]:
        """Step id → kind (for a duplicate id: the kind of its last entry, as in ``steps``)."""
        return {step_id: step.kind for step_id, step in self.steps.items()}

    @cached_property
    def projection(self):
        """``project(model)``, for the rules that compare workload with capacity."""
        from .projection import project  # here: checks that do not need it stay free of numpy

        return project(self.model)

    @cached_property
    def derived_raci(self) -> RaciMatrix:
        return derive_raci(self.model)

    @cached_property
    def raci(self) -> RaciMatrix:
        """Effective RACI: derived with the user's overrides applied."""
        return effective_raci(self.model, self.derived_raci)

    def of_kind(self, kind: StepKind) -> list[str]:
        return [step_id for step_id, k in self.kinds.items() if k == kind]

    @cached_property
    def triggers(self) -> list[str]:
        return self.of_kind(StepKind.TRIGGER)

    @cached_property
    def ends(self) -> list[str]:
        return self.of_kind(StepKind.END)

    @cached_property
    def closed_cycles(self) -> list[set[str]]:
        """Loops no item can leave, as the projection solves the flows (the policy of an AI
        step decides the shares of its review flows; an end step with outgoing flows passes
        items on), so that the checks and ``project`` agree on which loops are unbounded."""
        return [set(loop) for loop in self.projection.closed_loops]

    @cached_property
    def component_index(self) -> dict[str, int]:
        return g.component_index(self.successors)

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


def check(model: OperatingModel, *, projection=None,
          raci: tuple[RaciMatrix, RaciMatrix] | None = None,
          rules: list | None = None) -> list[Finding]:
    """All findings of every registered rule, sorted by severity, rule id and elements.

    Callers that already have them for this very model (the workbook export) pass
    ``projection`` (``project(model)``) and ``raci`` ((derived, effective) RACI), so
    that they are not computed twice. ``rules``: only these rule functions (of ``RULES``),
    for a caller that needs only their findings (``readiness.finding_rules``).
    """
    from . import rules as _registered  # noqa: F401  (importing registers the rules)
    from .privacy import computed_once

    # Several rules ask the same privacy questions (each a search of the whole graph).
    with paused(), computed_once(model):
        return _check(model, projection, raci, RULES if rules is None else rules)


def _check(model: OperatingModel, projection, raci, rules) -> list[Finding]:
    ctx = CheckContext.of(model)
    if projection is not None:
        ctx.projection = projection  # fills the cached property
    if raci is not None:
        ctx.derived_raci, ctx.raci = raci
    findings: list[Finding] = []
    for rule_function in rules:
        findings.extend(rule_function(ctx))
    findings.sort(key=lambda f: f.sort_key)
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
