"""Compliance: EU AI Act class with answers and rationale, obligations checklist with dates,
GDPR/DSGVO per data source and AI step, processors (AVV, TIA), DPIA with the WP248 criteria and
the German DSK list, Art. 22 exception, and the works council's consent and information.

One filterable table (area, item, answer, details, reference, date, done) so the data
protection officer can filter by area; row 3 carries the note that this is reference for a
design tool, not legal advice.
"""
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation

from ...analysis.ai_act import classify, load_questionnaire, obligations_for, source_label
from ...analysis.privacy import (
    dpia_criteria,
    effective_safeguard,
    listed_items,
    load_dpia_criteria,
    load_national_list,
    personal_data_sources,
    processes_personal_data,
    suggested_dpia_criteria,
    suggested_listed_items,
    works_council_information_due,
    works_council_reasons,
    works_council_relevant,
)
from ...model import AiTaskStep, RiskClass, TriggerStep
from ..layout import HEADER_ROW, Column, write_table, write_value

_TEXT = {
    "sheet": ("Compliance", "Compliance"),
    "area": ("Area", "Bereich"),
    "item": ("Item", "Punkt"),
    "answer": ("Answer / status", "Antwort / Status"),
    "details": ("Details", "Details"),
    "reference": ("Reference", "Fundstelle"),
    "date": ("Applies from", "Gilt ab"),
    "done": ("Done", "Erledigt"),
    "a.class": ("AI Act: class", "KI-VO: Einstufung"),
    "a.question": ("AI Act: questionnaire", "KI-VO: Fragebogen"),
    "a.obligation": ("AI Act: obligations", "KI-VO: Pflichten"),
    "a.gdpr": ("GDPR: data sources and AI steps", "DSGVO: Datenquellen und KI-Schritte"),
    "a.processor": ("GDPR: processors (Art. 28)", "DSGVO: Auftragsverarbeiter (Art. 28)"),
    "a.dpia": ("GDPR: DPIA (Art. 35)", "DSGVO: DSFA (Art. 35)"),
    "a.council": ("Works council", "Betriebsrat"),
    "risk_class": ("Risk class", "Risikoklasse"),
    "implied": ("Class implied by the answers", "Klasse laut Antworten"),
    "decided": ("Decided by / on", "Entschieden von / am"),
    "log_retention": ("Log retention (months)", "Aufbewahrung Protokolle (Monate)"),
    "unanswered": ("not answered", "nicht beantwortet"),
    "pending": ("{date} if the {title} is published", "{date}, sobald der {title} veröffentlicht ist"),
    "personal_data": ("Personal data", "Personenbezogene Daten"),
    "subjects": ("Data subjects", "Betroffene"),
    "categories": ("Categories", "Kategorien"),
    "special": ("Special categories (Art. 9)", "Besondere Kategorien (Art. 9)"),
    "legal_basis": ("Legal basis", "Rechtsgrundlage"),
    "retention": ("Retention", "Speicherdauer"),
    "recipients": ("Recipients", "Empfänger"),
    "hosting": ("Hosting", "Hosting"),
    "processor": ("Processor", "Auftragsverarbeiter"),
    "safeguard": ("Transfer safeguard", "Garantie Drittlandübermittlung"),
    "inherited": ("yes (from its data source)", "ja (aus der Datenquelle)"),
    "country": ("Country", "Land"),
    "avv": ("AVV signed", "AVV unterzeichnet"),
    "criterion": ("WP248 criterion {n}", "WP248-Kriterium {n}"),
    "applies": ("applies", "trifft zu"),
    "not_applies": ("does not apply", "trifft nicht zu"),
    "suggested": ("shown by the model: {reason}", "aus dem Modell: {reason}"),
    "decision": ("Decision", "Entscheidung"),
    "required": ("required", "erforderlich"),
    "not_required": ("not required", "nicht erforderlich"),
    "count": ("{n} criteria apply; {note}", "{n} Kriterien treffen zu; {note}"),
    "count_one": ("1 criterion applies; {note}", "1 Kriterium trifft zu; {note}"),
    "relevant": ("Co-determination (BetrVG §87(1) Nr. 6)", "Mitbestimmung (BetrVG §87 Abs. 1 Nr. 6)"),
    "consent": ("Works council consented (works agreement)", "Zustimmung des Betriebsrats (Betriebsvereinbarung)"),
    "informed": ("Works council informed of the planned AI use", "Betriebsrat über den geplanten KI-Einsatz unterrichtet"),
    "expert": ("The works council may call in an expert for AI (BetrVG §80(3)).",
               "Der Betriebsrat kann eine sachverständige Person für KI hinzuziehen (BetrVG §80 Abs. 3)."),
    "in_force": ("in force since {date}", "gilt seit {date}"),
    "from": ("applies from {date}", "gilt ab {date}"),
    "unverified": ("not verified against the Official Journal text", "nicht am Amtsblatt-Text geprüft"),
    "amendment": ("AI Act: amendments", "KI-VO: Änderungen"),
    "amendment_state": ("in force since {date}", "in Kraft seit {date}"),
    "amendment_pending": ("not in force", "nicht in Kraft"),
    "listed": ("DSK list item {n}", "DSK-Liste Nr. {n}"),
    "listed_rule": ("On the list: a DPIA is required (Art. 35(4))", "Auf der Liste: DSFA erforderlich (Art. 35 Abs. 4)"),
    "dpia_by": ("Decided by / on", "Entschieden von / am"),
    "a.art22": ("GDPR: automated decisions (Art. 22)", "DSGVO: automatisierte Entscheidungen (Art. 22)"),
    "art22_exception": ("Exception (Art. 22(2))", "Ausnahme (Art. 22 Abs. 2)"),
    "art22_none": ("none recorded: significant outcomes need meaningful human involvement",
                   "keine erfasst: erhebliche Ergebnisse brauchen echte menschliche Beteiligung"),
    "tia": ("Transfer impact assessment", "Transfer-Folgenabschätzung (TIA)"),
    "art9_condition": ("Art. 9(2) condition", "Ausnahme nach Art. 9 Abs. 2"),
    "literacy": ("AI literacy training planned", "Schulung KI-Kompetenz geplant"),
    "open": ("open", "offen"),
}

