"""File → Import RACI from Excel…: pick the edited workbook, preview, apply as one undo step.

Nothing touches the model until Apply; an unreadable file (not a workbook, no RACI sheet, an
XML bomb) is reported in the dialog and leaves everything as it was.
"""
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import dialog_fit
from ...export.raci_cells import cell_text
from ...export.raci_import import RaciImportError, import_raci
from ..edits import set_field
from ..i18n import current_language


class RaciImportDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.document = document
        self.new_model = None
        self.changes = []
        self.setObjectName("raci_import_dialog")
        dialog_fit.fit(self, 760, 480)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("raci_import_path")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("raci_import_browse")
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        self.status = QLabel(self)
        self.status.setObjectName("raci_import_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("raci_import_changes")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 3)

        self.problems_label = QLabel(self)
        layout.addWidget(self.problems_label)
        self.problems = QListWidget(self)
        self.problems.setObjectName("raci_import_problems")
        layout.addWidget(self.problems, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("raci_import_apply")
        self.apply_button.setEnabled(False)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        self.path_edit.returnPressed.connect(lambda: self.load(self.path_edit.text()))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        if path is not None:
            self.load(path)

    def browse(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import RACI from Excel"), start,
                                              self.tr("Excel workbook (*.xlsx *.xlsm)"))
        if name:
            self.load(name)

    def load(self, path: str | Path) -> bool:
        """Read the workbook and show what would change; the model stays untouched."""
        path = Path(path)
        self.path_edit.setText(str(path))
        self.new_model, self.changes = None, []
        self.table.setRowCount(0)
        self.problems.clear()
        try:
            new_model, changes = import_raci(self.document.model, path)
        except RaciImportError as exc:
            self.status.setText(self.tr("Cannot import: {reason}").format(
                reason=exc.message(current_language())))
            self.status.setStyleSheet("color: #9c0006;")
            self.apply_button.setEnabled(False)
            self._show_problems([])
            return False
        self.new_model, self.changes = new_model, list(changes)
        self.status.setStyleSheet("")
        if changes:
            self.status.setText(self.tr("Cells that differ from the model: {n}. Apply takes them "
                                        "over as one step you can undo.").format(n=len(changes)))
        else:
            self.status.setText(self.tr("The sheet matches the model: nothing to take over."))
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            values = [change.cell, change.step_name, change.role_name,
                      cell_text(change.old) or "–", cell_text(change.new) or "–"]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self._show_problems(changes.problems)
        self.apply_button.setEnabled(bool(changes))
        return True

    def _show_problems(self, problems) -> None:
        lang = current_language()
        self.problems.clear()
        self.problems.addItems([p.message(lang) for p in problems])
        self.problems_label.setText(
            self.tr("Cells or rows that could not be used and stay as they are: {n}")
            .format(n=len(problems)) if problems else self.tr("No problems found."))
        self.problems.setVisible(bool(problems))

    def apply(self) -> None:
        """All changed rows in one command: one undo step takes the whole import back."""
        if self.new_model is None or not self.changes:
            return
        model = self.document.model
        edits = []
        for step_id in dict.fromkeys(c.step_id for c in self.changes):
            overrides = self.new_model.step(step_id).raci_overrides
            edits.append(set_field(model, ("steps", step_id), "raci_overrides", dict(overrides)))
        self.document.push_edits(self.tr("Import RACI from Excel"), edits)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import RACI from Excel"))
        self.path_edit.setPlaceholderText(self.tr("Edited workbook (.xlsx) exported by AIOS "
                                                  "Designer"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.apply_button.setText(self.tr("Apply"))
        self.table.setHorizontalHeaderLabels([self.tr("Cell"), self.tr("Step"), self.tr("Role"),
                                              self.tr("Before"), self.tr("After")])
        if not self.path_edit.text():
            self.status.setText(self.tr("Choose the workbook whose RACI sheet was edited."))
            self.problems_label.setText("")
            self.problems.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
