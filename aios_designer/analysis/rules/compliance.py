"""EU AI Act and GDPR/DSGVO checked against the graph (rule ids AIOS-C…).

Severity policy: an *error* is a workflow that breaks the law as designed, whatever paperwork
follows (a prohibited practice, a high-risk system without human oversight, an automated
decision with significant effect on a person that no human reviews). A *warning* is an
arrangement still missing before production (classification, AVV, transfer safeguard, log
retention, DPIA decision, the works council's consent that go-live depends on): the design can
stay, someone has to sign or answer something. *Info* points to duties that rarely change the
design (informing the works council, AI literacy).
Readiness gaps are never errors, so a template that is still being prepared checks clean.
"""
from collections.abc import Iterator

from ...model import DpiaDecision, Hosting, ReviewMode, RiskClass, StepKind
from ...number_format import count_noun
from .. import graph as g
from ..ai_act import classification_outdated, classify, load_questionnaire
from ..checks import CheckContext
from ..findings import Finding, Severity
from ..privacy import (
    dpia_criteria,
    dpia_needed,
    dpia_settled,
    listed_items,
    personal_data_sources,
    processes_personal_data,
    special_categories_without_condition,
    transfers_without_tia,
    unreviewed_significant_paths,
    unsafe_transfers,
    works_council_information_due,
    works_council_reasons,
    works_council_relevant,
)
from ..registry import rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

_CLASS = {
    RiskClass.PROHIBITED: ("prohibited", "verboten"),
    RiskClass.HIGH_RISK: ("high-risk", "Hochrisiko"),
    RiskClass.LIMITED: ("limited risk (transparency)", "begrenztes Risiko (Transparenz)"),
    RiskClass.MINIMAL: ("minimal risk", "minimales Risiko"),
}


def class_label(risk: RiskClass | str | None, lang: str = "en") -> str:
    if risk is None:
        return "not classified" if lang == "en" else "nicht eingestuft"
    en, de = _CLASS[RiskClass(risk)]
    return de if lang == "de" else en


@rule
def classification_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C001: the AI Act class must be settled in week one, with who and when."""
    ai_act = ctx.model.compliance.ai_act
    if ai_act.risk_class is None or ai_act.decided_on is None:
        yield Finding("AIOS-C001", W,
                      "The EU AI Act risk class has not been decided: answer the AI Act "
                      "questionnaire and record who decided and when.",
                      "Die Risikoklasse nach KI-Verordnung ist nicht festgelegt: Fragebogen zur "
                      "KI-Verordnung beantworten und festhalten, wer wann entschieden hat.")


@rule
def classification_outdated_rule(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C002: steps or flows changed after the class was decided."""
    if ctx.model.compliance.ai_act.risk_class is not None and classification_outdated(ctx.model):
        day = ctx.model.compliance.ai_act.decided_on
        decided, decided_de = day.isoformat(), day.strftime("%d.%m.%Y")
        moment = ctx.model.meta.structure_changed
        # Same day (a workshop): the time tells which came first.
        same_day = moment.date() == day
        changed = moment.strftime("%Y-%m-%d %H:%M UTC" if same_day else "%Y-%m-%d")
        changed_de = moment.strftime("%d.%m.%Y %H:%M UTC" if same_day else "%d.%m.%Y")
        yield Finding("AIOS-C002", W,
                      f"The AI Act classification ({decided}) is older than the last change of "
                      f"the workflow ({changed}): review it.",
                      f"Die Einstufung nach KI-Verordnung ({decided_de}) ist älter als die "
                      f"letzte Änderung des Workflows ({changed_de}): bitte überprüfen.")


@rule
def classification_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C003: the recorded class is not what the recorded answers imply."""
    ai_act = ctx.model.compliance.ai_act
    if ai_act.risk_class is None or not ai_act.answers:
        return
    implied = classify(ai_act.answers).risk_class
    if implied != ai_act.risk_class:
        yield Finding("AIOS-C003", W,
                      f"The recorded AI Act class is {class_label(ai_act.risk_class)}, but the "
                      f"questionnaire answers lead to {class_label(implied)}.",
                      f"Die erfasste Risikoklasse ist {class_label(ai_act.risk_class, 'de')}, die "
                      f"Antworten im Fragebogen ergeben aber {class_label(implied, 'de')}.")


@rule
def prohibited(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C004: a prohibited practice (Art. 5) cannot go live in any form."""
    if ctx.model.compliance.ai_act.risk_class == RiskClass.PROHIBITED:
        yield Finding("AIOS-C004", E,
                      "The workflow is classified as a prohibited AI practice (Art. 5 AI Act): "
                      "it may not be used; remove the prohibited function.",
                      "Der Workflow ist als verbotene KI-Praxis eingestuft (Art. 5 KI-VO): Er darf "
                      "nicht eingesetzt werden; die verbotene Funktion entfernen.")


