"""Palette, Properties, Roles and Checks panels, used with mouse and keyboard."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from aios_designer.model import (Flow, OperatingModel, Position, ReviewMode, Role, StepKind,
                                 make_step)

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def small_model() -> OperatingModel:
    agent, lead = Role(name="Agent", headcount=3, hourly_cost=45), Role(name="Lead")
    trigger = make_step("trigger", name="Ticket in", role_id=agent.id,
                        position=Position(x=120, y=60))
    ai = make_step("ai_task", name="Classify", role_id=agent.id, position=Position(x=380, y=60))
    review = make_step("review", name="Check", role_id=lead.id, position=Position(x=640, y=60))
    return OperatingModel(roles=[agent, lead], steps=[trigger, ai, review],
                          flows=[Flow(source_id=trigger.id, target_id=ai.id)])


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    window.document.replace_model(small_model())
    yield window
    forget_changes(window)


def test_palette_tooltips_name_the_shortcut_and_clicks_place_steps(qtbot, window):
    palette = window.step_palette
    assert "Alt+2" in palette.actions_by_kind[StepKind.AI_TASK].toolTip()
    before = len(window.document.model.steps)
    qtbot.mouseClick(palette.buttons[StepKind.DECISION], Qt.MouseButton.LeftButton)
    steps = window.document.model.steps
    assert len(steps) == before + 1 and steps[-1].kind == StepKind.DECISION
    assert window.selected_ids() == [steps[-1].id]
    assert window.document.undo_stack.count() == 1


def test_status_bar_counts_follow_the_model(qtbot, window):
    assert window.counts_label.text() == "3 steps · 1 flow · 2 roles"
    qtbot.keyClick(window.canvas, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert window.counts_label.text() == "4 steps · 1 flow · 2 roles"


def test_spin_box_steps_of_one_field_are_one_undo_step(qtbot, window):
    ai = window.document.model.steps[1]
    window.select_elements([ai.id])
    spin = window.panel("properties").editor("review.threshold").widget
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.document.model.step(ai.id).review.threshold == pytest.approx(0.93)
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert window.document.model.step(ai.id).review.threshold == 0.9


def test_enum_and_role_fields_are_combo_boxes_with_translated_labels(qtbot, window):
    ai = window.document.model.steps[1]
    window.select_elements([ai.id])
    form = window.panel("properties")
    mode = form.editor("review.mode").widget
    reviewer = form.editor("review.reviewer_role_id").widget
    assert isinstance(mode, QComboBox) and isinstance(reviewer, QComboBox)
    assert [mode.itemText(i) for i in range(mode.count())] == [
        "Always review", "Review below threshold", "QA sample only", "No review"]
    assert [reviewer.itemText(i) for i in range(reviewer.count())] == ["—", "Agent", "Lead"]
    reviewer.setFocus()
    qtbot.keyClicks(reviewer, "Lead")  # keyboard search selects and activates
    qtbot.keyClick(reviewer, Qt.Key.Key_Return)
    mode.setCurrentIndex(0)
    mode.activated.emit(0)
    review = window.document.model.step(ai.id).review
    assert review.mode == ReviewMode.ALWAYS
    lead = window.document.model.roles[1]
    # Renaming a role updates the choices of an open form.
    window.document.set_fields(("roles", lead.id), {"name": "Team lead"})
    assert reviewer.itemText(2) == "Team lead"


def test_nothing_selected_shows_meta_and_settings(qtbot, window):
    window.select_elements([])
    form = window.panel("properties")
    title = form.editor("title").widget
    form.scroll.ensureWidgetVisible(title)
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Support triage")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.document.model.meta.title == "Support triage"
    assert form.editor("sponsor.name") is not None
    assert form.editor("currency") is not None


def test_roles_panel_reorders_renames_and_deletes_undoably(qtbot, window):
    window.docks["roles"].raise_()
    panel = window.panel("roles")
    names = lambda: [r.name for r in window.document.model.roles]  # noqa: E731
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert names() == ["Lead", "Agent"]
    assert window.canvas.workflow_scene.lanes[0].name == "Lead"
    item = panel.table.item(1, 2)  # Agent's FTE
    panel.table.editItem(item)
    editor = panel.table.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "4.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.model.roles[1].headcount == 4.5)
    panel.table.selectRow(0)
    lead_steps = [s.id for s in window.document.model.steps if s.role_id
                  == window.document.model.roles[0].id]
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert names() == ["Agent"]
    assert all(window.document.model.step(i).role_id is None for i in lead_steps)
    for _ in range(3):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert names() == ["Agent", "Lead"]
    assert window.document.model.roles[0].headcount == 3


def test_checks_panel_lists_findings_and_double_click_selects_them(qtbot, window):
    pytest.importorskip("aios_designer.analysis.checks")
    panel = window.panel("checks")
    panel.recompute()
    tree = panel.tree
    assert tree.topLevelItemCount() > 0  # the small model has no end, unconnected review, …
    assert window.findings_label.text().endswith("warnings")
    row = next(i for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
    item = tree.topLevelItem(row)
    elements = item.data(0, Qt.ItemDataRole.UserRole)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # A real double-click arrives as press, release, double-click, release.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.selected_ids() == elements
    on_canvas = [i for i in elements if window.canvas.item_for(i) is not None
                 and i not in {r.id for r in window.document.model.roles}]
    assert all(window.canvas.item_for(i).isSelected() for i in on_canvas)


def test_checks_follow_changes_after_a_short_pause(qtbot, window):
    pytest.importorskip("aios_designer.analysis.checks")
    panel = window.panel("checks")
    panel.recompute()
    before = len(panel.findings)
    ai = window.document.model.steps[1]
    window.document.set_fields(("steps", ai.id), {"review.mode": ReviewMode.NONE})
    qtbot.waitUntil(lambda: len(panel.findings) != before, timeout=2000)


def test_dragging_a_palette_entry_onto_a_lane_places_that_kind_there(qtbot, window,
                                                                      monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDrag, QDropEvent

    from aios_designer.gui.palette import STEP_KIND_MIME

    dragged = []

    def fake_exec(drag, *args):
        dragged.append(drag.mimeData())
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    button = window.step_palette.buttons[StepKind.EXCEPTION]
    start = button.rect().center()
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(button, start + QPoint(30, 0))
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(30, 0))
    assert len(dragged) == 1
    assert bytes(dragged[0].data(STEP_KIND_MIME)).decode() == "exception"
    assert len(window.document.model.steps) == 3  # a drag is not a click

    # The drop on the canvas, in the lane of "Lead".
    canvas = window.canvas
    lead = window.document.model.roles[1]
    lane = canvas.workflow_scene.lane_of_role(lead.id)
    point = canvas.mapFromScene(900, lane.top + 70)
    drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, dragged[0],
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    canvas.dropEvent(drop)
    placed = window.document.model.steps[-1]
    assert placed.kind == StepKind.EXCEPTION and placed.role_id == lead.id


def test_dragging_a_role_row_reorders_the_lanes(qtbot, window):
    from PySide6.QtGui import QDropEvent

    window.docks["roles"].raise_()
    table = window.panel("roles").table
    table.selectRow(0)
    mime = table.model().mimeData([table.model().index(0, 0)])
    target = table.visualItemRect(table.item(1, 0)).center()
    drop = QDropEvent(target.toPointF(), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    table.dropEvent(drop)
    assert [r.name for r in window.document.model.roles] == ["Lead", "Agent"]
    assert table.item(1, 0).text() == "Agent" and table.rowCount() == 2
    assert window.document.undo_stack.count() == 1


def test_role_kind_is_picked_from_a_combo_in_the_table(qtbot, window):
    from aios_designer.model import RoleKind

    window.docks["roles"].raise_()
    table = window.panel("roles").table
    assert table.item(0, 1).text() == "Human role"
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # Human role → Team
    qtbot.waitUntil(lambda: window.document.model.roles[0].kind == RoleKind.TEAM)
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "Team")
    assert window.document.undo_stack.count() == 1


def test_long_notes_break_at_a_syllable_until_they_are_edited(qtbot, window):
    from aios_designer.gui.scene.hyphenation import SOFT_HYPHEN

    panel = window.panel("properties")
    window.docks["properties"].show()
    window.docks["properties"].raise_()
    window.select_elements([])
    words = "Maschinenkomponentenhersteller mit Vertriebsinnendienst"
    window.document.set_fields(("meta",), {"notes": words}, "notes")
    notes = panel.editor("notes").widget
    shown = lambda: notes.document().toPlainText()  # noqa: E731 - what is drawn
    assert SOFT_HYPHEN in shown() and notes.toPlainText() == words
    # Clicking in to edit shows the text as typed; typing and leaving commits it as typed.
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(notes.hasFocus)
    assert SOFT_HYPHEN not in shown()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " GmbH")
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: not notes.hasFocus())
    assert window.document.model.meta.notes == words + " GmbH"
    assert SOFT_HYPHEN in shown() and notes.toPlainText() == words + " GmbH"
    window.document.undo_stack.undo()
    assert window.document.model.meta.notes == words


def test_the_palette_is_icons_only_on_a_narrow_screen_and_the_view_menu_brings_labels(
        qtbot, window):
    from PySide6.QtCore import QSettings

    from aios_designer.gui.palette import LABELS_KEY, LABELS_MIN_WIDTH

    palette = window.step_palette
    narrow = window.screen().availableGeometry().width() < LABELS_MIN_WIDTH
    assert palette.labels_shown() != narrow
    palette.show_labels(False)  # as on a 1280 × 720 projector
    button = palette.buttons[StepKind.AI_TASK]
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert "KI" in button.toolTip() or "AI" in button.toolTip()  # the name is in the tooltip
    icons_only = palette.width()
    # View ▸ Palette with labels, chosen through the menu with the keyboard.
    action = palette.labels_action
    assert action in window.view_menu.actions() and not action.isChecked()
    window.view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.view_menu.isVisible)
    window.view_menu.setActiveAction(action)
    qtbot.keyClick(window.view_menu, Qt.Key.Key_Return)
    assert palette.labels_shown() and action.isChecked()
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    qtbot.waitUntil(lambda: palette.width() > icons_only)
    assert str(QSettings().value(LABELS_KEY)).lower() == "true"
    # The choice is kept: a new window (the next start) shows the labels whatever the screen.
    again = open_window(qtbot)
    try:
        assert again.step_palette.labels_shown()
        again.step_palette.labels_action.trigger()
        assert not again.step_palette.labels_shown()
        assert str(QSettings().value(LABELS_KEY)).lower() == "false"
    finally:
        forget_changes(again)
