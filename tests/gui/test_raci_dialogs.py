"""File → Export workbook… and File → Import RACI from Excel…, driven like a user would."""
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aios_designer.export.workbook import export_workbook
from aios_designer.fileio import dumps_model
from aios_designer.gui.dialogs import workbook_export
from aios_designer.gui.dialogs.raci_import_dialog import RaciImportDialog
from aios_designer.gui.document import Document

from tests.export.models import support_model


def test_export_interactive_writes_where_chosen(qtbot, tmp_path, monkeypatch):
    document = Document(support_model(), path=tmp_path / "support.aiosm")
    asked = {}

    def fake_dialog(parent, title, suggestion, filters):
        asked["suggestion"] = suggestion
        return str(tmp_path / "handover"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    path = workbook_export.export_workbook_interactive(None, document)
    assert asked["suggestion"] == str(tmp_path / "Support triage.xlsx")
    assert path == tmp_path / "handover.xlsx"
    assert "RACI" in openpyxl.load_workbook(path).sheetnames
    assert document.undo_stack.count() == 0 and not document.is_dirty


def test_export_interactive_cancel_and_failure(qtbot, tmp_path, monkeypatch):
    document = Document(support_model())
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ("", "")))
    assert workbook_export.export_workbook_interactive(None, document) is None
    errors = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "gone" / "x.xlsx"), "")))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: errors.append(text)))
    assert workbook_export.export_workbook_interactive(None, document) is None
    assert len(errors) == 1 and "'x.xlsx' could not be written" in errors[0]


@pytest.fixture
def edited(tmp_path):
    path = tmp_path / "raci.xlsx"
    export_workbook(support_model(), path)
    wb = openpyxl.load_workbook(path)
    wb["RACI"]["D5"] = "C"       # Ticket arrives / Support agent: – → C
    wb["RACI"]["F8"] = "I"       # Unclear ticket / IT operations: C → I
    wb["RACI"]["E9"] = "R/A"     # Send answer / Team lead: A → A/R
    wb["RACI"]["D6"] = "Z"       # not a letter
    wb.save(path)
    return path


def test_import_preview_then_apply_is_one_undo_step(qtbot, edited, monkeypatch):
    document = Document(support_model())
    before = dumps_model(document.model)
    dialog = RaciImportDialog(document)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: (str(edited), "")))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert ["D5", "Ticket arrives", "Support agent", "–", "C"] in rows
    assert ["E9", "Send answer", "Team lead", "A", "A/R"] in rows
    assert dialog.problems.count() == 1 and "D6" in dialog.problems.item(0).text()
    assert dumps_model(document.model) == before  # preview only
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    model = document.model
    assert model.step("s-in").raci_overrides["r-agent"] == "C"
    assert model.step("s-exc").raci_overrides["r-it"] == "I"
    assert model.step("s-send").raci_overrides["r-lead"] == "RA"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert dumps_model(document.model) == before


@pytest.mark.parametrize("content", [b"not a workbook", None])
def test_import_refuses_bad_files_and_changes_nothing(qtbot, tmp_path, content):
    document = Document(support_model())
    before = dumps_model(document.model)
    path = tmp_path / "bad.xlsx"
    if content is None:
        wb = openpyxl.Workbook()
        wb.active.title = "Budget"
        wb.save(path)
    else:
        path.write_bytes(content)
    dialog = RaciImportDialog(document, path=path)
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith("Cannot import: 'bad.xlsx'")
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dumps_model(document.model) == before and document.undo_stack.count() == 0


def test_import_of_unchanged_sheet_offers_nothing(qtbot, tmp_path):
    document = Document(support_model())
    path = tmp_path / "same.xlsx"
    export_workbook(document.model, path)
    dialog = RaciImportDialog(document, path=path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert "nothing to take over" in dialog.status.text()
