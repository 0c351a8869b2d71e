"""New, Open, Open Recent, Save, Save As and Close, with the unsaved-changes prompt.

Everything that reads or writes a file for the main window goes through here, so a bad file
is always reported the same way (one dialog with the ``ModelFileError`` sentence) and the
open document stays untouched until a new model has loaded completely.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
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

    def __init__(self, document: Document, parent_widget: QWidget, keeper=None):
        super().__init__(parent_widget)
        self.document = document
        self.parent_widget = parent_widget
        #: The RecoveryKeeper, told when the user knowingly ends the current work.
        self.keeper = keeper

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
        remember_recent(path)
        self.recent_changed.emit()
        return True

    def open_recent(self, name: str) -> bool:
        if not Path(name).exists():
            self._show_error(self.tr("Cannot open the file"),
                             self.tr("'{name}' no longer exists.").format(name=name))
            forget_recent(name)
            self.recent_changed.emit()
            return False
        return self.open_path(Path(name))

    def save(self) -> bool:
        if self.document.path is None:
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
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (ModelFileError, OSError) as exc:
            message = exc.message(current_language()) if isinstance(exc, ModelFileError) else \
                f"'{path.name}': {exc.strerror or exc}"
            self._show_error(self.tr("Cannot save the file"),
                             self.tr("{message}\nYour changes are still open and unsaved.")
                             .format(message=message))
            return False
        remember_recent(path)
        self.recent_changed.emit()
        return True

    def close(self) -> bool:
        """Close the document (the window stays, with an empty model)."""
        if not self.maybe_save():
            return False
        from .i18n import current_language

        self._replace(empty_model(current_language()), None, dirty=False)
        return True

    def _replace(self, model: OperatingModel, path: Path | None, dirty: bool) -> None:
        self.document.replace_model(model, path, dirty=dirty)
        if self.keeper is not None and not dirty:
            self.keeper.document_closed()
        self.opened.emit()
