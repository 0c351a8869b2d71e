"""EU AI Act classification: every path through Art. 5, 6 and 50, and dates kept as data."""
import copy
import json
from datetime import date

import pytest

from aios_designer.analysis.ai_act import (
    AI_ACT_FILE,
    ANNEX_III,
    PROHIBITED,
    TRANSPARENCY,
    classify,
    german_source,
    load_questionnaire,
    parse_questionnaire,
)
from aios_designer.model import RiskClass

QN = load_questionnaire()


def all_no(**yes: bool) -> dict[str, bool]:
    """Every question "no" except the given ones; the user deploys the system (Art. 3(4))."""
    answers = {q.id: False for q in QN.questions}
    answers["role_deployer"] = True
    answers.update(yes)
    return answers


def obligation_ids(result) -> set[str]:
    return {o.id for o in result.obligations}


def test_data_file_is_complete_and_bilingual():
    data = json.loads(AI_ACT_FILE.read_text(encoding="utf-8"))
    assert parse_questionnaire(data) is not None
    for q in QN.questions:
        assert q.text.en and q.text.de and q.short.en and q.short.de and q.source, q.id
    assert len(QN.ids(PROHIBITED)) == 10  # (a)–(h) and (ba), (bb) of the 2026 amendment
    areas = {s.area for s in QN.sections if s.role == ANNEX_III}
    assert areas == set(range(1, 9))
    assert {"art6_3_a", "art6_3_b", "art6_3_c", "art6_3_d"} <= set(QN.ids("derogation"))
    assert QN.ids("profiling") == ("art6_3_profiling",)
    assert QN.ids("gpai") == ("gpai_use",)
    assert QN.min_log_retention_months == 6


@pytest.mark.parametrize("question", QN.ids(PROHIBITED))
def test_each_prohibited_practice(question):
    result = classify(all_no(**{question: True}))
    assert result.risk_class == RiskClass.PROHIBITED
    assert question in result.triggered
    added_2026 = question in ("art5_ba", "art5_bb")
    assert obligation_ids(result) == {"art5_stop_2026" if added_2026 else "art5_stop"}
    stop = result.obligations[0]
    assert stop.applies_from == (date(2026, 12, 2) if added_2026 else date(2025, 2, 2))
    assert "Art. 5" in result.rationale_en and "Art. 5" in result.rationale_de


def test_prohibited_wins_over_high_risk():
    result = classify(all_no(art5_f=True, annex3_4_b=True, annex1_safety_component=True))
    assert result.risk_class == RiskClass.PROHIBITED


@pytest.mark.parametrize("question", QN.ids(ANNEX_III))
def test_each_annex_iii_point_is_high_risk(question):
    result = classify(all_no(**{question: True}))
    assert result.risk_class == RiskClass.HIGH_RISK
    assert question in result.triggered
    ids = obligation_ids(result)
    assert {"art14_oversight", "art26_logs", "art26_workers", "art4_literacy"} <= ids
    logs = next(o for o in result.obligations if o.id == "art26_logs")
    # The Digital Omnibus (Regulation (EU) 2026/1744) is in force: its date replaces the old one.
    assert logs.applies_from == date(2027, 12, 2)
    assert logs.pending_date is None
    assert "2026/1744" in logs.date_source


def test_annex_i_safety_component_is_high_risk_with_its_own_date():
    result = classify(all_no(annex1_safety_component=True))
    assert result.risk_class == RiskClass.HIGH_RISK
    oversight = next(o for o in result.obligations if o.id == "art14_oversight")
    assert oversight.applies_from == date(2028, 8, 2)
    assert oversight.pending_date is None
    assert "art26_inform_persons" not in obligation_ids(result)  # Annex III only


@pytest.mark.parametrize("derogation", ["art6_3_a", "art6_3_b", "art6_3_c", "art6_3_d"])
def test_art_6_3_derogation_takes_annex_iii_out_of_high_risk(derogation):
    result = classify(all_no(annex3_4_a=True, **{derogation: True}))
    assert result.risk_class == RiskClass.MINIMAL
    assert result.derogation_applied
    assert "art6_4_document" in obligation_ids(result)
    assert "art14_oversight" not in obligation_ids(result)
    assert "Art. 6(3)" in result.rationale_en


def test_derogation_does_not_apply_to_annex_i():
    result = classify(all_no(annex1_safety_component=True, art6_3_a=True))
    assert result.risk_class == RiskClass.HIGH_RISK


def test_profiling_excludes_the_derogation():
    result = classify(all_no(annex3_5_b=True, art6_3_d=True, art6_3_profiling=True))
    assert result.risk_class == RiskClass.HIGH_RISK
    assert not result.derogation_applied
    assert "profil" in result.rationale_en.lower() and "Profiling" in result.rationale_de
    assert "art27_fria" in obligation_ids(result)  # creditworthiness: fundamental rights


def test_derogation_with_transparency_trigger_is_limited():
    result = classify(all_no(annex3_4_a=True, art6_3_d=True, art50_1=True))
    assert result.risk_class == RiskClass.LIMITED


@pytest.mark.parametrize("question", QN.ids(TRANSPARENCY))
def test_each_art_50_trigger_is_limited(question):
    result = classify(all_no(role_provider=True, **{question: True}))
    assert result.risk_class == RiskClass.LIMITED
    art50 = [o for o in result.obligations if o.source.startswith("Art. 50")]
    assert len(art50) == 1 and art50[0].applies_from == date(2026, 8, 2)


def test_high_risk_keeps_transparency_duties():
    result = classify(all_no(annex3_1_c=True, art50_3=True))
    assert result.risk_class == RiskClass.HIGH_RISK
    assert "art50_emotion" in obligation_ids(result)


