"""GDPR/DSGVO view of the workflow: where personal data flows, what is still unanswered,
which WP248 DPIA criteria and which items of the German DSK list (Art. 35(4)) apply, whether a
human is meaningfully involved before a significant outcome (Art. 22), and the works council's
consent and information (pure, no mutation).

Personal data "reaches" an AI step when a trigger recording personal data feeds it along any
flow. A step's own answer wins: ``personal_data=False`` on an AI step that only sees, say,
the ticket category is respected; ``None`` there means "inherits from its sources".
"""
from __future__ import annotations

import json
from collections import deque
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, wraps
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
    TaskType,
    TransferSafeguard,
)
from ..resources import RESOURCES
from .ai_act import Text

DPIA_FILE = RESOURCES / "compliance" / "dpia_wp248.json"
DSK_FILE = RESOURCES / "compliance" / "dpia_dsk_de.json"


@dataclass(frozen=True)
class Gap:
    """Something a facilitator still has to answer or arrange, with the elements concerned."""

    text: Text
    elements: tuple[str, ...] = ()


# -- one computation per model while it cannot change ------------------------------------------
#: (model, answers by function) while ``computed_once`` is active in this thread.
_ONCE: ContextVar[tuple[OperatingModel, dict] | None] = ContextVar("privacy_once", default=None)


@contextmanager
def computed_once(model: OperatingModel):
    """Within the block, the functions marked ``@_once`` compute their answer for ``model``
    once and hand the same object to every later caller; ``model`` must not change meanwhile.
    The workbook export asks the same questions from several sheets and the readiness
    blockers, and each is a search of the whole graph (a 50,000-step model: a tenth of a
    second each time). Callers never change the answers they get. Inside a block for the
    same model (a check run within an export) the answers of the outer block are used."""
    scope = _ONCE.get()
    if scope is not None and scope[0] is model:
        yield
        return
    token = _ONCE.set((model, {}))
    try:
        yield
    finally:
        _ONCE.reset(token)


def _once(function):
    @wraps(function)
    def wrapper(model: OperatingModel):
        scope = _ONCE.get()
        if scope is None or scope[0] is not model:
            return function(model)
        answers = scope[1]
        if function not in answers:
            answers[function] = function(model)
        return answers[function]
    return wrapper


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


@_once
def personal_data_sources(model: OperatingModel) -> dict[str, list[str]]:
    """AI step id → ids of the triggers with personal data whose items reach it.

    One BFS per personal-data trigger (there are few triggers, many steps); no graph at all
    when no trigger records personal data."""
    personal = [s.id for s in model.steps
                if s.kind == StepKind.TRIGGER and s.data_protection.personal_data]
    if not personal:
        return {}
    succ = _successors(model)
    result: dict[str, list[str]] = {}
    ai_ids = {s.id for s in model.steps if s.kind == StepKind.AI_TASK}
    for trigger_id in personal:
        for step_id in _reach(succ, trigger_id) & ai_ids:
            result.setdefault(step_id, []).append(trigger_id)
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
    outside = [s for s in model.steps if s.kind == StepKind.AI_TASK and s.hosting == Hosting.NON_EU]
    if not outside:
        return []  # the usual case: no search of the graph needed
    sources = personal_data_sources(model)
    return [s for s in outside if processes_personal_data(s, sources)
            and effective_safeguard(model, s) == TransferSafeguard.NONE]


def _has_personal_data(model: OperatingModel, sources: dict[str, list[str]]) -> bool:
    return any(
        (s.kind == StepKind.TRIGGER and s.data_protection.personal_data)
        or (s.kind == StepKind.AI_TASK and processes_personal_data(s, sources))
        for s in model.steps)


# -- Art. 22: auto-approved paths to significant outcomes --------------------------------------
#: Step kinds where a person assesses the item and can change the outcome: a review, and an
#: exception worked by its handler. A human task counts only when it is marked as able to
#: change the outcome: meaningful human involvement needs authority and competence to change
#: the decision (WP251 rev.01; CJEU C-634/21 SCHUFA), a clerical step ("print and post") does not.
_HUMAN_HANDS = (StepKind.REVIEW, StepKind.EXCEPTION)
#: Step kinds that can have a significant effect on a person.
_OUTCOMES = (StepKind.DECISION, StepKind.END)


