"""Realistic AI Act cases, table-driven: the class, whether the Art. 6(3) exception applies,
whether a fundamental rights impact assessment (Art. 27) is due, and every obligation with the
date it applies from, as of 3 December 2026 (the Digital Omnibus, Regulation (EU) 2026/1744,
in force: Annex III high-risk from 2 December 2027, Annex I from 2 August 2028)."""
from dataclasses import dataclass, field
from datetime import date

import pytest

from aios_designer.analysis.ai_act import classify, load_questionnaire
from aios_designer.model import RiskClass

AS_OF = date(2026, 12, 3)
PRO, LIT, GPAI, TRANSP = "2025-02-02", "2025-02-02", "2025-08-02", "2026-08-02"
PRO_2026, ANNEX_III, ANNEX_I = "2026-12-02", "2027-12-02", "2028-08-02"

#: What every deployer of an Annex III high-risk system owes, and when.
DEPLOYER_HR = {"art4_literacy": LIT, "art14_oversight": ANNEX_III, "art26_use": ANNEX_III,
               "art26_oversight": ANNEX_III, "art26_logs": ANNEX_III, "art26_workers": ANNEX_III,
               "art26_dpia": ANNEX_III, "art26_inform_persons": ANNEX_III,
               "art86_explanation": ANNEX_III}
PROVIDER_HR = {"art16_provider": ANNEX_III, "art49_1_register": ANNEX_III,
               "art72_monitoring": ANNEX_III}


@dataclass
class Case:
    name: str
    yes: tuple[str, ...]
    risk: RiskClass
    obligations: dict[str, str]
    exception: bool = False
    fria: bool = False
    provider: bool = False
    deployer: bool = True
    #: Questions left unanswered (the rest are "no").
    open: tuple[str, ...] = ()
    complete: bool = True
    notes: dict = field(default_factory=dict)


