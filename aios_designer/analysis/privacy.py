"""GDPR/DSGVO view of the workflow: where personal data flows, what is still unanswered,
which WP248 DPIA criteria apply, and whether the works council has a say (pure, no mutation).

Personal data "reaches" an AI step when a trigger recording personal data feeds it along any
flow. A step's own answer wins: ``personal_data=False`` on an AI step that only sees, say,
the ticket category is respected; ``None`` there means "inherits from its sources".
"""
from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import (
    AiTaskStep,
    BaselineMetric,
    DpiaDecision,
    Hosting,
    OperatingModel,
    ReviewMode,
    RoleKind,
    StepKind,
    TransferSafeguard,
)
from ..resources import RESOURCES
from .ai_act import Text

DPIA_FILE = RESOURCES / "compliance" / "dpia_wp248.json"


@dataclass(frozen=True)
class Gap:
    """Something a facilitator still has to answer or arrange, with the elements concerned."""

    text: Text
    elements: tuple[str, ...] = ()


# -- graph ------------------------------------------------------------------------------------
def _successors(model: OperatingModel) -> dict[str, list[str]]:
    succ: dict[str, list[str]] = {s.id: [] for s in model.steps}
    for f in model.flows:
        if f.source_id in succ and f.target_id in succ:
            succ[f.source_id].append(f.target_id)
    return succ


def _predecessors(model: OperatingModel) -> dict[str, list[str]]:
    pred: dict[str, list[str]] = {s.id: [] for s in model.steps}
    for f in model.flows:
        if f.source_id in pred and f.target_id in pred:
            pred[f.target_id].append(f.source_id)
    return pred


def _reach(adjacency: dict[str, list[str]], start: str, passable=lambda _: True) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in adjacency[node]:
            if nxt not in seen:
                seen.add(nxt)
                if passable(nxt):
                    queue.append(nxt)
    return seen


def personal_data_sources(model: OperatingModel) -> dict[str, list[str]]:
    """AI step id → ids of the triggers with personal data whose items reach it.

    One BFS per personal-data trigger (there are few triggers, many steps)."""
    succ = _successors(model)
    result: dict[str, list[str]] = {}
    ai_ids = {s.id for s in model.steps if s.kind == StepKind.AI_TASK}
    for trigger in model.steps:
        if trigger.kind == StepKind.TRIGGER and trigger.data_protection.personal_data:
            for step_id in _reach(succ, trigger.id) & ai_ids:
                result.setdefault(step_id, []).append(trigger.id)
    return result


def processes_personal_data(step: AiTaskStep, sources: dict[str, list[str]]) -> bool:
    answer = step.data_protection.personal_data
    if answer is not None:
        return answer
    return bool(sources.get(step.id))


def effective_safeguard(model: OperatingModel, step: AiTaskStep) -> TransferSafeguard:
    """The transfer safeguard of the AI step, or of its processor when the step names none."""
    if step.transfer_safeguard != TransferSafeguard.NONE:
        return TransferSafeguard(step.transfer_safeguard)
    processor = next((p for p in model.compliance.processors if p.id == step.processor_id), None)
    if processor is not None:
        return TransferSafeguard(processor.transfer_safeguard)
    return TransferSafeguard.NONE


def unsafe_transfers(model: OperatingModel) -> list[AiTaskStep]:
    """AI steps hosted outside the EU that process personal data without a safeguard."""
    sources = personal_data_sources(model)
    return [s for s in model.steps
            if s.kind == StepKind.AI_TASK and s.hosting == Hosting.NON_EU
            and processes_personal_data(s, sources)
            and effective_safeguard(model, s) == TransferSafeguard.NONE]


def _has_personal_data(model: OperatingModel, sources: dict[str, list[str]]) -> bool:
    return any(
        (s.kind == StepKind.TRIGGER and s.data_protection.personal_data)
        or (s.kind == StepKind.AI_TASK and processes_personal_data(s, sources))
        for s in model.steps)


# -- Art. 22: auto-approved paths to significant outcomes --------------------------------------
#: Step kinds where an item is in human hands (an exception is worked by its handler).
_HUMAN_HANDS = (StepKind.REVIEW, StepKind.HUMAN_TASK, StepKind.EXCEPTION)
#: Step kinds that can have a significant effect on a person.
_OUTCOMES = (StepKind.DECISION, StepKind.END)


def _human_checkpoint(step) -> bool:
    return step.kind in _HUMAN_HANDS


def _significant(step) -> bool:
    return step.kind in _OUTCOMES and step.significant_effect


