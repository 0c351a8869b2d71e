"""No lost work: a recovery copy of each unsaved document, offered again after a crash.

Each open document is a session of the registry in ``fileio.open_documents``: a lock held
while its window runs, an info file and, while there are unsaved changes, its own recovery
copy in the application data folder (never next to the user's file, which may be on a
share). The copy is written ``QUIET_MS`` after the last edit, and while editing goes on
without a pause at least every ``MAX_WAIT_MS``; also right after an unexpected error. A save,
or closing the document knowingly, removes this document's copy and no other.

At start only the copies whose window no longer runs are offered — all of them, each with
its file name and time; a window that is still open keeps its copy whatever is chosen.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..fileio import ModelFileError, dumps_model, loads_model
from ..fileio.disk_state import DiskState
from ..fileio.open_documents import (
    RECOVERY,
    Claim,
    Session,
    claim_left_behind,
    keep_detached_copy,
)
from ..model import OperatingModel
from .document import Document

#: The copy is written this long after the last edit ...
QUIET_MS = 2_000
#: ... and at the latest this long after the first edit it does not hold yet.
MAX_WAIT_MS = 10_000


def _translate(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def data_folder() -> Path:
    """The application data folder: the registry of open documents and recovery copies."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def recovery_folder() -> Path:
    return data_folder() / RECOVERY


class RecoveryKeeper(QObject):
    """Registers the window's document and keeps its recovery copy while it is unsaved."""

    def __init__(self, document: Document, parent: QObject | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.folder = folder
        self.session: Session | None = None
        self.read_only = False
        #: The document's file as it was loaded or last saved (kept by the FileController;
        #: here so that it goes into the registry and comes back with recovered work).
        self.disk_state: DiskState | None = None
        self._stopped = False
        #: Single-shot, restarted by every edit.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUIET_MS)
        self.timer.timeout.connect(self.autosave)
        #: Single-shot, started by the first edit the copy does not hold yet.
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_WAIT_MS)
        self.deadline.timeout.connect(self.autosave)
        document.changed.connect(lambda _change: self._schedule())
        document.model_replaced.connect(self._on_replaced)
        document.dirty_changed.connect(self._on_dirty_changed)
        document.path_changed.connect(lambda _path: self._register())

    # -- registry -------------------------------------------------------------------------
    def _folder(self) -> Path:
        return self.folder or data_folder()

    def _register(self) -> None:
        """Tell the registry which file this window has open and whether it is unsaved. A
        window that has neither a file nor unsaved work is not registered."""
        if self._stopped:
            return
        doc = self.document
        if self.session is None:
            if doc.path is None and not doc.is_dirty:
                return
            try:
                self.session = Session(self._folder())
            except OSError:
                return  # no data folder (read-only home): the window still works
        self.session.update(doc.path, doc.is_dirty, self.read_only, doc.model.meta.title,
                            self.disk_state.to_json() if self.disk_state else None)

    def set_disk_state(self, state: DiskState | None) -> None:
        self.disk_state = state
        self._register()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._register()

    def stop(self) -> None:
        """Neither register nor write copies (a window that only renders a screenshot)."""
        self._stopped = True
        self.timer.stop()
        self.deadline.stop()
        if self.session is not None:
            self.session.close()
            self.session = None

    # -- copies ---------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._stopped or not self.document.is_dirty:
            return
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def autosave(self) -> Path | None:
        """Write this document's recovery copy now if it has unsaved work; never raises."""
        self.timer.stop()
        self.deadline.stop()
        if self._stopped or not self.document.is_dirty:
            return None
        self._register()
        if self.session is None:
            return None
        try:
            return self.session.write_copy(dumps_model(self.document.model))
        except (OSError, ValueError):
            return None  # a full disk must not turn into an error dialog after every edit

    def copy_path(self) -> Path | None:
        """The recovery copy on disk now, if there is one."""
        if self.session is None or self.session.copy is None:
            return None
        return self.session.copy if self.session.copy.exists() else None

    def _on_replaced(self) -> None:
        self._register()
        self._schedule()

    def _on_dirty_changed(self, dirty: bool) -> None:
        self._register()
        if not dirty:
            # Saved, or undone to the saved state: this document's copy is pointless now.
            self.timer.stop()
            self.deadline.stop()
            if self.session is not None:
                self.session.remove_copy()
        else:
            self._schedule()

    def document_closed(self) -> None:
        """The user saved or knowingly discarded this document's work: its copy goes."""
        self.timer.stop()
        self.deadline.stop()
        if self.session is not None:
            self.session.remove_copy()

    def window_closed(self) -> None:
        """The window closes cleanly: nothing of this document stays in the registry."""
        self.stop()

    def keep_aside(self) -> Path | None:
        """Keep the current work as a copy owned by no window (offered at the next start and
        by any window starting meanwhile), before the document is replaced; never raises."""
        try:
            return keep_detached_copy(
                self._folder(), dumps_model(self.document.model), self.document.path,
                self.document.model.meta.title,
                self.disk_state.to_json() if self.disk_state else None)
        except (OSError, ValueError):
            return None


