"""Editors generated from pydantic fields: the right widget for each field type.

One ``FieldEditor`` edits one (dotted) field of one element and commits every change as ONE
``Document.set_fields`` call. A value the model refuses leaves the model unchanged and marks
the editor red with the reason, so the facilitator sees what to fix.
"""
import enum
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..labels import enum_label
from ..scene.hyphenation import SOFT_HYPHEN, hyphenate
from .check_list import CheckList

#: Long free text (descriptions, procedures) gets a multi-line editor.
LONG_TEXT = 10_000
#: Fractions shown as 0.00–1.00 rather than percent: people think of thresholds as scores.
RATIO_FIELDS = {"threshold"}
ERROR_STYLE = "border: 2px solid #C62828;"
#: What a spin box lets one type: far beyond any field's limit, so that a value out of range
#: reaches the check that names the limit instead of being clamped by the widget.
TYPING_LIMIT = 1_000_000_000


@dataclass
class FieldType:
    """What the editor needs to know about a field."""

    kind: str  # text, line, float, int, fraction, bool, enum, ref, str_list, enum_list,
    # group, readonly, calibration
    optional: bool = False
    enum_class: type | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    model_class: type | None = None


def _unwrap(annotation: Any) -> tuple[Any, bool, list]:
    """(inner type, optional, constraint metadata) of an annotation."""
    optional = False
    metadata: list = []
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else annotation
    if typing.get_origin(annotation) is typing.Annotated:
        args = typing.get_args(annotation)
        annotation = args[0]
        for extra in args[1:]:
            metadata.extend(getattr(extra, "metadata", None) or [extra])
    return annotation, optional, metadata


def field_type(name: str, info: FieldInfo) -> FieldType:
    annotation, optional, metadata = _unwrap(info.annotation)
    metadata = list(info.metadata) + metadata
    if name == "id" or typing.get_origin(annotation) is typing.Literal or annotation in (
            datetime, date):
        return FieldType("readonly", optional)
    if name.endswith("role_id") or name in ("source_id", "target_id", "processor_id"):
        return FieldType("ref", optional)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return FieldType("enum", optional, enum_class=annotation)
    if annotation is bool:
        return FieldType("bool", optional)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if name == "calibration":
            return FieldType("calibration", optional, model_class=annotation)
        return FieldType("group", optional, model_class=annotation)
    if typing.get_origin(annotation) is list:
        inner, _, _ = _unwrap(typing.get_args(annotation)[0])
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return FieldType("enum_list", optional, enum_class=inner)
        return FieldType("str_list", optional)
    if annotation in (float, int):
        result = FieldType("int" if annotation is int else "float", optional)
        for item in metadata:
            if isinstance(item, (Ge, Gt)):
                result.minimum = float(getattr(item, "ge", getattr(item, "gt", 0.0)))
            if isinstance(item, (Le, Lt)):
                result.maximum = float(getattr(item, "le", getattr(item, "lt", 0.0)))
        if result.kind == "float" and result.minimum == 0.0 and result.maximum == 1.0:
            result.kind = "fraction"
        return result
    if annotation is str:
        length = next((m.max_length for m in metadata if getattr(m, "max_length", None)), None)
        return FieldType("text" if (length or 0) >= LONG_TEXT else "line", optional,
                         max_length=length)
    return FieldType("readonly", optional)


def error_text(exc: Exception) -> str:
    """The reason a value was refused, in words a facilitator understands."""
    if isinstance(exc, ValidationError) and exc.errors():
        error = exc.errors()[0]
        context = error.get("ctx") or {}
        locale = QLocale()
        number = lambda v: locale.toString(float(v), "g", 6)  # noqa: E731
        # (message, context key) per pydantic error type; the limit is filled in below.
        messages = {
            "greater_than": (QCoreApplication.translate(
                "FieldEditors", "Must be more than {limit}."), "gt"),
            "greater_than_equal": (QCoreApplication.translate(
                "FieldEditors", "Must be at least {limit}."), "ge"),
            "less_than": (QCoreApplication.translate(
                "FieldEditors", "Must be less than {limit}."), "lt"),
            "less_than_equal": (QCoreApplication.translate(
                "FieldEditors", "Must be at most {limit}."), "le"),
            "string_too_long": (QCoreApplication.translate(
                "FieldEditors", "At most {limit} characters."), "max_length"),
        }
        if error["type"] in messages:
            text, key = messages[error["type"]]
            limit = context[key]
            return text.format(limit=limit if key == "max_length" else number(limit))
        return str(error.get("msg", exc))
    return str(exc)