_CLASS = {RiskClass.PROHIBITED: ("prohibited", "verboten"),
          RiskClass.HIGH_RISK: ("high-risk", "Hochrisiko"),
          RiskClass.LIMITED: ("limited risk (transparency)", "begrenztes Risiko (Transparenz)"),
          RiskClass.MINIMAL: ("minimal risk", "minimales Risiko")}
_ENUMS = {
    "on_prem": ("on premises", "eigener Betrieb"), "eu_cloud": ("EU cloud", "EU-Cloud"),
    "non_eu": ("outside the EU", "außerhalb der EU"),
    "none": ("none", "keine"), "adequacy": ("adequacy decision", "Angemessenheitsbeschluss"),
    "dpf": ("EU–US Data Privacy Framework", "EU-US Data Privacy Framework"),
    "scc": ("standard contractual clauses", "Standardvertragsklauseln"),
    "bcr": ("binding corporate rules", "verbindliche interne Datenschutzvorschriften"),
    "consent": ("consent (Art. 6(1)(a))", "Einwilligung (Art. 6 Abs. 1 lit. a)"),
    "contract": ("contract (Art. 6(1)(b))", "Vertrag (Art. 6 Abs. 1 lit. b)"),
    "legal_obligation": ("legal obligation (Art. 6(1)(c))", "rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c)"),
    "vital_interests": ("vital interests (Art. 6(1)(d))", "lebenswichtige Interessen (Art. 6 Abs. 1 lit. d)"),
    "public_task": ("public task (Art. 6(1)(e))", "öffentliche Aufgabe (Art. 6 Abs. 1 lit. e)"),
    "legitimate_interests": ("legitimate interests (Art. 6(1)(f))", "berechtigte Interessen (Art. 6 Abs. 1 lit. f)"),
    "ethnic_origin": ("ethnic origin", "ethnische Herkunft"),
    "political_opinion": ("political opinions", "politische Meinungen"),
    "religion": ("religious beliefs", "religiöse Überzeugungen"),
    "union_membership": ("union membership", "Gewerkschaftszugehörigkeit"),
    "genetic": ("genetic data", "genetische Daten"), "biometric": ("biometric data", "biometrische Daten"),
    "health": ("health data", "Gesundheitsdaten"), "sex_life": ("sex life / orientation", "Sexualleben / Orientierung"),
    "explicit_consent": ("explicit consent", "ausdrückliche Einwilligung"),
    "employment_social_security": ("employment and social security law (Art. 9(2)(b))", "Arbeits- und Sozialrecht (Art. 9 Abs. 2 lit. b)"),
    "not_for_profit_body": ("not-for-profit body (Art. 9(2)(d))", "Organisation ohne Gewinnerzielungsabsicht (Art. 9 Abs. 2 lit. d)"),
    "made_public": ("made public by the data subject (Art. 9(2)(e))", "von der betroffenen Person öffentlich gemacht (Art. 9 Abs. 2 lit. e)"),
    "legal_claims": ("legal claims (Art. 9(2)(f))", "Rechtsansprüche (Art. 9 Abs. 2 lit. f)"),
    "substantial_public_interest": ("substantial public interest (Art. 9(2)(g))", "erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g)"),
    "health_care": ("health or social care (Art. 9(2)(h))", "Gesundheits- oder Sozialversorgung (Art. 9 Abs. 2 lit. h)"),
    "public_health": ("public health (Art. 9(2)(i))", "öffentliche Gesundheit (Art. 9 Abs. 2 lit. i)"),
    "archiving_research": ("archiving, research, statistics (Art. 9(2)(j))", "Archiv, Forschung, Statistik (Art. 9 Abs. 2 lit. j)"),
    "law": ("Union or Member State law (Art. 22(2)(b))", "Rechtsvorschrift der Union oder eines Mitgliedstaats (Art. 22 Abs. 2 lit. b)"),
}