@rule
def high_risk_without_oversight(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C010: Art. 14/26(2): in a high-risk system a human must be able to oversee and
    override each output before it takes effect; a QA sample afterwards is not oversight."""
    if ctx.model.compliance.ai_act.risk_class != RiskClass.HIGH_RISK:
        return
    deciding = g.reachable(ctx.predecessors, [n for n, k in ctx.kinds.items()
                                              if k in (StepKind.DECISION, StepKind.END)])
    for step in ctx.steps_of_kind(StepKind.AI_TASK):
        if (step.id in deciding
                and step.review.mode in (ReviewMode.NONE, ReviewMode.SAMPLE_ONLY)):
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-C010", E,
                          f"High-risk AI system: AI step {en} leads to a decision without human "
                          "oversight (policy none or sample only, Art. 14 AI Act). Review its "
                          "output always or below a threshold.",
                          f"Hochrisiko-KI-System: KI-Schritt {de} führt ohne menschliche Aufsicht "
                          "zu einer Entscheidung (Prüfung keine oder nur Stichprobe, Art. 14 KI-VO). "
                          "Ergebnisse immer oder unterhalb eines Schwellenwerts prüfen.",
                          (step.id,))


_ART22 = {"contract": ("(a) contract", "lit. a Vertrag"), "law": ("(b) law", "lit. b Rechtsvorschrift"),
          "explicit_consent": ("(c) explicit consent", "lit. c ausdrückliche Einwilligung")}


@rule
def automated_significant_decision(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C011: Art. 22 GDPR: auto-approved items reach an outcome that significantly
    affects a person without meaningful human involvement (a review, an exception handler or
    a human task that can change the outcome; a clerical step does not count). An error unless
    an Art. 22(2) exception is recorded; with the exception but without the Art. 22(3)
    safeguards a warning."""
    decision = ctx.model.compliance.automated_decision
    for step, outcomes in unreviewed_significant_paths(ctx.model):
        en, de = ctx.step_label(step.id)
        names_en = ", ".join(ctx.step_label(o)[0] for o in outcomes)
        names_de = ", ".join(ctx.step_label(o)[1] for o in outcomes)
        if decision.exception is None:
            yield Finding("AIOS-C011", E,
                          f"Items auto-approved by AI step {en} reach {names_en}, which has a "
                          "significant effect on a person, without meaningful human "
                          "involvement (Art. 22 GDPR): no review, no exception handler and no "
                          "human task that can change the outcome on the way (a clerical step "
                          "does not count). Add a review, review every item, or record the "
                          "Art. 22(2) exception and the safeguards.",
                          f"Von KI-Schritt {de} automatisch freigegebene Vorgänge erreichen "
                          f"{names_de} mit erheblicher Wirkung auf eine Person ohne echte "
                          "menschliche Beteiligung (Art. 22 DSGVO): keine Prüfung, keine "
                          "Ausnahmebearbeitung und keine menschliche Aufgabe auf dem Weg, die "
                          "das Ergebnis ändern kann (ein reiner Bearbeitungsschritt zählt nicht). "
                          "Eine Prüfung einfügen, jeden Vorgang prüfen oder die Ausnahme nach "
                          "Art. 22 Abs. 2 und die Schutzmaßnahmen erfassen.",
                          (step.id, *outcomes))
        elif not decision.safeguards.strip():
            ex_en, ex_de = _ART22[str(decision.exception)]
            yield Finding("AIOS-C011", W,
                          f"Items auto-approved by AI step {en} reach {names_en} without human "
                          f"involvement under the Art. 22(2){ex_en} GDPR exception: record the "
                          "Art. 22(3) safeguards (human intervention on request, the right to "
                          "express one's view and to contest the decision).",
                          f"Von KI-Schritt {de} automatisch freigegebene Vorgänge erreichen "
                          f"{names_de} ohne menschliche Beteiligung nach der Ausnahme des "
                          f"Art. 22 Abs. 2 {ex_de} DSGVO: die Schutzmaßnahmen nach Art. 22 "
                          "Abs. 3 erfassen (Eingreifen einer Person auf Verlangen, Darlegung des "
                          "eigenen Standpunkts, Anfechtung der Entscheidung).",
                          (step.id, *outcomes))


@rule
def transfer_without_safeguard(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C020: Art. 44 ff. GDPR: personal data leaves the EU only with a safeguard."""
    for step in unsafe_transfers(ctx.model):
        en, de = ctx.step_label(step.id)
        yield Finding("AIOS-C020", W,
                      f"Personal data reaches AI step {en}, hosted outside the EU, without a "
                      "transfer safeguard (adequacy decision, EU–US Data Privacy Framework, "
                      "standard contractual clauses or BCR).",
                      f"Personenbezogene Daten erreichen den außerhalb der EU gehosteten "
                      f"KI-Schritt {de} ohne Garantie für die Drittlandübermittlung "
                      "(Angemessenheitsbeschluss, EU-US Data Privacy Framework, "
                      "Standardvertragsklauseln oder BCR).",
                      (step.id,))


@rule
def transfer_without_tia(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C023: standard contractual clauses and BCR need a transfer impact assessment
    (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020)."""
    for step in transfers_without_tia(ctx.model):
        en, de = ctx.step_label(step.id)
        yield Finding("AIOS-C023", W,
                      f"Personal data reach AI step {en} outside the EU under standard "
                      "contractual clauses or BCR, but no transfer impact assessment is "
                      "recorded for its processor (Art. 46 GDPR; CJEU C-311/18).",
                      f"Personenbezogene Daten erreichen KI-Schritt {de} außerhalb der EU auf "
                      "Grundlage von Standardvertragsklauseln oder BCR, aber für den "
                      "Auftragsverarbeiter ist keine Transfer-Folgenabschätzung (TIA) erfasst "
                      "(Art. 46 DSGVO; EuGH C-311/18).",
                      (step.id,))


@rule
def special_categories_condition(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C024: Art. 9(1) GDPR forbids processing special categories unless a condition of
    Art. 9(2) applies."""
    for step in special_categories_without_condition(ctx.model):
        en, de = ctx.step_label(step.id)
        yield Finding("AIOS-C024", W,
                      f"{en} records special categories of personal data (Art. 9 GDPR) but no "
                      "Art. 9(2) condition (e.g. explicit consent, employment law, health care).",
                      f"{de} erfasst besondere Kategorien personenbezogener Daten (Art. 9 DSGVO), "
                      "aber keine Ausnahme nach Art. 9 Abs. 2 (z. B. ausdrückliche Einwilligung, "
                      "Arbeitsrecht, Gesundheitsversorgung).",
                      (step.id,))


@rule
def processor_without_avv(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C021: Art. 28 GDPR: no external model provider without a processor agreement."""
    users: dict[str, list[str]] = {}
    for step in ctx.steps_of_kind(StepKind.AI_TASK):
        if step.processor_id:
            users.setdefault(step.processor_id, []).append(step.id)
    for processor in ctx.model.compliance.processors:
        if not processor.avv_signed:
            yield Finding("AIOS-C021", W,
                          f"No processor agreement (AVV, Art. 28 GDPR) with '{processor.name}' "
                          "yet: sign it before personal data is processed.",
                          f"Noch kein Auftragsverarbeitungsvertrag (AVV, Art. 28 DSGVO) mit "
                          f"„{processor.name}“: vor der Verarbeitung personenbezogener Daten "
                          "abschließen.",
                          (processor.id, *users.get(processor.id, [])))


@rule
def provider_not_recorded(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C022: an externally hosted model that sees personal data is a processor; without a
    processor entry nobody tracks its AVV and transfers."""
    external = [s for s in ctx.steps_of_kind(StepKind.AI_TASK)
                if s.hosting != Hosting.ON_PREM and s.processor_id is None]
    sources = personal_data_sources(ctx.model) if external else {}
    for step in external:
        if processes_personal_data(step, sources):
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-C022", W,
                          f"AI step {en} processes personal data with an externally hosted model, "
                          "but no processor is recorded for it: add the model provider to the "
                          "processors and track its AVV.",
                          f"KI-Schritt {de} verarbeitet personenbezogene Daten mit einem extern "
                          "gehosteten Modell, aber kein Auftragsverarbeiter ist erfasst: den "
                          "Modellanbieter als Auftragsverarbeiter erfassen und den AVV verfolgen.",
                          (step.id,))


@rule
def high_risk_log_retention(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C030: Art. 26(6): deployers of high-risk systems keep logs at least six months."""
    ai_act = ctx.model.compliance.ai_act
    if ai_act.risk_class != RiskClass.HIGH_RISK:
        return
    minimum = load_questionnaire().min_log_retention_months
    months = ai_act.log_retention_months
    if months is None or months < minimum:
        have_en = "not set" if months is None else count_noun(months, "month", "months")
        have_de = "nicht festgelegt" if months is None else count_noun(months, "Monat",
                                                                       "Monate", "de")
        yield Finding("AIOS-C030", W,
                      f"High-risk AI system: log retention is {have_en}; keep the system's logs "
                      f"at least {minimum} months (Art. 26(6) AI Act).",
                      f"Hochrisiko-KI-System: Aufbewahrung der Protokolle {have_de}; mindestens "
                      f"{minimum} Monate aufbewahren (Art. 26 Abs. 6 KI-VO).")


@rule
def dpia_decision(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C040: a DPIA is required (Art. 35 GDPR): the processing is on the German DSK list
    (Art. 35(4)), or two or more WP248 criteria apply. Settled by planning it, or by a
    reasoned decision against it."""
    if not dpia_needed(ctx.model) or dpia_settled(ctx.model):
        return
    items = listed_items(ctx.model)
    count = len(dpia_criteria(ctx.model))
    if items:
        numbers = ", ".join(items)
        yield Finding("AIOS-C040", W,
                      f"The processing is on the DSK list of Art. 35(4) GDPR (item {numbers}; "
                      f"{count} WP248 criteria apply): a data protection impact assessment is "
                      "required. Plan it, or record a reasoned decision why it is not needed.",
                      f"Die Verarbeitung steht auf der DSK-Liste nach Art. 35 Abs. 4 DSGVO "
                      f"(Nr. {numbers}; {count} WP248-Kriterien treffen zu): Eine "
                      "Datenschutz-Folgenabschätzung ist durchzuführen. Einplanen oder "
                      "begründet festhalten, warum sie entfällt.")
    else:
        yield Finding("AIOS-C040", W,
                      f"{count} WP248 criteria apply: a data protection impact assessment "
                      "(Art. 35 GDPR) is normally required. Plan it, or record why it is not "
                      "needed.",
                      f"{count} WP248-Kriterien treffen zu: Eine Datenschutz-Folgenabschätzung "
                      "(Art. 35 DSGVO) ist in der Regel erforderlich. Einplanen oder begründen, "
                      "warum sie entfällt.")


@rule
def works_council(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C041: BetrVG §87(1) Nr. 6: a system suitable to observe staff performance needs the
    works council's consent before go-live; intent does not matter. A precondition of
    production, so a warning."""
    council = ctx.model.compliance.works_council
    if council.consent or not works_council_relevant(ctx.model):
        return
    reasons = works_council_reasons(ctx.model)
    why_en = "; ".join(r.en for r in reasons) or "recorded as relevant"
    why_de = "; ".join(r.de for r in reasons) or "als relevant erfasst"
    yield Finding("AIOS-C041", W,
                  f"Staff behaviour or performance becomes observable ({why_en}): the works "
                  "council must consent before go-live (co-determination, BetrVG §87(1) "
                  "Nr. 6), usually by a works agreement. Informing it is not consent.",
                  f"Verhalten oder Leistung der Beschäftigten werden beobachtbar ({why_de}): "
                  "Der Betriebsrat muss vor dem Start zustimmen (Mitbestimmung, BetrVG §87 "
                  "Abs. 1 Nr. 6), meist per Betriebsvereinbarung. Eine Unterrichtung ist "
                  "keine Zustimmung.")


@rule
def works_council_information(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C043: BetrVG §90(1) Nr. 3: the works council is informed in good time of planned
    work procedures using AI (and may call in an expert for AI, §80(3)); for high-risk
    systems Art. 26(7) AI Act adds the information of workers' representatives and workers."""
    if ctx.model.compliance.works_council.informed or not works_council_information_due(ctx.model):
        return
    high_risk = ctx.model.compliance.ai_act.risk_class == RiskClass.HIGH_RISK
    yield Finding("AIOS-C043", I,
                  "Inform the works council in good time of the planned use of AI (BetrVG "
                  "§90(1) Nr. 3; it may call in an expert for AI, §80(3))"
                  + ("; as deployer of a high-risk system also inform the workers' "
                     "representatives and affected workers (Art. 26(7) AI Act)." if high_risk
                     else "."),
                  "Den Betriebsrat rechtzeitig über den geplanten KI-Einsatz unterrichten "
                  "(BetrVG §90 Abs. 1 Nr. 3; er kann eine sachverständige Person für KI "
                  "hinzuziehen, §80 Abs. 3)"
                  + ("; als Betreiber eines Hochrisiko-Systems auch Arbeitnehmervertretung und "
                     "betroffene Beschäftigte informieren (Art. 26 Abs. 7 KI-VO)." if high_risk
                     else "."))


@rule
def ai_literacy(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-C042: Art. 4 applies to every deployer since 2 February 2025."""
    if not ctx.model.compliance.ai_literacy_training_planned and ctx.steps_of_kind(
            StepKind.AI_TASK):
        yield Finding("AIOS-C042", I,
                      "No AI literacy training is planned for the people who work with the AI "
                      "(Art. 4 AI Act, applies since 2 February 2025).",
                      "Keine Schulung zur KI-Kompetenz für die Beschäftigten geplant, die mit der "
                      "KI arbeiten (Art. 4 KI-VO, gilt seit 2. Februar 2025).")
