"""The Roles panel: the lanes of the canvas, with kind, FTE headcount and hourly cost.

Add, rename, reorder (buttons or drag) and delete are Document intents, so each is one undo
step; the table is rebuilt from the model after every change and never edits it directly.
"""
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Role, RoleKind
from ..document import Change, Document
from ..labels import enum_label
from ..hyphen_delegate import hyphenate_cells
from ..wrap_header import wrap_header
from .field_editors import error_text

COLUMNS = ("name", "kind", "headcount", "hourly_cost")
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class _KindDelegate(QStyledItemDelegate):
    """Edits the role kind with a combo box of the translated kinds."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for kind in RoleKind:
            editor.addItem(enum_label(kind), kind.value)
        # One pick is the whole edit: commit and close at once.
        editor.activated.connect(lambda _: (self.commitData.emit(editor),
                                            self.closeEditor.emit(editor)))
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(KIND_ROLE))))

    def setModelData(self, editor, model, index) -> None:
        value = editor.currentData()
        if value != index.data(KIND_ROLE):
            # Text first (no signal of interest), then the value that triggers the commit.
            model.setData(index, enum_label(RoleKind(value)), Qt.ItemDataRole.DisplayRole)
            model.setData(index, value, KIND_ROLE)


class _RoleTable(QTableWidget):
    """Rows can be dragged to a new place; the drop becomes ``Document.move_role``."""

    row_dropped = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget):
        super().__init__(0, len(COLUMNS), parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event) -> None:
        if event.source() not in (self, None) or not event.mimeData().hasFormat(
                "application/x-qabstractitemmodeldatalist"):
            event.ignore()
            return
        source = self.currentRow()
        index = self.indexAt(event.position().toPoint())
        target = index.row() if index.isValid() else self.rowCount() - 1
        # The table itself is not reordered: the model is, and the table follows it.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target != source:
            self.row_dropped.emit(source, target)


class RolesPanel(QWidget):
    elements_selected = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self._filling = False
        self._committing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = _RoleTable(self)
        self.table.setObjectName("roles_table")
        self.table.setItemDelegateForColumn(1, _KindDelegate(self.table))
        # Long German names ("Datenschutzbeauftragte") break at a syllable, not "Datenschu…".
        hyphenate_cells(self.table, 0)
        self.table.verticalHeader().setVisible(False)
        header = wrap_header(self.table)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        # Rows grow with a wrapped name instead of cutting its second line.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #C62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        style = self.style()
        self.add_button = self._button("add_role", style.standardIcon(
            QStyle.StandardPixmap.SP_FileDialogNewFolder), self.add_role)
        self.delete_button = self._button("delete_role", style.standardIcon(
            QStyle.StandardPixmap.SP_TrashIcon), self.delete_role)
        self.up_button = self._button("role_up", style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowUp), lambda: self.move_current(-1))
        self.down_button = self._button("role_down", style.standardIcon(
            QStyle.StandardPixmap.SP_ArrowDown), lambda: self.move_current(1))
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        self.table.row_dropped.connect(self._on_row_dropped)
        document.changed.connect(self._on_changed)
        document.model_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def _button(self, name: str, icon, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(icon)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    # -- model → table --------------------------------------------------------------------
    def refresh(self) -> None:
        roles = self.document.model.roles
        current = self.current_role_id()
        self._filling = True
        try:
            self.table.setRowCount(len(roles))
            locale = QLocale()
            for row, role in enumerate(roles):
                name = QTableWidgetItem(role.name)
                name.setData(ID_ROLE, role.id)
                name.setToolTip(role.description)
                self.table.setItem(row, 0, name)
                # Shown as text (a narrow dock stays readable), edited with a combo box.
                kind = QTableWidgetItem(enum_label(RoleKind(role.kind)))
                kind.setData(KIND_ROLE, RoleKind(role.kind).value)
                self.table.setItem(row, 1, kind)
                for column, value in ((2, role.headcount), (3, role.hourly_cost)):
                    item = QTableWidgetItem(locale.toString(float(value), "g", 6))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, column, item)
            if current is not None:
                self.select_role(current)
        finally:
            self._filling = False
        self._update_buttons()

    def current_role_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def select_role(self, role_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == role_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return

    def set_selection(self, ids: list[str]) -> None:
        """Follow the window's selection when it is a role (from the canvas lane)."""
        roles = {r.id for r in self.document.model.roles}
        chosen = [i for i in ids if i in roles]
        if chosen and chosen[0] != self.current_role_id():
            self._filling = True
            try:
                self.select_role(chosen[0])
            finally:
                self._filling = False
            self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = row >= 0 and self.table.rowCount() > 0
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.table.rowCount() - 1)

    def _on_changed(self, change: Change) -> None:
        if change.touches("roles"):
            # The table's own edit: it shows the new text already, and rebuilding the rows
            # inside its commit would pull the editor out from under it.
            if not self._committing:
                self.refresh()

    # -- table → intents ------------------------------------------------------------------
    def _on_row_selected(self) -> None:
        self._update_buttons()
        if self._filling:
            return
        role_id = self.current_role_id()
        if role_id is not None:
            self.elements_selected.emit([role_id])

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        role_id = self.table.item(item.row(), 0).data(ID_ROLE)
        column = COLUMNS[item.column()]
        text = item.text().strip()
        if column == "name":
            if not self._set(role_id, "name", text):
                self.refresh()
            return
        if column == "kind":
            self._set(role_id, "kind", RoleKind(item.data(KIND_ROLE)))
            return
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        if not ok:
            self._show_error(self.tr("'{text}' is not a number.").format(text=text))
            return
        self._set(role_id, column, number)

    def _set(self, role_id: str, field: str, value) -> bool:
        self._committing = True
        try:
            self.document.set_fields(("roles", role_id), {field: value},
                                     self.tr("Edit role"))
        except (ValueError, KeyError) as exc:
            self._show_error(error_text(exc))
            return False
        finally:
            self._committing = False
        self.error_label.hide()
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def add_role(self) -> None:
        row = self.table.currentRow()
        index = row + 1 if row >= 0 else len(self.document.model.roles)
        existing = {r.name for r in self.document.model.roles}
        number = 1
        while (name := self.tr("Role {number}").format(number=number)) in existing:
            number += 1
        role = Role(name=name)
        self.document.insert_role(role, index, self.tr("Add role"))
        self.select_role(role.id)
        # Straight into renaming: a new lane without a real name helps nobody.
        self.table.editItem(self.table.item(self.table.currentRow(), 0))

    def delete_role(self) -> None:
        role_id = self.current_role_id()
        if role_id is None:
            return
        model = self.document.model
        lane_steps = [s for s in model.steps if s.role_id == role_id]
        if lane_steps:
            answer = QMessageBox.question(
                self, self.tr("Delete role"),
                self.tr("%Ln step(s) in the lane of '{name}' stay in the workflow without a "
                        "role. Delete the role?", "", len(lane_steps)).format(
                    name=model.role(role_id).name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.remove_elements([role_id], self.tr("Delete role"))

    def move_current(self, delta: int) -> None:
        role_id = self.current_role_id()
        if role_id is None:
            return
        row = self.table.currentRow()
        if self.document.move_role(role_id, row + delta):
            self.select_role(role_id)

    def _on_row_dropped(self, source: int, target: int) -> None:
        role_id = self.table.item(source, 0).data(ID_ROLE)
        if self.document.move_role(role_id, target):
            self.select_role(role_id)

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Kind"),
                                              self.tr("FTE"), self.tr("Cost/h")])
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a role (a new lane)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected role"))
        self.up_button.setToolTip(self.tr("Move the lane up"))
        self.down_button.setToolTip(self.tr("Move the lane down"))
        self.table.horizontalHeaderItem(2).setToolTip(self.tr("Headcount in full-time "
                                                              "equivalents"))
        self.table.horizontalHeaderItem(3).setToolTip(self.tr("Fully loaded cost per "
                                                              "productive hour"))
        if self.document is not None and self.table.rowCount():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
