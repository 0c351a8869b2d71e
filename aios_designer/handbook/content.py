"""The operating handbook as a list of plain blocks (headings, paragraphs, lists, tables, the
diagram), in the model's language. The DOCX and PDF writers only lay these out, so both say
the same thing.

Chapters: the workflow; roles and what changes; review procedures; exception procedures;
the RACI; KPIs and the measurement calendar; the monitoring plan; compliance; production
readiness.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..model import AiTaskStep, ExceptionStep, OperatingModel, ReviewMode, ReviewStep
from ..number_format import format_number


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    #: "normal", "note" (smaller, grey), "lead" (the scope sentence).
    kind: str = "normal"


@dataclass(frozen=True)
class Facts:
    """Label: value lines (a small two-column table without a header)."""
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Relative column widths; None: equal.
    widths: tuple[float, ...] | None = None
    small: bool = False


@dataclass(frozen=True)
class Image:
    path: Path
    caption: str


@dataclass
class Handbook:
    title: str
    subtitle: str
    lang: str
    blocks: list = field(default_factory=list)

    def chapters(self) -> list[str]:
        return [b.text for b in self.blocks if isinstance(b, Heading) and b.level == 1]


_W = {
    "title": ("Operating handbook", "Betriebshandbuch"),
    "version": ("Version {version} · {date}", "Version {version} · {date}"),
    "intro": ("This handbook describes how the team works with the AI workflow from go-live: "
              "who does what, how AI output is reviewed, what happens with exceptions, what is "
              "measured and watched. It is generated from the operating model; change the model, "
              "not this document.",
              "Dieses Handbuch beschreibt, wie das Team ab dem Produktivstart mit dem "
              "KI-Arbeitsablauf arbeitet: wer was tut, wie KI-Ergebnisse geprüft werden, was mit "
              "Ausnahmen geschieht, was gemessen und beobachtet wird. Es wird aus dem "
              "Betriebsmodell erzeugt; Änderungen bitte im Modell, nicht in diesem Dokument."),
    "ch.workflow": ("The workflow", "Der Arbeitsablauf"),
    "ch.roles": ("Roles and what changes for each", "Rollen und was sich für jede ändert"),
    "ch.review": ("Review procedures", "Prüfverfahren"),
    "ch.exceptions": ("Exception procedures", "Ausnahmeverfahren"),
    "ch.raci": ("Responsibilities (RACI)", "Verantwortlichkeiten (RACI)"),
    "ch.kpis": ("KPIs and measurement calendar", "Kennzahlen und Messkalender"),
    "ch.monitoring": ("Monitoring plan", "Überwachungsplan"),
    "ch.compliance": ("Compliance", "Compliance"),
    "ch.readiness": ("Production readiness", "Produktionsreife"),
    "owner": ("Owner", "Verantwortlich"),
    "facilitator": ("Facilitator", "Moderation"),
    "sponsor": ("Exec sponsor", "Auftraggeber"),
    "mandate": ("production mandate", "Produktionsmandat"),
    "no_mandate": ("no production mandate yet", "noch kein Produktionsmandat"),
    "volume": ("Volume", "Volumen"),
    "per_month": ("{n} items per month", "{n} Vorgänge pro Monat"),
    "process_owner": ("Process owner", "Prozessverantwortliche Rolle"),
    "diagram": ("The workflow with its roles as swimlanes", "Der Arbeitsablauf mit den Rollen als Bahnen"),
    "no_diagram": ("(The diagram needs the graphical part of AIOS Designer; export the handbook "
                   "from the app or with a display.)",
                   "(Das Diagramm braucht den grafischen Teil von AIOS Designer; das Handbuch aus "
                   "der Anwendung oder mit Bildschirm exportieren.)"),
    "steps": ("Steps", "Prozessschritte"),
    "figures": ("{hours} hours per month ({fte} FTE workload), staffed with {staff} FTE",
                "{hours} Stunden pro Monat ({fte} VZÄ Arbeitslast), besetzt mit {staff} VZÄ"),
    "tasks": ("Tasks in the new workflow", "Aufgaben im neuen Ablauf"),
    "no_tasks": ("No task of its own; involved through the RACI.",
                 "Keine eigene Aufgabe; über die RACI-Matrix beteiligt."),
    "task_fig": ("{items} items, {hours} h per month", "{items} Vorgänge, {hours} h pro Monat"),
    "letters": ("RACI letters", "RACI-Buchstaben"),
    "kpi_change": ("Team KPI", "Team-Kennzahl"),
    "kpi_target": ("target: {target}", "Ziel: {target}"),
    "kpi_measured": ("measured: {how}", "gemessen: {how}"),
    "no_kpi": ("No team KPI recorded yet.", "Noch keine Team-Kennzahl erfasst."),
    "training": ("Training before go-live", "Schulung vor dem Produktivstart"),
    "ai_step": ("AI step", "KI-Schritt"),
    "policy": ("Review policy", "Prüfregel"),
    "mode.always": ("every output is reviewed before it takes effect",
                    "jedes Ergebnis wird geprüft, bevor es wirkt"),
    "mode.threshold": ("outputs with a confidence below {t} are reviewed, the others are "
                       "released automatically",
                       "Ergebnisse mit einer Konfidenz unter {t} werden geprüft, die übrigen "
                       "automatisch freigegeben"),
    "mode.sample_only": ("every output is released; a QA sample is checked afterwards",
                         "jedes Ergebnis wird freigegeben; eine QS-Stichprobe wird danach geprüft"),
    "mode.none": ("no human review", "keine menschliche Prüfung"),
    "reviewer": ("Reviewer", "Prüfer/in"),
    "review_load": ("Reviewed per month", "Geprüft pro Monat"),
    "checks": ("What the reviewer checks", "Was geprüft wird"),
    "no_checks": ("Not described yet: describe it on the review step.",
                  "Noch nicht beschrieben: bitte am Prüfschritt beschreiben."),
    "outcomes": ("Outcomes", "Ergebnisse"),
    "accept": ("accept unchanged: {share}", "unverändert übernehmen: {share}"),
    "edit": ("edit, then release: {share}", "ändern, dann freigeben: {share}"),
    "reject": ("reject: {share}", "verwerfen: {share}"),
    "four_eyes": ("Four-eyes principle: two independent reviewers release.",
                  "Vier-Augen-Prinzip: zwei unabhängige Prüfende geben frei."),
    "then": ("What follows", "Wie es weitergeht"),
    "goes_to": ("{condition} → {target}", "{condition} → {target}"),
    "qa": ("QA sample", "QS-Stichprobe"),
    "qa_rate": ("{rate} of the automatically released items are checked afterwards by {who}",
                "{rate} der automatisch freigegebenen Vorgänge prüft danach {who}"),
    "qa_none": ("none", "keine"),
    "accountable": ("Accountable", "Rechenschaftspflichtig"),
    "no_ai": ("The workflow has no AI step.", "Der Arbeitsablauf hat keinen KI-Schritt."),
    "when": ("When it applies", "Wann er greift"),
    "from": ("Reached from", "Erreicht von"),
    "handler": ("Handler", "Bearbeitung"),
    "sla": ("SLA", "SLA"),
    "sla_hours": ("{hours} hours", "{hours} Stunden"),
    "not_set": ("not set", "nicht festgelegt"),
    "escalation": ("Escalation to", "Eskalation an"),
    "handling": ("Handling time", "Bearbeitungszeit"),
    "minutes": ("{n} minutes", "{n} Minuten"),
    "procedure": ("Procedure", "Vorgehen"),
    "no_procedure": ("No procedure written yet.", "Noch kein Vorgehen beschrieben."),
    "no_exceptions": ("The workflow has no exception route.",
                      "Der Arbeitsablauf hat keinen Ausnahmeweg."),
    "raci_legend": ("R = does the work · A = accountable, signs off (exactly one per step) · "
                    "C = consulted before · I = informed after",
                    "R = durchführungsverantwortlich · A = rechenschaftspflichtig, zeichnet ab "
                    "(genau eines pro Schritt) · C = konsultiert (vorher) · I = informiert "
                    "(danach)"),
    "step": ("Step", "Prozessschritt"),
    "kpi": ("KPI", "Kennzahl"),
    "unit": ("Unit", "Einheit"),
    "baseline": ("Baseline", "Ausgangswert"),
    "period": ("Measured", "Gemessen"),
    "target": ("Target", "Ziel"),
    "projected": ("Projected", "Hochrechnung"),
    "day30": ("Day 30", "Tag 30"),
    "day90": ("Day 90", "Tag 90"),
    "calendar": ("Measurement calendar", "Messkalender"),
    "cal.baseline": ("Baseline: {period}", "Ausgangswerte: {period}"),
    "cal.baseline_open": ("Baseline: still to be measured (1–2 weeks before go-live)",
                          "Ausgangswerte: noch zu messen (1–2 Wochen vor dem Produktivstart)"),
    "cal.go_live": ("Go-live: {date}", "Produktivstart: {date}"),
    "cal.go_live_open": ("Go-live: date not set yet", "Produktivstart: Datum noch nicht festgelegt"),
    "cal.day30": ("Day 30 after go-live: first impact, compared with baseline and target",
                  "Tag 30 nach dem Produktivstart: erste Wirkung, gegen Ausgangswert und Ziel"),
    "cal.day90": ("Day 90 after go-live: stabilised impact and ROI against the baseline",
                  "Tag 90 nach dem Produktivstart: stabile Wirkung und ROI gegen den Ausgangswert"),
    "no_kpis": ("No KPIs recorded yet.", "Noch keine Kennzahlen erfasst."),
    "metric": ("Metric", "Kennwert"),
    "watches": ("Watches", "Beobachtet"),
    "frequency": ("Frequency", "Häufigkeit"),
    "alert": ("Alert", "Alarm"),
    "action": ("Action", "Maßnahme"),
    "below": ("below {v}", "unter {v}"),
    "above": ("above {v}", "über {v}"),
    "no_monitoring": ("No monitoring plan yet.", "Noch kein Überwachungsplan."),
    "daily": ("daily", "täglich"), "weekly": ("weekly", "wöchentlich"),
    "monthly": ("monthly", "monatlich"),
    "ai_act": ("EU AI Act", "KI-Verordnung (EU AI Act)"),
    "class": ("Risk class", "Risikoklasse"),
    "undecided": ("not decided yet", "noch nicht entschieden"),
    "rationale": ("Rationale", "Begründung"),
    "decided": ("Decided", "Entschieden"),
    "decided_by": ("{who}, {when}", "{who}, {when}"),
    "obligations": ("Obligations", "Pflichten"),
    "applies_from": ("{title} ({source}), applies from {date}", "{title} ({source}), gilt ab {date}"),
    "gdpr": ("Data protection (GDPR)", "Datenschutz (DSGVO)"),
    "dpia": ("DPIA", "DSFA"),
    "processors": ("Processors", "Auftragsverarbeiter"),
    "avv": ("processor agreement signed", "AVV unterzeichnet"),
    "no_avv": ("processor agreement missing", "AVV fehlt"),
    "works_council": ("Works council", "Betriebsrat"),
    "involved": ("involved", "beteiligt"),
    "not_involved": ("not involved yet", "noch nicht beteiligt"),
    "literacy": ("AI literacy training (Art. 4)", "Schulung KI-Kompetenz (Art. 4)"),
    "planned": ("planned", "geplant"),
    "not_planned": ("not planned yet", "noch nicht geplant"),
    "open_items": ("Open items", "Offene Punkte"),
    "no_open": ("None.", "Keine."),
    "disclaimer": ("Reference for designing the operating model, not legal advice.",
                   "Hilfe für die Gestaltung des Betriebsmodells, keine Rechtsberatung."),
    "blocker": ("Blocker", "Blocker"),
    "status": ("Status", "Stand"),
    "evidence": ("Evidence", "Nachweis"),
    "missing": ("Missing", "Fehlt"),
    "yes": ("yes", "ja"), "no": ("no", "nein"),
}

_CLASSES = {"prohibited": ("prohibited (Art. 5)", "verboten (Art. 5)"),
            "high_risk": ("high-risk (Art. 6)", "Hochrisiko (Art. 6)"),
            "limited": ("limited risk, transparency duties (Art. 50)",
                        "begrenztes Risiko, Transparenzpflichten (Art. 50)"),
            "minimal": ("minimal risk", "minimales Risiko")}
_DPIA = {"required": ("required", "erforderlich"), "not_required": ("not required", "nicht erforderlich"),
         "planned": ("planned", "geplant"), "done": ("done", "durchgeführt")}


class _Writer:
    def __init__(self, model: OperatingModel, lang: str):
        self.model = model
        self.lang = lang

    def w(self, key: str, **values) -> str:
        en, de = _W[key]
        text = de if self.lang == "de" else en
        return text.format(**values) if values else text

    def number(self, value: float | None, digits: int = 0) -> str:
        return format_number(value, digits, self.lang)

    def percent(self, value: float | None) -> str:
        if value is None:
            return "–"
        digits = 0 if abs(value * 100 - round(value * 100)) < 1e-9 else 1
        return f"{self.number(value * 100, digits)} %"

    def date(self, day: date) -> str:
        return day.strftime("%d.%m.%Y") if self.lang == "de" else day.isoformat()

    def role(self, role_id: str | None) -> str:
        role = self.model.role(role_id) if role_id else None
        return role.name if role is not None and role.name else "–"

    def step(self, step_id: str) -> str:
        step = self.model.step(step_id)
        return step.name if step is not None and step.name else step_id[:8]

    def pair(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.lang == "de" else pair[0]


def build_handbook(model: OperatingModel, lang: str | None = None,
                   diagram: Path | None = None, today: date | None = None) -> Handbook:
    """The handbook of ``model`` in ``lang`` (default: the model's language). ``diagram`` is a
    PNG of the workflow (the writers embed it); without one a note says how to get it."""
    from ..analysis.change_impact import change_impact
    from ..analysis.checks import check
    from ..analysis.projection import project
    from ..analysis.raci import effective_raci
    from ..analysis.readiness import readiness

    lang = lang or str(model.meta.language)
    w = _Writer(model, lang)
    projection = project(model)
    raci = effective_raci(model)
    findings = check(model, projection=projection)
    meta = model.meta
    book = Handbook(
        title=f"{w.w('title')}: {meta.title or '–'}",
        subtitle=w.w("version", version=meta.version or "–",
                     date=w.date(today or date.today())),
        lang=lang)
    add = book.blocks.append
    add(Paragraph(w.w("intro"), "note"))

    # 1 -- the workflow ------------------------------------------------------------------------
    add(Heading(w.w("ch.workflow")))
    if meta.scope:
        add(Paragraph(meta.scope, "lead"))
    sponsor = meta.sponsor
    sponsor_text = ", ".join(p for p in (sponsor.name, sponsor.function) if p) or "–"
    if sponsor.name:
        sponsor_text += f" ({w.w('mandate') if sponsor.production_mandate else w.w('no_mandate')})"
    add(Facts((
        (w.w("owner"), meta.owner or "–"),
        (w.w("process_owner"), w.role(meta.process_owner_role_id)),
        (w.w("sponsor"), sponsor_text),
        (w.w("volume"), w.w("per_month", n=w.number(projection.volume_per_month))),
    )))
    if diagram is not None:
        add(Image(diagram, w.w("diagram")))
    else:
        add(Paragraph(w.w("no_diagram"), "note"))

    # 2 -- roles ---------------------------------------------------------------------------------
    add(Heading(w.w("ch.roles")))
    from ..analysis.change_impact import DUTIES

    for impact in change_impact(model, projection, raci):
        add(Heading(impact.name or impact.role_id[:8], 2))
        add(Paragraph(w.w("figures", hours=w.number(impact.hours_per_month),
                          fte=w.number(impact.fte, 2), staff=w.number(impact.headcount, 1))))
        add(Heading(w.w("tasks"), 3))
        if impact.tasks:
            items = []
            for task in impact.tasks:
                line = f"{DUTIES[task.duty].get(lang)}: {task.step_name}"
                if task.items_per_month is not None and task.hours_per_month is not None:
                    line += " (" + w.w("task_fig", items=w.number(task.items_per_month),
                                       hours=w.number(task.hours_per_month)) + ")"
                items.append(line)
            add(Bullets(tuple(items)))
        else:
            add(Paragraph(w.w("no_tasks")))
        if impact.raci:
            add(Paragraph(f"{w.w('letters')}: " + "; ".join(
                f"{'/'.join(letters)} {name}" for _s, name, letters in impact.raci)))
        if impact.kpi_before or impact.kpi_after:
            text = f"{w.w('kpi_change')}: {impact.kpi_before or '–'} → {impact.kpi_after or '–'}"
            if impact.kpi_target:
                text += f"; {w.w('kpi_target', target=impact.kpi_target)}"
            if impact.kpi_measurement:
                text += f"; {w.w('kpi_measured', how=impact.kpi_measurement)}"
            add(Paragraph(text))
        else:
            add(Paragraph(w.w("no_kpi"), "note"))
        if impact.training:
            add(Heading(w.w("training"), 3))
            add(Bullets(tuple(f"{t.title.get(lang)} – {t.reason.get(lang)}"
                              for t in impact.training)))

    # 3 -- review procedures ---------------------------------------------------------------------
    add(Heading(w.w("ch.review")))
    ai_figures = {a.id: a for a in projection.ai_steps}
    ai_steps = [s for s in model.steps if isinstance(s, AiTaskStep)]
    if not ai_steps:
        add(Paragraph(w.w("no_ai")))
    for step in ai_steps:
        _review_chapter(w, add, step, ai_figures.get(step.id), raci)
    linked = {r for a in projection.ai_steps for r in a.review_step_ids}
    for review in model.steps:
        if isinstance(review, ReviewStep) and review.id not in linked:
            add(Heading(review.name or review.id[:8], 2))
            add(Facts(((w.w("reviewer"), w.role(review.role_id)),
                       (w.w("accountable"), _accountable(w, raci, review.id)))))
            add(Heading(w.w("checks"), 3))
            add(Paragraph(review.description if review.description.strip()
                          else w.w("no_checks")))
            _outcomes(w, add, review)

    # 4 -- exception procedures ------------------------------------------------------------------
    add(Heading(w.w("ch.exceptions")))
    exceptions = [s for s in model.steps if isinstance(s, ExceptionStep)]
    if not exceptions:
        add(Paragraph(w.w("no_exceptions")))
    for step in exceptions:
        add(Heading(step.name or step.id[:8], 2))
        sources = ", ".join(dict.fromkeys(w.step(f.source_id) for f in model.flows_to(step.id)))
        add(Facts((
            (w.w("when"), step.trigger_condition or "–"),
            (w.w("from"), sources or "–"),
            (w.w("handler"), w.role(step.role_id)),
            (w.w("sla"), w.w("sla_hours", hours=w.number(step.sla_hours, 1).removesuffix(",0")
                             .removesuffix(".0")) if step.sla_hours is not None
             else w.w("not_set")),
            (w.w("escalation"), w.role(step.escalation_role_id)),
            (w.w("handling"), w.w("minutes", n=w.number(step.handling_minutes))),
            (w.w("accountable"), _accountable(w, raci, step.id)),
        )))
        add(Heading(w.w("procedure"), 3))
        add(Paragraph(step.procedure if step.procedure.strip() else w.w("no_procedure")))

    # 5 -- RACI ------------------------------------------------------------------------------
    add(Heading(w.w("ch.raci")))
    roles = [r for r in model.roles if any(raci.get(s, {}).get(r.id) for s in raci)]
    rows = tuple(
        (s.name or s.id[:8], *("/".join(raci.get(s.id, {}).get(r.id, "")) for r in roles))
        for s in model.steps if s.id in raci)
    add(Table((w.w("step"), *(r.name or r.id[:8] for r in roles)), rows,
              widths=(3.0, *([1.0] * len(roles))), small=True))
    add(Paragraph(w.w("raci_legend"), "note"))

    # 6 -- KPIs ------------------------------------------------------------------------------
    add(Heading(w.w("ch.kpis")))
    if model.kpis:
        from ..analysis.kpi_values import projected_value

        add(Table((w.w("kpi"), w.w("unit"), w.w("baseline"), w.w("period"), w.w("target"),
                   w.w("projected"), w.w("day30"), w.w("day90")),
                  tuple((k.name, k.unit, w.number(k.baseline, 2), k.baseline_period or "–",
                         w.number(k.target, 2),
                         w.number(projected_value(k, projection, model), 2),
                         w.number(k.day30, 2), w.number(k.day90, 2)) for k in model.kpis),
                  widths=(2.6, 1.0, 1.0, 1.8, 1.0, 1.0, 1.0, 1.0), small=True))
    else:
        add(Paragraph(w.w("no_kpis")))
    add(Heading(w.w("calendar"), 2))
    periods = sorted({k.baseline_period for k in model.kpis if k.baseline_period})
    go_live = model.business_case.go_live
    calendar = [w.w("cal.baseline", period="; ".join(periods)) if periods
                else w.w("cal.baseline_open")]
    calendar.append(w.w("cal.go_live", date=w.date(go_live)) if go_live
                    else w.w("cal.go_live_open"))
    for day, key in ((30, "day30"), (90, "day90")):
        measured = sorted({getattr(k, f"{key}_date") for k in model.kpis
                           if getattr(k, f"{key}_date") is not None})
        when = ", ".join(w.date(d) for d in measured) if measured else \
            w.date(go_live + timedelta(days=day)) if go_live else None
        text = w.w(f"cal.{key}")
        calendar.append(f"{text} ({when})" if when else text)
    add(Bullets(tuple(calendar)))

    # 7 -- monitoring ------------------------------------------------------------------------
    add(Heading(w.w("ch.monitoring")))
    metrics = model.monitoring.metrics
    if metrics:
        def value(v, unit):
            if unit == "share":
                return w.percent(v)
            text = w.number(v, 2).rstrip("0").rstrip(",.")
            return f"{text} h" if unit == "hours" else text

        def alert(m):
            parts = []
            if m.alert_below is not None:
                parts.append(w.w("below", v=value(m.alert_below, m.unit)))
            if m.alert_above is not None:
                parts.append(w.w("above", v=value(m.alert_above, m.unit)))
            return ", ".join(parts) or "–"

        add(Table((w.w("metric"), w.w("owner"), w.w("frequency"), w.w("alert"), w.w("action")),
                  tuple((m.name, w.role(m.owner_role_id),
                         w.w(str(m.frequency)) if m.frequency else "–", alert(m), m.action)
                        for m in metrics),
                  widths=(2.4, 1.4, 1.0, 1.2, 2.6), small=True))
    else:
        add(Paragraph(w.w("no_monitoring")))

    # 8 -- compliance ------------------------------------------------------------------------
    add(Heading(w.w("ch.compliance")))
    add(Paragraph(w.w("disclaimer"), "note"))
    _compliance_chapter(w, add, model)
    blockers = readiness(model, findings)
    open_items = [m.get(lang) for b in blockers if b.number == 2 for m in b.missing]
    add(Heading(w.w("open_items"), 2))
    add(Bullets(tuple(open_items)) if open_items else Paragraph(w.w("no_open")))

    # 9 -- readiness -------------------------------------------------------------------------
    add(Heading(w.w("ch.readiness")))
    add(Table((w.w("blocker"), w.w("status"), w.w("evidence"), w.w("missing")),
              tuple((f"{b.number}. {b.title.get(lang)}", _status(b, lang),
                     "\n".join(e.get(lang) for e in b.evidence) or "–",
                     "\n".join(m.get(lang) for m in b.missing) or "–") for b in blockers),
              widths=(1.6, 0.9, 2.4, 2.4), small=True))
    return book


def _status(blocker, lang: str) -> str:
    from ..analysis.readiness import STATUS_LABELS

    mark = {"green": "●", "amber": "◐", "red": "○"}[str(blocker.status)]
    return f"{mark} {STATUS_LABELS[blocker.status].get(lang)}"


def _accountable(w: _Writer, raci: dict, step_id: str) -> str:
    row = raci.get(step_id, {})
    return ", ".join(w.role(r) for r, letters in row.items() if "A" in letters) or "–"


def _review_chapter(w: _Writer, add, step: AiTaskStep, figures, raci: dict) -> None:
    model = w.model
    policy = step.review
    add(Heading(step.name or step.id[:8], 2))
    mode = ReviewMode(policy.mode)
    mode_text = w.w(f"mode.{mode.value}", t=w.number(policy.threshold, 2)) \
        if mode == ReviewMode.THRESHOLD else w.w(f"mode.{mode.value}")
    reviews = [model.step(i) for i in (figures.review_step_ids if figures else [])]
    reviews = [r for r in reviews if isinstance(r, ReviewStep)]
    reviewer = ", ".join(dict.fromkeys(w.role(r.role_id) for r in reviews)) if reviews \
        else w.role(policy.reviewer_role_id)
    qa_rate = policy.qa_sample_rate if mode in (ReviewMode.THRESHOLD, ReviewMode.SAMPLE_ONLY) else 0
    qa_who = w.role(figures.qa_role_id if figures and figures.qa_role_id else
                    policy.reviewer_role_id)
    add(Facts((
        (w.w("policy"), mode_text),
        (w.w("reviewer"), reviewer if mode != ReviewMode.NONE else "–"),
        (w.w("review_load"), w.w("per_month", n=w.number(figures.reviewed_per_month))
         if figures else "–"),
        (w.w("qa"), w.w("qa_rate", rate=w.percent(qa_rate), who=qa_who) if qa_rate
         else w.w("qa_none")),
        (w.w("accountable"), _accountable(w, raci, step.id)),
    )))
    add(Heading(w.w("checks"), 3))
    described = [r.description for r in reviews if r.description.strip()]
    add(Paragraph("\n".join(described) if described else
                  (step.description if step.description.strip() else w.w("no_checks"))))
    for review in reviews:
        _outcomes(w, add, review)


def _outcomes(w: _Writer, add, review: ReviewStep) -> None:
    add(Heading(f"{w.w('outcomes')}: {review.name or review.id[:8]}", 3))
    items = [w.w("accept", share=w.percent(review.accept_share)),
             w.w("edit", share=w.percent(review.edit_share)),
             w.w("reject", share=w.percent(review.reject_share))]
    if review.four_eyes:
        items.append(w.w("four_eyes"))
    add(Bullets(tuple(items)))
    following = [w.w("goes_to", condition=f.condition or "–", target=w.step(f.target_id))
                 for f in w.model.flows_from(review.id)]
    if following:
        add(Paragraph(f"{w.w('then')}:"))
        add(Bullets(tuple(following)))


def _compliance_chapter(w: _Writer, add, model: OperatingModel) -> None:
    from ..analysis.ai_act import obligations_for

    compliance = model.compliance
    ai_act = compliance.ai_act
    add(Heading(w.w("ai_act"), 2))
    cls = w.pair(_CLASSES[str(ai_act.risk_class)]) if ai_act.risk_class else w.w("undecided")
    decided = w.w("decided_by", who=ai_act.decided_by or "–",
                  when=w.date(ai_act.decided_on)) if ai_act.decided_on else "–"
    add(Facts(((w.w("class"), cls), (w.w("rationale"), ai_act.rationale or "–"),
               (w.w("decided"), decided))))
    if ai_act.risk_class is not None:
        obligations = obligations_for(ai_act.risk_class, ai_act.answers)
        if obligations:
            add(Heading(w.w("obligations"), 3))
            add(Bullets(tuple(w.w("applies_from", title=o.title.get(w.lang), source=o.source,
                                  date=w.date(o.applies_from)) for o in obligations)))
    add(Heading(w.w("gdpr"), 2))
    dpia = compliance.dpia.decision
    processors = "; ".join(f"{p.name} ({w.w('avv') if p.avv_signed else w.w('no_avv')})"
                           for p in compliance.processors) or "–"
    add(Facts((
        (w.w("dpia"), w.pair(_DPIA[str(dpia)]) if str(dpia) in _DPIA else str(dpia or "–")),
        (w.w("processors"), processors),
        (w.w("works_council"), w.w("involved") if compliance.works_council.informed
         else w.w("not_involved")),
        (w.w("literacy"), w.w("planned") if compliance.ai_literacy_training_planned
         else w.w("not_planned")),
    )))
