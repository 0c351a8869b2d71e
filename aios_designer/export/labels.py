"""Sheet names, headings and value words of the workbook in English and German.

The workbook is written in the model's language (``meta.language``), not the UI language:
it is handed to people who never see the app. Qt is not available here, so the export
carries its own pairs, as ``Finding`` does.
"""

LABELS: dict[str, tuple[str, str]] = {
    # Sheet names (Excel: at most 31 characters, none of []:*?/\).
    "sheet.overview": ("Overview", "Übersicht"),
    "sheet.workflow": ("Workflow", "Arbeitsablauf"),
    "sheet.raci": ("RACI", "RACI-Matrix"),
    "sheet.review_rules": ("Review rules", "Prüfregeln"),
    "sheet.exceptions": ("Exceptions", "Ausnahmen"),
    "sheet.roles": ("Roles", "Rollen"),
    "sheet.team_kpis": ("Team KPIs", "Team-Kennzahlen"),
    "sheet.monitoring": ("Monitoring", "Überwachung"),
    "sheet.change_impact": ("Change impact", "Veränderung je Rolle"),
    # Title block.
    "title.untitled": ("Untitled operating model", "Unbenanntes Betriebsmodell"),
    "title.version": ("Version", "Version"),
    "title.exported": ("exported", "exportiert am"),
    "title.operating_model": ("Operating model", "Betriebsmodell"),
    # Overview.
    "overview.heading": ("Overview", "Übersicht"),
    "overview.scope": ("Workflow", "Arbeitsablauf"),
    "overview.owner": ("Owner", "Verantwortlich"),
    "overview.facilitator": ("Facilitator", "Moderation"),
    "overview.sponsor": ("Exec sponsor", "Auftraggeber"),
    "overview.sponsor_function": ("Sponsor's function", "Funktion des Auftraggebers"),
    "overview.mandate": ("Production mandate", "Mandat für den Produktivbetrieb"),
    "overview.process_owner": ("Process owner role", "Rolle Prozessverantwortung"),
    "overview.risk_class": ("EU AI Act risk class", "Risikoklasse (EU AI Act)"),
    "overview.risk_rationale": ("Rationale", "Begründung"),
    "overview.size": ("Size", "Umfang"),
    "overview.size_value": ("{steps}, {flows}, {roles}", "{steps}, {flows}, {roles}"),
    # Counted nouns: singular | plural.
    "count.steps": ("step|steps", "Schritt|Schritte"),
    "count.flows": ("flow|flows", "Verbindung|Verbindungen"),
    "count.roles": ("role|roles", "Rolle|Rollen"),
    "overview.notes": ("Notes", "Notizen"),
    "overview.item": ("Item", "Punkt"),
    "overview.value": ("Value", "Wert"),
    "overview.block.model": ("Operating model", "Betriebsmodell"),
    "overview.block.compliance": ("Compliance", "Compliance"),
    "value.yes": ("yes", "ja"),
    "value.no": ("no", "nein"),
    "value.not_decided": ("not decided yet", "noch nicht entschieden"),
    # Common column headings.
    "col.id": ("Id", "Id"),
    "col.step": ("Step", "Prozessschritt"),
    "col.kind": ("Kind", "Art"),
    "col.role": ("Role", "Rolle"),
    "col.lane": ("Lane (role)", "Bahn (Rolle)"),
    "col.description": ("Description", "Beschreibung"),
    "col.policy": ("Review policy", "Prüfmodus"),
    "col.threshold": ("Threshold", "Schwellenwert"),
    "col.sla_hours": ("SLA (hours)", "SLA (Stunden)"),
    "col.minutes": ("Minutes per item", "Minuten pro Vorgang"),
    "col.waiting": ("Waiting (minutes)", "Wartezeit (Minuten)"),
    "col.auto_share": ("Auto-approved share", "Anteil automatisch freigegeben"),
    "col.error_auto": ("Error rate among auto-approved", "Fehlerquote der automatisch freigegebenen"),
    "col.qa_rate": ("QA sample rate", "QS-Stichprobe"),
    "col.reviewer": ("Reviewer", "Prüfer(in)"),
    "col.review_minutes": ("Minutes per review", "Minuten pro Prüfung"),
    "col.calibrated": ("Source of figures", "Herkunft der Werte"),
    "col.route": ("Route (from → exception)", "Weg (von → Ausnahme)"),
    "col.trigger": ("Trigger condition", "Auslöser"),
    "col.handler": ("Handler", "Bearbeitung"),
    "col.escalation": ("Escalation to", "Eskalation an"),
    "col.procedure": ("Procedure", "Vorgehen"),
    "col.role_kind": ("Kind", "Art"),
    "col.fte": ("Headcount (FTE)", "Kapazität (VZÄ)"),
    "col.hourly_cost": ("Hourly cost", "Stundensatz"),
    "col.kpi_before": ("KPI before", "Kennzahl vorher"),
    "col.kpi_after": ("KPI after", "Kennzahl nachher"),
    "col.target": ("Target", "Ziel"),
    "col.measurement": ("How measured", "Messung"),
    "col.check": ("Check", "Prüfung"),
    "col.metric": ("Metric", "Kennwert"),
    "col.metric_kind": ("Kind", "Art"),
    "col.watches": ("Watches", "Beobachtet"),
    "col.owner": ("Owner", "Verantwortlich"),
    "col.frequency": ("Frequency", "Häufigkeit"),
    "col.unit": ("Unit", "Einheit"),
    "col.expected": ("Expected", "Erwartet"),
    "col.alert_below": ("Alert below", "Alarm unter"),
    "col.alert_above": ("Alert above", "Alarm über"),
    "col.definition": ("Definition", "Definition"),
    "col.data_source": ("Data source", "Datenquelle"),
    "col.action": ("Action on alert", "Maßnahme bei Alarm"),
    "col.week": ("Week {n}", "Woche {n}"),
    "impact.tasks": ("Tasks in the new workflow", "Aufgaben im neuen Ablauf"),
    "impact.items": ("items/month", "Vorgänge/Monat"),
    "impact.hours": ("h/month", "h/Monat"),
    "impact.hours_col": ("Hours per month (projected)", "Stunden pro Monat (Hochrechnung)"),
    "impact.fte_col": ("Workload (FTE)", "Arbeitslast (VZÄ)"),
    "impact.raci": ("RACI letters", "RACI-Buchstaben"),
    "impact.training": ("Training before go-live", "Schulung vor dem Produktivstart"),
    "value.calibrated": ("calibrated on pilot data ({source})", "kalibriert mit Pilotdaten ({source})"),
    "value.estimate": ("estimate", "Schätzung"),
    # RACI sheet.
    "raci.legend": ("Legend", "Legende"),
    "raci.R": ("R = Responsible: does the work", "R = durchführungsverantwortlich: erledigt die Arbeit"),
    "raci.A": ("A = Accountable: approves and signs off; exactly one per step",
               "A = rechenschaftspflichtig: genehmigt und zeichnet ab; genau eines pro Schritt"),
    "raci.C": ("C = Consulted: asked before the work (two-way)",
               "C = konsultiert: wird vorher gefragt (beidseitig)"),
    "raci.I": ("I = Informed: told after the work (one-way)",
               "I = informiert: wird danach unterrichtet (einseitig)"),
    "raci.combined": ("A/R = several letters in one cell", "A/R = mehrere Buchstaben in einer Zelle"),
    "raci.style": ("Italic grey = derived from the workflow; bold = set by hand",
                   "Kursiv grau = aus dem Arbeitsablauf abgeleitet; fett = von Hand gesetzt"),
    "raci.rules": ("Check column: exactly one A and at least one R per step; more than one R is a warning",
                   "Prüfspalte: genau ein A und mindestens ein R pro Schritt; mehr als ein R ist eine Warnung"),
    "raci.column_letters": ("Steps with letters (per role)", "Schritte mit Buchstaben (je Rolle)"),
    "raci.column_a": ("Steps accountable for (A)", "Schritte rechenschaftspflichtig (A)"),
    "raci.ok": ("OK", "OK"),
    "raci.no_a": ("no A", "kein A"),
    "raci.several_a": ("several A", "mehrere A"),
    "raci.no_r": ("no R", "kein R"),
    "raci.several_r": ("several R (warning)", "mehrere R (Warnung)"),
    "raci.validation_title": ("RACI letters", "RACI-Buchstaben"),
    "raci.validation_prompt": ("Pick R, A, C, I or a combination such as A/R",
                               "R, A, C, I oder eine Kombination wie A/R wählen"),
    "raci.validation_error": ("Use the letters R, A, C and I, e.g. A/R",
                              "Bitte die Buchstaben R, A, C und I verwenden, z. B. A/R"),
    # Text safety.
    "text.cut": ("… [cut]", "… [gekürzt]"),
}

