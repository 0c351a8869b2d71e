"""The Properties panel: every field of the selected step, flow or role, or the model's meta.

The form is generated from the pydantic fields, so a field added to the model shows up here
without GUI work. Each edit is one ``Document.set_fields`` call (one undo step); spin-box
steps of the same field merge into one.
"""
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..document import Change, Document
from ..edits import resolve
from ..labels import enum_label, field_label
from .field_editors import FieldEditor, error_text, field_type

#: Shown elsewhere (the canvas position, the RACI panel) or in the header.
HIDDEN_FIELDS = {"position", "raci_overrides", "kind"}
#: Nested models shown as a titled group inside the form.
COLLAPSED_LAST = {"data_protection", "calibration"}


class _WrappedLabelHeight(QObject):
    """A form layout gives a word-wrapped label the height of one line (it asks for the height
    before it knows the width), so a two-line German label is squeezed and cut. Once the label
    has its width, its minimum height becomes what that width needs; the form then makes room."""

    def eventFilter(self, label, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            needed = label.heightForWidth(label.width())
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)
        return False


class PropertiesPanel(QWidget):
    elements_selected = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.selection: list[str] = []
        #: What the form shows: [(ref, title)] — one entry per edited element/singleton.
        self.targets: list[tuple[tuple, str]] = []
        self.editors: list[tuple[tuple, FieldEditor]] = []
        self._labels: list[tuple[QLabel, str]] = []
        self._label_height = _WrappedLabelHeight(self)
        self._groups: list[tuple[QGroupBox, str]] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel(self)
        self.header.setObjectName("properties_header")
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll)
        self.form_widget: QWidget | None = None

        document.changed.connect(self._on_changed)
        document.model_replaced.connect(lambda: self.set_selection([]))
        self.rebuild()

    # -- what to show ---------------------------------------------------------------------
    def set_selection(self, ids: list[str]) -> None:
        self.selection = list(ids)
        self.rebuild()

    def _current_refs(self) -> list[tuple]:
        model = self.document.model
        if len(self.selection) == 1:
            element_id = self.selection[0]
            for name, finder in (("steps", model.step), ("flows", model.flow),
                                 ("roles", model.role)):
                if finder(element_id) is not None:
                    return [(name, element_id)]
        if not self.selection:
            return [("meta",), ("settings",)]
        return []

    def rebuild(self) -> None:
        """Build the form for the current selection from scratch."""
        self.editors.clear()
        self._labels.clear()
        self._groups.clear()
        refs = self._current_refs()
        self.targets = [(ref, "") for ref in refs]
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        outer.setContentsMargins(0, 0, 0, 0)
        for ref in refs:
            target = resolve(self.document.model, ref)
            if ref == ("settings",):
                box = QGroupBox(form_widget)
                self._groups.append((box, "settings"))
                form = QFormLayout(box)
                outer.addWidget(box)
            else:
                holder = QWidget(form_widget)
                form = QFormLayout(holder)
                form.setContentsMargins(0, 0, 0, 0)
                outer.addWidget(holder)
            self._configure(form)
            self._add_fields(form, ref, target, "", form_widget)
        outer.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(form_widget)
        self.form_widget = form_widget
        self.retranslate()

    @staticmethod
    def _configure(form: QFormLayout) -> None:
        # Labels above fields when the dock is narrow (1280 × 720): nothing gets cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)

    def _add_fields(self, form: QFormLayout, ref: tuple, target, prefix: str,
                    parent: QWidget) -> None:
        fields = type(target).model_fields
        # A step's kind is its header; a flow's kind is edited here.
        hidden = HIDDEN_FIELDS - {"kind"} if ref[0] == "flows" else HIDDEN_FIELDS
        names = [n for n in fields if n not in hidden and n not in COLLAPSED_LAST]
        names += [n for n in fields if n in COLLAPSED_LAST]
        if "id" in names:  # the id is for experts: last
            names.remove("id")
            names.append("id")
        for name in names:
            ftype = field_type(name, fields[name])
            dotted = f"{prefix}{name}"
            if ftype.kind == "group":
                box = QGroupBox(parent)
                box.setObjectName(f"group_{dotted.replace('.', '__')}")
                self._groups.append((box, name))
                inner = QFormLayout(box)
                self._configure(inner)
                self._add_fields(inner, ref, getattr(target, name), f"{dotted}.", box)
                form.addRow(box)
                continue
            editor = FieldEditor(dotted, ftype, parent, self._choices_for(name))
            editor.committed.connect(lambda ed, field, value, ref=ref:
                                     self._commit(ref, ed, field, value))
            editor.load(getattr(target, name))
            label = QLabel(parent)
            # Long German labels wrap instead of widening a narrow dock.
            label.setWordWrap(True)
            label.installEventFilter(self._label_height)
            label.setBuddy(editor.widget)
            self._labels.append((label, name))
            form.addRow(label, editor.widget)
            form.addRow(editor.error_label)
            self.editors.append((ref, editor))

    def _choices_for(self, name: str):
        model = lambda: self.document.model  # noqa: E731 - the model may be replaced
        if name.endswith("role_id"):
            return lambda: [(r.name or r.id, r.id) for r in model().roles]
        if name in ("source_id", "target_id"):
            return lambda: [(s.name or enum_label(s.kind), s.id) for s in model().steps]
        if name == "processor_id":
            return lambda: [(p.name, p.id) for p in model().compliance.processors]
        return None

    # -- editing --------------------------------------------------------------------------
    def _commit(self, ref: tuple, editor: FieldEditor, field: str, value) -> None:
        spin = editor.ftype.kind in ("float", "fraction", "int")
        try:
            self.document.set_fields(
                ref, {field: value},
                self.tr("Set {field}").format(field=field_label(editor.name)),
                merge_key=f"{ref}:{field}" if spin else None)
        except (ValueError, KeyError) as exc:
            editor.show_error(error_text(exc))
            return
        editor.clear_error()

    def _on_changed(self, change: Change) -> None:
        model = self.document.model
        if any(len(ref) == 2 and not self._exists(ref) for ref, _ in self.targets):
            self.selection = [i for i in self.selection if self._exists_id(i)]
            self.rebuild()
            return
        for ref, editor in self.editors:
            if change.touches(_choices_source(editor.name)):
                editor.refresh_choices()
            touched = (change.touches(ref[0]) and (len(ref) == 1 or ref[1] in change.ids))
            if touched and not editor.has_error:
                editor.load(_value(resolve(model, ref), editor.dotted))
        self._update_header()

    def _exists(self, ref: tuple) -> bool:
        try:
            resolve(self.document.model, ref)
        except KeyError:
            return False
        return True

    def _exists_id(self, element_id: str) -> bool:
        model = self.document.model
        return bool(model.step(element_id) or model.flow(element_id) or model.role(element_id))

    def editor(self, dotted: str) -> FieldEditor | None:
        """The editor of ``dotted`` in the current form (tests, other panels)."""
        return next((e for _, e in self.editors if e.dotted == dotted), None)

    # -- language -------------------------------------------------------------------------
    def _update_header(self) -> None:
        refs = [ref for ref, _ in self.targets]
        model = self.document.model
        if not refs:
            self.header.setText(self.tr("{count} elements selected").format(
                count=len(self.selection)))
        elif refs[0] == ("meta",):
            self.header.setText(self.tr("Operating model"))
        elif refs[0][0] == "steps":
            step = model.step(refs[0][1])
            self.header.setText(f"{enum_label(step.kind)}: {step.name}")
        elif refs[0][0] == "flows":
            self.header.setText(self.tr("Flow"))
        else:
            role = model.role(refs[0][1])
            self.header.setText(self.tr("Role: {name}").format(name=role.name))

    def retranslate(self) -> None:
        for label, name in self._labels:
            label.setText(field_label(name))
        for box, name in self._groups:
            box.setTitle(field_label(name))
        for _, editor in self.editors:
            editor.retranslate()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _choices_source(name: str) -> str:
    """The collection whose names a reference field offers."""
    if name in ("source_id", "target_id"):
        return "steps"
    if name == "processor_id":
        return "compliance.processors"
    return "roles" if name.endswith("role_id") else ""


def _value(target, dotted: str):
    for part in dotted.split("."):
        target = getattr(target, part)
    return target
