"""Readiness panel, AI Act questionnaire and data protection dialog, used like a person would."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from aios_designer.analysis.readiness import readiness
from aios_designer.fileio import load_model
from aios_designer.gui.dialogs.ai_act_dialog import AiActDialog
from aios_designer.gui.dialogs.data_protection_dialog import DataProtectionDialog
from aios_designer.gui.document import Document
from aios_designer.gui.panels.readiness_panel import ReadinessPanel
from aios_designer.model import RiskClass
from aios_designer.templates import template_path

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def doc(qapp):
    path = template_path("order-intake", "en")
    if not path.exists():
        pytest.skip("order-intake template not built")
    return Document(load_model(path))


def _tick(qtbot, checkbox):
    # Click the box itself: a check box stretched over a row only reacts near its label.
    qtbot.mouseClick(checkbox, LEFT, pos=QPoint(8, checkbox.height() // 2))


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_readiness_panel_follows_the_document(qtbot, doc):
    panel = ReadinessPanel(doc)
    qtbot.addWidget(panel)
    assert panel.statuses() == [str(b.status) for b in readiness(doc.model)]
    doc.set_fields(("meta",), {"sponsor": doc.model.meta.sponsor.model_copy(
        update={"name": "", "production_mandate": False})})
    qtbot.waitUntil(lambda: panel.statuses()[3] == "red", timeout=2000)
    assert "not named" in panel.cards[3].details.text()
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.statuses()[3] != "red", timeout=2000)


def test_show_on_canvas_selects_the_elements(qtbot, doc):
    trigger = next(s for s in doc.model.steps if s.kind == "trigger")
    trigger.feed_type = "manual_export"
    doc.model.compliance.processors[0].avv_signed = False
    panel = ReadinessPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    card = panel.cards[0]
    assert card.status == "red" and card.show_button.isVisible()
    with qtbot.waitSignal(panel.elements_selected) as signal:
        qtbot.mouseClick(card.show_button, LEFT)
    assert signal.args[0] == [trigger.id]
    # A processor is not on the canvas: nothing to show for it.
    assert not panel.cards[1].show_button.isVisible()


def test_ai_act_dialog_records_one_undoable_decision(qtbot, doc):
    before = doc.model.model_dump()
    dialog = AiActDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    derogation = dialog.section_boxes["derogation"]
    yes, no = dialog.radios["annex3_4_b"]
    qtbot.mouseClick(yes, LEFT)
    assert dialog.class_label.text() == "High-risk"
    assert derogation.isEnabled()
    assert any(dialog.obligations.topLevelItem(i).text(1) == "Art. 26(6)"
               for i in range(dialog.obligations.topLevelItemCount()))
    qtbot.mouseClick(dialog.radios["art6_3_d"][0], LEFT)
    for question in ("art6_3_a", "art6_3_b", "art6_3_c", "art6_3_profiling"):
        qtbot.mouseClick(dialog.radios[question][1], LEFT)
    assert dialog.class_label.text() != "High-risk"  # preparatory task, no profiling
    qtbot.mouseClick(dialog.radios["art6_3_profiling"][0], LEFT)
    assert dialog.class_label.text() == "High-risk"
    dialog.decided_by.clear()
    qtbot.keyClicks(dialog.decided_by, "Dr. Weber (DPO)")
    dialog.log_months.setValue(12)
    qtbot.mouseClick(_ok(dialog), LEFT)
    ai_act = doc.model.compliance.ai_act
    assert ai_act.risk_class == RiskClass.HIGH_RISK
    assert ai_act.decided_by == "Dr. Weber (DPO)" and ai_act.decided_on is not None
    assert ai_act.answers["annex3_4_b"] and ai_act.answers["art6_3_profiling"]
    assert ai_act.log_retention_months == 12
    assert ai_act.assessed_structure == doc.model.meta.structure_changed
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.model_dump() == before


def test_ai_act_dialog_cancel_changes_nothing(qtbot, doc):
    before = doc.model.model_dump()
    dialog = AiActDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.radios["art5_c"][0], LEFT)
    assert dialog.class_label.text().startswith("Prohibited")
    dialog.reject()
    assert doc.model.model_dump() == before and doc.undo_stack.count() == 0


def test_data_protection_dialog_one_undo_step(qtbot, doc):
    before = doc.model.model_dump()
    processor = doc.model.compliance.processors[0]
    users = [s.id for s in doc.model.steps if getattr(s, "processor_id", None) == processor.id]
    dialog = DataProtectionDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    avv = dialog.processor_table.cellWidget(0, 3)
    _tick(qtbot, avv)
    assert dialog.processors[0].avv_signed != processor.avv_signed
    dialog.processor_table.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.remove_processor_button, LEFT)
    dialog.tabs.setCurrentIndex(2)
    _tick(qtbot, dialog.criteria_boxes["large_scale"])
    dialog.tabs.setCurrentIndex(0)
    dialog.step_list.setCurrentRow(0)
    dialog.retention.clear()
    qtbot.keyClicks(dialog.retention, "10 years")
    qtbot.mouseClick(_ok(dialog), LEFT)
    assert doc.model.compliance.processors == []
    assert all(doc.model.step(s).processor_id is None for s in users)
    assert "large_scale" in doc.model.compliance.dpia.criteria
    first = dialog.step_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert doc.model.step(first).data_protection.retention == "10 years"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.model_dump() == before
    doc.undo_stack.redo()
    assert doc.model.compliance.processors == []


def test_data_protection_dialog_records_consent_dpia_decision_and_art22(qtbot, doc):
    before = doc.model.model_dump()
    assert not doc.model.compliance.works_council.consent
    dialog = DataProtectionDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    # Tick DSK list item 13 (video or audio analysed for personality) by hand.
    row = next(i for i in range(dialog.listed.count())
               if dialog.listed.item(i).data(Qt.ItemDataRole.UserRole) == "13")
    dialog.listed.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.dpia_by.clear()
    qtbot.keyClicks(dialog.dpia_by, "Dr. Weber (DPO)")
    dialog.tabs.setCurrentIndex(3)
    assert "§87" in dialog.council_consent.text() and "§90" in dialog.council_informed.text()
    _tick(qtbot, dialog.council_consent)
    dialog.art22_exception.setCurrentIndex(dialog.art22_exception.findData("contract"))
    qtbot.keyClicks(dialog.art22_safeguards, "Customers can ask an agent to review.")
    qtbot.mouseClick(_ok(dialog), LEFT)
    compliance = doc.model.compliance
    assert compliance.works_council.consent and compliance.works_council.informed
    assert compliance.dpia.listed_items == ["13"] and compliance.dpia.decided_by == "Dr. Weber (DPO)"
    assert compliance.automated_decision.exception == "contract"
    assert compliance.automated_decision.safeguards.startswith("Customers")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model.model_dump() == before


def test_ai_act_dialog_asks_about_public_bodies_only_for_annex_iii(qtbot, doc):
    dialog = AiActDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    public_yes = dialog.radios["public_body"][0]
    assert not public_yes.isEnabled()
    qtbot.mouseClick(dialog.radios["annex3_5_a"][0], LEFT)
    assert public_yes.isEnabled()
    qtbot.mouseClick(public_yes, LEFT)
    # A public authority assessing benefits: the FRIA and the registration of its use.
    ids = {dialog.obligations.topLevelItem(i).text(1)
           for i in range(dialog.obligations.topLevelItemCount())}
    assert {"Art. 27(1)", "Art. 26(8), Art. 49(3)"} <= ids
    assert "not verified" in dialog.findChild(QLabel, "art5_ba_text").text()
    dialog.reject()