# -- offering copies left behind ----------------------------------------------------------
class RecoveryDialog(QDialog):
    """Lists every copy left behind by a window that no longer runs: recover, discard or
    decide later. The ones ticked are recovered or discarded; the others are kept."""

    RECOVER, DISCARD, LATER = "recover", "discard", "later"

    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.choice = self.LATER
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "AIOS Designer was not closed properly. Unsaved changes to these models were "
            "kept:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.entries = QListWidget(self)
        self.entries.setObjectName("recovery_entries")
        # Long names wrap rather than hide the time behind a scroll bar.
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name, written in entries:
            item = QListWidgetItem(self.tr("{name} — changes of {time}").format(
                name=name, time=written), self.entries)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.entries)
        hint = QLabel(self.tr(
            "Recover opens each ticked model in a window of its own, unsaved. Discard deletes "
            "the ticked copies for good. Later keeps them for the next start."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.recover_button = self._button(buttons, self.tr("Recover"), self.RECOVER,
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self._button(buttons, self.tr("Discard"), self.DISCARD,
                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self._button(buttons, self.tr("Later"), self.LATER,
                                         QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _button(self, box: QDialogButtonBox, text: str, choice: str, role) -> QPushButton:
        button = box.addButton(text, role)
        button.setObjectName(f"recovery_{choice}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != self.LATER else self.reject()

    def ticked(self) -> list[int]:
        return [row for row in range(self.entries.count())
                if self.entries.item(row).checkState() == Qt.CheckState.Checked]


def _when(written: str | None) -> str:
    if not written:
        return _translate("unknown time")
    try:
        moment = datetime.fromisoformat(written).astimezone()
    except ValueError:
        return written
    from .i18n import current_language

    return moment.strftime("%d.%m.%Y %H:%M:%S" if current_language() == "de"
                           else "%Y-%m-%d %H:%M:%S")


def _name(claim: Claim, model: OperatingModel) -> str:
    if claim.info.path is not None:
        return claim.info.path.name
    title = model.meta.title.strip()
    if len(title) > 40:
        title = title[:39] + "…"
    return _translate("Untitled ({title})").format(title=title) if title else \
        _translate("Untitled model")


def recovered_disk_state(claim: Claim) -> DiskState | None:
    """What the recovered work's file looked like when its window loaded or saved it; if
    that is not known, any file there counts as changed (saving over it asks first)."""
    if claim.info.path is None:
        return None
    return DiskState.from_json(claim.info.disk)


def offer_recovery(keeper: RecoveryKeeper, parent: QWidget | None = None,
                   open_more: Callable[[OperatingModel, Path | None, DiskState | None], None]
                   | None = None) -> bool:
    """Offer every copy left behind by a window that no longer runs; True when one was
    recovered into the keeper's document. Further ones are given to ``open_more`` (a new
    window each); without it, they stay for the next start."""
    claims = claim_left_behind(keeper._folder())
    readable: list[tuple[Claim, OperatingModel]] = []
    for claim in claims:
        try:
            readable.append((claim, loads_model(claim.info.copy.read_bytes(), claim.info.copy)))
        except (ModelFileError, OSError):
            claim.release()  # kept as it is: a file the user may still rescue by hand
    if not readable:
        return False
    dialog = RecoveryDialog([(_name(c, m), _when(c.info.written)) for c, m in readable], parent)
    try:
        dialog.exec()
        ticked = set(dialog.ticked())
        recovered = False
        for row, (claim, model) in enumerate(readable):
            if row not in ticked or dialog.choice == dialog.LATER:
                claim.release()
            elif dialog.choice == dialog.DISCARD:
                claim.forget()
            elif not recovered:
                keeper.document.replace_model(model, claim.info.path, dirty=True)
                keeper.set_disk_state(recovered_disk_state(claim))
                recovered = True
                # This window writes its own copy before the old one goes: the work is on
                # disk at every moment.
                if keeper.autosave() is None:
                    claim.release()
                else:
                    claim.forget()
            elif open_more is not None:
                open_more(model, claim.info.path, recovered_disk_state(claim))
                claim.forget()  # the new window wrote its own copy already
            else:
                claim.release()
        return recovered
    finally:
        dialog.deleteLater()