def unreviewed_significant_paths(model: OperatingModel) -> list[tuple[AiTaskStep, list[str]]]:
    """(AI step, significant outcomes) where some items are auto-approved (policy none,
    sample_only or threshold) and can reach a decision or end with a significant effect on a
    person without passing a review, human task or exception handler.

    One reverse BFS from all significant outcomes finds the affected AI steps in linear time;
    only for those a forward search names the outcomes."""
    steps = {s.id: s for s in model.steps}
    targets = [s.id for s in model.steps if _significant(s)]
    if not targets:
        return []
    def passable(n: str) -> bool:
        return not _human_checkpoint(steps[n]) and not _always_reviewed(steps[n])

    pred = _predecessors(model)
    seen = set(targets)
    queue = deque(t for t in targets if passable(t))
    while queue:
        node = queue.popleft()
        for nxt in pred[node]:
            if nxt not in seen:
                seen.add(nxt)
                if passable(nxt):
                    queue.append(nxt)
    succ = _successors(model)
    result = []
    for step in model.steps:
        if (step.kind == StepKind.AI_TASK and step.review.mode != ReviewMode.ALWAYS
                and step.id in seen):
            # Forward from the AI step (which is passable itself) through non-human steps.
            reached = set()
            queue = deque([step.id])
            while queue:
                node = queue.popleft()
                for nxt in succ[node]:
                    if nxt not in reached:
                        reached.add(nxt)
                        if passable(nxt):
                            queue.append(nxt)
            hit = [t for t in targets if t in reached and t != step.id]
            if hit:
                result.append((step, hit))
    return result


def _always_reviewed(step) -> bool:
    # An AI step whose every output a human reviews is a human checkpoint for what follows.
    return step.kind == StepKind.AI_TASK and step.review.mode == ReviewMode.ALWAYS


# -- WP248 DPIA criteria -----------------------------------------------------------------------
@dataclass(frozen=True)
class DpiaCriterion:
    id: str
    number: int
    title: Text


@dataclass(frozen=True)
class DpiaCatalogue:
    criteria: tuple[DpiaCriterion, ...]
    threshold: int
    source: Text
    threshold_note: Text

    def criterion(self, criterion_id: str) -> DpiaCriterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


@lru_cache(maxsize=2)
def load_dpia_criteria(path: Path | str = DPIA_FILE) -> DpiaCatalogue:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return DpiaCatalogue(
        tuple(DpiaCriterion(c["id"], c["number"], Text.of(c["title"])) for c in data["criteria"]),
        int(data.get("threshold", 2)), Text.of(data.get("source")),
        Text.of(data.get("threshold_note")))


def suggested_dpia_criteria(model: OperatingModel) -> dict[str, Text]:
    """WP248 criteria the model itself shows, with the reason (the user ticks the others)."""
    found: dict[str, Text] = {}
    answers = model.compliance.ai_act.answers
    if answers.get("art6_3_profiling") or any(answers.get(i) for i in
                                               ("annex3_4_b", "annex3_5_b", "annex3_5_c")):
        found["evaluation_scoring"] = Text("the AI Act answers record profiling or scoring",
                                           "die KI-VO-Antworten nennen Profiling oder Scoring")
    if unreviewed_significant_paths(model):
        found["automated_decision"] = Text(
            "auto-approved items reach an outcome with significant effect on a person",
            "automatisch freigegebene Vorgänge erreichen ein Ergebnis mit erheblicher Wirkung")
    if any(s.kind in (StepKind.TRIGGER, StepKind.AI_TASK) and s.data_protection.special_categories
           for s in model.steps):
        found["sensitive_data"] = Text("special categories of personal data (Art. 9) are processed",
                                       "besondere Kategorien personenbezogener Daten (Art. 9)")
    return found


def dpia_criteria(model: OperatingModel) -> list[str]:
    """Ids of the applicable criteria: the user's ticks plus those the model shows."""
    catalogue = load_dpia_criteria()
    chosen = set(model.compliance.dpia.criteria) | set(suggested_dpia_criteria(model))
    return [c.id for c in catalogue.criteria if c.id in chosen]


def dpia_normally_required(model: OperatingModel) -> bool:
    return len(dpia_criteria(model)) >= load_dpia_criteria().threshold