def test_minimal_when_nothing_applies():
    result = classify(all_no())
    assert result.risk_class == RiskClass.MINIMAL
    assert result.complete and result.triggered == ()
    assert obligation_ids(result) == {"art4_literacy"}
    assert result.obligations[0].applies_from == date(2025, 2, 2)


def test_gpai_use_is_noted_without_changing_the_class():
    result = classify(all_no(gpai_use=True))
    assert result.risk_class == RiskClass.MINIMAL
    assert result.uses_gpai
    assert "gpai_provider_info" in obligation_ids(result)
    assert "Art. 53" in result.rationale_en


def test_unanswered_questions_make_the_result_provisional():
    answers = all_no()
    del answers["art5_a"]
    result = classify(answers)
    assert result.unanswered == ("art5_a",)
    assert "Provisional" in result.rationale_en and "Vorläufig" in result.rationale_de
    # Derogation questions only need answers when an Annex III point applies.
    without = {k: v for k, v in all_no().items() if not k.startswith("art6_3")}
    assert classify(without).complete
    assert not classify(dict(without, annex3_2_a=True)).complete


def test_amendment_not_in_force_is_shown_beside_the_dates():
    data = json.loads(AI_ACT_FILE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["amendments"][0]["in_force"] = False
    qn = parse_questionnaire(data)
    result = classify(all_no(annex3_4_b=True), qn)
    oversight = next(o for o in result.obligations if o.id == "art14_oversight")
    assert oversight.applies_from == date(2026, 8, 2)
    assert oversight.pending_date == date(2027, 12, 2)
    assert "Omnibus" in oversight.pending_note.en


def test_the_omnibus_is_recorded_with_its_reference_and_verification_state():
    omnibus = next(a for a in QN.amendments if a["id"] == "digital_omnibus_ai")
    assert omnibus["in_force"] and omnibus["act"].startswith("Regulation (EU) 2026/1744")
    assert omnibus["oj_reference"] == "OJ L, 2026/1744, 24.7.2026"
    # Not checked against the published text: the data says so, and so do the obligations.
    assert omnibus["verified"] is False and omnibus["verification_note"]["de"]
    assert QN.dates["high_risk_annex_iii"].verified is False
    assert QN.dates["transparency"].date == date(2026, 8, 2)  # Art. 50 keeps its date


def test_inconsistent_data_is_refused():
    data = json.loads(AI_ACT_FILE.read_text(encoding="utf-8"))
    data["obligations"][0]["when"] = {"any_yes": ["no_such_question"]}
    with pytest.raises(ValueError, match="no_such_question"):
        parse_questionnaire(data)


@pytest.mark.parametrize("source, german", [
    ("Art. 5(1)(c)", "Art. 5 Abs. 1 lit. c"),
    ("Annex III 4(b)", "Anhang III Nr. 4 lit. b"),
    ("Art. 26(1), (4), (5)", "Art. 26 Abs. 1, 4, 5"),
    ("Art. 50(4) subpara. 1", "Art. 50 Abs. 4 UAbs. 1"),
    ("Art. 3(63), Chapter V", "Art. 3 Nr. 63, Kapitel V"),
    ("Art. 6(1), Annex I", "Art. 6 Abs. 1, Anhang I"),
])
def test_german_citations(source, german):
    assert german_source(source) == german


def test_german_rationale_cites_german_style():
    result = classify(all_no(annex3_4_b=True))
    assert "Anhang III Nr. 4 lit. b" in result.rationale_de
    assert "Annex III 4(b)" in result.rationale_en


def test_answers_with_gives_a_complete_set():
    from aios_designer.analysis.ai_act import answers_with

    answers = answers_with("gpai_use")
    assert classify(answers).complete and answers["gpai_use"] and not answers["art5_a"]
    with pytest.raises(ValueError):
        answers_with("nope")


def test_obligations_follow_a_recorded_class_chosen_as_precaution():
    from aios_designer.analysis.ai_act import obligations_for

    answers = all_no(annex3_4_a=True, art6_3_d=True)  # derogation: minimal by the rules
    ids = {o.id for o in obligations_for(RiskClass.HIGH_RISK, answers)}
    assert {"art14_oversight", "art26_logs"} <= ids
    assert {o.id for o in obligations_for(RiskClass.MINIMAL, answers)} == {
        "art4_literacy", "art6_4_document"}


def test_every_obligation_is_bilingual_and_dated():
    for rule in QN.obligations:
        assert rule.title.en and rule.title.de and rule.text.en and rule.text.de, rule.id
        assert rule.date_key == "high_risk" or rule.date_key in QN.dates
    for key, when in QN.dates.items():
        assert when.label.en and when.label.de and when.source.startswith("Art. 113"), key


def test_unanswered_profiling_does_not_apply_the_exception():
    answers = all_no(annex3_4_a=True, art6_3_d=True)
    del answers["art6_3_profiling"]
    result = classify(answers)
    assert result.risk_class == RiskClass.HIGH_RISK and not result.derogation_applied
    assert "does not profile" not in result.rationale_en
    assert "profiling question is answered 'no'" in result.rationale_en
    assert "mit „Nein“ beantwortet" in result.rationale_de
    assert not result.complete


def test_emotion_and_law_enforcement_questions_follow_the_legal_text():
    assert "biometric data" in QN.question("art5_f").text.en
    assert "biometrischen Daten" in QN.question("annex3_1_c").text.de
    assert "biometric data" in QN.question("art50_3").text.en
    for q in ("annex3_6_a", "annex3_6_b", "annex3_6_c", "annex3_6_d", "annex3_6_e"):
        assert "law enforcement authorities" in QN.question(q).text.en, q
    for q in ("annex3_7_b", "annex3_7_c", "annex3_7_d"):
        assert "competent public authorities" in QN.question(q).text.en, q
