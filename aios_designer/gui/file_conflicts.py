"""The two questions asked when a model file is shared: with another program that changed it
on disk, and with another AIOS Designer window that has it open."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class ChangedOnDiskDialog(QObject):
    """'The file changed on disk': reload, overwrite, save as — or decide later."""

    RELOAD, OVERWRITE, SAVE_AS, CANCEL = "reload", "overwrite", "save_as", "cancel"

    def __init__(self, name: str, dirty: bool, saving: bool, parent: QWidget | None = None):
        super().__init__(parent)
        box = self.box = QMessageBox(parent)
        box.setObjectName("changed_on_disk_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setText(self.tr("'{name}' was changed by another program since it was opened or "
                            "saved here.").format(name=name))
        if dirty:
            info = self.tr(
                "Reload shows the version on disk; your changes are kept as a recovery copy, "
                "offered at the next start. Overwrite saves your version over the other one. "
                "Save As saves your version under a new name and leaves the other as it is.")
        else:
            info = self.tr(
                "Reload shows the version on disk (you have no unsaved changes). Overwrite "
                "saves the version shown here over the other one. Save As saves it under a "
                "new name.")
        if saving:
            info += "\n" + self.tr("Nothing has been saved yet.")
        box.setInformativeText(info)
        self.buttons = {
            self.RELOAD: box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole),
            self.OVERWRITE: box.addButton(self.tr("Overwrite"),
                                          QMessageBox.ButtonRole.DestructiveRole),
            self.SAVE_AS: box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.ActionRole),
            self.CANCEL: box.addButton(self.tr("Cancel") if saving else self.tr("Later"),
                                       QMessageBox.ButtonRole.RejectRole),
        }
        for choice, button in self.buttons.items():
            button.setObjectName(f"changed_{choice}")
        box.setDefaultButton(self.buttons[self.SAVE_AS if dirty else self.RELOAD])
        box.setEscapeButton(self.buttons[self.CANCEL])

    def ask(self) -> str:
        self.box.exec()
        clicked = self.box.clickedButton()
        self.box.deleteLater()
        return next((c for c, b in self.buttons.items() if b is clicked), self.CANCEL)


class OpenElsewhereDialog(QObject):
    """'This file is open in another window': open read-only, open anyway, or cancel."""

    READ_ONLY, EDIT, CANCEL = "read_only", "edit", "cancel"

    def __init__(self, name: str, pids: str, unsaved: bool, parent: QWidget | None = None):
        super().__init__(parent)
        box = self.box = QMessageBox(parent)
        box.setObjectName("open_elsewhere_dialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("File already open"))
        box.setText(self.tr("'{name}' is already open in another AIOS Designer window "
                            "(process {pids}).").format(name=name, pids=pids))
        if unsaved:
            info = self.tr("That window has unsaved changes to it. ")
        else:
            info = ""
        info += self.tr("Open it read-only to look without the risk of two versions "
                        "overwriting each other; Save then asks for a new name.")
        box.setInformativeText(info)
        self.buttons = {
            self.READ_ONLY: box.addButton(self.tr("Open Read-Only"),
                                          QMessageBox.ButtonRole.AcceptRole),
            self.EDIT: box.addButton(self.tr("Open for Editing"),
                                     QMessageBox.ButtonRole.DestructiveRole),
            self.CANCEL: box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
        }
        for choice, button in self.buttons.items():
            button.setObjectName(f"open_{choice}")
        box.setDefaultButton(self.buttons[self.READ_ONLY])
        box.setEscapeButton(self.buttons[self.CANCEL])

    def ask(self) -> str:
        self.box.exec()
        clicked = self.box.clickedButton()
        self.box.deleteLater()
        return next((c for c, b in self.buttons.items() if b is clicked), self.CANCEL)
