"""The workflow canvas, driven like a person drives it: real mouse and keyboard events."""
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (QDragEnterEvent, QDropEvent, QImage, QPainter, QPainterPathStroker,
                           QWheelEvent)
from PySide6.QtWidgets import QApplication

from aios_designer.gui.canvas_view import STEP_KIND_MIME, CanvasView
from aios_designer.gui.document import Document
from aios_designer.gui.scene.step_item import StepItem
from aios_designer.gui.scene.styles import STEP_STYLES, kind_name
from aios_designer.gui.scene.workflow_scene import WorkflowScene
from aios_designer.model import (Flow, FlowKind, OperatingModel, Position, ReviewMode, Role,
                                 StepKind, make_step)


def two_lane_model():
    agent, lead = Role(name="Agent"), Role(name="Lead")
    first = make_step("trigger", name="Ticket in", role_id=agent.id,
                      position=Position(x=120, y=60))
    second = make_step("ai_task", name="Classify", role_id=agent.id,
                       position=Position(x=380, y=60))
    third = make_step("human_task", name="Answer", role_id=agent.id,
                      position=Position(x=640, y=60))
    flow = Flow(source_id=first.id, target_id=second.id)
    return OperatingModel(roles=[agent, lead], steps=[first, second, third], flows=[flow])


@pytest.fixture
def view(qtbot):
    document = Document(two_lane_model())
    canvas = CanvasView(document)
    canvas.resize(1200, 700)
    qtbot.addWidget(canvas)
    with qtbot.waitExposed(canvas):
        canvas.show()
    canvas.setFocus()
    return canvas


def at(view, item, offset=(0.0, 0.0)) -> QPoint:
    """Viewport point over ``item`` (its centre plus an offset in scene units)."""
    return view.map_from_scene(item.mapToScene(QPointF(*offset)))


def drag(qtbot, view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier):
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, 6):
        qtbot.mouseMove(port, start + (end - start) * (i / 5))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, modifier, end)