def _human_checkpoint(step) -> bool:
    return step.kind in _HUMAN_HANDS or (
        step.kind == StepKind.HUMAN_TASK and step.can_change_outcome)


def _significant(step) -> bool:
    return step.kind in _OUTCOMES and step.significant_effect


@_once
def unreviewed_significant_paths(model: OperatingModel) -> list[tuple[AiTaskStep, list[str]]]:
    """(AI step, significant outcomes) where some items are auto-approved (policy none,
    sample_only or threshold) and can reach a decision or end with a significant effect on a
    person without meaningful human involvement (a review, an exception handler, or a human
    task that can change the outcome).

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
    #: Items with personal data a month from which the tool counts "large scale" (heuristic).
    large_scale_items_per_month: float = 5000.0
    large_scale_note: Text = Text()

    def criterion(self, criterion_id: str) -> DpiaCriterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)


@lru_cache(maxsize=2)
def load_dpia_criteria(path: Path | str = DPIA_FILE) -> DpiaCatalogue:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return DpiaCatalogue(
        tuple(DpiaCriterion(c["id"], c["number"], Text.of(c["title"])) for c in data["criteria"]),
        int(data.get("threshold", 2)), Text.of(data.get("source")),
        Text.of(data.get("threshold_note")),
        float(data.get("large_scale_items_per_month", 5000)), Text.of(data.get("large_scale_note")))


@dataclass(frozen=True)
class ListedItem:
    number: str
    text: Text
    example: Text
    #: The tool recognises this item from the model itself.
    derived: bool


@dataclass(frozen=True)
class NationalList:
    """An Art. 35(4) list of a supervisory authority: a listed operation requires a DPIA."""

    title: Text
    source: Text
    url: str
    rule: Text
    verified: bool
    verification_note: Text
    items: tuple[ListedItem, ...]

    def item(self, number: str) -> ListedItem | None:
        return next((i for i in self.items if i.number == number), None)


@lru_cache(maxsize=2)
def load_national_list(path: Path | str = DSK_FILE) -> NationalList:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return NationalList(
        Text.of(data["title"]), Text.of(data.get("source")), data.get("url", ""),
        Text.of(data.get("rule")), bool(data.get("verified", True)),
        Text.of(data.get("verification_note")),
        tuple(ListedItem(str(i["number"]), Text.of(i["text"]), Text.of(i.get("example")),
                         bool(i.get("derived"))) for i in data["items"]))


def _ai_steps_with_personal_data(model: OperatingModel) -> list[AiTaskStep]:
    sources = personal_data_sources(model)
    return [s for s in model.steps
            if s.kind == StepKind.AI_TASK and processes_personal_data(s, sources)]


def personal_data_volume(model: OperatingModel) -> float:
    """Items with personal data entering the workflow per month (from the data sources)."""
    return sum(s.volume_per_month for s in model.steps
               if s.kind == StepKind.TRIGGER and s.data_protection.personal_data)


#: AI task types that steer the interaction with the person whose item it is: which answer
#: they get, who handles their request (DSK list item 11).
_STEERING = (TaskType.CLASSIFY, TaskType.ROUTE, TaskType.DRAFT)
#: AI Act answers that mean personal aspects are evaluated (profiling, scoring, workers).
_EVALUATING = ("art6_3_profiling", "annex3_4_a", "annex3_4_b", "annex3_5_b", "annex3_5_c")


@_once
def suggested_listed_items(model: OperatingModel) -> dict[str, Text]:
    """Items of the German DSK list (Art. 35(4)) the model itself shows, with the reason."""
    found: dict[str, Text] = {}
    answers = model.compliance.ai_act.answers
    ai_steps = _ai_steps_with_personal_data(model)
    steering = [s for s in ai_steps if s.task_type in _STEERING]
    if steering or (ai_steps and answers.get("art50_1")):
        names_en = ", ".join(f"'{s.name or s.id[:8]}'" for s in steering) or "AI chat"
        names_de = ", ".join(f"„{s.name or s.id[:8]}“" for s in steering) or "KI-Chat"
        found["11"] = Text(
            f"AI processes personal data to steer the interaction with data subjects ({names_en})",
            f"KI verarbeitet personenbezogene Daten zur Steuerung der Interaktion mit den "
            f"Betroffenen ({names_de})")
    elif ai_steps and any(answers.get(i) for i in _EVALUATING):
        found["11"] = Text("AI processes personal data to evaluate personal aspects",
                           "KI verarbeitet personenbezogene Daten zur Bewertung persönlicher "
                           "Aspekte")
    if (answers.get("annex3_4_b") and personal_data_volume(model)
            >= load_dpia_criteria().large_scale_items_per_month):
        found["8"] = Text("large-scale processing of data on workers' behaviour to evaluate "
                          "their work (Annex III 4(b))",
                          "umfangreiche Verarbeitung von Daten über das Verhalten von "
                          "Beschäftigten zur Bewertung ihrer Arbeit (Anhang III Nr. 4 lit. b)")
    return found


def listed_items(model: OperatingModel) -> list[str]:
    """Numbers of the DSK list items that apply: the user's ticks plus those the model shows."""
    chosen = set(model.compliance.dpia.listed_items) | set(suggested_listed_items(model))
    return [i.number for i in load_national_list().items if i.number in chosen]


