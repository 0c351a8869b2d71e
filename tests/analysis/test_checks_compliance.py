"""Compliance rules (AIOS-C…): each fails on a model that breaks it and passes once fixed."""
from datetime import date, datetime, timezone

import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.findings import Severity
from aios_designer.model import (
    DpiaDecision,
    Hosting,
    Processor,
    ReviewMode,
    RiskClass,
    TransferSafeguard,
)

from .builders import add_flow, add_step, findings
from .compliance_models import all_no, ready


def test_ready_model_has_no_compliance_findings():
    assert [f for f in check(ready()) if f.rule.startswith("AIOS-C")] == []


def test_classification_missing_then_done():
    model = ready()
    model.compliance.ai_act.risk_class = None
    [finding] = findings(model, "AIOS-C001")
    assert finding.severity == Severity.WARNING
    assert "KI-Verordnung" in finding.message_de
    model.compliance.ai_act.risk_class = RiskClass.MINIMAL
    model.compliance.ai_act.decided_on = None
    assert findings(model, "AIOS-C001")
    model.compliance.ai_act.decided_on = date(2026, 9, 2)
    assert not findings(model, "AIOS-C001")


def test_classification_older_than_structure_change():
    model = ready()
    model.meta.structure_changed = datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc)
    [finding] = findings(model, "AIOS-C002")
    assert "2026-10-01" in finding.message_en and finding.severity == Severity.WARNING
    model.compliance.ai_act.decided_on = date(2026, 10, 1)
    assert not findings(model, "AIOS-C002")


def test_structure_change_on_the_day_of_the_decision():
    model = ready()
    decided_at = datetime(2026, 9, 2, 10, 0, tzinfo=timezone.utc)
    model.meta.structure_changed = decided_at
    model.compliance.ai_act.assessed_structure = decided_at
    assert not findings(model, "AIOS-C002")
    model.meta.structure_changed = datetime(2026, 9, 2, 11, 30, tzinfo=timezone.utc)
    [finding] = findings(model, "AIOS-C002")
    assert "2026-09-02 11:30 UTC" in finding.message_en
    assert "02.09.2026 11:30 UTC" in finding.message_de  # German dates in German sentences


def test_recorded_class_differs_from_answers():
    model = ready()
    model.compliance.ai_act.answers = all_no(art50_1=True)
    [finding] = findings(model, "AIOS-C003")
    assert "limited" in finding.message_en
    model.compliance.ai_act.risk_class = RiskClass.LIMITED
    assert not findings(model, "AIOS-C003")


def test_prohibited_class_is_an_error():
    model = ready()
    model.compliance.ai_act.answers = all_no(art5_c=True)
    model.compliance.ai_act.risk_class = RiskClass.PROHIBITED
    [finding] = findings(model, "AIOS-C004")
    assert finding.severity == Severity.ERROR


def _high_risk(model):
    model.compliance.ai_act.answers = all_no(annex3_4_a=True)
    model.compliance.ai_act.risk_class = RiskClass.HIGH_RISK
    model.compliance.ai_act.log_retention_months = 6
    return model


@pytest.mark.parametrize("mode", [ReviewMode.NONE, ReviewMode.SAMPLE_ONLY])
def test_high_risk_ai_step_without_oversight(mode):
    model = _high_risk(ready())
    model.step("ai").review.mode = mode
    [finding] = findings(model, "AIOS-C010")
    assert finding.severity == Severity.ERROR and finding.elements == ("ai",)
    assert "Art. 14" in finding.message_en and "Art. 14" in finding.message_de
    model.step("ai").review.mode = ReviewMode.THRESHOLD
    assert not findings(model, "AIOS-C010")


def test_oversight_rule_only_for_high_risk():
    model = ready()
    model.step("ai").review.mode = ReviewMode.NONE
    assert not findings(model, "AIOS-C010")


def test_auto_approved_path_to_significant_outcome():
    model = ready()
    add_step(model, "end", "rejected", name="Application rejected", significant_effect=True)
    add_flow(model, "ai", "rejected", share=0.1)
    [finding] = findings(model, "AIOS-C011")
    assert finding.severity == Severity.ERROR
    assert finding.elements == ("ai", "rejected")
    assert "Art. 22" in finding.message_en and "Art. 22 DSGVO" in finding.message_de
    # Every output reviewed: no item is decided by the machine alone.
    model.step("ai").review.mode = ReviewMode.ALWAYS
    assert not findings(model, "AIOS-C011")


def test_significant_outcome_behind_a_review_is_fine():
    model = ready()
    model.step("end").significant_effect = True
    assert not findings(model, "AIOS-C011")  # trigger → ai → review → end
    add_step(model, "decision", "gate", name="Approve?", significant_effect=True)
    add_flow(model, "ai", "gate", share=0.1)
    add_flow(model, "gate", "review")
    assert [f.elements for f in findings(model, "AIOS-C011")] == [("ai", "gate")]


