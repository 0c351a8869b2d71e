"""File → Export diagram…: the workflow picture as SVG, PDF or PNG for slides and documents."""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..diagram_export import DiagramExportError, export_diagram

#: PNG pixels per canvas unit from the window: sharp on a full-HD slide.
PNG_SCALE = 2.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagramExport", text)


def suggested_path(document) -> Path:
    title = document.model.meta.title.strip() or _tr("Workflow")
    name = "".join(c for c in title if c not in '\\/:*?"<>|').strip() or "workflow"
    folder = document.path.parent if document.path else Path.home()
    return folder / f"{name}.svg"


def export_diagram_interactive(parent: QWidget | None, document) -> Path | None:
    """Ask for a file name (its type picks the format) and write the picture; returns the
    written path, or None (cancelled or failed)."""
    filters = {_tr("SVG vector picture (*.svg)"): ".svg", _tr("PDF document (*.pdf)"): ".pdf",
               _tr("PNG image (*.png)"): ".png"}
    name, chosen = QFileDialog.getSaveFileName(parent, _tr("Export diagram"),
                                               str(suggested_path(document)),
                                               ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".svg", ".pdf", ".png"):
        path = path.with_name(path.name + filters.get(chosen, ".svg"))
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        export_diagram(document.model, path, scale=PNG_SCALE)
    except (DiagramExportError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, _tr("Export failed"),
                             _tr("The diagram could not be written.\n{reason}")
                             .format(reason=str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    return path