@_once
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
    if answers.get("annex3_4_b") or answers.get("annex3_3_d"):
        found["systematic_monitoring"] = Text(
            "the AI Act answers record monitoring of workers or students",
            "die KI-VO-Antworten nennen die Überwachung von Beschäftigten oder Prüflingen")
    catalogue = load_dpia_criteria()
    volume = personal_data_volume(model)
    if volume >= catalogue.large_scale_items_per_month:
        found["large_scale"] = Text(
            f"{volume:,.0f} items with personal data a month (the tool counts "
            f"{catalogue.large_scale_items_per_month:,.0f} or more as large scale)",
            f"{volume:,.0f} Vorgänge mit personenbezogenen Daten im Monat (das Werkzeug zählt "
            f"ab {catalogue.large_scale_items_per_month:,.0f} als umfangreich)".replace(",", "."))
    if any(answers.get(i) for i in ("annex3_4_a", "annex3_4_b")) or works_council_relevant(model):
        found["vulnerable_subjects"] = Text(
            "employees or applicants are data subjects (imbalance of power, WP248 criterion 7)",
            "Beschäftigte oder Bewerber sind Betroffene (Machtungleichgewicht, WP248-Kriterium 7)")
    if _ai_steps_with_personal_data(model):
        found["innovative_technology"] = Text(
            "an AI model processes personal data (new technology)",
            "ein KI-Modell verarbeitet personenbezogene Daten (neue Technologie)")
    return found


def dpia_criteria(model: OperatingModel) -> list[str]:
    """Ids of the applicable criteria: the user's ticks plus those the model shows."""
    catalogue = load_dpia_criteria()
    chosen = set(model.compliance.dpia.criteria) | set(suggested_dpia_criteria(model))
    return [c.id for c in catalogue.criteria if c.id in chosen]


def dpia_normally_required(model: OperatingModel) -> bool:
    return len(dpia_criteria(model)) >= load_dpia_criteria().threshold


def dpia_needed(model: OperatingModel) -> bool:
    """A DPIA is required: an item of the national list applies, or two or more WP248
    criteria (normally required). Only where personal data are processed at all."""
    if not _has_personal_data(model, personal_data_sources(model)):
        return False
    return bool(listed_items(model)) or dpia_normally_required(model)


def dpia_settled(model: OperatingModel) -> bool:
    """The DPIA question is closed: planned or done, or decided against with a reason."""
    dpia = model.compliance.dpia
    return dpia.decision == DpiaDecision.REQUIRED or (
        dpia.decision == DpiaDecision.NOT_REQUIRED and bool(dpia.rationale.strip()))


# -- works council (BetrVG §87(1) Nr. 6) --------------------------------------------------------
@_once
def works_council_reasons(model: OperatingModel) -> list[Text]:
    """Why staff behaviour or performance becomes observable. Suitability is enough, intent
    does not matter, so per-person metrics and recorded review decisions count."""
    human = {r.id for r in model.roles if r.kind in (RoleKind.HUMAN, RoleKind.TEAM)}
    reasons: list[Text] = []
    measured = [k for k in model.team_kpis if k.role_id in human and (k.kpi_after or k.kpi_before)]
    if measured:
        one = len(measured) == 1
        reasons.append(Text(
            "1 team KPI measures the work of a human role" if one else
            f"{len(measured)} team KPIs measure the work of human roles",
            "1 Team-Kennzahl misst die Arbeit einer menschlichen Rolle" if one else
            f"{len(measured)} Team-Kennzahlen messen die Arbeit menschlicher Rollen"))
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
    """Co-determination (consent) under BetrVG §87(1) Nr. 6 applies."""
    stored = model.compliance.works_council.relevant
    return stored if stored is not None else bool(works_council_reasons(model))