# -- works council (BetrVG §87(1) Nr. 6) --------------------------------------------------------
def works_council_reasons(model: OperatingModel) -> list[Text]:
    """Why staff behaviour or performance becomes observable. Suitability is enough, intent
    does not matter, so per-person metrics and recorded review decisions count."""
    human = {r.id for r in model.roles if r.kind in (RoleKind.HUMAN, RoleKind.TEAM)}
    reasons: list[Text] = []
    measured = [k for k in model.team_kpis if k.role_id in human and (k.kpi_after or k.kpi_before)]
    if measured:
        reasons.append(Text(f"{len(measured)} team KPI(s) measure the work of human roles",
                            f"{len(measured)} Team-Kennzahl(en) messen die Arbeit menschlicher Rollen"))
    reviewed = [s for s in model.steps
                if (s.kind == StepKind.AI_TASK and s.review.mode != ReviewMode.NONE
                    and s.review.reviewer_role_id in human)
                or (s.kind == StepKind.REVIEW and s.role_id in human)]
    if reviewed:
        reasons.append(Text("review decisions (accept, edit, override) are recorded per reviewer",
                            "Prüfentscheidungen (Annahme, Änderung, Übersteuerung) werden je "
                            "Prüfer/in erfasst"))
    if any(k.metric == BaselineMetric.THROUGHPUT for k in model.kpis):
        reasons.append(Text("throughput per person is a KPI",
                            "Durchsatz pro Person ist eine Kennzahl"))
    if model.compliance.ai_act.answers.get("annex3_4_b"):
        reasons.append(Text("the AI monitors or evaluates workers (Annex III 4(b))",
                            "die KI überwacht oder bewertet Beschäftigte (Anhang III Nr. 4(b))"))
    return reasons


def works_council_relevant(model: OperatingModel) -> bool:
    stored = model.compliance.works_council.relevant
    return stored if stored is not None else bool(works_council_reasons(model))


# -- completeness ------------------------------------------------------------------------------
def dsgvo_gaps(model: OperatingModel) -> list[Gap]:
    """Every DSGVO answer still missing, per data source, AI step and processor."""
    gaps: list[Gap] = []
    sources = personal_data_sources(model)
    for step in model.steps:
        if step.kind == StepKind.TRIGGER:
            dp, name = step.data_protection, step.name or step.id[:8]
            if dp.personal_data is None:
                gaps.append(Gap(Text(f"data source '{name}': personal data yes/no not answered",
                                     f"Datenquelle „{name}“: personenbezogene Daten ja/nein offen"),
                                (step.id,)))
            elif dp.personal_data:
                missing = [(en, de) for ok, en, de in (
                    (dp.categories, "data categories", "Datenkategorien"),
                    (dp.legal_basis is not None, "legal basis", "Rechtsgrundlage"),
                    (dp.retention.strip(), "retention period", "Speicherdauer"),
                ) if not ok]
                if missing:
                    gaps.append(Gap(Text(f"data source '{name}': "
                                         + ", ".join(m[0] for m in missing) + " missing",
                                         f"Datenquelle „{name}“: "
                                         + ", ".join(m[1] for m in missing) + " fehlt"),
                                    (step.id,)))
        elif step.kind == StepKind.AI_TASK and processes_personal_data(step, sources):
            name = step.name or step.id[:8]
            processor = next((p for p in model.compliance.processors
                              if p.id == step.processor_id), None)
            if step.hosting != Hosting.ON_PREM and processor is None:
                gaps.append(Gap(Text(f"AI step '{name}': the external model provider is not "
                                     "recorded as processor",
                                     f"KI-Schritt „{name}“: externer Modellanbieter nicht als "
                                     "Auftragsverarbeiter erfasst"), (step.id,)))
            if step.hosting == Hosting.NON_EU and effective_safeguard(model, step) == TransferSafeguard.NONE:
                gaps.append(Gap(Text(f"AI step '{name}': third-country transfer without safeguard",
                                     f"KI-Schritt „{name}“: Drittlandübermittlung ohne Garantie"),
                                (step.id,)))
    for processor in model.compliance.processors:
        if not processor.avv_signed:
            gaps.append(Gap(Text(f"processor '{processor.name}': no processor agreement (AVV)",
                                 f"Auftragsverarbeiter „{processor.name}“: kein AVV"),
                            (processor.id,)))
    if _has_personal_data(model, sources):
        dpia = model.compliance.dpia
        if dpia.decision is None:
            gaps.append(Gap(Text("DPIA decision not recorded", "DSFA-Entscheidung nicht erfasst")))
        elif (dpia.decision == DpiaDecision.NOT_REQUIRED and dpia_normally_required(model)
              and not dpia.rationale.strip()):
            gaps.append(Gap(Text("two or more WP248 criteria apply but the DPIA was decided "
                                 "not required without a reason",
                                 "zwei oder mehr WP248-Kriterien treffen zu, die DSFA wurde aber "
                                 "ohne Begründung als nicht erforderlich entschieden")))
    council = model.compliance.works_council
    if works_council_relevant(model) and not council.informed:
        gaps.append(Gap(Text("works council not yet involved (BetrVG §87(1) Nr. 6)",
                             "Betriebsrat noch nicht beteiligt (BetrVG §87 Abs. 1 Nr. 6)")))
    return gaps