CASES = [
    Case("CV screening that ranks applicants (profiling)",
         ("annex3_4_a", "art6_3_profiling", "gpai_use"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "gpai_provider_info": GPAI}),
    Case("CV parsing into the applicant system only (preparatory, no profiling)",
         ("annex3_4_a", "art6_3_d"), RiskClass.MINIMAL,
         {"art4_literacy": LIT, "art6_4_document": ANNEX_III}, exception=True),
    Case("CV parsing with the profiling question still open",
         ("annex3_4_a", "art6_3_d"), RiskClass.HIGH_RISK, DEPLOYER_HR,
         open=("art6_3_profiling",), complete=False),
    Case("Credit scoring of consumers by a bank",
         ("annex3_5_b", "art6_3_profiling"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III}, fria=True),
    Case("Card-fraud detection (excluded from Annex III 5(b))", (), RiskClass.MINIMAL,
         {"art4_literacy": LIT}),
    Case("Life and health insurance pricing",
         ("annex3_5_c", "art6_3_profiling"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III}, fria=True),
    Case("Emotion recognition of employees by camera at work",
         ("art5_f", "annex3_1_c", "art50_3"), RiskClass.PROHIBITED, {"art5_stop": PRO}),
    Case("Sentiment analysis of support-ticket text (no biometric data)",
         ("gpai_use",), RiskClass.MINIMAL, {"art4_literacy": LIT, "gpai_provider_info": GPAI}),
    Case("Voice-based emotion recognition of callers in a call centre",
         ("annex3_1_c", "art50_3"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art50_emotion": TRANSP}),
    Case("Customer chatbot built in-house on a general-purpose model",
         ("art50_1", "art50_2", "gpai_use"), RiskClass.LIMITED,
         {"art4_literacy": LIT, "art50_interaction": TRANSP, "art50_marking": TRANSP,
          "gpai_provider_info": GPAI}, provider=True),
    Case("Vendor chatbot on the website (deployer only)", ("art50_1",), RiskClass.LIMITED,
         {"art4_literacy": LIT}),
    Case("Invoice data extraction with a hosted model", ("gpai_use",), RiskClass.MINIMAL,
         {"art4_literacy": LIT, "gpai_provider_info": GPAI}),
    Case("Sorting benefit applications into folders for a job centre (narrow procedural task)",
         ("annex3_5_a", "art6_3_a", "public_body"), RiskClass.MINIMAL,
         {"art4_literacy": LIT, "art6_4_document": ANNEX_III}, exception=True),
    Case("Performance monitoring of warehouse staff (profiling in Annex III 4(b))",
         ("annex3_4_b", "art6_3_c", "art6_3_profiling"), RiskClass.HIGH_RISK, DEPLOYER_HR),
    Case("Public benefits eligibility assessment by a municipality",
         ("annex3_5_a", "public_body"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III, "art26_8_register": ANNEX_III}, fria=True),
    Case("Emergency-department triage in a private hospital providing public services",
         ("annex3_5_d", "public_service"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III}, fria=True),
    Case("GPAI-based drafting assistant built and run in-house",
         ("art50_2", "gpai_use"), RiskClass.LIMITED,
         {"art4_literacy": LIT, "art50_marking": TRANSP, "gpai_provider_info": GPAI},
         provider=True),
    Case("Licensed GPAI drafting assistant (deployer only, drafts reviewed)",
         ("art50_2", "gpai_use"), RiskClass.LIMITED,
         {"art4_literacy": LIT, "gpai_provider_info": GPAI}),
    Case("Grid-load safety component of a public utility (Annex III 2: no FRIA)",
         ("annex3_2_a", "public_body"), RiskClass.HIGH_RISK,
         {k: v for k, v in DEPLOYER_HR.items() if k != "art86_explanation"}),
    Case("Safety component of a medical device, built by the manufacturer",
         ("annex1_safety_component",), RiskClass.HIGH_RISK,
         {"art4_literacy": LIT, "art14_oversight": ANNEX_I, "art16_provider": ANNEX_I,
          "art72_monitoring": ANNEX_I}, provider=True, deployer=False),
    Case("Online exam proctoring at a state university",
         ("annex3_3_d", "public_body"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III, "art26_8_register": ANNEX_III}, fria=True),
    Case("Social scoring of tenants across unrelated contexts", ("art5_c",),
         RiskClass.PROHIBITED, {"art5_stop": PRO}),
    Case("Deep-fake product video in a marketing campaign", ("art50_4_deepfake",),
         RiskClass.LIMITED, {"art4_literacy": LIT, "art50_deepfake": TRANSP}),
    Case("'Nudify' image generator (prohibited since 2 December 2026)", ("art5_ba",),
         RiskClass.PROHIBITED, {"art5_stop_2026": PRO_2026}),
    Case("Reliability of evidence for the police",
         ("annex3_6_c", "public_body"), RiskClass.HIGH_RISK,
         {**DEPLOYER_HR, "art27_fria": ANNEX_III, "art26_8_register": ANNEX_III}, fria=True),
    Case("HR software vendor selling a CV-ranking product (provider only)",
         ("annex3_4_a", "art6_3_profiling"), RiskClass.HIGH_RISK,
         {"art4_literacy": LIT, "art14_oversight": ANNEX_III, **PROVIDER_HR},
         provider=True, deployer=False),
    Case("Face verification at the office door (verification, not identification)", (),
         RiskClass.MINIMAL, {"art4_literacy": LIT}),
    Case("Ticket routing to support teams by topic", ("gpai_use",), RiskClass.MINIMAL,
         {"art4_literacy": LIT, "gpai_provider_info": GPAI}),
]


def _answers(case: Case) -> dict[str, bool]:
    answers = {q.id: False for q in load_questionnaire().questions}
    answers.update(role_provider=case.provider, role_deployer=case.deployer)
    answers.update({q: True for q in case.yes})
    for q in case.open:
        answers.pop(q)
    return answers


def test_there_are_enough_realistic_cases():
    assert len(CASES) >= 25
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case):
    result = classify(_answers(case))
    assert result.risk_class == case.risk
    assert result.derogation_applied == case.exception
    assert ("art27_fria" in {o.id for o in result.obligations}) == case.fria
    assert result.complete == case.complete
    got = {o.id: o.applies_from.isoformat() for o in result.obligations}
    assert got == case.obligations
    for o in result.obligations:
        # As of 3 December 2026: what already applies, and what is still to come.
        in_force = o.applies_from <= AS_OF
        assert o.to_json("en", today=AS_OF)["in_force"] == in_force, o.id
        assert o.applies_on(AS_OF) == in_force


def test_as_of_the_3rd_of_december_2026_annex_iii_duties_do_not_apply_yet():
    result = classify(_answers(CASES[0]))
    pending = {o.id for o in result.obligations if not o.applies_on(AS_OF)}
    assert "art26_logs" in pending and "art14_oversight" in pending
    assert "art4_literacy" not in pending and "gpai_provider_info" not in pending