def _t(ctx, key: str, **fmt) -> str:
    en, de = _TEXT[key]
    text = de if ctx.lang == "de" else en
    return text.format(**fmt) if fmt else text


def _enum(ctx, value) -> str:
    if value is None:
        return ""
    en, de = _ENUMS.get(str(getattr(value, "value", value)), (str(value), str(value)))
    return de if ctx.lang == "de" else en


def class_text(ctx, risk) -> str:
    if risk is None:
        return "nicht entschieden" if ctx.lang == "de" else "not decided"
    en, de = _CLASS[RiskClass(risk)]
    return de if ctx.lang == "de" else en


def _yes_no(ctx, value) -> str:
    if value is None:
        return _t(ctx, "unanswered")
    return ("ja" if value else "nein") if ctx.lang == "de" else ("yes" if value else "no")


@dataclass
class Row:
    area: str
    item: str
    answer: Any = None
    details: str = ""
    reference: str = ""
    date: str = ""
    done: Any = None
    #: Style of the answer cell (a light for statuses).
    style: str = "AIOS Wrap"


def _ai_act_rows(ctx) -> list[Row]:
    qn = load_questionnaire()
    ai_act = ctx.model.compliance.ai_act
    result = classify(ai_act.answers, qn)
    area = _t(ctx, "a.class")
    rows = [Row(area, _t(ctx, "risk_class"), class_text(ctx, ai_act.risk_class),
                ai_act.rationale, "Art. 5, 6, 50",
                style="AIOS Bad" if ai_act.risk_class in (None, RiskClass.PROHIBITED)
                else "AIOS Good")]
    if ai_act.answers:
        rows.append(Row(area, _t(ctx, "implied"), class_text(ctx, result.risk_class),
                        result.rationale(ctx.lang)))
    decided = " / ".join(x for x in (ai_act.decided_by,
                                      ai_act.decided_on.isoformat() if ai_act.decided_on else "")
                         if x)
    rows.append(Row(area, _t(ctx, "decided"), decided or _t(ctx, "open"),
                    style="AIOS Wrap" if decided else "AIOS Warning"))
    rows.append(Row(area, _t(ctx, "log_retention"), ai_act.log_retention_months,
                    reference=source_label("Art. 26(6)", ctx.lang)))
    for section in qn.sections:
        area_q = f"{_t(ctx, 'a.question')}: {section.title.get(ctx.lang)}"
        for q in section.questions:
            answer = ai_act.answers.get(q.id)
            rows.append(Row(area_q, q.text.get(ctx.lang), _yes_no(ctx, answer),
                            reference=source_label(q.source, ctx.lang),
                            style="AIOS Warning" if answer else "AIOS Text"))
    return rows


