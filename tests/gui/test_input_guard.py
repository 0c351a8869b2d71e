"""Input never changes the model by accident: the wheel and values out of range."""
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from aios_designer.model import Flow, OperatingModel, Position, Role, make_step

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window


def model() -> OperatingModel:
    agent = Role(name="Agent", headcount=3, hourly_cost=45)
    trigger = make_step("trigger", name="Ticket in", role_id=agent.id,
                        position=Position(x=120, y=60))
    ai = make_step("ai_task", name="Classify", role_id=agent.id, position=Position(x=380, y=60))
    human = make_step("human_task", name="Answer", role_id=agent.id,
                      position=Position(x=640, y=60))
    return OperatingModel(roles=[agent], steps=[trigger, ai, human],
                          flows=[Flow(source_id=trigger.id, target_id=ai.id, share=0.5)])


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot, size=(1280, 720))
    window.document.replace_model(model())
    yield window
    forget_changes(window)


def wheel(widget, steps: int = -1) -> None:
    """A wheel turn over the middle of ``widget``, as the window system delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def properties(window, step_id):
    window.select_elements([step_id])
    return window.panel("properties")


def test_wheel_over_an_unfocused_spin_box_scrolls_the_panel_and_changes_nothing(qtbot, window):
    ai = window.document.model.steps[1]
    panel = properties(window, ai.id)
    spin = panel.editor("review.threshold").widget
    window.canvas.setFocus()
    assert not spin.hasFocus()
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = window.document.model.model_dump()
    bar = panel.scroll.verticalScrollBar()
    bar.setValue(0)
    # The wheel reaches the line edit inside the spin box first, as under a real mouse.
    wheel(spin.lineEdit(), -3)
    wheel(spin, -3)
    assert window.document.model.model_dump() == before
    assert window.document.undo_stack.count() == 0
    assert spin.value() == pytest.approx(0.9)
    if bar.maximum() > 0:
        assert bar.value() > 0, "the wheel scrolls the panel instead"


def test_wheel_over_an_unfocused_combo_box_changes_nothing(qtbot, window):
    ai = window.document.model.steps[1]
    panel = properties(window, ai.id)
    combo = panel.editor("review.mode").widget
    window.canvas.setFocus()
    index = combo.currentIndex()
    wheel(combo, -1)
    wheel(combo, 1)
    assert combo.currentIndex() == index
    assert window.document.undo_stack.count() == 0


def test_wheel_over_a_focused_spin_box_steps_it(qtbot, window):
    ai = window.document.model.steps[1]
    spin = properties(window, ai.id).editor("review.threshold").widget
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, 1)
    assert window.document.model.step(ai.id).review.threshold == pytest.approx(0.91)


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize("field, text, reason", [
    ("review.threshold", "1.5", "Must be at most 1."),
    ("review.qa_sample_rate", "120", "Must be at most 100\u00a0%."),
])
def test_a_value_out_of_range_is_marked_red_with_the_reason(qtbot, window, field, text, reason):
    ai = window.document.model.steps[1]
    editor = properties(window, ai.id).editor(field)
    before = window.document.model.model_dump()
    type_into(qtbot, editor.widget, text)
    assert window.document.model.model_dump() == before
    assert window.document.undo_stack.count() == 0
    assert editor.has_error and editor.error_label.isVisible()
    assert editor.error_label.text() == reason
    assert "C62828" in editor.widget.styleSheet()
    # A value in range clears the mark and is stored.
    type_into(qtbot, editor.widget, "0.5" if field == "review.threshold" else "50")
    assert not editor.has_error
    assert window.document.undo_stack.count() == 1


def test_negative_minutes_and_a_share_above_100_percent_are_refused(qtbot, window):
    human = window.document.model.steps[2]
    editor = properties(window, human.id).editor("handling_minutes")
    before = window.document.model.model_dump()
    type_into(qtbot, editor.widget, "-5")
    assert editor.has_error and editor.error_label.text() == "Must be at least 0."
    flow = window.document.model.flows[0]
    window.select_elements([flow.id])
    share = window.panel("properties").editor("share")
    type_into(qtbot, share.widget, "120")
    assert share.has_error and "100" in share.error_label.text()
    assert window.document.model.model_dump() == before


def test_in_german_a_threshold_of_1_comma_5_is_refused_with_the_reason_in_german(
        qtbot, monkeypatch):
    from aios_designer.gui.i18n import install_language

    isolate_settings()
    forbid_dialogs(monkeypatch)
    install_language("de")  # as a German start: before the window exists
    window = open_window(qtbot, size=(1280, 720))
    try:
        window.document.replace_model(model())
        ai = window.document.model.steps[1]
        editor = properties(window, ai.id).editor("review.threshold")
        before = window.document.model.model_dump()
        type_into(qtbot, editor.widget, "1,5")
        assert window.document.model.model_dump() == before
        assert window.document.undo_stack.count() == 0
        assert editor.has_error and editor.error_label.isVisible()
        assert editor.error_label.text() == "Darf höchstens 1 sein."
        assert editor.widget.text() == "1,50"
    finally:
        forget_changes(window)
        install_language("en")


def test_after_switching_to_german_numbers_are_read_the_german_way(qtbot, window):
    ai = window.document.model.steps[1]
    editor = properties(window, ai.id).editor("review.threshold")
    window.language_actions["de"].trigger()
    try:
        qtbot.waitUntil(lambda: editor.widget.text() == "0,90")
        type_into(qtbot, editor.widget, "0,5")
        assert window.document.model.step(ai.id).review.threshold == pytest.approx(0.5)
    finally:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
