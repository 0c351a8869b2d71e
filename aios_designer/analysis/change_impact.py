"""How the work of each human role changes: what it does in the new workflow (with items and
hours per month from the projection), its RACI letters, its team KPI before → after, and the
training it needs before go-live.

Training follows from the work, not from job titles:
- the new workflow (its steps, hand-offs and KPIs) for every role with a task in it — the team
  is trained on the workflow, not on the technology;
- AI literacy (EU AI Act Art. 4) for every role that reviews AI output, checks a QA sample, or
  works on items after an AI step has touched them;
- the review procedure of each AI step for its reviewers (review step lanes, policy reviewers,
  QA checkers);
- the procedure of each exception route for its handler and its escalation role.
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from ..model import (
    AiTaskStep,
    ExceptionStep,
    OperatingModel,
    RoleKind,
    StepKind,
)
from .raci import effective_raci


@dataclass(frozen=True)
class Words:
    en: str
    de: str

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


#: What a role does at a step (the task's kind), in both languages.
DUTIES = {
    "task": Words("performs", "führt aus"),
    "review": Words("reviews AI output", "prüft KI-Ergebnisse"),
    "ai_review": Words("reviews AI output (no review step)", "prüft KI-Ergebnisse (ohne Prüfschritt)"),
    "qa": Words("checks the QA sample", "prüft die QS-Stichprobe"),
    "exception": Words("handles the exception", "bearbeitet die Ausnahme"),
    "escalation": Words("takes escalations", "übernimmt Eskalationen"),
    "feed": Words("owns the data feed", "verantwortet die Datenlieferung"),
}


@dataclass(frozen=True)
class RoleTask:
    step_id: str
    step_name: str
    duty: str  # a key of DUTIES
    items_per_month: float | None = None
    hours_per_month: float | None = None


@dataclass(frozen=True)
class Training:
    key: str  # "workflow", "ai_literacy", "review:<step id>", "exception:<step id>"
    title: Words
    reason: Words


@dataclass
class RoleImpact:
    role_id: str
    name: str
    kind: str
    headcount: float
    tasks: list[RoleTask] = field(default_factory=list)
    #: (step id, step name, letters) of every RACI row where the role has a letter.
    raci: list[tuple[str, str, str]] = field(default_factory=list)
    hours_per_month: float | None = None
    fte: float | None = None
    utilisation: float | None = None
    kpi_before: str = ""
    kpi_after: str = ""
    kpi_target: str = ""
    kpi_measurement: str = ""
    training: list[Training] = field(default_factory=list)


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _after_ai(model: OperatingModel) -> set[str]:
    """Steps an item reaches after an AI step has worked on it."""
    successors: dict[str, list[str]] = {}
    for flow in model.flows:
        successors.setdefault(flow.source_id, []).append(flow.target_id)
    seen: set[str] = set()
    queue = deque(s.id for s in model.steps if s.kind == StepKind.AI_TASK)
    while queue:
        for target in successors.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def change_impact(model: OperatingModel, projection=None, raci=None) -> list[RoleImpact]:
    """One entry per human role (person or team) of the model, in the Roles order. Callers
    that have them pass the projection and the effective RACI (step → role → letters)."""
    if projection is None:
        from .projection import project

        projection = project(model)
    steps = {s.id: s for s in model.steps}
    step_items = {s.id: s for s in projection.steps}
    role_figures = {r.id: r for r in projection.roles}
    ai_figures = {a.id: a for a in projection.ai_steps}
    raci = effective_raci(model) if raci is None else raci
    after_ai = _after_ai(model)
    humans = [r for r in model.roles if r.kind in (RoleKind.HUMAN, RoleKind.TEAM)]
    impacts = {r.id: RoleImpact(r.id, r.name, str(r.kind), r.headcount) for r in humans}

    def add(role_id, step, duty, items=None, hours=None):
        impact = impacts.get(role_id)
        if impact is not None:
            impact.tasks.append(RoleTask(step.id, step.name, duty, _finite(items),
                                         _finite(hours)))

    for step in model.steps:
        figures = step_items.get(step.id)
        items = figures.items_per_month if figures else None
        if step.kind in (StepKind.HUMAN_TASK, StepKind.REVIEW, StepKind.EXCEPTION):
            duty = {StepKind.HUMAN_TASK: "task", StepKind.REVIEW: "review",
                    StepKind.EXCEPTION: "exception"}[step.kind]
            role = step.role_id or (figures.work_role_id if figures else None)
            add(role, step, duty, items, figures.hours_per_month if figures else None)
        if isinstance(step, ExceptionStep) and step.escalation_role_id:
            add(step.escalation_role_id, step, "escalation")
        if step.kind == StepKind.TRIGGER and getattr(step, "feed_owner_role_id", None):
            add(step.feed_owner_role_id, step, "feed")
        if isinstance(step, AiTaskStep):
            ai = ai_figures.get(step.id)
            if ai is None:
                continue
            if not ai.review_step_ids and ai.reviewed_per_month > 0:
                add(step.review.reviewer_role_id, step, "ai_review", ai.reviewed_per_month,
                    ai.review_hours_per_month)
            if ai.qa_checks_per_month > 0 and ai.qa_role_id:
                add(ai.qa_role_id, step, "qa", ai.qa_checks_per_month, ai.qa_hours_per_month)

    for step_id, row in raci.items():
        for role_id, letters in row.items():
            if letters and role_id in impacts:
                impacts[role_id].raci.append((step_id, steps[step_id].name, letters))

    team_kpis = {}
    for kpi in model.team_kpis:
        team_kpis.setdefault(kpi.role_id, kpi)
    for impact in impacts.values():
        figures = role_figures.get(impact.role_id)
        if figures is not None:
            impact.hours_per_month = _finite(figures.hours_per_month)
            impact.fte = _finite(figures.fte)
            impact.utilisation = _finite(figures.utilisation)
        kpi = team_kpis.get(impact.role_id)
        if kpi is not None:
            impact.kpi_before, impact.kpi_after = kpi.kpi_before, kpi.kpi_after
            impact.kpi_target, impact.kpi_measurement = kpi.target, kpi.measurement
        impact.training = _training(impact, steps, after_ai)
    return list(impacts.values())


def _training(impact: RoleImpact, steps: dict, after_ai: set[str]) -> list[Training]:
    result: list[Training] = []
    if impact.tasks:
        result.append(Training(
            "workflow", Words("The new workflow", "Der neue Arbeitsablauf"),
            Words("its steps, hand-offs and KPIs for this role",
                  "Schritte, Übergaben und Kennzahlen dieser Rolle")))
    ai_work = [t for t in impact.tasks
               if t.duty in ("review", "ai_review", "qa") or t.step_id in after_ai]
    if ai_work:
        result.append(Training(
            "ai_literacy", Words("AI literacy (EU AI Act Art. 4)", "KI-Kompetenz (KI-VO Art. 4)"),
            Words("works with AI output: what the model can and cannot do, automation bias, "
                  "when to override",
                  "arbeitet mit KI-Ergebnissen: Fähigkeiten und Grenzen des Modells, "
                  "Automatisierungsverzerrung, wann übersteuern")))
    seen: set[str] = set()
    for task in impact.tasks:
        if task.duty in ("review", "ai_review", "qa"):
            key = f"review:{task.step_id}"
            if key not in seen:
                seen.add(key)
                result.append(Training(
                    key, Words(f"Review procedure: {task.step_name}",
                               f"Prüfverfahren: {task.step_name}"),
                    Words("what to check, accept / edit / reject and what follows, the QA sample",
                          "was zu prüfen ist, übernehmen / ändern / verwerfen und die Folgen, "
                          "die QS-Stichprobe")))
        if task.duty in ("exception", "escalation"):
            key = f"exception:{task.step_id}"
            if key not in seen:
                seen.add(key)
                step = steps[task.step_id]
                sla = (f"{step.sla_hours:g} h" if isinstance(step, ExceptionStep)
                       and step.sla_hours is not None else "–")
                result.append(Training(
                    key, Words(f"Exception procedure: {task.step_name}",
                               f"Ausnahmeverfahren: {task.step_name}"),
                    Words(f"when it applies, the procedure, SLA {sla}, escalation",
                          f"wann er greift, das Vorgehen, SLA {sla.replace('.', ',')}, "
                          "Eskalation")))
    return result

