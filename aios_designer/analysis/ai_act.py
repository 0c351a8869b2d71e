"""EU AI Act classification from the questionnaire answers (pure, no model mutation).

Questions, legal sources, obligations and application dates live in
``resources/compliance/ai_act.json`` so that a changed date (e.g. the Digital Omnibus, in force
since July 2026) is a data edit, not a code change. This module only knows the *rules* of
Art. 5, 6 and 50 (which kinds of answers lead to which class) and the conditions under which an
obligation of the data file applies (class, answers, the user's role as provider or deployer).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from ..model.enums import RiskClass
from ..resources import RESOURCES

AI_ACT_FILE = RESOURCES / "compliance" / "ai_act.json"

#: Section roles in the data file that the classification rules understand.
PROHIBITED, ANNEX_I, ANNEX_III = "prohibited", "annex_i", "annex_iii"
DEROGATION, PROFILING, TRANSPARENCY, GPAI = "derogation", "profiling", "transparency", "gpai"
OPERATOR = "operator"
ROLES = (OPERATOR, PROHIBITED, ANNEX_I, ANNEX_III, DEROGATION, PROFILING, TRANSPARENCY, GPAI)
#: The questions on the user's role (Art. 3(3), (4)) and on public bodies (Art. 27(1)).
PROVIDER_QUESTION, DEPLOYER_QUESTION = "role_provider", "role_deployer"
#: Public-body questions only matter for an Annex III use (FRIA, registration).
ANNEX_III_ONLY = ("public_body", "public_service")


@dataclass(frozen=True)
class Text:
    en: str = ""
    de: str = ""

    def get(self, lang: str = "en") -> str:
        return self.de if lang == "de" else self.en

    @classmethod
    def of(cls, data: Mapping | None) -> "Text":
        data = data or {}
        return cls(data.get("en", ""), data.get("de", data.get("en", "")))


_DEFINITIONS = {"3", "4"}  # articles whose paragraphs are numbered definitions ("Nr.")


def german_source(source: str) -> str:
    """'Art. 5(1)(c)' -> 'Art. 5 Abs. 1 lit. c', 'Annex III 4(b)' -> 'Anhang III Nr. 4 lit. b'."""
    def article(match: re.Match) -> str:
        number, paragraph, letter = match.group(1), match.group(2), match.group(3)
        text = f"Art. {number}"
        if paragraph:
            text += f" Nr. {paragraph}" if number in _DEFINITIONS else f" Abs. {paragraph}"
        if letter:
            text += f" lit. {letter}"
        return text

    text = re.sub(r"Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z]{1,2})\))?", article, source)
    text = re.sub(r"Annex (I{1,3}) (?:point )?(\d)(?:\(([a-z])\))?",
                  lambda m: f"Anhang {m.group(1)} Nr. {m.group(2)}"
                  + (f" lit. {m.group(3)}" if m.group(3) else ""), text)
    text = re.sub(r", \((\d+)\)", r", \1", text)
    text = re.sub(r"(second|third) para\.", lambda m: "UAbs. " + ("2" if m.group(1) == "second" else "3"),
                  text)
    text = re.sub(r"point \(([a-z]{1,2})\)", r"lit. \1", text)
    text = re.sub(r"\(([a-z]{1,2})\)", r"lit. \1", text) if text.startswith("Art. 5") else text
    return (text.replace("Annex", "Anhang").replace("subpara.", "UAbs.")
            .replace("Chapter", "Kapitel").replace("GDPR", "DSGVO")
            .replace(" as amended by Regulation", " in der Fassung der Verordnung")
            .replace("OJ L", "ABl. L").replace("Regulation (EU)", "Verordnung (EU)"))


@dataclass(frozen=True)
class Question:
    id: str
    section_id: str
    role: str
    source: str
    text: Text
    short: Text
    #: False when the wording could not be checked against the published legal text.
    verified: bool = True
    area: int | None = None


@dataclass(frozen=True)
class Section:
    id: str
    role: str
    source: str
    title: Text
    intro: Text
    questions: tuple[Question, ...]
    area: int | None = None


@dataclass(frozen=True)
class ApplicationDate:
    """When a group of obligations applies, and a pending amendment that would move it."""

    key: str
    date: date
    source: str
    label: Text
    #: Date proposed by an amendment that is not in force yet (None if there is none).
    pending_date: date | None = None
    pending_note: Text = Text()
    #: False when an amendment that set this date is recorded as not verified.
    verified: bool = True


@dataclass(frozen=True)
class ObligationRule:
    id: str
    source: str
    date_key: str
    title: Text
    text: Text
    classes: tuple[str, ...] = ()
    any_yes: tuple[str, ...] = ()
    any_yes_role: str | None = None
    derogation: bool | None = None
    min_log_retention_months: int | None = None
    #: "provider" or "deployer": the duty is that role's (Art. 16 ff. vs. Art. 26 ff.).
    operator: str | None = None
    #: Only for an Annex III use that is high-risk (not taken out by Art. 6(3)) ...
    annex_iii_high_risk: bool = False
    #: ... in an area other than these (e.g. Art. 27 and 86 exclude Annex III point 2).
    except_areas: tuple[int, ...] = ()
    verified: bool = True


@dataclass(frozen=True)
class Questionnaire:
    version: str
    disclaimer: Text
    sections: tuple[Section, ...]
    dates: dict[str, ApplicationDate]
    obligations: tuple[ObligationRule, ...]
    amendments: tuple[dict, ...] = ()

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def ids(self, role: str) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions if q.role == role)

    @property
    def min_log_retention_months(self) -> int:
        return max((o.min_log_retention_months or 0 for o in self.obligations), default=6) or 6


def _parse_date(text: str) -> date:
    return date.fromisoformat(text)


def parse_questionnaire(data: Mapping) -> Questionnaire:
    """Build the questionnaire from the JSON data; raises ValueError on inconsistent data."""
    sections = []
    seen: set[str] = set()
    for s in data["sections"]:
        role = s["role"]
        if role not in ROLES:
            raise ValueError(f"unknown section role {role!r} in section {s['id']!r}")
        questions = []
        for q in s["questions"]:
            if q["id"] in seen:
                raise ValueError(f"duplicate question id {q['id']!r}")
            seen.add(q["id"])
            questions.append(Question(q["id"], s["id"], role, q.get("source", s.get("source", "")),
                                      Text.of(q["text"]), Text.of(q.get("short") or q["text"]),
                                      bool(q.get("verified", True)), s.get("area")))
        sections.append(Section(s["id"], role, s.get("source", ""), Text.of(s["title"]),
                                Text.of(s.get("intro")), tuple(questions), s.get("area")))

    # An amendment in force replaces the date; one still pending is shown beside it.
    replaced: dict[str, tuple[str, dict]] = {}
    for amendment in data.get("amendments", []):
        for key, new_date in amendment.get("changes", {}).items():
            replaced[key] = (new_date, amendment)
    dates = {}
    for key, d in data["dates"].items():
        current, pending, note = _parse_date(d["date"]), None, Text()
        source, verified = d.get("source", ""), True
        if key in replaced:
            new_date, amendment = replaced[key]
            if amendment.get("in_force"):
                current = _parse_date(new_date)
                act = amendment.get("act") or Text.of(amendment.get("title")).en
                reference = amendment.get("oj_reference")
                source = amendment.get("sources", {}).get(key, source)
                source = f"{source} as amended by {act}" + (f" ({reference})" if reference else "")
                verified = bool(amendment.get("verified", True))
            else:
                pending = _parse_date(new_date)
                title = Text.of(amendment.get("title"))
                status = Text.of(amendment.get("status_note"))
                note = Text(f"{title.en}: {status.en}".strip(": "), f"{title.de}: {status.de}".strip(": "))
        dates[key] = ApplicationDate(key, current, source, Text.of(d.get("label")),
                                     pending, note, verified)

    obligations = []
    for o in data["obligations"]:
        when = o.get("when", {})
        for ref in when.get("any_yes", []):
            if ref not in seen:
                raise ValueError(f"obligation {o['id']!r} refers to unknown question {ref!r}")
        if o["date"] not in dates and o["date"] != "high_risk":
            raise ValueError(f"obligation {o['id']!r} refers to unknown date {o['date']!r}")
        obligations.append(ObligationRule(
            o["id"], o.get("source", ""), o["date"], Text.of(o["title"]), Text.of(o.get("text")),
            tuple(when.get("classes", ())), tuple(when.get("any_yes", ())),
            when.get("any_yes_role"), when.get("derogation"), o.get("min_log_retention_months"),
            when.get("operator"), bool(when.get("annex_iii_high_risk")),
            tuple(when.get("except_areas", ())), bool(o.get("verified", True))))
    return Questionnaire(data.get("version", ""), Text.of(data.get("disclaimer")), tuple(sections),
                         dates, tuple(obligations), tuple(data.get("amendments", ())))


@lru_cache(maxsize=4)
def load_questionnaire(path: Path | str = AI_ACT_FILE) -> Questionnaire:
    with open(path, encoding="utf-8") as handle:
        return parse_questionnaire(json.load(handle))


@dataclass(frozen=True)
class Obligation:
    id: str
    source: str
    title: Text
    text: Text
    applies_from: date
    date_source: str = ""
    pending_date: date | None = None
    pending_note: Text = Text()
    #: False when the wording or the date rests on a source not checked against the OJ text.
    verified: bool = True

    def applies_on(self, day: date) -> bool:
        return self.applies_from <= day

    def to_json(self, lang: str = "en", today: date | None = None) -> dict:
        today = today or date.today()
        return {"id": self.id, "source": source_label(self.source, lang),
                "title": self.title.get(lang), "text": self.text.get(lang),
                "applies_from": self.applies_from.isoformat(),
                "in_force": self.applies_on(today),
                "date_source": source_label(self.date_source, lang),
                "verified": self.verified,
                "pending_date": self.pending_date.isoformat() if self.pending_date else None}


@dataclass(frozen=True)
class Classification:
    risk_class: RiskClass
    rationale_en: str
    rationale_de: str
    obligations: tuple[Obligation, ...] = ()
    #: Ids of the questions answered "yes" that led to the class or to obligations.
    triggered: tuple[str, ...] = ()
    #: An Annex III use that Art. 6(3) takes out of the high-risk class.
    derogation_applied: bool = False
    uses_gpai: bool = False
    #: Question ids not answered yet (the class is provisional while any remain).
    unanswered: tuple[str, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return not self.unanswered

    def rationale(self, lang: str = "en") -> str:
        return self.rationale_de if lang == "de" else self.rationale_en


def source_label(source: str, lang: str = "en") -> str:
    return german_source(source) if lang == "de" else source


def _listing(questions: list[Question], lang: str) -> str:
    return "; ".join(f"{q.short.get(lang)} ({source_label(q.source, lang)})" for q in questions)


def relevant_questions(answers: Mapping[str, bool], questionnaire: Questionnaire | None = None
                       ) -> tuple[Question, ...]:
    """The questions that must be answered: derogations, profiling and the public-body
    questions only matter for an Annex III use."""
    qn = questionnaire or load_questionnaire()
    annex3 = any(answers.get(i) for i in qn.ids(ANNEX_III))
    return tuple(q for q in qn.questions
                 if annex3 or (q.role not in (DEROGATION, PROFILING) and q.id not in ANNEX_III_ONLY))


def classify(answers: Mapping[str, bool], questionnaire: Questionnaire | None = None
             ) -> Classification:
    """The risk class the answers imply, why, and the obligations that follow.

    Prohibited if any Art. 5 practice applies; high-risk for an Annex I safety component or an
    Annex III use unless an Art. 6(3) exception applies and the system does not profile people;
    limited if an Art. 50 transparency trigger applies; minimal otherwise.
    """
    qn = questionnaire or load_questionnaire()
    yes: dict[str, list[Question]] = {role: [] for role in ROLES}
    for q in qn.questions:
        if answers.get(q.id) is True:
            yes[q.role].append(q)
    unanswered = tuple(q.id for q in relevant_questions(answers, qn) if q.id not in answers)

    en: list[str] = []
    de: list[str] = []
    triggered: list[Question] = []
    derogation_applied = False
    high_risk_dates: list[str] = []

    if yes[PROHIBITED]:
        risk = RiskClass.PROHIBITED
        triggered += yes[PROHIBITED]
        en.append(f"Prohibited practice (Art. 5): {_listing(yes[PROHIBITED], 'en')}. "
                  "It may not be used in the EU.")
        de.append(f"Verbotene Praxis (Art. 5): {_listing(yes[PROHIBITED], 'de')}. "
                  "Sie darf in der EU nicht eingesetzt werden.")
    else:
        risk = None
        if yes[ANNEX_I]:
            risk = RiskClass.HIGH_RISK
            triggered += yes[ANNEX_I]
            high_risk_dates.append("high_risk_annex_i")
            en.append(f"High-risk (Art. 6(1)): {_listing(yes[ANNEX_I], 'en')}.")
            de.append(f"Hochrisiko (Art. 6 Abs. 1): {_listing(yes[ANNEX_I], 'de')}.")
        if yes[ANNEX_III]:
            triggered += yes[ANNEX_III]
            exceptions, profiling = yes[DEROGATION], yes[PROFILING]
            # Art. 6(3) subpara. 3: the exception needs a "no" to profiling, not a blank.
            profiling_open = exceptions and not profiling and any(
                i not in answers for i in qn.ids(PROFILING))
            if exceptions and not profiling and not profiling_open:
                derogation_applied = True
                triggered += exceptions
                en.append(f"Annex III use ({_listing(yes[ANNEX_III], 'en')}), but not high-risk "
                          f"under Art. 6(3): {_listing(exceptions, 'en')}; the system does not "
                          "profile natural persons. Document this assessment (Art. 6(4)).")
                de.append(f"Anwendungsfall nach Anhang III ({_listing(yes[ANNEX_III], 'de')}), aber "
                          f"nicht hochriskant nach Art. 6 Abs. 3: {_listing(exceptions, 'de')}; das "
                          "System betreibt kein Profiling natürlicher Personen. Diese Bewertung "
                          "dokumentieren (Art. 6 Abs. 4).")
            else:
                risk = RiskClass.HIGH_RISK
                high_risk_dates.append("high_risk_annex_iii")
                en.append(f"High-risk (Art. 6(2), Annex III): {_listing(yes[ANNEX_III], 'en')}.")
                de.append(f"Hochrisiko (Art. 6 Abs. 2, Anhang III): {_listing(yes[ANNEX_III], 'de')}.")
                if profiling_open:
                    triggered += exceptions
                    en.append(f"The Art. 6(3) exceptions ({_listing(exceptions, 'en')}) can only "
                              "apply once the profiling question is answered 'no'.")
                    de.append(f"Die Ausnahmen nach Art. 6 Abs. 3 ({_listing(exceptions, 'de')}) "
                              "können erst greifen, wenn die Frage zum Profiling mit „Nein“ "
                              "beantwortet ist.")
                elif exceptions:
                    triggered += exceptions + profiling
                    en.append(f"The Art. 6(3) exceptions ({_listing(exceptions, 'en')}) do not apply "
                              "because the system profiles natural persons.")
                    de.append(f"Die Ausnahmen nach Art. 6 Abs. 3 ({_listing(exceptions, 'de')}) "
                              "greifen nicht, weil das System Profiling natürlicher Personen betreibt.")
                else:
                    en.append("No Art. 6(3) exception applies.")
                    de.append("Keine Ausnahme nach Art. 6 Abs. 3 greift.")
        if yes[TRANSPARENCY]:
            triggered += yes[TRANSPARENCY]
            if risk is None:
                risk = RiskClass.LIMITED
                en.append(f"Limited risk with transparency duties (Art. 50): "
                          f"{_listing(yes[TRANSPARENCY], 'en')}.")
                de.append(f"Begrenztes Risiko mit Transparenzpflichten (Art. 50): "
                          f"{_listing(yes[TRANSPARENCY], 'de')}.")
            else:
                en.append(f"Transparency duties apply as well (Art. 50): "
                          f"{_listing(yes[TRANSPARENCY], 'en')}.")
                de.append(f"Zusätzlich gelten Transparenzpflichten (Art. 50): "
                          f"{_listing(yes[TRANSPARENCY], 'de')}.")
        if risk is None:
            risk = RiskClass.MINIMAL
            en.append("Minimal risk: no prohibited practice, no high-risk use and no transparency "
                      "trigger. AI literacy (Art. 4) still applies.")
            de.append("Minimales Risiko: keine verbotene Praxis, kein Hochrisiko-Anwendungsfall und "
                      "kein Transparenzauslöser. KI-Kompetenz (Art. 4) gilt trotzdem.")
    uses_gpai = bool(yes[GPAI])
    if uses_gpai:
        triggered += yes[GPAI]
        en.append("Uses a general-purpose AI model: obtain the provider's documentation (Art. 53).")
        de.append("Nutzt ein KI-Modell mit allgemeinem Verwendungszweck: Dokumentation des Anbieters "
                  "anfordern (Art. 53).")
    if unanswered:
        en.append(f"Provisional: {len(unanswered)} question(s) not answered yet.")
        de.append(f"Vorläufig: {len(unanswered)} Frage(n) noch nicht beantwortet.")

    obligations = _obligations(qn, risk, answers, derogation_applied, high_risk_dates)
    roles = [q.short.get("en") for q in yes[OPERATOR] if q.id in (PROVIDER_QUESTION, DEPLOYER_QUESTION)]
    if roles:
        en.insert(0, f"Role: {' and '.join(roles)}.")
        de.insert(0, "Rolle: " + " und ".join(
            q.short.get("de") for q in yes[OPERATOR]
            if q.id in (PROVIDER_QUESTION, DEPLOYER_QUESTION)) + ".")
    return Classification(risk, " ".join(en), " ".join(de), obligations,
                          tuple(dict.fromkeys(q.id for q in triggered)), derogation_applied,
                          uses_gpai, unanswered)


def _obligations(qn: Questionnaire, risk: RiskClass, answers: Mapping[str, bool],
                 derogation_applied: bool, high_risk_dates: list[str]) -> tuple[Obligation, ...]:
    result = []
    for rule in qn.obligations:
        if rule.classes and risk.value not in rule.classes:
            continue
        if rule.any_yes and not any(answers.get(i) for i in rule.any_yes):
            continue
        if rule.any_yes_role and not any(answers.get(i) for i in qn.ids(rule.any_yes_role)):
            continue
        if rule.derogation is not None and rule.derogation != derogation_applied:
            continue
        # An unanswered role keeps the duty (conservative); a "no" removes it.
        if rule.operator == "provider" and answers.get(PROVIDER_QUESTION) is False:
            continue
        if rule.operator == "deployer" and answers.get(DEPLOYER_QUESTION) is False:
            continue
        if rule.annex_iii_high_risk:
            if derogation_applied or "high_risk_annex_iii" not in high_risk_dates:
                continue
            areas = {q.area for q in qn.questions if q.role == ANNEX_III and answers.get(q.id)}
            if not areas - set(rule.except_areas):
                continue
        if rule.date_key == "high_risk":
            # The earliest of the high-risk dates that apply (Annex III before Annex I).
            keys = high_risk_dates or ["high_risk_annex_iii"]
            when = min((qn.dates[k] for k in keys), key=lambda d: d.date)
        else:
            when = qn.dates[rule.date_key]
        result.append(Obligation(rule.id, rule.source, rule.title, rule.text, when.date,
                                 when.source, when.pending_date, when.pending_note,
                                 rule.verified and when.verified))
    return tuple(result)


def answers_with(*yes: str, questionnaire: Questionnaire | None = None) -> dict[str, bool]:
    """A complete set of answers: "yes" for the given question ids, "no" for every other
    question (e.g. for templates: ``answers_with("gpai_use")``)."""
    qn = questionnaire or load_questionnaire()
    unknown = set(yes) - {q.id for q in qn.questions}
    if unknown:
        raise ValueError(f"unknown AI Act question(s): {', '.join(sorted(unknown))}")
    return {q.id: q.id in yes for q in qn.questions}


def obligations_for(risk_class: RiskClass | str, answers: Mapping[str, bool],
                    questionnaire: Questionnaire | None = None) -> tuple[Obligation, ...]:
    """The obligations of a *recorded* class (which may differ from what the answers imply,
    e.g. decided high-risk as a precaution); answers still add their own triggers."""
    qn = questionnaire or load_questionnaire()
    result = classify(answers, qn)
    risk = RiskClass(risk_class)
    if risk == result.risk_class:
        return result.obligations
    dates = []
    if any(answers.get(i) for i in qn.ids(ANNEX_I)):
        dates.append("high_risk_annex_i")
    if any(answers.get(i) for i in qn.ids(ANNEX_III)) and not result.derogation_applied:
        dates.append("high_risk_annex_iii")
    return _obligations(qn, risk, answers, result.derogation_applied, dates)


def classification_outdated(model) -> bool:
    """The workflow's steps or flows changed after the AI Act class was decided."""
    ai_act, changed = model.compliance.ai_act, model.meta.structure_changed
    if changed is None or ai_act.decided_on is None:
        return False
    if ai_act.assessed_structure is not None:
        return changed > ai_act.assessed_structure
    return ai_act.decided_on < changed.date()