def click(qtbot, view, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def ids(model, kind):
    return [s.id for s in model.steps if s.kind == kind]


def test_scene_shows_lanes_steps_and_flows(view):
    scene = view.workflow_scene
    model = view.document.model
    assert set(scene.steps) == {s.id for s in model.steps}
    assert set(scene.flows) == {f.id for f in model.flows}
    assert [lane.role_id for lane in scene.lanes] == [r.id for r in model.roles]
    assert scene.lane_items[0].name == "Agent"
    ai = scene.steps[model.steps[1].id]
    assert ai.detail == "auto ≥ 0.90 · QA 5 %"


def test_every_kind_has_its_own_look_and_a_default_name(view):
    for kind in StepKind:
        step_id = view.place_step(kind)
        step = view.document.model.step(step_id)
        assert step.name == kind_name(kind)
        assert isinstance(view.item_for(step_id), StepItem)
    looks = {(s.shape, s.fill) for s in STEP_STYLES.values()}
    assert len(looks) == len(StepKind)
    # Placed next to each other, never on top of each other.
    placed = [view.item_for(s.id).sceneBoundingRect() for s in view.document.model.steps]
    for i, rect in enumerate(placed):
        for other in placed[i + 1:]:
            assert not rect.adjusted(10, 10, -10, -10).intersects(
                other.adjusted(10, 10, -10, -10))


def test_a_step_placed_next_to_the_selected_one_leaves_room_for_a_flow_label(view):
    model = view.document.model
    selected = ids(model, StepKind.HUMAN_TASK)[0]  # the last step of its lane
    view.select_ids([selected])
    placed = view.place_step(StepKind.DECISION)
    left, right = view.item_for(selected), view.item_for(placed)
    assert right.pos().y() == left.pos().y()
    gap = (right.pos().x() - right.style.width / 2) - (left.pos().x() + left.style.width / 2)
    assert gap >= 110  # 120, give or take the snap grid; a label is at most 130 wide


def test_policy_summary_follows_the_model(view):
    document = view.document
    ai_id = ids(document.model, StepKind.AI_TASK)[0]
    document.set_fields(("steps", ai_id), {"review.threshold": 0.85,
                                           "review.qa_sample_rate": 0.1})
    assert view.item_for(ai_id).detail == "auto ≥ 0.85 · QA 10 %"
    for mode, text in ((ReviewMode.ALWAYS, "always reviewed"), (ReviewMode.NONE, "no review"),
                       (ReviewMode.SAMPLE_ONLY, "QA sample 10 %")):
        document.set_fields(("steps", ai_id), {"review.mode": mode})
        assert view.item_for(ai_id).detail == text


def test_place_step_in_lane_of_drop_point_by_real_drop_event(view):
    scene = view.workflow_scene
    lead_lane = scene.lanes[1]
    target = QPointF(900, lead_lane.top + 70)
    data = QMimeData()
    data.setData(STEP_KIND_MIME, b"review")
    point = view.map_from_scene(target)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted()
    review = view.document.model.steps[-1]
    assert review.kind == StepKind.REVIEW
    assert review.role_id == lead_lane.role_id
    assert abs(review.position.x - 900) <= 20
    assert view.selected_ids() == [review.id]


def test_connect_by_dragging_the_handle(view, qtbot):
    model = view.document.model
    source, target = model.steps[1], model.steps[2]
    source_item = view.item_for(source.id)
    click(qtbot, view, at(view, source_item))  # selected: the handle shows
    handle = view.map_from_scene(source_item.handle_scene_pos())
    drag(qtbot, view, handle, at(view, view.item_for(target.id)))
    flows = [f for f in model.flows if f.source_id == source.id and f.target_id == target.id]
    assert len(flows) == 1
    assert flows[0].id in view.workflow_scene.flows
    assert view.selected_ids() == [flows[0].id]
    assert source.position == Position(x=380, y=60)  # connecting moved nothing
    view.document.undo_stack.undo()
    assert not [f for f in model.flows if f.source_id == source.id]
    assert flows[0].id not in view.workflow_scene.flows


def test_handle_drag_onto_empty_space_connects_nothing(view, qtbot):
    model = view.document.model
    item = view.item_for(model.steps[2].id)
    click(qtbot, view, at(view, item))
    before = view.document.undo_stack.count()
    drag(qtbot, view, view.map_from_scene(item.handle_scene_pos()),
         at(view, item, (300, 20)))
    assert view.document.undo_stack.count() == before
    assert len(model.flows) == 1


def test_drag_is_one_undo_step_and_another_lane_changes_the_role(view, qtbot):
    document = view.document
    model = document.model
    step = model.steps[2]
    lead = model.roles[1]
    item = view.item_for(step.id)
    lead_lane = view.workflow_scene.lanes[1]
    before = document.undo_stack.count()
    drag(qtbot, view, at(view, item), view.map_from_scene(QPointF(700, lead_lane.top + 60)))
    assert document.undo_stack.count() == before + 1
    assert step.role_id == lead.id
    assert step.position == Position(x=700, y=60)  # snapped to the grid
    assert item.pos() == QPointF(700, view.workflow_scene.lane_of_role(lead.id).top + 60)
    document.undo_stack.undo()
    assert step.role_id == model.roles[0].id
    assert step.position == Position(x=640, y=60)
    assert item.pos() == QPointF(640, 60)


def test_flows_follow_a_dragged_step(view, qtbot):
    model = view.document.model
    flow_item = view.item_for(model.flows[0].id)
    before = flow_item.boundingRect()
    target = view.item_for(model.steps[1].id)
    drag(qtbot, view, at(view, target), at(view, target, (100, 40)))
    assert flow_item.boundingRect() != before
    assert flow_item.boundingRect().contains(target.port("left"))


def test_rubber_band_and_ctrl_click_selection(view, qtbot):
    model = view.document.model
    scene = view.workflow_scene
    first, second, third = (view.item_for(s.id) for s in model.steps)
    drag(qtbot, view, at(view, first, (-100, -45)), at(view, second, (100, 45)))
    assert set(view.selected_ids()) >= {model.steps[0].id, model.steps[1].id}
    assert model.steps[2].id not in view.selected_ids()
    assert not any(lane.isSelected() for lane in scene.lane_items)
    click(qtbot, view, at(view, third), Qt.KeyboardModifier.ControlModifier)
    assert model.steps[2].id in view.selected_ids()
    click(qtbot, view, at(view, third), Qt.KeyboardModifier.ControlModifier)
    assert model.steps[2].id not in view.selected_ids()


def test_selection_signal_and_select_ids(view, qtbot):
    model = view.document.model
    with qtbot.waitSignal(view.selection_changed) as blocker:
        click(qtbot, view, at(view, view.item_for(model.steps[1].id)))
    assert blocker.args == [[model.steps[1].id]]
    with qtbot.waitSignal(view.selection_changed) as blocker:
        view.select_ids([model.steps[2].id, model.flows[0].id])
    assert blocker.args == [[model.steps[2].id, model.flows[0].id]]


def test_rename_with_f2_typing_and_enter_is_one_undo_step(view, qtbot):
    document = view.document
    step = document.model.steps[1]
    click(qtbot, view, at(view, view.item_for(step.id)))
    before = document.undo_stack.count()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    assert view.workflow_scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Triage")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert step.name == "Triage"
    assert view.item_for(step.id).name == "Triage"
    assert document.undo_stack.count() == before + 1
    assert view.workflow_scene.editor is None
    document.undo_stack.undo()
    assert step.name == "Classify"


def test_rename_escape_cancels(view, qtbot):
    document = view.document
    step = document.model.steps[2]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=at(view, view.item_for(step.id)))
    assert view.workflow_scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Nope")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert step.name == "Answer"
    assert document.undo_stack.count() == 0


