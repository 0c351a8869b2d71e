"""Production readiness: the five blockers of the source, checked against the model itself.

Each blocker is green (done), amber (partly done: started, but something is still missing) or
red (not started, or a showstopper), with the evidence found and what is missing, in English
and German. Readiness gaps are facts for the hand-over, not check findings: they never make
``aios-designer check`` fail.

1. data pipeline — every trigger has an automated feed, a refresh cadence and a feed owner;
   red when no trigger is automated.
2. compliance reviewed — AI Act class decided (who, when, not older than the last structural
   change), DSGVO answers complete (DPIA decided with who and when), the works council's
   consent (BetrVG §87(1) Nr. 6) and information (§90(1) Nr. 3) recorded separately; red when
   not classified or prohibited.
3. operating model defined — review policy and reviewer for every AI step, handler and SLA
   for every exception route, RACI without errors, a team KPI for every human role, a complete
   monitoring plan; red when three or more of these five parts are open.
4. exec sponsor named with a production mandate; red without a name.
5. baseline measured — the four baseline metrics with value and measurement period; red when
   none has a value.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..model import (
    BaselineMetric,
    FeedType,
    OperatingModel,
    RiskClass,
    RoleKind,
    StepKind,
)
from ..number_format import format_number
from .ai_act import Text, classification_outdated, classify, load_questionnaire
from .findings import Finding, Severity
from .privacy import (
    dpia_criteria,
    dsgvo_gaps,
    listed_items,
    works_council_information_due,
    works_council_relevant,
)

RACI_RULE_PREFIX = "AIOS-X"


def _n(count: int, singular: str, plural: str, lang: str = "en") -> str:
    """"1 data source", "3 data sources" (the count grouped as the language writes it)."""
    from ..number_format import count_noun

    return count_noun(count, singular, plural, lang)


def _pl(items, singular: str, plural: str) -> str:
    """The noun alone, in agreement with how many ``items`` there are."""
    return singular if len(items) == 1 else plural
MONITORING_RULE_PREFIX = "AIOS-M"


class Status(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


TITLES = {
    1: Text("Production data pipeline", "Produktive Datenanbindung"),
    2: Text("Compliance reviewed", "Compliance geprüft"),
    3: Text("Operating model defined", "Betriebsmodell definiert"),
    4: Text("Exec sponsor with production mandate", "Auftraggeber mit Produktionsmandat"),
    5: Text("Baseline measured", "Ausgangswerte gemessen"),
}

STATUS_LABELS = {
    Status.GREEN: Text("ready", "bereit"),
    Status.AMBER: Text("partly done", "teilweise erledigt"),
    Status.RED: Text("blocker", "Blocker"),
}


@dataclass(frozen=True)
class Blocker:
    number: int
    status: Status
    evidence: tuple[Text, ...] = ()
    missing: tuple[Text, ...] = ()
    #: Ids of the elements concerned by what is missing (for selection on the canvas).
    elements: tuple[str, ...] = field(default_factory=tuple)

    @property
    def title(self) -> Text:
        return TITLES[self.number]

    def to_json(self, lang: str = "en") -> dict:
        return {"blocker": self.number, "title": self.title.get(lang), "status": str(self.status),
                "evidence": [t.get(lang) for t in self.evidence],
                "missing": [t.get(lang) for t in self.missing]}


def _name(step_or_role) -> str:
    return (getattr(step_or_role, "name", "") or "").strip() or step_or_role.id[:8]


def _role_name(model: OperatingModel, role_id: str | None) -> str | None:
    role = model.role(role_id) if role_id else None
    return _name(role) if role is not None else None


# -- 1 ------------------------------------------------------------------------------------------
_FEED = {FeedType.MANUAL_EXPORT: ("manual export", "manueller Export"),
         FeedType.SCHEDULED_FILE: ("scheduled file", "geplante Datei"),
         FeedType.API: ("API", "API"), FeedType.EVENT_STREAM: ("event stream", "Event-Stream")}


def data_pipeline(model: OperatingModel) -> Blocker:
    triggers = [s for s in model.steps if s.kind == StepKind.TRIGGER]
    if not triggers:
        return Blocker(1, Status.RED, (), (Text("no trigger: where do the items come from?",
                                                "kein Auslöser: Woher kommen die Vorgänge?"),))
    evidence, missing, elements = [], [], []
    automated = 0
    for t in triggers:
        name = _name(t)
        feed_en, feed_de = _FEED[FeedType(t.feed_type)]
        owner = _role_name(model, t.feed_owner_role_id)
        gaps_en, gaps_de = [], []
        if t.feed_type == FeedType.MANUAL_EXPORT:
            gaps_en.append("automated feed instead of a manual export")
            gaps_de.append("automatisierte Anbindung statt manuellem Export")
        else:
            automated += 1
        if not t.refresh_cadence.strip():
            gaps_en.append("refresh cadence")
            gaps_de.append("Aktualisierungstakt")
        if owner is None:
            gaps_en.append("owner for feed errors")
            gaps_de.append("Verantwortliche/r für Störungen der Anbindung")
        cadence = t.refresh_cadence.strip() or "–"
        evidence.append(Text(f"'{name}': {feed_en}, {cadence}, owner {owner or '–'}",
                             f"„{name}“: {feed_de}, {cadence}, verantwortlich {owner or '–'}"))
        if gaps_en:
            missing.append(Text(f"'{name}': " + ", ".join(gaps_en),
                                f"„{name}“: " + ", ".join(gaps_de)))
            elements.append(t.id)
    if not missing:
        status = Status.GREEN
    elif automated == 0:
        status = Status.RED
    else:
        status = Status.AMBER
    return Blocker(1, status, tuple(evidence), tuple(missing), tuple(elements))


# -- 2 ------------------------------------------------------------------------------------------
_CLASS = {RiskClass.PROHIBITED: ("prohibited", "verboten"),
          RiskClass.HIGH_RISK: ("high-risk", "Hochrisiko"),
          RiskClass.LIMITED: ("limited risk", "begrenztes Risiko"),
          RiskClass.MINIMAL: ("minimal risk", "minimales Risiko")}


def compliance_reviewed(model: OperatingModel) -> Blocker:
    compliance = model.compliance
    ai_act = compliance.ai_act
    evidence, missing, elements = [], [], []
    red = False
    if ai_act.risk_class is None or ai_act.decided_on is None:
        red = True
        missing.append(Text("EU AI Act class not decided (class and date)",
                            "Risikoklasse nach KI-Verordnung nicht entschieden (Klasse und Datum)"))
    else:
        cls_en, cls_de = _CLASS[RiskClass(ai_act.risk_class)]
        by = ai_act.decided_by.strip()
        evidence.append(Text(f"AI Act class {cls_en}, decided {ai_act.decided_on.isoformat()}"
                             + (f" by {by}" if by else ""),
                             f"KI-VO-Klasse {cls_de}, entschieden am "
                             f"{ai_act.decided_on.strftime('%d.%m.%Y')}"
                             + (f" von {by}" if by else "")))
        if not by:
            missing.append(Text("who decided the AI Act class", "wer die Risikoklasse entschieden hat"))
        if ai_act.risk_class == RiskClass.PROHIBITED:
            red = True
            missing.append(Text("prohibited practice (Art. 5): cannot go to production",
                                "verbotene Praxis (Art. 5): kein Produktivbetrieb möglich"))
        changed = model.meta.structure_changed
        if classification_outdated(model):
            missing.append(Text(f"classification is older than the last workflow change "
                                f"({changed.date().isoformat()}): review it",
                                f"Einstufung ist älter als die letzte Workflow-Änderung "
                                f"({changed.strftime('%d.%m.%Y')}): überprüfen"))
        result = classify(ai_act.answers)
        if ai_act.answers and result.risk_class != ai_act.risk_class:
            missing.append(Text("recorded class differs from what the answers imply",
                                "erfasste Klasse weicht vom Ergebnis der Antworten ab"))
        if result.unanswered:
            missing.append(Text(f"{len(result.unanswered)} AI Act question(s) unanswered",
                                f"{len(result.unanswered)} Frage(n) zur KI-VO unbeantwortet"))
        if ai_act.risk_class == RiskClass.HIGH_RISK:
            minimum = load_questionnaire().min_log_retention_months
            if (ai_act.log_retention_months or 0) < minimum:
                missing.append(Text(f"log retention of at least {minimum} months (Art. 26(6))",
                                    f"Protokollaufbewahrung von mindestens {minimum} Monaten "
                                    "(Art. 26 Abs. 6)"))
            if not compliance.works_council.informed:
                missing.append(Text("inform workers' representatives and affected workers "
                                    "(Art. 26(7))",
                                    "Arbeitnehmervertretung und betroffene Beschäftigte "
                                    "informieren (Art. 26 Abs. 7)"))
    gaps = dsgvo_gaps(model)
    for gap in gaps:
        missing.append(gap.text)
        elements.extend(gap.elements)
    sources = sum(1 for s in model.steps if s.kind == StepKind.TRIGGER
                  and s.data_protection.personal_data is not None)
    if sources:
        evidence.append(Text(f"DSGVO answered for {_n(sources, 'data source', 'data sources')}",
                             f"DSGVO für {_n(sources, 'Datenquelle', 'Datenquellen', 'de')} "
                             "beantwortet"))
    signed = [p.name for p in compliance.processors if p.avv_signed]
    if signed:
        evidence.append(Text("AVV signed: " + ", ".join(signed), "AVV unterzeichnet: " + ", ".join(signed)))
    if compliance.dpia.decision is not None:
        count = len(dpia_criteria(model))
        decided = {"required": ("required", "erforderlich"),
                   "not_required": ("not required", "nicht erforderlich")}[str(compliance.dpia.decision)]
        items = listed_items(model)
        listed_en = f"; DSK list item {', '.join(items)}" if items else ""
        listed_de = f"; DSK-Liste Nr. {', '.join(items)}" if items else ""
        dpia = compliance.dpia
        by = dpia.decided_by.strip()
        when = dpia.decided_on.isoformat() if dpia.decided_on else ""
        when_de = dpia.decided_on.strftime("%d.%m.%Y") if dpia.decided_on else ""
        evidence.append(Text(f"DPIA {decided[0]} ({count} WP248 criteria{listed_en})"
                             + (f", decided {when}" if when else "") + (f" by {by}" if by else ""),
                             f"DSFA {decided[1]} ({count} WP248-Kriterien{listed_de})"
                             + (f", entschieden am {when_de}" if when_de else "")
                             + (f" von {by}" if by else "")))
    council = compliance.works_council
    if works_council_relevant(model) and council.consent:
        evidence.append(Text("works council consented (BetrVG §87(1) Nr. 6)",
                             "Betriebsrat hat zugestimmt (BetrVG §87 Abs. 1 Nr. 6)"))
    if works_council_information_due(model) and council.informed:
        evidence.append(Text("works council informed of the planned AI use (BetrVG §90(1) Nr. 3)",
                             "Betriebsrat über den geplanten KI-Einsatz unterrichtet "
                             "(BetrVG §90 Abs. 1 Nr. 3)"))
    if compliance.ai_literacy_training_planned:
        evidence.append(Text("AI literacy training planned (Art. 4)",
                             "Schulung zur KI-Kompetenz geplant (Art. 4)"))
    elif any(s.kind == StepKind.AI_TASK for s in model.steps):
        missing.append(Text("AI literacy training (Art. 4)", "Schulung zur KI-Kompetenz (Art. 4)"))
    status = Status.RED if red else (Status.AMBER if missing else Status.GREEN)
    return Blocker(2, status, tuple(evidence), tuple(missing), tuple(dict.fromkeys(elements)))


# -- 3 ------------------------------------------------------------------------------------------
def workflow_roles(model: OperatingModel) -> list[str]:
    """Human roles that work in the workflow: lanes of steps, reviewers, escalation roles."""
    human = {r.id for r in model.roles if r.kind in (RoleKind.HUMAN, RoleKind.TEAM)}
    used: dict[str, None] = {}
    for s in model.steps:
        for role_id in (s.role_id,
                        s.review.reviewer_role_id if s.kind == StepKind.AI_TASK
                        and s.review.needs_reviewer else None,
                        s.escalation_role_id if s.kind == StepKind.EXCEPTION else None):
            if role_id in human:
                used[role_id] = None
    return list(used)


def operating_model_defined(model: OperatingModel, findings: list[Finding] | None = None
                            ) -> Blocker:
    if findings is None:
        from .checks import check

        findings = check(model)
    evidence, missing, elements = [], [], []
    open_parts = 0

    ai_steps = [s for s in model.steps if s.kind == StepKind.AI_TASK]
    no_reviewer = [s for s in ai_steps if s.review.needs_reviewer
                   and model.role(s.review.reviewer_role_id or "") is None]
    if not ai_steps:
        open_parts += 1
        missing.append(Text("no AI step in the workflow", "kein KI-Schritt im Workflow"))
    elif no_reviewer:
        open_parts += 1
        names = ", ".join(_name(s) for s in no_reviewer)
        missing.append(Text(f"reviewer for {_pl(no_reviewer, 'AI step', 'AI steps')}: {names}",
                            f"Prüfer/in für {_pl(no_reviewer, 'KI-Schritt', 'KI-Schritte')}: "
                            f"{names}"))
        elements += [s.id for s in no_reviewer]
    else:
        evidence.append(Text(
            "review policy and reviewer for the AI step" if len(ai_steps) == 1 else
            f"review policy and reviewer for all {len(ai_steps)} AI steps",
            "Prüfregel und Prüfer/in für den KI-Schritt" if len(ai_steps) == 1 else
            f"Prüfregel und Prüfer/in für alle {len(ai_steps)} KI-Schritte"))

    exceptions = [s for s in model.steps if s.kind == StepKind.EXCEPTION]
    incomplete = [s for s in exceptions if model.role(s.role_id or "") is None or s.sla_hours is None]
    if not exceptions:
        open_parts += 1
        missing.append(Text("no exception route (who handles what the AI cannot?)",
                            "kein Ausnahmeweg (wer bearbeitet, was die KI nicht kann?)"))
    elif incomplete:
        open_parts += 1
        names = ", ".join(_name(s) for s in incomplete)
        missing.append(Text(
            f"handler and SLA for {_pl(incomplete, 'exception route', 'exception routes')}: "
            f"{names}",
            f"Bearbeiter/in und SLA für {_pl(incomplete, 'Ausnahmeweg', 'Ausnahmewege')}: "
            f"{names}"))
        elements += [s.id for s in incomplete]
    else:
        evidence.append(Text(
            f"{_n(len(exceptions), 'exception route', 'exception routes')} with handler and SLA",
            f"{_n(len(exceptions), 'Ausnahmeweg', 'Ausnahmewege', 'de')} mit Bearbeiter/in "
            "und SLA"))

    raci_errors = [f for f in findings
                   if f.rule.startswith(RACI_RULE_PREFIX) and f.severity == Severity.ERROR]
    if raci_errors:
        open_parts += 1
        missing.append(Text(f"RACI complete ({len(raci_errors)} RACI error(s))",
                            f"vollständige RACI-Matrix ({len(raci_errors)} RACI-Fehler)"))
        elements += [e for f in raci_errors for e in f.elements]
    else:
        evidence.append(Text("RACI complete: one A and at least one R per activity",
                             "RACI-Matrix vollständig: je Aktivität ein A und mindestens ein R"))

    roles = workflow_roles(model)
    with_kpi = {k.role_id for k in model.team_kpis if k.kpi_after.strip()}
    without = [r for r in roles if r not in with_kpi]
    if without:
        open_parts += 1
        names = ", ".join(_role_name(model, r) or r for r in without)
        missing.append(Text(f"updated team KPI for {_pl(without, 'role', 'roles')}: {names}",
                            f"angepasste Team-Kennzahl für {_pl(without, 'Rolle', 'Rollen')}: "
                            f"{names}"))
        elements += without
    elif roles:
        evidence.append(Text(f"team KPIs updated for all {len(roles)} human role(s)",
                             f"Team-Kennzahlen für alle {len(roles)} menschlichen Rollen angepasst"))

    monitoring_findings = [f for f in findings if f.rule.startswith(MONITORING_RULE_PREFIX)]
    if not model.monitoring.metrics:
        open_parts += 1
        missing.append(Text("monitoring plan (what is watched in production, by whom)",
                            "Überwachungsplan (was im Betrieb von wem beobachtet wird)"))
    elif monitoring_findings:
        open_parts += 1
        missing.append(Text(f"complete monitoring plan ({len(monitoring_findings)} gap(s))",
                            f"vollständiger Überwachungsplan ({len(monitoring_findings)} "
                            "Lücke(n))"))
        elements += [e for f in monitoring_findings for e in f.elements]
    else:
        count = len(model.monitoring.metrics)
        evidence.append(Text(f"monitoring plan: {count} metrics with owner, frequency and alert",
                             f"Überwachungsplan: {count} Kennwerte mit Verantwortlichen, "
                             "Häufigkeit und Alarmschwelle"))

    status = (Status.GREEN if open_parts == 0
              else Status.AMBER if open_parts <= 2 else Status.RED)
    return Blocker(3, status, tuple(evidence), tuple(missing), tuple(dict.fromkeys(elements)))


# -- 4 ------------------------------------------------------------------------------------------
def exec_sponsor(model: OperatingModel) -> Blocker:
    sponsor = model.meta.sponsor
    name = sponsor.name.strip()
    if not name:
        return Blocker(4, Status.RED, (), (Text("exec sponsor not named",
                                                "kein Auftraggeber benannt"),))
    who = name + (f" ({sponsor.function.strip()})" if sponsor.function.strip() else "")
    evidence = [Text(f"sponsor: {who}", f"Auftraggeber: {who}")]
    if sponsor.production_mandate:
        evidence.append(Text("production mandate given", "Produktionsmandat erteilt"))
        return Blocker(4, Status.GREEN, tuple(evidence))
    return Blocker(4, Status.AMBER, tuple(evidence),
                   (Text("production mandate of the sponsor", "Produktionsmandat des Auftraggebers"),))


# -- 5 ------------------------------------------------------------------------------------------
_METRIC = {BaselineMetric.THROUGHPUT: ("throughput", "Durchsatz"),
           BaselineMetric.ERROR_RATE: ("error rate", "Fehlerquote"),
           BaselineMetric.CYCLE_TIME: ("cycle time", "Durchlaufzeit"),
           BaselineMetric.COST_PER_UNIT: ("cost per unit", "Kosten pro Vorgang")}


def baseline_measured(model: OperatingModel) -> Blocker:
    evidence, missing, elements = [], [], []
    with_value = 0
    for metric in BaselineMetric:
        en, de = _METRIC[metric]
        kpis = [k for k in model.kpis if k.metric == metric]
        measured = next((k for k in kpis if k.baseline is not None and k.baseline_period.strip()), None)
        if measured is not None:
            with_value += 1
            unit = f" {measured.unit}" if measured.unit else ""
            value, value_de = (format_number(measured.baseline, 4, lang, trim=True)
                               for lang in ("en", "de"))
            evidence.append(Text(f"{en}: {value}{unit} ({measured.baseline_period})",
                                 f"{de}: {value_de}{unit} ({measured.baseline_period})"))
        elif not kpis:
            missing.append(Text(f"{en}: no KPI", f"{de}: keine Kennzahl"))
        else:
            k = kpis[0]
            elements.append(k.id)
            if k.baseline is None:
                missing.append(Text(f"{en}: baseline value", f"{de}: Ausgangswert"))
            else:
                with_value += 1
                missing.append(Text(f"{en}: measurement period", f"{de}: Messzeitraum"))
    status = (Status.GREEN if not missing else Status.RED if with_value == 0 else Status.AMBER)
    return Blocker(5, status, tuple(evidence), tuple(missing), tuple(elements))


def finding_rules() -> list:
    """The check rules whose findings the blockers read (blocker 3: RACI errors and monitoring
    gaps, ``RACI_RULE_PREFIX`` and ``MONITORING_RULE_PREFIX``): the blockers from the findings
    of these rules alone are those from a full check run, at a fraction of its time."""
    from .registry import RULES
    from .rules import monitoring, raci

    modules = {monitoring.__name__, raci.__name__}
    return [function for function in RULES if function.__module__ in modules]


def readiness(model: OperatingModel, findings: list[Finding] | None = None) -> list[Blocker]:
    """The five production blockers in order. Pass ``findings`` if the checks already ran
    (all rules or at least ``finding_rules``)."""
    return [data_pipeline(model), compliance_reviewed(model),
            operating_model_defined(model, findings), exec_sponsor(model),
            baseline_measured(model)]


def overall(blockers: list[Blocker]) -> Status:
    """The worst light: the workflow is only ready for production when all five are green."""
    statuses = {b.status for b in blockers}
    return (Status.RED if Status.RED in statuses
            else Status.AMBER if Status.AMBER in statuses else Status.GREEN)