def test_personal_data_to_non_eu_ai_step_needs_a_safeguard():
    model = ready()
    ai = model.step("ai")
    ai.hosting = Hosting.NON_EU
    [finding] = findings(model, "AIOS-C020")
    assert finding.elements == ("ai",)
    ai.transfer_safeguard = TransferSafeguard.DPF
    assert not findings(model, "AIOS-C020")
    # A safeguard recorded with the processor counts as well.
    ai.transfer_safeguard = TransferSafeguard.NONE
    model.compliance.processors.append(Processor(id="p", name="ModelCo", avv_signed=True,
                                                 transfer_safeguard=TransferSafeguard.SCC))
    ai.processor_id = "p"
    assert not findings(model, "AIOS-C020")


def test_no_transfer_finding_without_personal_data():
    model = ready()
    model.step("ai").hosting = Hosting.NON_EU
    model.step("trigger").data_protection.personal_data = False
    assert not findings(model, "AIOS-C020")
    # The AI step's own answer wins over what its source says.
    model.step("trigger").data_protection.personal_data = True
    model.step("ai").data_protection.personal_data = False
    assert not findings(model, "AIOS-C020")


def test_processor_without_avv():
    model = ready()
    model.compliance.processors.append(Processor(id="p", name="ModelCo"))
    model.step("ai").processor_id = "p"
    model.step("ai").hosting = Hosting.EU_CLOUD
    [finding] = findings(model, "AIOS-C021")
    assert finding.elements == ("p", "ai") and "AVV" in finding.message_de
    model.compliance.processors[0].avv_signed = True
    assert not findings(model, "AIOS-C021")


def test_external_model_not_recorded_as_processor():
    model = ready()
    model.step("ai").hosting = Hosting.EU_CLOUD
    assert [f.elements for f in findings(model, "AIOS-C022")] == [("ai",)]
    model.compliance.processors.append(Processor(id="p", name="ModelCo", avv_signed=True))
    model.step("ai").processor_id = "p"
    assert not findings(model, "AIOS-C022")


def test_high_risk_needs_six_months_of_logs():
    model = _high_risk(ready())
    model.compliance.ai_act.log_retention_months = 3
    [finding] = findings(model, "AIOS-C030")
    assert "3 months" in finding.message_en and "6" in finding.message_de
    model.compliance.ai_act.log_retention_months = None
    assert findings(model, "AIOS-C030")
    model.compliance.ai_act.log_retention_months = 6
    assert not findings(model, "AIOS-C030")


def _no_ai_on_personal_data(model):
    """The AI step only sees non-personal fields: no DSK item and no AI criterion derived."""
    model.step("ai").data_protection.personal_data = False
    model.compliance.dpia.decision = DpiaDecision.NOT_REQUIRED
    model.compliance.works_council.relevant = False
    return model


def test_dpia_normally_required_with_two_criteria():
    model = _no_ai_on_personal_data(ready())
    model.compliance.dpia.criteria = ["large_scale"]
    assert not findings(model, "AIOS-C040")
    model.compliance.dpia.criteria = ["large_scale", "innovative_technology"]
    [finding] = findings(model, "AIOS-C040")
    assert finding.message_en.startswith("2 WP248")
    model.compliance.dpia.rationale = "Threshold analysis by the DPO: ..."
    assert not findings(model, "AIOS-C040")
    model.compliance.dpia.rationale = ""
    model.compliance.dpia.decision = DpiaDecision.REQUIRED
    assert not findings(model, "AIOS-C040")


def test_special_categories_count_as_a_dpia_criterion():
    model = _no_ai_on_personal_data(ready())
    model.compliance.dpia.criteria = ["large_scale"]
    model.step("trigger").data_protection.special_categories = ["health"]
    assert findings(model, "AIOS-C040")


def test_works_council_when_performance_becomes_observable():
    model = ready()
    model.compliance.works_council.consent = False
    [finding] = findings(model, "AIOS-C041")
    # Consent is a precondition of go-live: a warning by the severity policy.
    assert finding.severity == Severity.WARNING
    assert "BetrVG" in finding.message_de and "team KPI" in finding.message_en
    assert "§87" in finding.message_en and "consent" in finding.message_en
    # Being informed is not consent.
    model.compliance.works_council.informed = True
    assert findings(model, "AIOS-C041")
    model.compliance.works_council.relevant = False  # assessed and documented as not relevant
    assert not findings(model, "AIOS-C041")


def test_ai_literacy_training():
    model = ready()
    model.compliance.ai_literacy_training_planned = False
    [finding] = findings(model, "AIOS-C042")
    assert "Art. 4" in finding.message_en
