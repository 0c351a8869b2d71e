"""New, Open, Open Recent, Save, Save As and Close, with the unsaved-changes prompt.

Everything that reads or writes a file for the main window goes through here, so a bad file
is always reported the same way (one dialog with the ``ModelFileError`` sentence) and the
open document stays untouched until a new model has loaded completely.

It also remembers what the file on disk looked like when it was loaded or saved (size, time,
content): before saving over it, and when the window is activated, a file changed by another
program is reported and the user chooses — nothing of either version is lost silently. A
file open in another window is offered read-only; a read-only document never saves over it.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..fileio import SUFFIX, ModelFileError, load_model
from ..fileio.disk_state import UNKNOWN, DiskState
from ..fileio.open_documents import open_elsewhere, same_file
from ..model import OperatingModel
from .document import Document
from .i18n import current_language
from .recent_files import forget_recent, remember_recent

#: Item data of the template list: the template name (None = empty model).
NAME_ROLE = Qt.ItemDataRole.UserRole


def file_filter() -> str:
    return QCoreApplication.translate(
        "FileController", "Operating models (*{suffix});;All files (*)").format(suffix=SUFFIX)


def empty_model(lang: str) -> OperatingModel:
    """An empty model in the interface language (its workbook is exported in that language)."""
    model = OperatingModel()
    model.meta.language = lang
    return model


class TemplateDialog(QDialog):
    """Pick a bundled template, or start empty."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        from ..templates import list_templates

        self.setWindowTitle(self.tr("New operating model"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:")))
        self.choices = QListWidget()
        empty = QListWidgetItem(self.tr("Empty model"))
        empty.setData(NAME_ROLE, None)
        self.choices.addItem(empty)
        for info in list_templates():
            item = QListWidgetItem(info.title(lang) or info.name)
            item.setToolTip(info.scope(lang))
            item.setData(NAME_ROLE, info.name)
            self.choices.addItem(item)
        self.choices.setCurrentRow(1 if self.choices.count() > 1 else 0)
        self.choices.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_template(self) -> str | None:
        item = self.choices.currentItem()
        return item.data(NAME_ROLE) if item else None


class FileController(QObject):
    """File commands of one main window; ``parent_widget`` hosts the dialogs."""

    recent_changed = Signal()
    #: A file or template was opened (or the window emptied): the view should fit it.
    opened = Signal()
    #: The document became read-only or editable.
    read_only_changed = Signal(bool)

    def __init__(self, document: Document, parent_widget: QWidget, keeper=None):
        super().__init__(parent_widget)
        self.document = document
        self.parent_widget = parent_widget
        #: The RecoveryKeeper, told when the user knowingly ends the current work.
        self.keeper = keeper
        self._disk_state: DiskState | None = None
        #: A changed file the user chose to decide about later: not asked again on focus.
        self._deferred_state: DiskState | None = None
        self._checking = False
        self.read_only = False

    @property
    def disk_state(self) -> DiskState | None:
        """The file as it was loaded or last saved; None for an untitled document. Kept by
        the RecoveryKeeper when there is one: recovered work brings it back."""
        return self.keeper.disk_state if self.keeper is not None else self._disk_state

    @disk_state.setter
    def disk_state(self, state: DiskState | None) -> None:
        if self.keeper is not None:
            self.keeper.set_disk_state(state)
        else:
            self._disk_state = state

    # -- prompts --------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.document.is_dirty:
            return True
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        answer = QMessageBox.warning(
            self.parent_widget, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} before closing it?").format(name=name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent_widget, title, message)

    # -- commands -------------------------------------------------------------------------
    def new(self, template: str | None = None, lang: str | None = None,
            ask: bool = True) -> bool:
        """A new untitled model: from ``template``, or chosen in a dialog when ``ask``."""
        from .i18n import current_language

        lang = lang or current_language()
        if not self.maybe_save():
            return False
        if template is None and ask:
            dialog = TemplateDialog(lang, self.parent_widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            template = dialog.chosen_template()
        if template is None:
            self._replace(empty_model(lang), None, dirty=False)
            return True
        return self.new_from_template(template, lang, prompt=False)

    def new_from_template(self, name: str, lang: str, prompt: bool = True) -> bool:
        from ..templates import TemplateError, instantiate

        if prompt and not self.maybe_save():
            return False
        try:
            model = instantiate(name, lang)
        except TemplateError:
            try:
                model = instantiate(name, "en")
            except (TemplateError, ModelFileError) as exc:
                self._show_error(self.tr("Cannot create the model"),
                                 exc.message(current_language()))
                return False
        except ModelFileError as exc:
            self._show_error(self.tr("Cannot create the model"), exc.message(current_language()))
            return False
        self._replace(model, None, dirty=True)
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open operating model"),
                                              start, file_filter())
        if not name:
            return False
        return self.open_path(Path(name), prompt=False)

    def open_path(self, path: Path, prompt: bool = True) -> bool:
        """Open ``path``; a bad file leaves the current document exactly as it was."""
        if prompt and not self.maybe_save():
            return False
        read_only = self._ask_if_open_elsewhere(Path(path))
        if read_only is None:
            return False
        try:
            model = load_model(path)
        except ModelFileError as exc:
            self._show_error(self.tr("Cannot open the file"), exc.message(current_language()))
            return False
        except OSError as exc:
            self._show_error(self.tr("Cannot open the file"),
                             f"'{Path(path).name}': {exc.strerror}")
            return False
        self._replace(model, Path(path), dirty=False)
        self.disk_state = DiskState.of(path)
        self._set_read_only(read_only)
        remember_recent(path)
        self.recent_changed.emit()
        return True

    def _ask_if_open_elsewhere(self, path: Path) -> bool | None:
        """Read-only (True), editable (False) or cancelled (None): asked when another
        running window has ``path`` open."""
        session = self.keeper.session if self.keeper is not None else None
        others = open_elsewhere(path, self.keeper._folder() if self.keeper else None,
                                exclude=session.id if session else None)
        if not others:
            return False
        from .file_conflicts import OpenElsewhereDialog

        pids = ", ".join(sorted({str(o.pid) for o in others if o.pid is not None})) or "?"
        choice = OpenElsewhereDialog(path.name, pids, any(o.dirty for o in others),
                                     self.parent_widget).ask()
        if choice == OpenElsewhereDialog.CANCEL:
            return None
        return choice == OpenElsewhereDialog.READ_ONLY

    def _set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            if self.keeper is not None:
                self.keeper.set_read_only(read_only)
            self.read_only_changed.emit(read_only)

    def open_recent(self, name: str) -> bool:
        if not Path(name).exists():
            self._show_error(self.tr("Cannot open the file"),
                             self.tr("'{name}' no longer exists.").format(name=name))
            forget_recent(name)
            self.recent_changed.emit()
            return False
        return self.open_path(Path(name))

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        if self.document.path:
            suggestion = str(self.document.path)
        else:
            title = self.document.model.meta.title.strip() or self.tr("Untitled")
            suggestion = "".join(c for c in title if c not in '\\/:*?"<>|') + SUFFIX
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save operating model"),
                                              suggestion, file_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if self.read_only and same_file(path, self.document.path):
            self._show_error(self.tr("Cannot save the file"), self.tr(
                "'{name}' is open read-only here; save under another name.").format(
                name=path.name))
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if not self._confirm_overwrite(path):
            return False
        try:
            self.document.save(path)
        except (ModelFileError, OSError) as exc:
            message = exc.message(current_language()) if isinstance(exc, ModelFileError) else \
                f"'{path.name}': {exc.strerror or exc}"
            self._show_error(self.tr("Cannot save the file"),
                             self.tr("{message}\nYour changes are still open and unsaved.")
                             .format(message=message))
            return False
        self.disk_state = DiskState.of(path)
        self._deferred_state = None
        self._set_read_only(False)
        remember_recent(path)
        self.recent_changed.emit()
        return True

    # -- the file changed elsewhere -------------------------------------------------------
    def _changed_on_disk(self) -> tuple[bool, DiskState | None]:
        """(changed, state now) of the document's own file since it was loaded or saved; a
        file that is gone is not a conflict (saving recreates it, nothing is lost)."""
        path = self.document.path
        if path is None or self.disk_state is None or not path.exists():
            return False, None
        return self.disk_state.changed_on_disk(path)

    def _confirm_overwrite(self, path: Path) -> bool:
        """Before saving over the document's own file: if another program changed it, the
        user chooses. False when this save must not go ahead."""
        if not same_file(path, self.document.path):
            return True
        changed, _ = self._changed_on_disk()
        if not changed:
            return True
        choice = self._ask_changed(saving=True)
        if choice == "overwrite":
            return True
        if choice == "reload":
            self.reload()
        elif choice == "save_as":
            self.save_as()
        return False

    def check_disk(self) -> None:
        """The window was activated: report a change of the file made elsewhere, once."""
        if (self._checking or self.document.path is None or QApplication.activeModalWidget()
                or self.disk_state is UNKNOWN):  # nothing to compare with; a save asks
            return
        changed, now = self._changed_on_disk()
        if not changed or (now is not None and now == self._deferred_state):
            return
        self._checking = True
        try:
            choice = self._ask_changed(saving=False)
            if choice == "reload":
                self.reload()
            elif choice == "overwrite":
                self._deferred_state = None
                self.disk_state = now  # the user has seen it and wants theirs
                self._save_to(self.document.path)
            elif choice == "save_as":
                self.save_as()
            else:
                self._deferred_state = now  # asked again at the next save
        finally:
            self._checking = False

    def _ask_changed(self, saving: bool) -> str:
        from .file_conflicts import ChangedOnDiskDialog

        # The window is deactivated and activated again around the dialog: no second one.
        was_checking, self._checking = self._checking, True
        try:
            return ChangedOnDiskDialog(self.document.path.name, self.document.is_dirty,
                                       saving, self.parent_widget).ask()
        finally:
            self._checking = was_checking

    def reload(self) -> bool:
        """Show the file as it is on disk; unsaved changes are kept as a recovery copy."""
        path = self.document.path
        try:
            model = load_model(path)
        except ModelFileError as exc:
            self._show_error(self.tr("Cannot open the file"), exc.message(current_language()))
            return False
        if self.document.is_dirty and self.keeper is not None:
            if self.keeper.keep_aside() is None:
                self._show_error(self.tr("Cannot reload the file"), self.tr(
                    "Your changes could not be kept as a recovery copy, so the file was not "
                    "reloaded. Save them under a new name first."))
                return False
        self._replace(model, path, dirty=False)
        self.disk_state = DiskState.of(path)
        self._deferred_state = None
        return True

    def close(self) -> bool:
        """Close the document (the window stays, with an empty model)."""
        if not self.maybe_save():
            return False
        from .i18n import current_language

        self._replace(empty_model(current_language()), None, dirty=False)
        self.disk_state = None
        self._set_read_only(False)
        return True

    def _replace(self, model: OperatingModel, path: Path | None, dirty: bool) -> None:
        # The work shown so far was saved or knowingly discarded (maybe_save asked): its
        # copy goes; a new unsaved model gets its own copy on the next timer.
        if self.keeper is not None:
            self.keeper.document_closed()
        self.document.replace_model(model, path, dirty=dirty)
        if path is None:
            self.disk_state = None
            self._set_read_only(False)
        self.opened.emit()
