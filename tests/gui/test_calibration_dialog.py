"""Calibration dialog: detected columns, preview, apply as one undo step."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aios_designer.gui.dialogs.calibration_dialog import CalibrationDialog
from aios_designer.gui.document import Document
from aios_designer.gui.i18n import install_language
from aios_designer.model import AiTaskStep, EndStep, Flow, OperatingModel, TriggerStep

PILOT = Path(__file__).resolve().parents[2] / "resources" / "examples" / "pilot-ticket-classifier.csv"


@pytest.fixture
def dialog(qtbot):
    install_language("en")
    model = OperatingModel(steps=[TriggerStep(id="t", volume_per_month=100),
                                  AiTaskStep(id="ai", name="Classify"), EndStep(id="e")],
                           flows=[Flow(source_id="t", target_id="ai"),
                                  Flow(source_id="ai", target_id="e")])
    widget = CalibrationDialog(Document(model), "ai")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _load(qtbot, dialog, path):
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)


def test_detects_columns_previews_and_applies_once(dialog, qtbot):
    _load(qtbot, dialog, PILOT)
    assert dialog.confidence_combo.currentText() == "confidence"
    assert dialog.correct_combo.currentText() == "correct"
    assert "1,797 rows used, 0 rejected" in dialog.summary.text()
    assert "Recommended threshold 0.84" in dialog.summary.text()
    assert "95 % upper bound 2.0 %" in dialog.summary.text()
    assert "measured rate alone it would be 0.76" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    document = dialog.document
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    step = document.model.step("ai")
    assert document.undo_stack.count() == 1
    assert len(step.calibration.points) == 50 and step.review.threshold == 0.84
    document.undo_stack.undo()
    assert step.calibration is None and step.review.threshold == 0.9


def test_label_columns_and_rejected_rows(dialog, qtbot, tmp_path):
    pilot = tmp_path / "labels.csv"
    pilot.write_text("conf,gold,pred\n0.9,a,a\n0.8,a,b\nx,a,a\n1.5,b,b\n", encoding="utf-8")
    _load(qtbot, dialog, pilot)
    assert dialog.by_labels.isChecked()
    text = dialog.summary.text()
    assert "2 rows used, 2 rejected" in text
    assert "confidence is not a number: 1 (rows 4)" in text
    assert "confidence outside 0–1: 1 (rows 5)" in text
    # choosing another column recomputes
    dialog.by_column.setChecked(True)
    dialog.correct_combo.setCurrentText("gold")
    assert "no readable rows" in dialog.summary.text()
    assert "correctness unreadable: 2" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_unreadable_file_disables_apply(dialog, qtbot, tmp_path):
    _load(qtbot, dialog, tmp_path / "missing.csv")
    assert not dialog.apply_button.isEnabled()
    assert "cannot read" in dialog.summary.text()


def test_return_in_the_path_field_previews_and_does_not_apply(dialog, qtbot):
    dialog.activateWindow()
    dialog.path_edit.setFocus()
    _load(qtbot, dialog, PILOT)
    assert dialog.isVisible() and dialog.result is not None
    assert dialog.document.undo_stack.count() == 0