ENUM_LABELS: dict[str, tuple[str, str]] = {
    # Step kinds.
    "trigger": ("Trigger", "Auslöser"),
    "ai_task": ("AI task", "KI-Aufgabe"),
    "human_task": ("Human task", "Manuelle Aufgabe"),
    "review": ("Review", "Prüfung"),
    "decision": ("Decision", "Entscheidung"),
    "exception": ("Exception", "Ausnahme"),
    "system_task": ("System task", "Systemaufgabe"),
    "end": ("End", "Ende"),
    # Review modes.
    "always": ("always reviewed", "immer geprüft"),
    "threshold": ("below threshold reviewed", "unter Schwellenwert geprüft"),
    "sample_only": ("QA sample only", "nur QS-Stichprobe"),
    "none": ("no review", "keine Prüfung"),
    # Role kinds.
    "human": ("Person / role", "Person / Rolle"),
    "team": ("Team", "Team"),
    "external": ("External party", "Externe Partei"),
    "system": ("System", "System"),
    # Monitoring metric kinds, frequencies and units.
    "acceptance_rate": ("acceptance rate", "Übernahmequote"),
    "edit_rate": ("edit rate", "Änderungsquote"),
    "override_rate": ("override rate", "Übersteuerungsquote"),
    "auto_share": ("auto-approved share", "Anteil automatisch freigegeben"),
    "qa_error_rate": ("QA-sample error rate", "Fehlerquote QS-Stichprobe"),
    "exception_share": ("exception share", "Ausnahmequote"),
    "sla_breach_rate": ("SLA breach rate", "SLA-Verletzungsquote"),
    "input_rejects": ("rejected inputs", "abgewiesene Eingänge"),
    "feed_freshness": ("feed freshness", "Aktualität der Lieferung"),
    "user_feedback": ("user feedback", "Rückmeldung der Nutzenden"),
    "custom": ("custom", "eigener Kennwert"),
    "daily": ("daily", "täglich"),
    "weekly": ("weekly", "wöchentlich"),
    "monthly": ("monthly", "monatlich"),
    "share": ("share (%)", "Anteil (%)"),
    "hours": ("hours", "Stunden"),
    "count": ("count", "Anzahl"),
    "score": ("score (1–5)", "Bewertung (1–5)"),
    # Risk classes.
    "prohibited": ("prohibited (Art. 5)", "verboten (Art. 5)"),
    "high_risk": ("high-risk (Art. 6)", "Hochrisiko (Art. 6)"),
    "limited": ("limited risk, transparency duties (Art. 50)",
                "begrenztes Risiko, Transparenzpflichten (Art. 50)"),
    "minimal": ("minimal risk", "minimales Risiko"),
}


def label(key: str, lang: str) -> str:
    """The workbook text for ``key`` in ``lang`` ("en" or "de")."""
    en, de = LABELS[key]
    return de if lang == "de" else en


def enum_label(value, lang: str) -> str:
    """A closed-vocabulary value (step kind, review mode, ...) as words; unknown values as they are."""
    if value is None:
        return ""
    key = str(getattr(value, "value", value))
    pair = ENUM_LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "de" else pair[0]