def _obligation_done(ctx, obligation_id: str):
    compliance = ctx.model.compliance
    if obligation_id == "art4_literacy":
        return compliance.ai_literacy_training_planned
    if obligation_id == "art26_logs":
        return (compliance.ai_act.log_retention_months or 0) >= load_questionnaire().min_log_retention_months
    if obligation_id == "art26_workers":
        return compliance.works_council.informed
    return None  # for the team to tick in the workbook


def _obligation_rows(ctx) -> list[Row]:
    ai_act = ctx.model.compliance.ai_act
    # The checklist follows the recorded class; before a decision, what the answers imply.
    risk = ai_act.risk_class or classify(ai_act.answers).risk_class
    rows = []
    today = ctx.exported
    for o in obligations_for(risk, ai_act.answers):
        date_text = _t(ctx, "in_force" if o.applies_on(today) else "from",
                       date=o.applies_from.isoformat())
        details = o.text.get(ctx.lang)
        if o.date_source:
            details += f"\n({source_label(o.date_source, ctx.lang)})"
        if not o.verified:
            details += f"\n{_t(ctx, 'unverified')}"
        if o.pending_date:
            date_text += " (" + _t(ctx, "pending", date=o.pending_date.isoformat(),
                                   title="Digital Omnibus") + ")"
            details += f"\n{o.pending_note.get(ctx.lang)}"
        rows.append(Row(_t(ctx, "a.obligation"), o.title.get(ctx.lang), None, details,
                        source_label(o.source, ctx.lang), date_text, _obligation_done(ctx, o.id)))
    return rows


def _amendment_rows(ctx) -> list[Row]:
    rows = []
    for a in load_questionnaire().amendments:
        title = a.get("title", {}).get(ctx.lang) or a.get("id", "")
        state = (_t(ctx, "amendment_state", date=a.get("entry_into_force", ""))
                 if a.get("in_force") else _t(ctx, "amendment_pending"))
        notes = [a.get("status_note", {}).get(ctx.lang, "")]
        if not a.get("verified", True):
            notes.append(a.get("verification_note", {}).get(ctx.lang, ""))
        reference = ", ".join(x for x in (a.get("act"), a.get("oj_reference")) if x)
        if ctx.lang == "de":
            reference = source_label(reference, "de")
        rows.append(Row(_t(ctx, "amendment"), title, state, "\n".join(x for x in notes if x),
                        reference, style="AIOS Wrap" if a.get("verified", True)
                        else "AIOS Warning"))
    return rows