def test_double_click_on_lane_label_renames_the_role(view, qtbot):
    lane = view.workflow_scene.lane_items[1]
    point = view.map_from_scene(lane.header_rect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClicks(view.viewport(), "Team lead")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.document.model.roles[1].name == "Team lead"
    assert view.workflow_scene.lane_items[1].name == "Team lead"


def test_arrow_keys_move_one_undo_step_per_press(view, qtbot):
    document = view.document
    step = document.model.steps[2]
    click(qtbot, view, at(view, view.item_for(step.id)))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert step.position == Position(x=660, y=60)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert step.position == Position(x=760, y=60)
    assert document.undo_stack.count() == 2
    # Down far enough to cross into the next lane: the role follows.
    for _ in range(3):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert step.role_id == document.model.roles[1].id
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert step.position == Position(x=640, y=60)
    assert step.role_id == document.model.roles[0].id


def test_delete_and_undo(view, qtbot):
    document = view.document
    model = document.model
    start = model.model_dump()
    first = model.steps[0]
    click(qtbot, view, at(view, view.item_for(first.id)))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert model.step(first.id) is None
    assert not model.flows  # the flow went with its step
    assert first.id not in view.workflow_scene.steps
    assert not view.workflow_scene.flows
    document.undo_stack.undo()
    assert model.model_dump() == start
    assert set(view.workflow_scene.flows) == {f.id for f in model.flows}


def test_copy_paste_duplicate_and_cut(view, qtbot):
    document = view.document
    model = document.model
    first, second = model.steps[0], model.steps[1]
    view.select_ids([first.id, second.id])
    port = view.viewport()
    qtbot.keyClick(port, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(port, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(model.steps) == 5 and len(model.flows) == 2
    pasted = set(view.selected_ids())
    assert len(pasted) == 3 and not pasted & {first.id, second.id}
    copy = model.steps[3]
    assert copy.name == "Ticket in" and copy.role_id == first.role_id
    assert copy.position == Position(x=160, y=100)
    qtbot.keyClick(port, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(model.steps) == 7 and len(model.flows) == 3
    before = document.undo_stack.count()
    qtbot.keyClick(port, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert len(model.steps) == 5
    assert document.undo_stack.count() == before + 1
    qtbot.keyClick(port, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(model.steps) == 7
    assert set(view.workflow_scene.steps) == {s.id for s in model.steps}


def test_select_all_selects_steps_and_flows_not_lanes(view, qtbot):
    qtbot.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    model = view.document.model
    assert set(view.selected_ids()) == {s.id for s in model.steps} | {f.id for f in model.flows}


def test_auto_layout_is_one_undo_step(view):
    document = view.document
    model = document.model
    model_before = model.model_dump()
    for step in model.steps:
        document.move_steps({step.id: (1000 - step.position.x, 200, step.role_id)})
    scattered = model.model_dump()
    count = document.undo_stack.count()
    assert view.auto_layout()
    assert document.undo_stack.count() == count + 1
    xs = [s.position.x for s in model.steps[:2]]
    assert xs[0] < xs[1]  # the trigger comes first, left to right
    document.undo_stack.undo()
    assert model.model_dump() == scattered
    assert model_before != scattered


def test_zoom_by_keys_wheel_fit_and_reset(view, qtbot):
    zooms = []
    view.zoom_changed.connect(zooms.append)
    port = view.viewport()
    qtbot.keyClick(port, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    qtbot.keyClick(port, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    centre = QPointF(port.rect().center())
    wheel = QWheelEvent(centre, QPointF(port.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(port, wheel)
    assert view.zoom() == pytest.approx(1 / 1.25 ** 2)
    view.zoom_to_fit()
    lanes = view.workflow_scene.lanes_rect()
    visible = view.mapToScene(port.rect()).boundingRect()
    assert visible.contains(lanes)
    qtbot.keyClick(port, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    view.resize(400, 300)
    view.zoom_to_fit(min_zoom=0.75)  # too large to fit readably: the start at 75 %
    assert view.zoom() == pytest.approx(0.75)
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert zooms[:3] == [pytest.approx(1.25), pytest.approx(1.0), pytest.approx(0.64)]


def test_middle_drag_pans(view, qtbot):
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum() + 200)
    before = bar.value()
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.MiddleButton, pos=QPoint(600, 300))
    qtbot.mouseMove(port, QPoint(500, 300))
    qtbot.mouseRelease(port, Qt.MouseButton.MiddleButton, pos=QPoint(500, 300))
    assert bar.value() == before + 100


def test_scene_follows_undo_redo_and_model_replacement(view):
    document = view.document
    scene = view.workflow_scene
    step = make_step("exception", name="Unreadable", role_id=None,
                     position=Position(x=300, y=60))
    document.add_elements("Add", steps=[step])
    assert scene.lanes[-1].role_id is None  # an "Unassigned" lane appears for it
    document.remove_elements([document.model.roles[1].id])
    assert len(scene.lane_items) == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert step.id not in scene.steps and len(scene.lane_items) == 2
    document.undo_stack.redo()
    assert step.id in scene.steps
    document.replace_model(OperatingModel())
    assert not scene.steps and not scene.flows and len(scene.lane_items) == 1


def test_flow_kinds_look_different(view):
    from aios_designer.gui.scene.styles import FLOW_STYLES, flow_pen
    looks = {(flow_pen(kind).color().name(), tuple(flow_pen(kind).dashPattern()),
              FLOW_STYLES[kind].arrow) for kind in FlowKind}
    assert len({color for color, _, _ in looks}) == len(FlowKind)
    assert len({dash for _, dash, _ in looks}) == len(FlowKind)


def test_zoomed_out_rendering_draws_shapes_only(view):
    """At a zoom where text cannot be read, no text is laid out (level of detail)."""
    for kind in StepKind:
        view.place_step(kind)
    view.set_zoom(0.2)
    for item in view.workflow_scene.steps.values():
        item._name_text = None
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    assert all(item._name_text is None for item in view.workflow_scene.steps.values())
    view.set_zoom(1.0)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    drawn = [i for i in view.workflow_scene.steps.values() if i._name_text is not None]
    assert drawn


def test_far_zoomed_out_overview_still_clicks_and_drags(view, qtbot):
    """Below the overview zoom the scene draws batched shapes; the items stay usable."""
    document = view.document
    step = document.model.steps[2]
    view.set_zoom(0.2)
    scene = view.workflow_scene
    assert scene.overview
    no_contents = StepItem.GraphicsItemFlag.ItemHasNoContents
    assert all(item.flags() & no_contents for item in scene.steps.values())
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    centre = view.map_from_scene(view.item_for(step.id).pos())
    colour = image.pixelColor(centre)
    assert colour.name() == STEP_STYLES[StepKind.HUMAN_TASK].border.lower()
    click(qtbot, view, centre)
    assert view.selected_ids() == [step.id]
    drag(qtbot, view, centre, centre + QPoint(0, 30))  # 150 scene units down: next lane
    assert step.role_id == document.model.roles[1].id
    assert document.undo_stack.count() == 1
    view.zoom_reset()
    assert not scene.overview
    assert not any(item.flags() & no_contents for item in scene.steps.values())


def test_space_drag_pans_without_selecting(view, qtbot):
    view.set_zoom(2.0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum() + 300)
    before = bar.value()
    port = view.viewport()
    step = view.item_for(view.document.model.steps[1].id)
    start = at(view, step)
    qtbot.keyPress(port, Qt.Key.Key_Space)
    drag(qtbot, view, start, start + QPoint(0, 100))
    qtbot.keyRelease(port, Qt.Key.Key_Space)
    assert bar.value() == before - 100
    assert view.document.undo_stack.count() == 0
    assert view.selected_ids() == []


def test_editor_open_while_step_is_deleted_commits_nothing(view, qtbot):
    document = view.document
    step = document.model.steps[2]
    view.select_ids([step.id])
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    document.remove_elements([step.id])
    qtbot.keyClicks(view.viewport(), "Gone")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert document.undo_stack.count() == 1


def test_lane_names_float_at_the_left_when_the_label_column_is_scrolled_away(view, qtbot):
    port = view.viewport()
    lane = view.workflow_scene.lanes[1]  # no step under its name
    y = view.map_from_scene(QPointF(0, lane.top)).y() + 14

    def left_pixel():
        return port.grab().toImage().pixelColor(12, y).name()

    assert not view._labels_pinned()
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + 400)
    qtbot.wait(1)
    assert view._labels_pinned()
    assert left_pixel() not in ("#fafbfc", "#ffffff")  # a label box, not the bare lane band
    bar.setValue(bar.minimum())
    assert not view._labels_pinned()


def test_long_names_wrap_into_few_lines_and_end_with_an_ellipsis(qapp):
    from aios_designer.gui.scene.step_item import fit_lines
    text = fit_lines("Escalated to head of customer service and beyond", "name", 150, 2)
    lines = text.split("\u2028")
    assert len(lines) == 2 and lines[0] == "Escalated to" and lines[1].endswith("…")
    assert fit_lines("Short", "name", 150, 2) == "Short"
    assert all(part for part in fit_lines("Averyveryverylongwordwithoutspaces" * 2, "name",
                                          80, 3).split("\u2028"))


def test_flow_labels_show_condition_and_partial_share(qapp):
    from aios_designer.gui.scene.styles import flow_label
    assert flow_label("confidence < 0.85", 0.3) == "confidence < 0.85 · 30\u00a0%"
    assert flow_label("", 0.125) == "12.5\u00a0%"
    assert flow_label("draft ready", 1.0) == "draft ready"
    assert flow_label("", None) == ""


def test_every_kind_and_state_renders_without_error(view, qtbot):
    """Paint errors in items would only print; render every look at three zooms."""
    document = view.document
    ids = [view.place_step(kind) for kind in StepKind]
    for i, kind in enumerate(FlowKind):
        document.connect_steps(ids[i], ids[i + 1], kind=kind, condition="long condition text",
                               share=0.25)
    document.connect_steps(ids[-1], ids[0], kind=FlowKind.REWORK)  # arcs back
    ai = ids[1]
    for mode in ReviewMode:
        document.set_fields(("steps", ai), {"review.mode": mode})
    document.set_fields(("steps", ids[3]), {"four_eyes": True})
    document.set_fields(("steps", ids[5]), {"sla_hours": 4.5})
    view.select_all()
    view.item_for(ids[2]).hovered = True
    for zoom in (1.0, 0.3, 0.1):
        view.set_zoom(zoom)
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        assert not image.isNull()
    assert view.item_for(ai).detail == "no review"
    assert view.item_for(ids[3]).detail == "four-eyes"
    assert view.item_for(ids[5]).detail == "SLA 4.5 h"


def test_shift_wheel_scrolls_along_the_workflow(view):
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    before = bar.value()
    port = view.viewport()
    centre = QPointF(port.rect().center())
    wheel = QWheelEvent(centre, QPointF(port.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(port, wheel)
    assert bar.value() == before + 120
    assert view.zoom() == pytest.approx(2.0)


def test_file_drags_are_left_to_the_window(view):
    from PySide6.QtCore import QUrl
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile("/tmp/workflow.aiosm")])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.accept()
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()


def test_escape_during_a_drag_puts_everything_back(view, qtbot):
    document = view.document
    step = document.model.steps[2]
    item = view.item_for(step.id)
    port = view.viewport()
    start = at(view, item)
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, start + QPoint(60, 40))
    qtbot.mouseMove(port, start + QPoint(120, 80))
    assert item.pos() != QPointF(640, 60)
    qtbot.keyClick(port, Qt.Key.Key_Escape)
    assert item.pos() == QPointF(640, 60)
    qtbot.mouseMove(port, start + QPoint(150, 90))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=start + QPoint(150, 90))
    assert item.pos() == QPointF(640, 60)
    assert document.undo_stack.count() == 0


def test_escape_during_a_handle_drag_connects_nothing(view, qtbot):
    model = view.document.model
    source, target = (view.item_for(s.id) for s in model.steps[1:3])
    view.select_ids([model.steps[1].id])
    port = view.viewport()
    handle = view.map_from_scene(source.handle_scene_pos())
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(port, at(view, target))
    qtbot.keyClick(port, Qt.Key.Key_Escape)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=at(view, target))
    assert len(model.flows) == 1
    assert view.document.undo_stack.count() == 0


def _fan_out(gap: float):
    """A decision with a straight flow to the next step in its row and a curved one below."""
    team = Role(name="Team")
    route = make_step("decision", name="Route", role_id=team.id, position=Position(x=120, y=60))
    draft = make_step("ai_task", name="Draft", role_id=team.id,
                      position=Position(x=120 + gap, y=60))
    answer = make_step("human_task", name="Answer", role_id=team.id,
                       position=Position(x=120 + gap, y=200))
    straight = Flow(source_id=route.id, target_id=draft.id,
                    condition="standard request (1st level)", share=0.778)
    curved = Flow(source_id=route.id, target_id=answer.id, condition="warranty question",
                  share=0.17)
    model = OperatingModel(roles=[team], steps=[route, draft, answer], flows=[straight, curved])
    return WorkflowScene(Document(model)), route, draft, straight, curved


def _on_curve(item, point: QPointF) -> bool:
    stroker = QPainterPathStroker()
    stroker.setWidth(2.0)
    return stroker.createStroke(item.path()).contains(point)


def _edges(scene, source_step, target_step) -> tuple[float, float]:
    """The right edge of the source and the left edge of the target, in scene x."""
    source, target = scene.steps[source_step.id], scene.steps[target_step.id]
    return (source.pos().x() + source.style.width / 2,
            target.pos().x() - target.style.width / 2)


def _near_own_line(item, distance: float) -> bool:
    card = item.label_rect().adjusted(-distance, -distance, distance, distance)
    return any(card.contains(item.path().pointAtPercent(i / 200)) for i in range(201))


@pytest.mark.parametrize("gap", [400, 300, 240])
def test_a_flow_label_stays_clear_of_steps_and_other_labels_beside_its_own_line(qapp, gap):
    scene, route, draft, straight, curved = _fan_out(gap=gap)
    labels = [scene.flows[f.id].label_rect() for f in (straight, curved)]
    assert not labels[0].intersects(labels[1])
    for label in labels:
        for step in scene.steps.values():
            assert not label.intersects(step.body_rect().translated(step.pos()))
    # Where the gap is too narrow for the card, it goes as near its line as it can.
    for flow in (straight, curved):
        assert _near_own_line(scene.flows[flow.id], 4 if gap >= 400 else 100)


def test_flow_routes_are_orthogonal_with_rounded_corners(qapp):
    scene, route, draft, straight, curved = _fan_out(gap=400)
    item = scene.flows[curved.id]
    assert len(item.points) >= 3
    for (x0, y0), (x1, y1) in zip(item.points, item.points[1:]):
        assert x0 == x1 or y0 == y1
    corner = QPointF(*item.points[1])
    assert not _on_curve(item, corner), "a corner is rounded, not sharp"


def _crossed_label():
    """A labelled flow in the middle lane and a dashed exception flow, added after it, that
    runs from the lane above to the lane below straight through the label; with the points
    where that line runs inside the label's card."""
    top, middle, bottom = Role(name="Top"), Role(name="Middle"), Role(name="Bottom")
    route = make_step("decision", name="Route", role_id=middle.id, position=Position(x=120, y=60))
    draft = make_step("ai_task", name="Draft", role_id=middle.id, position=Position(x=520, y=60))
    above = make_step("human_task", name="Above", role_id=top.id, position=Position(x=334, y=60))
    below = make_step("exception", name="Below", role_id=bottom.id,
                      position=Position(x=334, y=60))
    labelled = Flow(source_id=route.id, target_id=draft.id,
                    condition="standard request (1st level)", share=0.778)
    crossing = Flow(source_id=above.id, target_id=below.id, kind=FlowKind.EXCEPTION)
    model = OperatingModel(roles=[top, middle, bottom], steps=[route, draft, above, below],
                           flows=[labelled, crossing])
    scene = WorkflowScene(Document(model))
    labelled_item, crossing_item = scene.flows[labelled.id], scene.flows[crossing.id]
    card = labelled_item.label_rect().adjusted(2, 2, -2, -2)
    path = crossing_item.path()
    inside = [path.pointAtPercent(i / 400) for i in range(401)
              if card.contains(path.pointAtPercent(i / 400))]
    assert len(inside) > 5, "the exception flow must cross the label for these tests to mean it"
    return scene, labelled_item, crossing_item, inside


def test_flow_labels_lie_above_every_flow_line_and_below_the_steps(qapp):
    scene, labelled, crossing, inside = _crossed_label()
    for point in inside:
        stack = scene.items(point)  # topmost first
        assert stack.index(labelled.label_item) < stack.index(crossing)
    assert all(item.zValue() > labelled.label_item.zValue() for item in scene.steps.values())


def test_a_crossing_flow_line_does_not_show_through_a_label(qapp):
    scene, labelled, _, inside = _crossed_label()
    label = labelled.label_rect()
    image = QImage(int(label.width()) * 4, int(label.height()) * 4, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, source=label)
    painter.end()
    for point in inside:  # the card is drawn over the dashed red line
        x = min(int((point.x() - label.left()) * 4), image.width() - 1)
        y = min(int((point.y() - label.top()) * 4), image.height() - 1)
        colour = image.pixelColor(x, y)
        assert not (colour.red() > 150 and colour.green() < 90 and colour.blue() < 90), point


def test_a_click_on_a_flow_label_means_its_flow_even_over_another_flows_line(qtbot):
    scene, labelled, crossing, inside = _crossed_label()
    view = CanvasView(scene.document)
    view.resize(1000, 600)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    item = view.workflow_scene.flows[labelled.flow_id]
    click(qtbot, view, view.map_from_scene(item.label_rect().center()))
    assert view.workflow_scene.selectedItems() == [item]
    view.workflow_scene.clearSelection()
    on_line = view.map_from_scene(inside[len(inside) // 2])  # the hidden line runs here
    click(qtbot, view, on_line)
    assert view.workflow_scene.selectedItems() == [item]
    other = view.workflow_scene.flows[crossing.flow_id]
    click(qtbot, view, view.map_from_scene(other.path().pointAtPercent(0.1)),
          Qt.KeyboardModifier.ControlModifier)
    click(qtbot, view, on_line, Qt.KeyboardModifier.ControlModifier)  # Ctrl-click: toggles
    assert view.workflow_scene.selectedItems() == [other]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_line)
    assert view.workflow_scene.editor.toPlainText() == "standard request (1st level)"


def test_zoom_to_fit_never_goes_below_the_legible_zoom(view, qtbot):
    from aios_designer.gui.canvas_view import LEGIBLE_ZOOM

    view.resize(300, 200)  # far too small for the whole workflow
    view.zoom_to_fit()
    assert view.zoom() == pytest.approx(LEGIBLE_ZOOM)
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()


def test_a_floating_lane_name_never_covers_a_step(view, qtbot):
    scene = view.workflow_scene
    step = scene.item_for(view.document.model.steps[1].id)
    view.resize(500, 700)  # room to scroll the step to the left edge
    qtbot.wait(1)
    bar = view.horizontalScrollBar()
    # Scroll the step under the place where the lane name floats.
    bar.setValue(bar.value() + view.mapFromScene(step.pos()).x() - 60)
    qtbot.wait(1)
    labels = {name: (box, band) for name, box, band in view.pinned_lane_labels()}
    box, band = labels["Agent"]
    assert band, "the name would cover the step: only the colour band is drawn"
    assert not labels["Lead"][1]  # an empty lane keeps its name
    # Drawn as a band: the step's own pixels show where the label would have been.
    image = view.viewport().grab().toImage()
    step_box = view.mapFromScene(step.sceneBoundingRect()).boundingRect()
    inside = step_box.intersected(box)
    assert not inside.isEmpty()
    assert image.pixelColor(inside.center()).name() != "#d8e0e8"


def test_a_long_floating_lane_name_wraps_and_its_tooltip_names_it_whole(view, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from aios_designer.gui.canvas_view import PINNED_LINES, PINNED_WIDTH

    lead = view.document.model.roles[1]
    long_name = "Leitung Vertriebsinnendienst (Auftragserfassung)"
    view.document.set_fields(("roles", lead.id), {"name": long_name}, "rename")
    view.resize(500, 700)
    qtbot.wait(1)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(1)
    lines = view.pinned_lane_texts()[long_name]
    assert 1 < len(lines) <= PINNED_LINES
    assert "".join(lines).replace("-", "").replace(" ", "") == long_name.replace(" ", "")
    box = dict((name, box) for name, box, _ in view.pinned_lane_labels())[long_name]
    assert box.width() <= PINNED_WIDTH + 4
    # Hovering the label shows the whole name.
    point = box.center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == long_name
