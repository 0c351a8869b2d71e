"""A human task is marked in the Properties panel as able to change the outcome (Art. 22)."""
import pytest
from PySide6.QtCore import QPoint, Qt

from aios_designer.model import OperatingModel, Position, Role, make_step

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    clerk = Role(name="Clerk")
    task = make_step("human_task", name="Print and post", role_id=clerk.id,
                     position=Position(x=120, y=60))
    window.document.replace_model(OperatingModel(roles=[clerk], steps=[task]))
    yield window
    forget_changes(window)


def test_can_change_outcome_is_a_check_box_and_one_undo_step(qtbot, window):
    task = window.document.model.steps[0]
    assert not task.can_change_outcome
    window.select_elements([task.id])
    box = window.panel("properties").editor("can_change_outcome").widget
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert window.document.model.step(task.id).can_change_outcome
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert not window.document.model.step(task.id).can_change_outcome
