"""No lost work: a recovery copy of the unsaved model, offered again on the next start.

The copy lives in the application data folder (never next to the user's file, which may be on a
share), is written every 60 s while the document has unsaved changes and right after an
unexpected error, and is removed after a clean save or close. A small JSON sidecar remembers
which file the work belonged to, so a recovered model saves back to the same place.
"""
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..fileio import ModelFileError, dumps_model, loads_model
from ..model import OperatingModel
from .document import Document

INTERVAL_MS = 60_000
FILE_NAME = "recovery.aiosm"


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def recovery_file() -> Path:
    return recovery_folder() / FILE_NAME


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def write_recovery(document: Document, target: Path | None = None) -> Path:
    """Write the document's model (atomically) to the recovery file."""
    target = target or recovery_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    for path, text in ((target, dumps_model(document.model)),
                       (_sidecar(target), json.dumps({
                           "path": str(document.path) if document.path else None,
                           "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                       }))):
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    return target


def pending_recovery(target: Path | None = None) -> tuple[OperatingModel, Path | None] | None:
    """The model of a recovery file left by an earlier run and the file it belonged to."""
    target = target or recovery_file()
    if not target.exists():
        return None
    try:
        model = loads_model(target.read_bytes(), target)
    except (ModelFileError, OSError):
        return None
    original = None
    try:
        info = json.loads(_sidecar(target).read_text(encoding="utf-8"))
        original = Path(info["path"]) if info.get("path") else None
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return model, original


def discard_recovery(target: Path | None = None) -> None:
    target = target or recovery_file()
    for path in (target, _sidecar(target)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


class RecoveryKeeper(QObject):
    """Autosaves a document while it has unsaved changes; tidies up once it is clean."""

    def __init__(self, document: Document, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self._was_dirty = document.is_dirty
        document.dirty_changed.connect(self._on_dirty_changed)

    def autosave(self) -> Path | None:
        """Write the recovery copy now if there is unsaved work; never raises."""
        if not self.document.is_dirty:
            return None
        try:
            return write_recovery(self.document)
        except OSError:
            return None  # a full disk must not turn into an error dialog every minute

    def _on_dirty_changed(self, dirty: bool) -> None:
        # Only a dirty -> clean transition (save, undo to the saved state) makes the copy
        # pointless; opening a clean file must not throw away an earlier run's work.
        if self._was_dirty and not dirty:
            discard_recovery()
        self._was_dirty = dirty

    def document_closed(self) -> None:
        """The user saved or knowingly discarded their work: no copy is needed."""
        discard_recovery()


def offer_recovery(document: Document, parent: QWidget | None = None) -> bool:
    """Ask whether to recover the work of an earlier run; True when it was recovered."""
    pending = pending_recovery()
    if pending is None:
        return False
    model, original = pending
    translate = QCoreApplication.translate
    name = original.name if original else translate("Recovery", "an untitled model")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setObjectName("recovery_dialog")
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Recover unsaved work"))
    box.setText(QCoreApplication.translate(
        "Recovery", "AIOS Designer was not closed properly. Unsaved changes to {name} "
        "were kept.").format(name=name))
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "Recover them now, or discard them for good?"))
    recover = box.addButton(QCoreApplication.translate("Recovery", "Recover"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Recovery", "Discard"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    if box.clickedButton() is recover:
        document.replace_model(model, original, dirty=True)
        return True
    discard_recovery()
    return False
