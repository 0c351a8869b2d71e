"""The RACI panel: steps × roles, edited by click-to-cycle, drop-down or typing.

Cells derived from the workflow graph are shown in italic grey, cells set by hand in bold;
"reset to derived" removes the hand-set value. Rows that break the RACI rules (no A, several
A, no R; several R as a warning) are coloured on every change. The table never edits the
model: each gesture is one ``Document`` intent, so one undo step.
"""
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis.raci import RaciCell, cycle_letters, derive_raci, effective_raci, raci_rows
from ...export.context import reading_order
from ...export.raci_cells import CELL_CHOICES, cell_text, row_status
from ...model import normalize_raci
from ..document import Change, Document

#: Item data roles for tests and delegates: is the cell set by hand, what the graph derives.
OVERRIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1
DERIVED_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

_ERROR_BACKGROUND = QColor("#fbd5d8")
_WARNING_BACKGROUND = QColor("#fff0c2")
_ERROR_TEXT = QColor("#9c0006")
_WARNING_TEXT = QColor("#8a5a00")
_OK_TEXT = QColor("#2e7d32")
_DERIVED_TEXT = QColor("#6b6b6b")
_ERRORS = ("no_a", "several_a", "no_r")


class RaciTableModel(QAbstractTableModel):
    """Rows: the RACI rows of the model in canvas reading order; columns: roles + check."""

    #: A typed value that is not RACI letters (the text), for the panel's status line.
    invalid_entry = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self._steps: list = []
        self._roles: list = []
        # Cells are looked up, not materialised: 2,000 × 40 cell objects per edit would
        # make every change of a large model noticeably slow.
        self._derived: dict = {}
        self._effective: dict = {}
        self._overrides: dict = {}
        self._status: dict[str, str] = {}
        self._role_names: list[str] = []
        self._live = True
        self._stale = False
        document.changed.connect(self._on_changed)
        document.model_replaced.connect(self.refresh)
        self.refresh()

    # -- the table's content ------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("steps", "roles", "flows", "meta"):
            if self._live:
                self.refresh()
            else:
                self._stale = True

    def set_live(self, live: bool) -> None:
        """Follow every change only while shown: a hidden panel catches up when shown again
        (a what-if slider should not pay for re-deriving a RACI nobody looks at)."""
        self._live = live
        if live and self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        model = self.document.model
        row_ids = {s.id for s in raci_rows(model)}
        steps = [s for s in reading_order(model) if s.id in row_ids]
        roles = list(model.roles)
        derived = derive_raci(model)
        effective = effective_raci(model, derived)
        overrides = {s.id: dict(s.raci_overrides) for s in steps}
        status = {step_id: row_status(row) for step_id, row in effective.items()}
        same_shape = ([s.id for s in steps] == [s.id for s in self._steps]
                      and [r.id for r in roles] == [r.id for r in self._roles])
        renamed_roles = [r.name for r in roles] != self._role_names
        self._role_names = [r.name for r in roles]
        if not same_shape:
            self.beginResetModel()
        self._steps, self._roles, self._status = steps, roles, status
        self._derived, self._effective, self._overrides = derived, effective, overrides
        if same_shape:
            if steps:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(steps) - 1, len(roles)))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(steps) - 1)
            if renamed_roles:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(roles))  # + check
        else:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._roles) + 1

    def check_column(self) -> int:
        return len(self._roles)

    def step_at(self, row: int):
        return self._steps[row]

    def role_at(self, column: int):
        return self._roles[column] if 0 <= column < len(self._roles) else None

    def row_of(self, step_id: str) -> int:
        return next((i for i, s in enumerate(self._steps) if s.id == step_id), -1)

    def cell(self, index: QModelIndex) -> RaciCell | None:
        role = self.role_at(index.column())
        if role is None or not index.isValid():
            return None
        step_id = self._steps[index.row()].id
        derived = self._derived.get(step_id, {}).get(role.id, "")
        overrides = self._overrides.get(step_id, {})
        if role.id in overrides:
            return RaciCell(self._effective[step_id].get(role.id, ""), derived, True)
        return RaciCell(derived, derived, False)

    def status(self, row: int) -> str:
        return self._status.get(self._steps[row].id, "ok")

    def status_text(self, status: str) -> str:
        return {
            "ok": self.tr("OK"),
            "no_a": self.tr("no A"),
            "several_a": self.tr("several A"),
            "no_r": self.tr("no R"),
            "several_r": self.tr("several R"),
        }[status]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        status = self.status(index.row())
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.BackgroundRole:
            if status in _ERRORS:
                return QBrush(_ERROR_BACKGROUND)
            if status == "several_r":
                return QBrush(_WARNING_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if index.column() == self.check_column():
            return self._check_data(status, role)
        cell = self.cell(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_text(cell.letters)
        if role == OVERRIDDEN_ROLE:
            return cell.overridden
        if role == DERIVED_ROLE:
            return cell.derived
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(cell.overridden)
            font.setItalic(not cell.overridden)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if cell.overridden else QBrush(_DERIVED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.overridden:
                return self.tr("Set by hand (the workflow gives: {letters})").format(
                    letters=cell_text(cell.derived) or self.tr("nothing"))
            return self.tr("Derived from the workflow")
        return None

    def _check_data(self, status: str, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.status_text(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_ERROR_TEXT if status in _ERRORS else
                          _WARNING_TEXT if status == "several_r" else _OK_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Each step needs exactly one A and at least one R; "
                           "more than one R is a warning.")
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == self.check_column():
                return self.tr("Check")
            role_obj = self.role_at(section)
            return role_obj.name if role_obj else None
        if 0 <= section < len(self._steps):
            return self._steps[section].name or self.tr("(unnamed step)")
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.check_column():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- edits: each one Document intent -----------------------------------------------------
    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.cell(index) is None:
            return False
        text = "" if value is None else str(value)
        try:
            letters = normalize_raci(text)
        except ValueError:
            self.invalid_entry.emit(text)
            return False
        self.set_letters(index, letters)
        return True

    def set_letters(self, index: QModelIndex, letters: str) -> bool:
        """Set a cell; setting what the graph derives makes it follow the graph again."""
        cell = self.cell(index)
        step_id = self._steps[index.row()].id
        role_id = self._roles[index.column()].id
        if letters == cell.derived:
            if not cell.overridden:
                return False
            return self.document.set_raci_cell(step_id, role_id, None)
        if cell.overridden and letters == cell.letters:
            return False
        return self.document.set_raci_cell(step_id, role_id, letters)

    def cycle(self, index: QModelIndex) -> bool:
        cell = self.cell(index)
        if cell is None:
            return False
        return self.set_letters(index, cycle_letters(cell.letters))

    def reset(self, indexes: list[QModelIndex]) -> bool:
        """Reset the given cells to derived, all in one undo step."""
        by_step: dict[str, set[str]] = {}
        for index in indexes:
            cell = self.cell(index)
            if cell is not None and cell.overridden:
                by_step.setdefault(self._steps[index.row()].id, set()).add(
                    self._roles[index.column()].id)
        if not by_step:
            return False
        with self.document.macro(self.tr("Reset RACI to derived")):
            for step_id, role_ids in by_step.items():
                step = self.document.model.step(step_id)
                kept = {k: v for k, v in step.raci_overrides.items() if k not in role_ids}
                self.document.set_fields(("steps", step_id), {"raci_overrides": kept},
                                         self.tr("Reset RACI to derived"))
        return True

    def error_rows(self) -> int:
        return sum(1 for s in self._status.values() if s in _ERRORS)


class RaciDelegate(QStyledItemDelegate):
    """A drop-down of the usual letter sets that also takes typed text ("ar", "R, A")."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("raci_editor")
        combo.setEditable(True)
        combo.setCompleter(None)  # "A" must stay "A", not complete to "A/R"
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems([""] + CELL_CHOICES)
        # Enter in the text field and a pick from the list both finish the edit at once.
        combo.lineEdit().returnPressed.connect(lambda: self._finish(combo))
        combo.activated.connect(lambda _index: self._finish(combo))
        return combo

    def _finish(self, combo: QComboBox) -> None:
        if combo.property("finished"):
            return
        combo.setProperty("finished", True)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class RaciTableView(QTableView):
    """Click cycles a cell (when cycling is on), double-click opens the drop-down, typing
    starts editing, Space cycles the current cell."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cycle_on_click = True
        self._last_cycle: tuple | None = None  # (row, column, undo index, time)
        self.setObjectName("raci_table")
        self.setItemDelegate(RaciDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Sizes from the headers, never from the contents: measuring 80,000 cells after
        # every edit of a large model would freeze the window.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setMinimumSectionSize(36)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(lambda orientation, *_: self.fit_columns()
                                        if orientation == Qt.Orientation.Horizontal else None)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        metrics = self.horizontalHeader().fontMetrics()
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal) or ""
            if column == model.check_column():
                text = max([text] + [model.status_text(s) for s in
                                     ("ok", "no_a", "several_a", "no_r", "several_r")], key=len)
            # Wide enough for a long German role name ("Vertriebsinnendienst (Auftragserfassung)").
            width = min(max(metrics.horizontalAdvance(text) + 18, 44), 320)
            self.setColumnWidth(column, width)

    def _is_letter_cell(self, index: QModelIndex) -> bool:
        model = self.model()
        return index.isValid() and index.column() != model.check_column()

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if (self.cycle_on_click and event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self._is_letter_cell(index)):
            self.setCurrentIndex(index)
            stack = self.model().document.undo_stack
            if self.model().cycle(index):
                self._last_cycle = (index.row(), index.column(), stack.index(), time.monotonic())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if not self._is_letter_cell(index):
            super().mouseDoubleClickEvent(event)
            return
        stack = self.model().document.undo_stack
        last = self._last_cycle
        interval = QApplication.doubleClickInterval() / 1000 + 0.2
        if (last is not None and last[:2] == (index.row(), index.column())
                and last[2] == stack.index() and time.monotonic() - last[3] < interval):
            # The first click of this double-click cycled the cell: a double-click means
            # "choose from the list", so that click is taken back.
            stack.undo()
        self._last_cycle = None
        self.setCurrentIndex(index)
        self.edit(index)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self._is_letter_cell(index) and self.state() != self.State.EditingState):
            self.model().cycle(index)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self._is_letter_cell(index) and self.state() != self.State.EditingState:
            self.model().set_letters(index, "")
            return
        super().keyPressEvent(event)


class RaciPanel(QWidget):
    elements_selected = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.cycle_button = QToolButton(self)
        self.cycle_button.setObjectName("raci_cycle")
        self.cycle_button.setCheckable(True)
        self.cycle_button.setChecked(True)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("raci_reset")
        self.legend = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("raci_summary")
        # The legend and summary wrap: a narrow window must not make the panel scroll sideways.
        self.legend.setWordWrap(True)
        self.summary.setWordWrap(True)
        bar.addWidget(self.cycle_button)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        self.table_model = RaciTableModel(document, self)
        self.table = RaciTableView(self)
        self.table.setModel(self.table_model)
        layout.addWidget(self.table)

        self.cycle_button.toggled.connect(self._on_cycle_toggled)
        self.reset_button.clicked.connect(self.reset_selected)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.verticalHeader().sectionDoubleClicked.connect(self._on_row_header)
        self.table_model.modelReset.connect(self._update_summary)
        self.table_model.dataChanged.connect(self._update_summary)
        self.table_model.invalid_entry.connect(self._on_invalid)
        self.retranslate()
        self._update_summary()

    def _on_cycle_toggled(self, on: bool) -> None:
        self.table.cycle_on_click = on

    def reset_selected(self) -> bool:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        return self.table_model.reset(indexes)

    def reset_rows(self, rows: list[int]) -> bool:
        model = self.table_model
        indexes = [model.index(r, c) for r in rows for c in range(model.check_column())]
        return model.reset(indexes)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        choose = QAction(self.tr("Choose letters…"), menu)
        choose.triggered.connect(lambda: self.table.edit(index))
        choose.setEnabled(index.column() != self.table_model.check_column())
        reset = QAction(self.tr("Reset to derived"), menu)
        reset.triggered.connect(self.reset_selected)
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()}
                      | {index.row()})
        reset_row = QAction(self.tr("Reset whole row to derived"), menu)
        reset_row.triggered.connect(lambda: self.reset_rows(rows))
        menu.addActions([choose, reset, reset_row])
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_row_header(self, row: int) -> None:
        self.elements_selected.emit([self.table_model.step_at(row).id])

    def set_selection(self, ids: list[str]) -> None:
        """Follow the canvas: show the row of the selected step."""
        for element_id in ids:
            row = self.table_model.row_of(element_id)
            if row >= 0:
                self.table.scrollTo(self.table_model.index(row, 0))
                self.table.selectRow(row)
                return

    def _on_invalid(self, text: str) -> None:
        self.summary.setText(self.tr("'{text}' is not RACI: use R, A, C, I or e.g. A/R")
                             .format(text=text))

    def _update_summary(self, *_args) -> None:
        errors = self.table_model.error_rows()
        if errors:
            self.summary.setText(self.tr("Steps breaking the RACI rules: {n}").format(n=errors))
        else:
            self.summary.setText(self.tr("RACI rules met"))

    def retranslate(self) -> None:
        self.cycle_button.setText(self.tr("Click to cycle"))
        self.cycle_button.setToolTip(self.tr(
            "On: a click steps a cell through R, A, A/R, C, I and empty; double-click opens the "
            "list. Off: double-click or type to edit."))
        self.reset_button.setText(self.tr("Reset to derived"))
        self.reset_button.setToolTip(self.tr(
            "The selected cells follow the workflow again instead of the hand-set letters"))
        self.legend.setText(self.tr(
            "R does the work · A approves (one per step) · C consulted · I informed — "
            "<i>italic grey</i>: derived from the workflow, <b>bold</b>: set by hand"))
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                self.table_model.columnCount() - 1)
        self.table.fit_columns()
        self._update_summary()

    def showEvent(self, event) -> None:
        self.table_model.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.table_model.set_live(False)
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