def _gdpr_rows(ctx) -> list[Row]:
    model = ctx.model
    sources = personal_data_sources(model)
    processors = {p.id: p for p in model.compliance.processors}
    rows = []
    for step in ctx.ordered_steps:
        if not isinstance(step, (TriggerStep, AiTaskStep)):
            continue
        dp = step.data_protection
        lines = []
        if isinstance(step, AiTaskStep):
            personal = processes_personal_data(step, sources)
            answer = _yes_no(ctx, dp.personal_data) if dp.personal_data is not None else (
                _t(ctx, "inherited") if personal else _yes_no(ctx, None))
            processor = processors.get(step.processor_id)
            lines.append(f"{_t(ctx, 'hosting')}: {_enum(ctx, step.hosting)}"
                         + (f" ({step.provider})" if step.provider else ""))
            if processor is not None:
                lines.append(f"{_t(ctx, 'processor')}: {processor.name}")
            lines.append(f"{_t(ctx, 'safeguard')}: {_enum(ctx, effective_safeguard(model, step))}")
        else:
            answer = _yes_no(ctx, dp.personal_data)
            if step.source_system:
                lines.append(step.source_system)
        for key, value in (("subjects", dp.data_subjects),
                           ("categories", ", ".join(dp.categories)),
                           ("special", ", ".join(_enum(ctx, c) for c in dp.special_categories)),
                           ("art9_condition", _enum(ctx, dp.special_category_condition)),
                           ("legal_basis", _enum(ctx, dp.legal_basis)),
                           ("retention", dp.retention), ("recipients", dp.recipients)):
            if value:
                lines.append(f"{_t(ctx, key)}: {value}")
        if dp.notes:
            lines.append(dp.notes)
        rows.append(Row(_t(ctx, "a.gdpr"), step.name or step.id[:8], answer, "\n".join(lines),
                        "Art. 6, 9, 30 DSGVO" if ctx.lang == "de" else "GDPR Art. 6, 9, 30",
                        style="AIOS Warning" if dp.special_categories else "AIOS Wrap"))
    for p in model.compliance.processors:
        details = "\n".join(x for x in (
            p.service, f"{_t(ctx, 'country')}: {p.country}" if p.country else "",
            f"{_t(ctx, 'safeguard')}: {_enum(ctx, p.transfer_safeguard)}",
            f"{_t(ctx, 'tia')}: {_yes_no(ctx, p.transfer_impact_assessment)}"
            if str(p.transfer_safeguard) in ("scc", "bcr") else "", p.notes) if x)
        rows.append(Row(_t(ctx, "a.processor"), p.name, _yes_no(ctx, p.avv_signed), details,
                        "Art. 28 DSGVO" if ctx.lang == "de" else "GDPR Art. 28",
                        done=p.avv_signed, style="AIOS Good" if p.avv_signed else "AIOS Bad"))
    return rows


def _dpia_rows(ctx) -> list[Row]:
    model = ctx.model
    catalogue = load_dpia_criteria()
    applying = set(dpia_criteria(model))
    suggested = suggested_dpia_criteria(model)
    area = _t(ctx, "a.dpia")
    rows = []
    for c in catalogue.criteria:
        details = (_t(ctx, "suggested", reason=suggested[c.id].get(ctx.lang))
                   if c.id in suggested else "")
        rows.append(Row(area, f"{_t(ctx, 'criterion', n=c.number)}: {c.title.get(ctx.lang)}",
                        _t(ctx, "applies" if c.id in applying else "not_applies"), details,
                        "WP248", style="AIOS Warning" if c.id in applying else "AIOS Text"))
    national = load_national_list()
    applying_items = set(listed_items(model))
    suggested_items = suggested_listed_items(model)
    for item in national.items:
        if item.number not in applying_items:
            continue
        details = (_t(ctx, "suggested", reason=suggested_items[item.number].get(ctx.lang))
                   if item.number in suggested_items else "")
        rows.append(Row(area, f"{_t(ctx, 'listed', n=item.number)}: {item.text.get(ctx.lang)}",
                        _t(ctx, "applies"), "\n".join(x for x in (
                            details, _t(ctx, "listed_rule"),
                            "" if national.verified else national.verification_note.get(ctx.lang))
                            if x),
                        "Art. 35 Abs. 4 DSGVO" if ctx.lang == "de" else "GDPR Art. 35(4)",
                        style="AIOS Warning"))
    dpia = model.compliance.dpia
    decision = _t(ctx, str(dpia.decision.value)) if dpia.decision else _t(ctx, "open")
    note = _t(ctx, "count_one" if len(applying) == 1 else "count", n=len(applying),
              note=catalogue.threshold_note.get(ctx.lang))
    rows.append(Row(area, _t(ctx, "decision"), decision,
                    "\n".join(x for x in (note, dpia.rationale) if x),
                    "Art. 35 DSGVO" if ctx.lang == "de" else "GDPR Art. 35",
                    done=dpia.decision is not None,
                    style="AIOS Wrap" if dpia.decision else "AIOS Warning"))
    decided = " / ".join(x for x in (dpia.decided_by,
                                      dpia.decided_on.isoformat() if dpia.decided_on else "") if x)
    rows.append(Row(area, _t(ctx, "dpia_by"), decided or _t(ctx, "open"),
                    style="AIOS Wrap" if decided else "AIOS Warning"))
    return rows


