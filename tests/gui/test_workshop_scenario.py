"""THE scenario: a facilitator builds the source's example workflow with mouse and keyboard.

Classify and route incoming support tickets with drafted responses: a trigger, an AI step
with a review threshold of 0.85 and 5 % QA sampling, a human review, an exception route and
an end. Then save, reopen, undo everything back to the start and redo it all.
"""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from aios_designer.fileio import load_model
from aios_designer.model import OperatingModel, ReviewMode, StepKind

from .helpers import at, drag, forbid_dialogs, forget_changes, isolate_settings, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    yield window
    forget_changes(window)


def comparable(model: OperatingModel) -> dict:
    data = model.model_dump(mode="json")
    data["meta"].pop("modified")  # stamped by Save, outside the undo history
    return data


def add_role(qtbot, window, name: str) -> None:
    panel = window.panel("roles")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The table commits its editor in a queued call: let it run.
    qtbot.waitUntil(lambda: name in [r.name for r in window.document.model.roles])


def the_step(window, kind: StepKind):
    steps = [s for s in window.document.model.steps if s.kind == kind]
    assert len(steps) == 1
    return steps[0]


def click_step(qtbot, window, step_id: str) -> None:
    canvas = window.canvas
    item = canvas.item_for(step_id)
    canvas.ensureVisible(item)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, at(canvas, item))
    assert window.selected_ids() == [step_id]


def move_to_lane(qtbot, window, step_id: str, role_id: str) -> None:
    canvas, scene = window.canvas, window.canvas.workflow_scene
    item = canvas.item_for(step_id)
    canvas.ensureVisible(item)
    lane = scene.lane_of_role(role_id)
    start = at(canvas, item)
    end = canvas.mapFromScene(item.pos().x(), lane.top + 70)
    drag(qtbot, canvas.viewport(), start, end)


def connect(qtbot, window, source_id: str, target_id: str) -> None:
    canvas = window.canvas
    source, target = canvas.item_for(source_id), canvas.item_for(target_id)
    before = len(window.document.model.flows)
    drag(qtbot, canvas.viewport(), canvas.mapFromScene(source.handle_scene_pos()),
         at(canvas, target))
    flows = window.document.model.flows
    assert len(flows) == before + 1
    assert (flows[-1].source_id, flows[-1].target_id) == (source_id, target_id)


def type_into_spin_box(qtbot, spin, text: str) -> None:
    line = spin.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_build_save_reopen_undo_redo_the_example_workflow(qtbot, window, tmp_path,
                                                         monkeypatch):
    document = window.document
    start = comparable(document.model)

    # Lanes first: the roles of the support team.
    window.docks["roles"].raise_()
    for name in ("AI assistant", "Support agent", "Team lead"):
        add_role(qtbot, window, name)
    assert [r.name for r in document.model.roles] == ["AI assistant", "Support agent",
                                                      "Team lead"]
    ai_lane, agent_lane, lead_lane = (r.id for r in document.model.roles)

    # Steps: the trigger by clicking the palette, the rest by their shortcuts.
    palette = window.step_palette
    qtbot.mouseClick(palette.buttons[StepKind.TRIGGER], Qt.MouseButton.LeftButton)
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_8):
        qtbot.keyClick(window.canvas, key, Qt.KeyboardModifier.AltModifier)
    kinds = [s.kind for s in document.model.steps]
    assert kinds == [StepKind.TRIGGER, StepKind.AI_TASK, StepKind.REVIEW, StepKind.EXCEPTION,
                     StepKind.END]
    trigger, ai, review, exception, end = (the_step(window, k) for k in kinds)

    # Into their lanes by dragging them there.
    for step, lane in ((trigger, ai_lane), (ai, ai_lane), (review, agent_lane),
                       (exception, lead_lane), (end, agent_lane)):
        if step.role_id != lane:
            move_to_lane(qtbot, window, step.id, lane)
        assert document.model.step(step.id).role_id == lane

    # Flows by dragging from each step's handle onto the next one.
    for source, target in ((trigger, ai), (ai, review), (review, end), (ai, exception),
                           (exception, end)):
        connect(qtbot, window, source.id, target.id)

    # The review policy, typed into the properties form.
    click_step(qtbot, window, ai.id)
    window.docks["properties"].raise_()
    form = window.panel("properties")
    threshold = form.editor("review.threshold").widget
    form.scroll.ensureWidgetVisible(threshold)
    type_into_spin_box(qtbot, threshold, "0.85")
    qa = form.editor("review.qa_sample_rate").widget
    form.scroll.ensureWidgetVisible(qa)
    type_into_spin_box(qtbot, qa, "5")
    policy = document.model.step(ai.id).review
    assert (policy.mode, policy.threshold, policy.qa_sample_rate) == (ReviewMode.THRESHOLD,
                                                                      0.85, 0.05)

    # Rename with F2 on the canvas.
    click_step(qtbot, window, ai.id)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(window.canvas.viewport(), "Classify and draft reply")
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Return)
    assert document.model.step(ai.id).name == "Classify and draft reply"

    # Save (Ctrl+S asks for a name: the model is new), reopen, same model.
    assert window.isWindowModified()
    target = tmp_path / "support-triage.aiosm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)
    assert target.exists() and not window.isWindowModified()
    assert window.displayed_title() == "support-triage.aiosm — AIOS Designer"
    saved = comparable(document.model)
    assert comparable(load_model(target)) == saved

    # Undo every step back to the empty start, then redo them all.
    stack = document.undo_stack
    steps_done = stack.index()
    assert steps_done >= 3 + 5 + 3 + 5 + 2 + 1
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    for _ in range(steps_done):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert not stack.canUndo()
    assert comparable(document.model) == start
    for number in range(steps_done):
        redo_key = (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier) if number % 2 \
            else (Qt.Key.Key_Y, CTRL)
        qtbot.keyClick(window.canvas, *redo_key)
    assert not stack.canRedo()
    assert comparable(document.model) == saved
    assert not window.isWindowModified()  # back at the saved state

    # Open it again through File → Open: the same model comes back.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.document.replace_model(OperatingModel())
    qtbot.keyClick(window.canvas, Qt.Key.Key_O, CTRL)
    assert comparable(document.model) == saved
    assert document.path == target