class FieldEditor(QObject):
    """One field of one element: a widget, its label, loading and committing."""

    #: (editor, dotted field, value) — the form turns it into ``Document.set_fields``.
    committed = Signal(object, str, object)

    def __init__(self, dotted: str, ftype: FieldType, parent: QWidget,
                 choices: Callable[[], list[tuple[str, str | None]]] | None = None):
        super().__init__(parent)
        self.dotted = dotted
        self.name = dotted.rpartition(".")[2]
        self.ftype = ftype
        self.choices = choices
        self._loading = False
        self.widget = self._create(parent)
        self.widget.setObjectName(f"field_{dotted.replace('.', '__')}")
        self.error_label = QLabel(parent)
        self.error_label.setObjectName(f"error_{dotted.replace('.', '__')}")
        self.error_label.setStyleSheet("color: #C62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    # -- widgets --------------------------------------------------------------------------
    def _create(self, parent: QWidget) -> QWidget:
        kind = self.ftype.kind
        if kind == "line":
            widget = QLineEdit(parent)
            widget.editingFinished.connect(self._commit_current)
        elif kind == "str_list":
            widget = QLineEdit(parent)
            widget.setPlaceholderText(QCoreApplication.translate("FieldEditors", "comma-separated"))
            widget.editingFinished.connect(self._commit_current)
        elif kind == "text":
            widget = _PlainText(parent)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
            widget.editing_finished.connect(self._commit_current)
        elif kind in ("float", "fraction", "int"):
            widget = self._spin_box(parent)
        elif kind == "bool" and not self.ftype.optional:
            widget = QCheckBox(parent)
            widget.toggled.connect(self._commit_current)
        elif kind in ("bool", "enum", "ref"):
            widget = QComboBox(parent)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
            self._fill_combo(widget)
            widget.activated.connect(lambda _: self._commit_current())
        elif kind == "enum_list":
            widget = CheckList(parent)
            for member in self.ftype.enum_class:
                item = QListWidgetItem(enum_label(member))
                item.setData(Qt.ItemDataRole.UserRole, member)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            widget.fit_height()
            widget.itemChanged.connect(lambda _: self._commit_current())
        else:
            widget = QLabel(parent)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setWordWrap(True)
        return widget

    def _spin_box(self, parent: QWidget) -> QWidget:
        ftype = self.ftype
        # The widget accepts any number typed; one outside the model's limits is refused in
        # ``_commit_current`` with the reason (a spin box's own limits would silently clamp
        # 1,5 to 1,00). Optional fields keep their lower limit: one step below it is "not set".
        if ftype.kind == "int":
            widget = QSpinBox(parent)
            low = int(ftype.minimum or 0)
            widget.setRange(low - 1 if ftype.optional else -TYPING_LIMIT, TYPING_LIMIT)
            widget.valueChanged.connect(self._commit_current)
        else:
            widget = QDoubleSpinBox(parent)
            percent = ftype.kind == "fraction" and self.name not in RATIO_FIELDS
            if ftype.kind == "fraction" and not percent:
                widget.setDecimals(2)
                widget.setSingleStep(0.01)
            elif percent:
                widget.setDecimals(1)
                widget.setSingleStep(1.0)
                widget.setSuffix(" %")
            else:
                widget.setDecimals(2)
                widget.setSingleStep(1.0)
            low = (ftype.minimum or 0.0) * (100.0 if percent else 1.0)
            step = widget.singleStep()
            widget.setRange(low - step if ftype.optional else -TYPING_LIMIT, TYPING_LIMIT)
            widget.valueChanged.connect(self._commit_current)
        if ftype.optional:
            widget.setSpecialValueText(QCoreApplication.translate("FieldEditors", "not set"))
        # The typing range would make the box as wide as "-1000000000,00"; the form may
        # shrink it to what the field's own numbers need.
        widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("000000,00 %") + 30)
        # Commit on Enter, focus change and arrow steps, not on every keystroke.
        widget.setKeyboardTracking(False)
        widget.setAccelerated(True)
        widget.setGroupSeparatorShown(True)  # 6.000 Vorgänge, as everywhere else
        return widget

    def _fill_combo(self, widget: QComboBox) -> None:
        widget.clear()
        kind = self.ftype.kind
        if kind == "bool":
            for text, value in (
                    (QCoreApplication.translate("FieldEditors", "not answered"), None),
                    (QCoreApplication.translate("FieldEditors", "yes"), True),
                    (QCoreApplication.translate("FieldEditors", "no"), False)):
                widget.addItem(text, value)
            return
        if self.ftype.optional or kind == "ref":
            widget.addItem(QCoreApplication.translate("FieldEditors", "—"), None)
        if kind == "enum":
            for member in self.ftype.enum_class:
                widget.addItem(enum_label(member), member)
        elif self.choices is not None:
            for text, value in self.choices():
                widget.addItem(text, value)

    def refresh_choices(self) -> None:
        """Role or step names changed: rebuild the choices, keep the value."""
        if self.ftype.kind in ("ref", "enum") and isinstance(self.widget, QComboBox):
            value = self.widget.currentData()
            self._loading = True
            try:
                self._fill_combo(self.widget)
                self._select_data(value)
            finally:
                self._loading = False

    def retranslate(self) -> None:
        if isinstance(self.widget, QComboBox):
            self.refresh_choices()
        elif isinstance(self.widget, QListWidget):
            for row in range(self.widget.count()):
                item = self.widget.item(row)
                item.setText(enum_label(self._member(item)))
        elif isinstance(self.widget, QLineEdit) and self.ftype.kind == "str_list":
            self.widget.setPlaceholderText(
                QCoreApplication.translate("FieldEditors", "comma-separated"))
        if isinstance(self.widget, (QDoubleSpinBox, QSpinBox)):
            # Numbers are read and shown in the new language's way (1,5 in German) at once.
            self._loading = True
            try:
                self.widget.setLocale(QLocale())
                self.widget.setValue(self.widget.value())
            finally:
                self._loading = False
            if self.ftype.optional:
                self.widget.setSpecialValueText(
                    QCoreApplication.translate("FieldEditors", "not set"))

    def _member(self, item: QListWidgetItem):
        # Qt hands enum members back as plain strings.
        return self.ftype.enum_class(item.data(Qt.ItemDataRole.UserRole))

    def _select_data(self, value: Any) -> None:
        widget: QComboBox = self.widget
        for index in range(widget.count()):
            if widget.itemData(index) == value:
                widget.setCurrentIndex(index)
                return
        widget.setCurrentIndex(0 if value is None else -1)

    # -- values ---------------------------------------------------------------------------
    def _percent(self) -> bool:
        return self.ftype.kind == "fraction" and self.name not in RATIO_FIELDS

    def load(self, value: Any) -> None:
        """Show ``value`` without committing it, clearing any error mark."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        self.clear_error()

    def _show(self, value: Any) -> None:
        widget, kind = self.widget, self.ftype.kind
        if kind in ("line",):
            if widget.text() != (value or ""):
                widget.setText(value or "")
                widget.setCursorPosition(0)
        elif kind == "str_list":
            widget.setText(", ".join(value or []))
        elif kind == "text":
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif kind in ("float", "fraction", "int"):
            if value is None:
                widget.setValue(widget.minimum())
            else:
                widget.setValue(value * 100 if self._percent() else value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            self._select_data(value)
        elif kind == "enum_list":
            chosen = set(value or [])
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked
                                   if self._member(item) in chosen
                                   else Qt.CheckState.Unchecked)
        elif kind == "calibration":
            widget.setText(_calibration_summary(value))
        else:
            widget.setText(_readonly_text(value))

    def value(self) -> Any:
        widget, kind = self.widget, self.ftype.kind
        if kind == "line":
            return widget.text()
        if kind == "str_list":
            return [part.strip() for part in widget.text().split(",") if part.strip()]
        if kind == "text":
            return widget.toPlainText()
        if kind in ("float", "fraction", "int"):
            if self.ftype.optional and widget.value() == widget.minimum():
                return None
            number = widget.value()
            if self._percent():
                return round(number / 100.0, 6)
            return number
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if kind == "enum_list":
            return [self._member(widget.item(r)) for r in range(widget.count())
                    if widget.item(r).checkState() == Qt.CheckState.Checked]
        return None

    def _commit_current(self, *_args) -> None:
        if self._loading:
            return
        value = self.value()
        refused = self.out_of_range(value)
        if refused:
            self.show_error(refused)
            return
        self.committed.emit(self, self.dotted, value)

    def out_of_range(self, value: Any) -> str:
        """Why the number ``value`` is refused (in the units the field shows), or ""."""
        ftype = self.ftype
        if ftype.kind not in ("float", "fraction", "int") or value is None:
            return ""
        scale = 100.0 if self._percent() else 1.0
        suffix = "\u00a0%" if self._percent() else ""
        locale = QLocale()
        shown = lambda v: locale.toString(float(v) * scale, "g", 6) + suffix  # noqa: E731
        if ftype.minimum is not None and value < ftype.minimum:
            return QCoreApplication.translate("FieldEditors", "Must be at least {limit}.").format(
                limit=shown(ftype.minimum))
        if ftype.maximum is not None and value > ftype.maximum:
            return QCoreApplication.translate("FieldEditors", "Must be at most {limit}.").format(
                limit=shown(ftype.maximum))
        return ""

    # -- errors ---------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.widget.setStyleSheet(ERROR_STYLE)
        self.widget.setToolTip(message)
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        if self.error_label.isVisible() or self.widget.styleSheet():
            self.widget.setStyleSheet("")
            self.widget.setToolTip("")
            self.error_label.hide()

    @property
    def has_error(self) -> bool:
        return not self.error_label.isHidden()


class _PlainText(QPlainTextEdit):
    """A multi-line editor that commits when it loses the focus, like a line edit.

    While it is not being edited its long words carry soft hyphens, so a narrow dock breaks
    "Maschinenkomponenten" at a syllable ("Maschinenkompo-" / "nenten") instead of at any
    letter; editing shows (and ``toPlainText`` always returns) the text as typed."""

    editing_finished = Signal()

    def toPlainText(self) -> str:  # noqa: N802 - the text as typed, whatever is shown
        return super().toPlainText().replace(SOFT_HYPHEN, "")

    def setPlainText(self, text: str) -> None:  # noqa: N802
        super().setPlainText(text if self.hasFocus() else hyphenate(text))

    def focusInEvent(self, event) -> None:
        shown = super().toPlainText()
        if SOFT_HYPHEN in shown:
            # The cursor stays where it was put, counted in the text without the hyphens.
            position = self.textCursor().position()
            position -= shown[:position].count(SOFT_HYPHEN)
            blocked = self.blockSignals(True)
            super().setPlainText(shown.replace(SOFT_HYPHEN, ""))
            self.blockSignals(blocked)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()
        if not self.hasFocus():
            blocked = self.blockSignals(True)
            super().setPlainText(hyphenate(self.toPlainText()))
            self.blockSignals(blocked)


def _readonly_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return QLocale().toString(value.astimezone(), QLocale.FormatType.ShortFormat)
    if isinstance(value, enum.Enum):
        return enum_label(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return QLocale().toString(value)  # 1.797 / 0,85 in German
    return str(value)


def _calibration_summary(calibration) -> str:
    if calibration is None or not calibration.points:
        return QCoreApplication.translate(
            "FieldEditors", "not calibrated (Tools → Calibrate from pilot data…)")
    return QCoreApplication.translate(
        "FieldEditors", "{points} points from {source} ({rows} rows)").format(
        points=len(calibration.points), source=calibration.source or "?",
        rows=QLocale().toString(calibration.rows_used))
