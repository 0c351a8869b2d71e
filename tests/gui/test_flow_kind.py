"""The kind of a flow: set in the Properties panel or the flow's context menu, one undo step
each, saved; exception steps start exception flows; the legend is one click away."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

import aios_designer as aios
from aios_designer.gui import flow_kinds
from aios_designer.model import (Flow, FlowKind, OperatingModel, Position, Role, StepKind,
                                 make_step)

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window


def model() -> OperatingModel:
    agent = Role(name="Agent")
    ai = make_step("ai_task", name="Classify", role_id=agent.id, position=Position(x=140, y=60))
    human = make_step("human_task", name="Answer", role_id=agent.id,
                      position=Position(x=520, y=60))
    exception = make_step("exception", name="AI unavailable", role_id=agent.id,
                          position=Position(x=520, y=240))
    return OperatingModel(roles=[agent], steps=[ai, human, exception],
                          flows=[Flow(source_id=ai.id, target_id=human.id,
                                      condition="confident")])


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot, size=(1280, 720))
    window.document.replace_model(model())
    yield window
    forget_changes(window)


def test_flow_kind_set_in_the_properties_panel_is_one_undo_step_and_saved(
        qtbot, window, tmp_path):
    flow = window.document.model.flows[0]
    window.select_elements([flow.id])
    combo = window.panel("properties").editor("kind").widget
    assert combo.currentText() == "Normal"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Normal -> Exception
    assert window.document.model.flow(flow.id).kind == FlowKind.EXCEPTION
    assert window.document.undo_stack.count() == 1
    path = tmp_path / "kinds.aiosm"
    window.document.save(path)
    assert aios.load_model(path).flow(flow.id).kind == FlowKind.EXCEPTION
    window.document.undo_stack.undo()
    assert window.document.model.flow(flow.id).kind == FlowKind.NORMAL
    assert combo.currentText() == "Normal"


def test_flow_kind_set_in_the_flows_context_menu_is_one_undo_step(qtbot, window, monkeypatch):
    flow = window.document.model.flows[0]
    canvas = window.canvas
    item = canvas.item_for(flow.id)
    point = canvas.mapFromScene(item.path().pointAtPercent(0.25))
    shown = []

    def choose(menu, global_pos):
        shown.append({a.objectName(): a for a in menu.actions()})
        action = shown[-1]["flow_kind_rework"]
        action.trigger()
        return action

    monkeypatch.setattr(flow_kinds, "popup", choose)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                              canvas.viewport().mapToGlobal(point))
    QApplication.sendEvent(canvas.viewport(), event)
    assert shown and shown[0]["flow_kind_normal"].isChecked()
    assert window.document.model.flow(flow.id).kind == FlowKind.REWORK
    assert window.document.undo_stack.count() == 1
    assert canvas.selected_ids() == [flow.id]
    window.document.undo_stack.undo()
    assert window.document.model.flow(flow.id).kind == FlowKind.NORMAL


def test_context_menu_off_a_flow_offers_only_the_legend(qtbot, window, monkeypatch):
    canvas = window.canvas
    offered = []
    monkeypatch.setattr(flow_kinds, "popup", lambda menu, _: offered.append(
        [a.objectName() for a in menu.actions() if a.objectName()]))
    point = canvas.mapFromScene(canvas.mapToScene(QPoint(5, 5)))
    QApplication.sendEvent(canvas.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, canvas.viewport().mapToGlobal(point)))
    assert offered == [["flow_legend"]]


def test_a_flow_out_of_or_into_an_exception_step_starts_as_an_exception_flow(window):
    ai, human, exception = window.document.model.steps
    out = window.document.connect_steps(exception.id, human.id)
    into = window.document.connect_steps(ai.id, exception.id)
    plain = window.document.connect_steps(human.id, ai.id)
    assert (out.kind, into.kind, plain.kind) == (
        FlowKind.EXCEPTION, FlowKind.EXCEPTION, FlowKind.NORMAL)


def test_the_legend_of_flow_kinds_is_in_the_help_menu(qtbot, window):
    assert window.commands.flow_legend in window.help_menu.actions()
    window.commands.flow_legend.trigger()
    dialog = window.show_flow_legend()  # the same dialog, raised
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None
                    and dialog.windowHandle().isExposed())
    assert dialog.isVisible() and len(dialog.meaning_labels) == len(FlowKind)
    dialog.close()
