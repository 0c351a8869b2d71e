"""File › Export BPMN… and File › Import BPMN…, chosen from the menu as a user does."""
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from aios_designer.export.bpmn.reader import import_bpmn
from aios_designer.fileio import load_model
from aios_designer.gui.dialogs.bpmn_exchange import ImportReportDialog
from aios_designer.gui.i18n import install_language
from aios_designer.templates import template_path

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

CORPUS = Path(__file__).resolve().parents[1] / "export" / "bpmn_corpus"


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    yield window
    forget_changes(window)
    install_language("en")


def choose_from_file_menu(qtbot, window, action) -> None:
    menu = window.file_menu
    with qtbot.waitExposed(menu):
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_export_bpmn_from_the_file_menu_writes_the_open_model(qtbot, window, monkeypatch, tmp_path):
    window.files.open_path(template_path("support-triage", "en"))
    asked = {}

    def save_name(parent, title, suggestion, filters):
        asked["suggestion"] = suggestion
        return str(tmp_path / "handover"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    choose_from_file_menu(qtbot, window, window.commands.export_bpmn)
    qtbot.waitUntil(lambda: (tmp_path / "handover.bpmn").exists())
    assert asked["suggestion"].endswith(".bpmn")
    back, notes = import_bpmn(tmp_path / "handover.bpmn")
    assert back == window.document.model and notes == []
    assert not window.document.is_dirty


def test_import_bpmn_from_the_file_menu_opens_the_process_and_shows_the_report(
        qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(CORPUS / "10-data-objects.bpmn"), "")))
    shown = []

    def show(self):
        shown.append(self.text.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", show)
    choose_from_file_menu(qtbot, window, window.commands.import_bpmn)
    qtbot.waitUntil(lambda: len(window.document.model.steps) == 3)
    assert [s.name for s in window.document.model.steps] == ["", "Record claim", ""]
    assert window.document.path is None and window.document.is_dirty
    assert len(shown) == 1 and "'DSR'" in shown[0]
    # One undo step history: the import is a new document, not an edit of the old one.
    assert window.document.undo_stack.count() == 0


def test_a_refused_file_leaves_the_open_model_as_it_was(qtbot, window, monkeypatch):
    window.files.open_path(template_path("order-intake", "en"))
    before = window.document.model.model_dump()
    errors = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: errors.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(CORPUS / "refused-billion-laughs.bpmn"), "")))
    choose_from_file_menu(qtbot, window, window.commands.import_bpmn)
    qtbot.waitUntil(lambda: bool(errors))
    assert "refused for safety" in errors[0]
    assert window.document.model.model_dump() == before


def test_the_menu_entries_and_report_are_german_in_german(qtbot, window):
    install_language("de")
    qtbot.waitUntil(lambda: window.commands.export_bpmn.text() == "BPMN e&xportieren…")
    assert window.commands.import_bpmn.text() == "BP&MN importieren…"
    _, notes = import_bpmn(CORPUS / "10-data-objects.bpmn", "de")
    dialog = ImportReportDialog("10-data-objects.bpmn", notes, window)
    assert dialog.windowTitle() == "BPMN-Importbericht"
    assert "ausgelassen" in dialog.text.toPlainText()
    dialog.deleteLater()


def test_the_imported_model_saves_and_loads(qtbot, window, monkeypatch, tmp_path):
    from aios_designer.gui.dialogs.bpmn_exchange import import_path

    assert import_path(window, CORPUS / "03-camunda7-lanes-conditions.bpmn", show_report=False)
    path = tmp_path / "imported.aiosm"
    window.document.save(path)
    assert load_model(path) == window.document.model