def _art22_rows(ctx) -> list[Row]:
    decision = ctx.model.compliance.automated_decision
    if decision.exception is None and not decision.safeguards:
        return []
    answer = _enum(ctx, decision.exception) if decision.exception else _t(ctx, "art22_none")
    return [Row(_t(ctx, "a.art22"), _t(ctx, "art22_exception"), answer, decision.safeguards,
                "Art. 22 Abs. 2, 3 DSGVO" if ctx.lang == "de" else "GDPR Art. 22(2), (3)")]


def _council_rows(ctx) -> list[Row]:
    compliance = ctx.model.compliance
    relevant = works_council_relevant(ctx.model)
    reasons = "\n".join(f"• {r.get(ctx.lang)}" for r in works_council_reasons(ctx.model))
    area = _t(ctx, "a.council")
    council = compliance.works_council
    informing = works_council_information_due(ctx.model)
    return [
        Row(area, _t(ctx, "relevant"), _yes_no(ctx, relevant),
            "\n".join(x for x in (reasons, council.notes) if x),
            "BetrVG §87 Abs. 1 Nr. 6" if ctx.lang == "de" else "BetrVG §87(1) Nr. 6"),
        Row(area, _t(ctx, "consent"), _yes_no(ctx, council.consent),
            reference="BetrVG §87 Abs. 1 Nr. 6" if ctx.lang == "de" else "BetrVG §87(1) Nr. 6",
            done=council.consent,
            style="AIOS Good" if council.consent or not relevant else "AIOS Warning"),
        Row(area, _t(ctx, "informed"), _yes_no(ctx, council.informed), _t(ctx, "expert"),
            reference=("BetrVG §90 Abs. 1 Nr. 3, §80 Abs. 3; " if ctx.lang == "de"
                       else "BetrVG §90(1) Nr. 3, §80(3); ")
            + source_label("Art. 26(7)", ctx.lang),
            done=council.informed,
            style="AIOS Good" if council.informed or not informing else "AIOS Warning"),
        Row(_t(ctx, "a.obligation"), _t(ctx, "literacy"),
            _yes_no(ctx, compliance.ai_literacy_training_planned), compliance.notes,
            "Art. 4", done=compliance.ai_literacy_training_planned),
    ]


def rows(ctx) -> list[Row]:
    return (_ai_act_rows(ctx) + _obligation_rows(ctx) + _amendment_rows(ctx) + _gdpr_rows(ctx)
            + _dpia_rows(ctx) + _art22_rows(ctx) + _council_rows(ctx))


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(_t(ctx, "sheet"))
    items = rows(ctx)
    columns = [
        Column(_t(ctx, "area"), lambda r: r.area, "AIOS Wrap", max_width=28, literal=True),
        Column(_t(ctx, "item"), lambda r: r.item, "AIOS Wrap", max_width=50, literal=True),
        Column(_t(ctx, "answer"), lambda r: r.answer, "AIOS Wrap", max_width=24, literal=True,
               style_of=lambda r: r.style),
        Column(_t(ctx, "details"), lambda r: r.details, "AIOS Wrap", max_width=70, literal=True),
        Column(_t(ctx, "reference"), lambda r: r.reference, "AIOS Wrap", max_width=24,
               literal=True),
        Column(_t(ctx, "date"), lambda r: r.date, "AIOS Wrap", max_width=26, literal=True),
        Column(_t(ctx, "done"), lambda r: r.done, "AIOS Text", max_width=10, literal=True),
    ]
    last = write_table(ctx, ws, columns, items, freeze_col=3)
    first = HEADER_ROW + 1
    # The disclaimer sits between title block and table, where every reader sees it.
    write_value(ctx, ws, 3, 1, load_questionnaire().disclaimer.get(ctx.lang), "AIOS Subtitle")
    # "Done" is the team's checklist column: a yes/no drop-down on every row.
    yes, no = ("ja", "nein") if ctx.lang == "de" else ("yes", "no")
    validation = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(f"G{first}:G{max(last, first)}")