def works_council_information_due(model: OperatingModel) -> bool:
    """BetrVG §90(1) Nr. 3: the works council is informed in good time of planned work
    procedures that use AI, whenever people in the workflow work with an AI step."""
    human = any(r.kind in (RoleKind.HUMAN, RoleKind.TEAM) for r in model.roles)
    return human and any(s.kind == StepKind.AI_TASK for s in model.steps)


def special_categories_without_condition(model: OperatingModel) -> list:
    """Data sources and AI steps recording Art. 9 data without an Art. 9(2) condition."""
    return [s for s in model.steps
            if s.kind in (StepKind.TRIGGER, StepKind.AI_TASK)
            and s.data_protection.special_categories
            and s.data_protection.special_category_condition is None]


def transfers_without_tia(model: OperatingModel) -> list[AiTaskStep]:
    """AI steps outside the EU with personal data that rely on standard contractual clauses or
    binding corporate rules, without a transfer impact assessment on record (the exporter must
    assess the law of the third country, CJEU C-311/18 Schrems II; EDPB Recommendations
    01/2020)."""
    outside = [s for s in model.steps if s.kind == StepKind.AI_TASK and s.hosting == Hosting.NON_EU]
    if not outside:
        return []  # the usual case: no search of the graph needed
    sources = personal_data_sources(model)
    result = []
    for step in outside:
        if not processes_personal_data(step, sources):
            continue
        if effective_safeguard(model, step) not in (TransferSafeguard.SCC, TransferSafeguard.BCR):
            continue
        processor = next((p for p in model.compliance.processors
                          if p.id == step.processor_id), None)
        if processor is None or not processor.transfer_impact_assessment:
            result.append(step)
    return result


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
    for step in transfers_without_tia(model):
        name = step.name or step.id[:8]
        gaps.append(Gap(Text(f"AI step '{name}': transfer impact assessment for SCC/BCR missing",
                             f"KI-Schritt „{name}“: Transfer-Folgenabschätzung (TIA) für "
                             "SCC/BCR fehlt"), (step.id,)))
    for step in special_categories_without_condition(model):
        name = step.name or step.id[:8]
        gaps.append(Gap(Text(f"'{name}': Art. 9(2) condition for special categories missing",
                             f"„{name}“: Ausnahme nach Art. 9 Abs. 2 für besondere Kategorien "
                             "fehlt"), (step.id,)))
    if _has_personal_data(model, sources):
        dpia = model.compliance.dpia
        if dpia.decision is None:
            gaps.append(Gap(Text("DPIA decision not recorded", "DSFA-Entscheidung nicht erfasst")))
        else:
            if (dpia.decision == DpiaDecision.NOT_REQUIRED and dpia_needed(model)
                    and not dpia.rationale.strip()):
                gaps.append(Gap(Text("the DSK list or two or more WP248 criteria call for a DPIA, "
                                     "but it was decided not required without a reason",
                                     "DSK-Liste oder zwei oder mehr WP248-Kriterien verlangen "
                                     "eine DSFA, sie wurde aber ohne Begründung als nicht "
                                     "erforderlich entschieden")))
            if not dpia.decided_by.strip() or dpia.decided_on is None:
                gaps.append(Gap(Text("DPIA decision: who decided and when",
                                     "DSFA-Entscheidung: wer wann entschieden hat")))
    council = model.compliance.works_council
    if works_council_relevant(model) and not council.consent:
        gaps.append(Gap(Text("works council consent (BetrVG §87(1) Nr. 6) not recorded",
                             "Zustimmung des Betriebsrats (BetrVG §87 Abs. 1 Nr. 6) nicht "
                             "erfasst")))
    if works_council_information_due(model) and not council.informed:
        gaps.append(Gap(Text("works council not informed of the planned AI use "
                             "(BetrVG §90(1) Nr. 3)",
                             "Betriebsrat nicht über den geplanten KI-Einsatz unterrichtet "
                             "(BetrVG §90 Abs. 1 Nr. 3)")))
    return gaps
