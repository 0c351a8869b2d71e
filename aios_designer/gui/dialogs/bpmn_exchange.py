"""File › Export BPMN… and File › Import BPMN…: the workflow to and from BPMN 2.0 tools.

Export writes the open model (the file name is asked for); import replaces the open model by
the imported one as a new, untitled model (after the usual question about unsaved changes)
and shows the import report: every element that was not taken over as it was.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel,
                               QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from ...export.bpmn.reader import import_bpmn
from ...export.bpmn.report import BpmnImportError, ImportNote
from ...export.bpmn.writer import BpmnExportError, export_bpmn
from ..i18n import current_language

CONTEXT = "BpmnExchange"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suggested_path(document) -> Path:
    title = document.model.meta.title.strip() or _tr("Operating model")
    name = "".join(c for c in title if c not in '\\/:*?"<>|').strip() or "process"
    folder = document.path.parent if document.path else Path.home()
    return folder / f"{name}.bpmn"


def export_interactive(window) -> Path | None:
    """Ask for a file name and write the BPMN file; the written path, or None."""
    name, _ = QFileDialog.getSaveFileName(window, _tr("Export BPMN"),
                                          str(suggested_path(window.document)),
                                          _tr("BPMN 2.0 process (*.bpmn)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".bpmn":
        path = path.with_name(path.name + ".bpmn")
    try:
        export_bpmn(window.document.model, path)
    except BpmnExportError as exc:
        QMessageBox.critical(window, _tr("Export failed"),
                             _tr("The BPMN file could not be written.\n{reason}")
                             .format(reason=str(exc)))
        return None
    window.statusBar().showMessage(_tr("Exported {name}").format(name=path.name), 5000)
    return path


class ImportReportDialog(QDialog):
    """The import report: one line per element that was not taken over as it was."""

    def __init__(self, file_name: str, notes: list[ImportNote], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bpmn_import_report")
        self.setWindowTitle(_tr("BPMN import report"))
        lang = current_language()
        layout = QVBoxLayout(self)
        summary = QLabel(_tr("{count} element(s) of {name} were not taken over as they were:")
                         .format(count=len(notes), name=file_name))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.text = QPlainTextEdit("\n".join(note.message(lang) for note in notes))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360)


def import_path(window, path: Path, show_report: bool = True) -> bool:
    """Import ``path`` as a new untitled model; a refused file leaves the open model as it was."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        model, notes = import_bpmn(path, current_language())
    except BpmnImportError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, _tr("Cannot import the file"), exc.message(current_language()))
        return False
    QApplication.restoreOverrideCursor()
    window.files._replace(model, None, dirty=True)
    if notes and show_report:
        ImportReportDialog(path.name, notes, window).exec()
    return True


def import_interactive(window) -> bool:
    if not window.files.maybe_save():
        return False
    start = str(window.document.path.parent) if window.document.path else ""
    name, _ = QFileDialog.getOpenFileName(window, _tr("Import BPMN"), start,
                                          _tr("BPMN 2.0 process (*.bpmn *.xml)"))
    if not name:
        return False
    return import_path(window, Path(name))


def run(window, action: str) -> None:
    """Entry point of the main window's dialog actions."""
    if action == "export_bpmn":
        export_interactive(window)
    else:
        import_interactive(window)
