"""The support-triage template under the DSGVO and works-council rules: DPIA required by the
German DSK list unless a reasoned decision is recorded; Art. 22 needs meaningful human
involvement (a clerical step is not); the works council's consent is a warning apart from its
information; transfers under SCC need a TIA; special categories need an Art. 9(2) condition."""
import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.privacy import (
    dpia_needed,
    listed_items,
    suggested_dpia_criteria,
    suggested_listed_items,
)
from aios_designer.analysis.readiness import Status, compliance_reviewed
from aios_designer.fileio import load_model
from aios_designer.model import (
    Art9Condition,
    Art22Exception,
    DpiaDecision,
    Hosting,
    ReviewMode,
    StepKind,
    TransferSafeguard,
)
from aios_designer.templates import template_path

from .builders import add_flow, add_step, findings


@pytest.fixture
def triage():
    path = template_path("support-triage", "en")
    if not path.exists():
        pytest.skip("template not built")
    return load_model(path)


def _classifier(model):
    return next(s for s in model.steps
                if s.kind == StepKind.AI_TASK and s.review.mode == ReviewMode.THRESHOLD)


def test_ai_customer_support_is_on_the_dsk_list(triage):
    assert listed_items(triage) == ["11"]
    assert "steer the interaction" in suggested_listed_items(triage)["11"].en
    assert dpia_needed(triage)
    # Every WP248 criterion the model shows is counted, not only three.
    assert {"innovative_technology", "large_scale", "vulnerable_subjects"} <= set(
        suggested_dpia_criteria(triage))
    # The template records the DPIA as required and carried out, with who and when.
    dpia = triage.compliance.dpia
    assert dpia.decision == DpiaDecision.REQUIRED and dpia.decided_by and dpia.decided_on
    assert not findings(triage, "AIOS-C040")


def test_dpia_decided_not_required_needs_a_reason_against_the_dsk_list(triage):
    triage.compliance.dpia.decision = DpiaDecision.NOT_REQUIRED
    triage.compliance.dpia.rationale = ""
    [finding] = findings(triage, "AIOS-C040")
    assert "DSK" in finding.message_en and "item 11" in finding.message_en
    assert "Nr. 11" in finding.message_de
    assert any("DSK list" in m.en for m in compliance_reviewed(triage).missing)
    # A reasoned decision settles it (the DPO takes responsibility for it).
    triage.compliance.dpia.rationale = "Threshold analysis: ... (DPO, 2026-09-28)"
    assert not findings(triage, "AIOS-C040")


def test_dpia_decision_needs_who_and_when(triage):
    triage.compliance.dpia.decided_by = ""
    blocker = compliance_reviewed(triage)
    assert blocker.status == Status.AMBER
    assert any("who decided and when" in m.en for m in blocker.missing)


def test_c011_fires_when_the_only_human_step_is_clerical(triage):
    ai = _classifier(triage)
    add_step(triage, "human_task", "post", role_id=ai.role_id, name="Print and post",
             handling_minutes=0.2)
    add_step(triage, "end", "refund", name="Refund granted", significant_effect=True)
    add_flow(triage, ai.id, "post", share=0.02)
    add_flow(triage, "post", "refund")
    [finding] = findings(triage, "AIOS-C011")
    assert finding.severity == "error"
    assert finding.elements == (ai.id, "refund")
    assert "meaningful human involvement" in finding.message_en
    # A person who assesses the case and can change the outcome is meaningful involvement.
    triage.step("post").can_change_outcome = True
    assert not findings(triage, "AIOS-C011")


def test_c011_exception_route_is_a_warning_until_the_safeguards_are_recorded(triage):
    ai = _classifier(triage)
    add_step(triage, "end", "refund", name="Refund granted", significant_effect=True)
    add_flow(triage, ai.id, "refund", share=0.02)
    assert findings(triage, "AIOS-C011")[0].severity == "error"
    triage.compliance.automated_decision.exception = Art22Exception.CONTRACT
    [finding] = findings(triage, "AIOS-C011")
    assert finding.severity == "warning" and "Art. 22(3)" in finding.message_en
    triage.compliance.automated_decision.safeguards = (
        "Customers can ask for a review by an agent and contest the refund decision.")
    assert not findings(triage, "AIOS-C011")


def test_c041_is_a_warning_and_consent_is_not_information(triage):
    council = triage.compliance.works_council
    council.consent = False
    [finding] = findings(triage, "AIOS-C041")
    assert finding.severity == "warning"
    blocker = compliance_reviewed(triage)
    assert blocker.status == Status.AMBER
    assert [m.en for m in blocker.missing] == [
        "works council consent (BetrVG §87(1) Nr. 6) not recorded"]
    council.consent, council.informed = True, False
    assert not findings(triage, "AIOS-C041")
    [info] = findings(triage, "AIOS-C043")
    assert info.severity == "info" and "§90(1) Nr. 3" in info.message_en
    assert "§80(3)" in info.message_en
    assert [m.en for m in compliance_reviewed(triage).missing] == [
        "works council not informed of the planned AI use (BetrVG §90(1) Nr. 3)"]


def test_standard_contractual_clauses_need_a_transfer_impact_assessment(triage):
    ai = next(s for s in triage.steps if s.kind == StepKind.AI_TASK and s.processor_id)
    ai.hosting = Hosting.NON_EU
    processor = next(p for p in triage.compliance.processors if p.id == ai.processor_id)
    assert processor.transfer_safeguard == TransferSafeguard.SCC
    assert not findings(triage, "AIOS-C023")  # the template records its TIA
    processor.transfer_impact_assessment = False
    [finding] = findings(triage, "AIOS-C023")
    assert finding.elements == (ai.id,) and "C-311/18" in finding.message_en


def test_special_categories_need_an_art_9_2_condition(triage):
    trigger = next(s for s in triage.steps if s.kind == StepKind.TRIGGER)
    trigger.data_protection.special_categories = ["health"]
    [finding] = findings(triage, "AIOS-C024")
    assert "Art. 9(2)" in finding.message_en
    trigger.data_protection.special_category_condition = Art9Condition.EXPLICIT_CONSENT
    assert not findings(triage, "AIOS-C024")


def test_the_template_has_no_compliance_findings(triage):
    assert [f.rule for f in check(triage) if f.rule.startswith("AIOS-C")] == []
