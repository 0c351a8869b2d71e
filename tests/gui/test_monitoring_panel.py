"""Monitoring panel: suggest a plan, edit cells, refuse bad values, one undo step each."""
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from aios_designer.templates import instantiate

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    model = instantiate("invoice-processing", "en")
    model.monitoring.metrics = []
    window.document.replace_model(model)
    window.docks["monitoring"].show()
    window.docks["monitoring"].raise_()
    panel = window.panel("monitoring")
    qtbot.waitUntil(panel.isVisible)
    yield window
    forget_changes(window)


def _suggest(qtbot, panel):
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    count = len(panel.document.model.monitoring.metrics)
    qtbot.waitUntil(lambda: panel.table.rowCount() == count)


def _edit_cell(qtbot, table, row, col, text):
    """Select the cell with a click and type over it, as in a spreadsheet."""
    table.scrollToItem(table.item(row, col))
    QApplication.processEvents()
    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row and table.currentColumn() == col
    qtbot.keyClicks(table, text[0])  # the first key opens the editor with that key
    editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_suggest_fills_an_empty_plan_in_one_undo_step(qtbot, window):
    panel = window.panel("monitoring")
    assert "Suggest plan" in panel.status.text()
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    document = window.document
    metrics = document.model.monitoring.metrics
    assert len(metrics) > 8
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(metrics))
    assert document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "every AI step" in panel.status.text())
    # A second click adds nothing: the plan already has every suggestion.
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert document.model.monitoring.metrics == []


def test_percent_cells_are_typed_in_percent_and_refused_outside(qtbot, window):
    panel = window.panel("monitoring")
    _suggest(qtbot, panel)
    document = window.document
    row = next(i for i, m in enumerate(document.model.monitoring.metrics)
               if m.kind == "sla_breach_rate")
    metric_id = document.model.monitoring.metrics[row].id
    col_above = 8
    assert panel.table.item(row, col_above).text() == "5 %"
    _edit_cell(qtbot, panel.table, row, col_above, "7,5")
    qtbot.waitUntil(lambda: document.undo_stack.count() == 2)
    metric = next(m for m in document.model.monitoring.metrics if m.id == metric_id)
    assert metric.alert_above == pytest.approx(0.075)
    qtbot.waitUntil(lambda: panel.table.item(row, col_above).text() == "7.5 %")
    _edit_cell(qtbot, panel.table, row, col_above, "120")
    qtbot.waitUntil(lambda: "outside 0–100 %" in panel.message.text())
    metric = next(m for m in document.model.monitoring.metrics if m.id == metric_id)
    assert metric.alert_above == pytest.approx(0.075) and document.undo_stack.count() == 2
    qtbot.waitUntil(lambda: panel.table.item(row, col_above).text() == "7.5 %")


def test_owner_combo_edits_once_and_ignores_the_wheel_without_focus(qtbot, window):
    panel = window.panel("monitoring")
    _suggest(qtbot, panel)
    document = window.document
    combo = panel.table.cellWidget(0, 3)
    before = document.model.monitoring.metrics[0].owner_role_id
    window.canvas.setFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert document.model.monitoring.metrics[0].owner_role_id == before
    assert document.undo_stack.count() == 1
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert document.model.monitoring.metrics[0].owner_role_id != before
    assert document.undo_stack.count() == 2


def test_removing_a_watched_step_removes_its_metrics_and_undo_restores_them(qtbot, window):
    panel = window.panel("monitoring")
    _suggest(qtbot, panel)
    document = window.document
    exception = next(s for s in document.model.steps if s.kind == "exception")
    before = [m.model_copy(deep=True) for m in document.model.monitoring.metrics]
    assert any(m.step_id == exception.id for m in before)
    window.select_elements([exception.id])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert not any(m.step_id == exception.id for m in document.model.monitoring.metrics)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert document.model.monitoring.metrics == before


def test_german_headers(qtbot, window):
    from aios_designer.gui.i18n import install_language

    install_language("de")
    try:
        panel = window.panel("monitoring")
        QApplication.processEvents()
        headers = [panel.table.horizontalHeaderItem(i).text()
                   for i in range(panel.table.columnCount())]
        assert headers[:4] == ["Kennwert", "Art", "Beobachtet", "Verantwortlich"]
        assert panel.suggest_button.text() == "Plan vorschlagen"
    finally:
        install_language("en")
