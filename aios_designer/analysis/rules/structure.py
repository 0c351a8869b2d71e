"""Structure of the workflow graph (rule ids AIOS-G…): where items enter, whether they can
get through, and whether the flows out of each step are consistent.
"""
import math
import re
from collections.abc import Iterator

from ...model import FlowKind, RoleKind, StepKind, integrity_problems
from .. import graph as g
from ..checks import CheckContext
from ..findings import Finding, Severity
from ..registry import rule

E, W = Severity.ERROR, Severity.WARNING

_PATH_INDEX = re.compile(r"^(roles|steps|flows|kpis|team_kpis|compliance\.processors)\[(\d+)\]")


@rule
def integrity(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G000: duplicate ids or references to elements that do not exist."""
    model = ctx.model
    collections = {"roles": model.roles, "steps": model.steps, "flows": model.flows,
                   "kpis": model.kpis, "team_kpis": model.team_kpis,
                   "compliance.processors": model.compliance.processors}
    for path, message in integrity_problems(model):
        match = _PATH_INDEX.match(path)
        elements = ()
        if match:
            elements = (collections[match.group(1)][int(match.group(2))].id,)
        yield Finding("AIOS-G000", E,
                      f"The model is inconsistent at {path}: {message}.",
                      f"Das Modell ist an der Stelle {path} widersprüchlich: {message}.",
                      elements)


@rule
def no_trigger(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G001"""
    if not ctx.triggers:
        yield Finding("AIOS-G001", E,
                      "The workflow has no trigger: add a trigger step where items come from.",
                      "Der Workflow hat keinen Auslöser: Fügen Sie einen Auslöser-Schritt hinzu, "
                      "an dem die Vorgänge hereinkommen.")


@rule
def no_end(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G002"""
    if not ctx.ends:
        yield Finding("AIOS-G002", E,
                      "The workflow has no end: add an end step where items leave the workflow.",
                      "Der Workflow hat kein Ende: Fügen Sie einen End-Schritt hinzu, an dem die "
                      "Vorgänge den Workflow verlassen.")


@rule
def unreachable(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G003: a step no item can get to (without triggers G001 says it all)."""
    if not ctx.triggers:
        return
    reached = g.reachable(ctx.successors, ctx.triggers)
    for step_id in ctx.steps:
        if step_id not in reached:
            en, de = ctx.step_label(step_id)
            yield Finding("AIOS-G003", E,
                          f"Step {en} cannot be reached from any trigger: connect it with a flow "
                          "or remove it.",
                          f"Der Prozessschritt {de} ist von keinem Auslöser aus erreichbar: "
                          "Schließen Sie ihn mit einer Verbindung an den Ablauf an oder entfernen "
                          "Sie ihn.",
                          (step_id,))


@rule
def no_path_to_end(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G004: items at this step can never finish. Steps of a closed cycle are reported
    once as the cycle (G005), and nothing is reported without any end (G002)."""
    if not ctx.ends:
        return
    finishing = g.reachable(ctx.predecessors, ctx.ends)
    in_closed = set().union(*ctx.closed_cycles) if ctx.closed_cycles else set()
    for step_id in ctx.steps:
        if step_id not in finishing and step_id not in in_closed:
            en, de = ctx.step_label(step_id)
            yield Finding("AIOS-G004", E,
                          f"From step {en} there is no path to an end: items there never finish.",
                          f"Vom Prozessschritt {de} führt kein Weg zu einem Ende: Vorgänge dort "
                          "werden nie abgeschlossen.",
                          (step_id,))


@rule
def closed_cycle(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G005: a loop without an exit; items that enter it circulate forever."""
    for component in ctx.closed_cycles:
        members = sorted(component, key=lambda s: ctx.steps[s].name or s)
        names_en = ", ".join(ctx.step_label(s)[0] for s in members[:5])
        names_de = ", ".join(ctx.step_label(s)[1] for s in members[:5])
        more = f" (+{len(members) - 5})" if len(members) > 5 else ""
        yield Finding("AIOS-G005", E,
                      f"The loop through {names_en}{more} has no exit: give one of its steps a "
                      "flow that leaves the loop.",
                      f"Die Schleife über {names_de}{more} hat keinen Ausgang: Geben Sie einem "
                      "ihrer Prozessschritte eine Verbindung, die die Schleife verlässt.",
                      tuple(sorted(component)))


@rule
def decision_branches(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G006: a decision needs at least two ways out to decide anything."""
    for step_id in ctx.of_kind(StepKind.DECISION):
        count = len(ctx.outgoing[step_id])
        if count < 2:
            en, de = ctx.step_label(step_id)
            has_en = "no outgoing flow" if count == 0 else "only one outgoing flow"
            has_de = ("keine ausgehende Verbindung" if count == 0
                      else "nur eine ausgehende Verbindung")
            yield Finding("AIOS-G006", W,
                          f"Decision {en} has {has_en}; a decision needs at least two ways out.",
                          f"Die Entscheidung {de} hat {has_de}; eine Entscheidung braucht "
                          "mindestens zwei Ausgänge.",
                          (step_id,))


def _fmt(value: float, lang: str = "en") -> str:
    text = f"{value:.4g}"
    return text.replace(".", ",") if lang == "de" else text


@rule
def shares(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G007 (error): shares out of a step outside 0–1, above 1 in total, or all given and
    not 1. AIOS-G008 (warning): flows without a share get nothing because the given shares
    already add up to 1."""
    tol = g.SHARE_TOLERANCE
    for step_id, flows in ctx.outgoing.items():
        given, open_count = g.share_sum(flows)
        if open_count == len(flows):
            continue  # no shares given (or no flows): equal parts of 1, nothing can be wrong
        bad = [f for f in flows if f.share is not None
               and not (0.0 <= f.share <= 1.0)]  # NaN fails too
        if bad:
            problem = "range"
        elif given > 1.0 + tol:
            problem = "over"
        elif open_count == 0 and not math.isclose(given, 1.0, abs_tol=tol):
            problem = "sum"
        elif open_count and given >= 1.0 - tol:
            problem = "nothing_left"
        else:
            continue
        en, de = ctx.step_label(step_id)
        elements = (step_id, *(f.id for f in flows))
        if problem == "range":
            yield Finding("AIOS-G007", E,
                          f"A flow leaving {en} has a share outside 0–1 "
                          f"({_fmt(bad[0].share)}).",
                          f"Eine Verbindung aus {de} hat einen Anteil außerhalb von 0–1 "
                          f"({_fmt(bad[0].share, 'de')}).",
                          elements)
        elif problem == "over":
            yield Finding("AIOS-G007", E,
                          f"The shares of the flows leaving {en} add up to {_fmt(given)}; "
                          "together they must be 1 (100 %).",
                          f"Die Anteile der Verbindungen aus {de} ergeben zusammen "
                          f"{_fmt(given, 'de')}; "
                          "zusammen müssen sie 1 (100 %) ergeben.",
                          elements)
        elif problem == "sum":
            yield Finding("AIOS-G007", E,
                          f"The shares of the flows leaving {en} add up to {_fmt(given)}; "
                          "together they must be 1 (100 %). Leave one share empty to give it "
                          "the rest.",
                          f"Die Anteile der Verbindungen aus {de} ergeben zusammen "
                          f"{_fmt(given, 'de')}; "
                          "zusammen müssen sie 1 (100 %) ergeben. Lassen Sie einen Anteil leer, "
                          "damit er den Rest erhält.",
                          elements)
        else:
            if open_count == 1:
                rest_en = "the flow without a share never carries an item"
                rest_de = "die Verbindung ohne Anteil erhält nie einen Vorgang"
            else:
                rest_en = f"the {open_count} flows without a share never carry an item"
                rest_de = f"die {open_count} Verbindungen ohne Anteil erhalten nie einen Vorgang"
            yield Finding("AIOS-G008", W,
                          f"The flows leaving {en} with a share already take everything; "
                          f"{rest_en}.",
                          f"Die Verbindungen aus {de} mit Anteil nehmen bereits alles auf; {rest_de}.",
                          elements)


@rule
def end_with_outgoing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G009: an end step is where items leave; flows out of it are never taken."""
    for step_id in ctx.ends:
        flows = ctx.outgoing[step_id]
        if flows:
            en, de = ctx.step_label(step_id)
            yield Finding("AIOS-G009", W,
                          f"End {en} has outgoing flows; items end there, so these flows are "
                          "never taken.",
                          f"Das Ende {de} hat ausgehende Verbindungen; Vorgänge enden dort, diese "
                          "Verbindungen werden also nie genommen.",
                          (step_id, *(f.id for f in flows)))


@rule
def trigger_with_incoming(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G010: a trigger is where items enter; items flowing back into it are counted as
    new arrivals."""
    for step_id in ctx.triggers:
        flows = ctx.incoming[step_id]
        if flows:
            en, de = ctx.step_label(step_id)
            yield Finding("AIOS-G010", W,
                          f"Trigger {en} receives flows from other steps; route returning items "
                          "to the step that handles them instead.",
                          f"Der Auslöser {de} erhält Verbindungen von anderen Prozessschritten; leiten "
                          "Sie zurückkommende Vorgänge stattdessen zu dem Schritt, der sie "
                          "bearbeitet.",
                          (step_id, *(f.id for f in flows)))


@rule
def exception_flow_target(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G011: an exception flow should end in exception handling (handler, SLA,
    procedure) or an end."""
    for flow in ctx.flows_of_kind(FlowKind.EXCEPTION):
        if flow.target_id not in ctx.steps:
            continue
        if ctx.steps[flow.target_id].kind not in (StepKind.EXCEPTION, StepKind.END):
            en_s, de_s = ctx.step_label(flow.source_id)
            en_t, de_t = ctx.step_label(flow.target_id)
            yield Finding("AIOS-G011", W,
                          f"The exception flow from {en_s} leads to {en_t}, which is neither an "
                          "exception step nor an end: exceptions then have no handler, SLA or "
                          "procedure.",
                          f"Die Ausnahme-Verbindung von {de_s} führt zu {de_t}, das weder ein "
                          "Ausnahme-Schritt noch ein Ende ist: Ausnahmen haben dann keinen "
                          "Bearbeiter, keine SLA und kein Verfahren.",
                          (flow.id,))


@rule
def rework_goes_back(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G012: a rework flow sends items back to an earlier step, so it closes a loop."""
    flows = ctx.flows_of_kind(FlowKind.REWORK)
    if not flows:
        return  # no loops to compute
    index = ctx.component_index
    for flow in flows:
        if flow.source_id not in index or flow.target_id not in index:
            continue
        if flow.source_id == flow.target_id:
            continue  # a step reworking its own items is a loop
        if index[flow.source_id] != index[flow.target_id]:
            en_s, de_s = ctx.step_label(flow.source_id)
            en_t, de_t = ctx.step_label(flow.target_id)
            yield Finding("AIOS-G012", W,
                          f"The rework flow from {en_s} to {en_t} does not lead back to an "
                          "earlier step: mark it as a normal flow or let it return.",
                          f"Die Nacharbeits-Verbindung von {de_s} zu {de_t} führt nicht zu einem "
                          "früheren Prozessschritt zurück: Markieren Sie sie als normale "
                          "Verbindung oder lassen Sie sie zurückführen.",
                          (flow.id,))


_NOT_HUMAN = (StepKind.TRIGGER, StepKind.AI_TASK, StepKind.SYSTEM_TASK)


@rule
def escalation_target(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-G013: escalating means handing to a person; an escalation flow into an AI or
    system step or a trigger escalates to nobody."""
    for flow in ctx.flows_of_kind(FlowKind.ESCALATION):
        if flow.target_id not in ctx.steps:
            continue
        target = ctx.steps[flow.target_id]
        lane = ctx.roles.get(target.role_id) if target.role_id else None
        if target.kind in _NOT_HUMAN or (lane is not None and lane.kind == RoleKind.SYSTEM):
            en_s, de_s = ctx.step_label(flow.source_id)
            en_t, de_t = ctx.step_label(flow.target_id)
            yield Finding("AIOS-G013", W,
                          f"The escalation flow from {en_s} leads to {en_t}, where no person "
                          "takes over: escalate to a human task, review, decision, exception "
                          "or end.",
                          f"Die Eskalations-Verbindung von {de_s} führt zu {de_t}, wo keine Person "
                          "übernimmt: Eskalieren Sie zu einer Aufgabe, Prüfung, Entscheidung, "
                          "Ausnahme oder einem Ende.",
                          (flow.id,))
