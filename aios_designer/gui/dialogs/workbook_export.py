"""File → Export workbook…: choose where, write the hand-over workbook, report failures."""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...export.workbook import WorkbookExportError, export_workbook
from ...fileio.errors import os_reason_de
from ..i18n import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkbookExport", text)


def _reason(exc: Exception) -> str:
    lang = current_language()
    if isinstance(exc, WorkbookExportError):
        return exc.message(lang)
    return os_reason_de(exc) if lang == "de" and isinstance(exc, OSError) else str(exc)


def suggested_path(document) -> Path:
    """Next to the model file, named after the model's title."""
    title = document.model.meta.title.strip() or _tr("Operating model")
    name = "".join(c for c in title if c not in '\\/:*?"<>|').strip() or "workbook"
    folder = document.path.parent if document.path else Path.home()
    return folder / f"{name}.xlsx"


def export_workbook_interactive(parent: QWidget | None, document) -> Path | None:
    """Ask for a file name and export; returns the written path, or None (cancelled/failed).

    The workbook is written in the model's language, whatever the UI language is: it goes to
    people who never see the app.
    """
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export workbook"),
                                          str(suggested_path(document)),
                                          _tr("Excel workbook (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        export_workbook(document.model, path)
    except (WorkbookExportError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, _tr("Export failed"),
                             _tr("The workbook could not be written.\n{reason}")
                             .format(reason=_reason(exc)))
        return None
    QApplication.restoreOverrideCursor()
    return path
