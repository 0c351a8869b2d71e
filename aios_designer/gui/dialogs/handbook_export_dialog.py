"""File → Export handbook…: the operating handbook for the team as DOCX or PDF."""
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...handbook.content import build_handbook
from ...handbook.docx_writer import write_docx
from ..diagram_export import DiagramExportError, export_diagram
from ..handbook_pdf import write_pdf


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandbookExport", text)


def suggested_path(document) -> Path:
    title = document.model.meta.title.strip() or _tr("Operating handbook")
    name = "".join(c for c in title if c not in '\\/:*?"<>|').strip() or "handbook"
    folder = document.path.parent if document.path else Path.home()
    return folder / f"{name}.docx"


def export_handbook_interactive(parent: QWidget | None, document) -> Path | None:
    """Ask for a file name (.docx or .pdf) and write the handbook in the model's language;
    returns the written path, or None (cancelled or failed)."""
    filters = {_tr("Word document (*.docx)"): ".docx", _tr("PDF document (*.pdf)"): ".pdf"}
    name, chosen = QFileDialog.getSaveFileName(parent, _tr("Export handbook"),
                                               str(suggested_path(document)),
                                               ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".docx", ".pdf"):
        path = path.with_name(path.name + filters.get(chosen, ".docx"))
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        with tempfile.TemporaryDirectory() as folder:
            diagram = export_diagram(document.model, Path(folder) / "diagram.png", scale=2.0)
            book = build_handbook(document.model, diagram=diagram)
            if path.suffix.lower() == ".pdf":
                write_pdf(book, path)
            else:
                write_docx(book, path)
    except (DiagramExportError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.critical(parent, _tr("Export failed"),
                             _tr("The handbook could not be written.\n{reason}")
                             .format(reason=reason))
        return None
    QApplication.restoreOverrideCursor()
    return path
