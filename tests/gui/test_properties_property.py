"""Property: any sequence of edits made through the Properties form, undone, gives the start.

Every editor kind is exercised (text, numbers, percentages, optional numbers, enums, role
references, booleans, lists), on steps of every kind, flows, roles and the model's meta.
"""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QListWidget, \
    QPlainTextEdit, QSpinBox

from aios_designer.gui.document import Document
from aios_designer.gui.panels.properties_panel import PropertiesPanel
from aios_designer.model import Flow, OperatingModel, Position, Role, StepKind, make_step


def model() -> OperatingModel:
    roles = [Role(name="Agent"), Role(name="Lead")]
    steps = [make_step(kind, name=kind.value, role_id=roles[i % 2].id,
                       position=Position(x=100 + 200 * i, y=60))
             for i, kind in enumerate(StepKind)]
    flows = [Flow(source_id=a.id, target_id=b.id) for a, b in zip(steps, steps[1:])]
    return OperatingModel(roles=roles, steps=steps, flows=flows)


def poke(editor, draw) -> None:
    """Change the editor's widget the way a user would end up changing it, and commit."""
    widget = editor.widget
    if isinstance(widget, QComboBox) and widget.count():
        widget.setCurrentIndex(draw(st.integers(0, widget.count() - 1)))
        widget.activated.emit(widget.currentIndex())
    elif isinstance(widget, (QDoubleSpinBox, QSpinBox)):
        low, high = widget.minimum(), min(widget.maximum(), 1000.0)
        value = draw(st.floats(low, high, allow_nan=False))
        widget.setValue(int(value) if isinstance(widget, QSpinBox) else value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(not widget.isChecked())
    elif isinstance(widget, QLineEdit):
        widget.setText(draw(st.text(max_size=12)))
        widget.editingFinished.emit()
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(draw(st.text(max_size=20)))
        widget.editing_finished.emit()
    elif isinstance(widget, QListWidget) and widget.count():
        item = widget.item(draw(st.integers(0, widget.count() - 1)))
        item.setCheckState(item.checkState().__class__(2 - item.checkState().value))


@pytest.fixture(scope="module")
def form(qapp):
    document = Document(model())
    panel = PropertiesPanel(document)
    yield panel
    panel.deleteLater()


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_edits_through_the_form_undo_to_the_start_and_redo_to_the_end(form, data):
    document = form.document
    document.replace_model(model())
    start = document.model.model_dump(mode="json")
    targets = [[]] + [[s.id] for s in document.model.steps] + \
        [[f.id] for f in document.model.flows[:2]] + [[document.model.roles[0].id]]
    for _ in range(data.draw(st.integers(1, 12))):
        form.set_selection(data.draw(st.sampled_from(targets)))
        editors = [e for _, e in form.editors if e.ftype.kind not in ("readonly",
                                                                     "calibration")]
        poke(data.draw(st.sampled_from(editors)), data.draw)
    end = document.model.model_dump(mode="json")
    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert document.model.model_dump(mode="json") == start
    while stack.canRedo():
        stack.redo()
    assert document.model.model_dump(mode="json") == end