def recorded_obligations(model) -> tuple[Obligation, ...]:
    """The obligations of the model's recorded class; before a decision, of the class the
    answers imply."""
    ai_act = model.compliance.ai_act
    risk = ai_act.risk_class or classify(ai_act.answers).risk_class
    return obligations_for(risk, ai_act.answers)


def ai_act_report(model, lang: str = "en", today: date | None = None) -> dict:
    """The AI Act section of ``check --json``: class, obligations with the dates in force as of
    ``today``, and the amendments the dates rest on (with their verification state)."""
    today = today or date.today()
    ai_act = model.compliance.ai_act
    implied = classify(ai_act.answers)
    qn = load_questionnaire()
    return {
        "as_of": today.isoformat(),
        "risk_class": str(ai_act.risk_class) if ai_act.risk_class else None,
        "implied_class": str(implied.risk_class),
        "complete": implied.complete,
        "decided_by": ai_act.decided_by or None,
        "decided_on": ai_act.decided_on.isoformat() if ai_act.decided_on else None,
        "obligations": [o.to_json(lang, today) for o in recorded_obligations(model)],
        "amendments": [{"id": a.get("id"), "act": a.get("act"),
                        "oj_reference": a.get("oj_reference"),
                        "in_force": bool(a.get("in_force")),
                        "verified": bool(a.get("verified", True))} for a in qn.amendments],
    }
