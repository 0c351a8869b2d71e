"""Flow routes on the canvas: what the canvas draws is what ``aios-designer layout`` prints;
segments are dragged like a person drags them; new steps and flows stay visible."""
import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from aios_designer.cli import main
from aios_designer.diagram import geometry as diagram_geometry_module
from aios_designer.fileio import load_model
from aios_designer.gui.canvas_view import CanvasView
from aios_designer.gui.document import Document
from aios_designer.model import Flow, OperatingModel, Position, Role, StepKind, make_step
from aios_designer.resources import TEMPLATES


def _view(qtbot, model) -> CanvasView:
    view = CanvasView(Document(model))
    view.resize(1200, 700)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return view


def _drag(qtbot, view, start: QPoint, end: QPoint):
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        qtbot.mouseMove(port, start + (end - start) * (i / 5))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _zigzag_model():
    """A task and a step one row lower and further right: a flow with a vertical segment."""
    team = Role(name="Team")
    first = make_step("human_task", name="First", role_id=team.id, position=Position(x=160, y=80))
    second = make_step("human_task", name="Second", role_id=team.id,
                       position=Position(x=560, y=240))
    flow = Flow(source_id=first.id, target_id=second.id)
    return OperatingModel(roles=[team], steps=[first, second], flows=[flow])


def test_the_canvas_draws_exactly_what_the_layout_command_prints(qtbot, capsys):
    path = TEMPLATES / "support-triage.en.aiosm"
    assert main(["layout", str(path), "--json", "--lang", "en"]) == 0
    printed = json.loads(capsys.readouterr().out)
    view = _view(qtbot, load_model(path))
    scene = view.workflow_scene
    assert printed["flows"]
    for flow in printed["flows"]:
        item = scene.flows[flow["id"]]
        assert [list(p) for p in item.points] == flow["points"]
        if flow["label"] is None:
            assert not item.label
        else:
            rect = item.label_rect()
            assert [rect.x(), rect.y(), rect.width(), rect.height()] == pytest.approx(
                [flow["label"][k] for k in ("x", "y", "w", "h")])
    for step in printed["steps"]:
        item = scene.steps[step["id"]]
        assert item.pos().x() - item.style.width / 2 == step["x"]
        assert item.pos().y() - item.style.height / 2 == step["y"]
    for lane, printed_lane in zip(scene.lanes, printed["lanes"]):
        assert (lane.role_id, lane.top, lane.height) == (
            printed_lane["role_id"], printed_lane["y"], printed_lane["h"])


def test_dragging_a_segment_saves_the_route_in_one_undo_step(qtbot):
    view = _view(qtbot, _zigzag_model())
    model = view.document.model
    item = view.workflow_scene.flows[model.flows[0].id]
    vertical = next(i for i, (a, b) in enumerate(zip(item.points, item.points[1:]))
                    if a[0] == b[0])
    (x, y0), (_, y1) = item.points[vertical], item.points[vertical + 1]
    grab = view.map_from_scene(QPointF(x, (y0 + y1) / 2))
    _drag(qtbot, view, grab, grab + QPoint(60, 0))
    moved_by = 60 / view.transform().m11()
    waypoints = model.flows[0].waypoints
    assert waypoints, "the adjusted route is kept in the model"
    assert any(abs(px - (x + moved_by)) <= 10 for px, _ in waypoints)
    assert any(abs(px - (x + moved_by)) <= 10 and py0 != py1 for (px, py0), (qx, py1)
               in zip(item.points, item.points[1:]) if px == qx)
    for (ax, ay), (bx, by) in zip(item.points, item.points[1:]):
        assert ax == bx or ay == by
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert model.flows[0].waypoints == []
    assert any(px == x for px, _ in item.points)


def test_a_route_adjusted_by_hand_follows_its_steps_and_auto_layout_resets_it(qtbot):
    model = _zigzag_model()
    model.flows[0].waypoints = [(400.0, 80.0), (400.0, 240.0)]
    view = _view(qtbot, model)
    item = view.workflow_scene.flows[model.flows[0].id]
    assert (400.0, 80.0) in item.points
    assert view.auto_layout()
    assert view.document.model.flows[0].waypoints == []


def test_a_drag_reroutes_the_moved_steps_flows_only(qtbot, monkeypatch):
    view = _view(qtbot, load_model(TEMPLATES / "support-triage.en.aiosm"))
    scene = view.workflow_scene
    step = next(s for s in scene.steps.values() if s.kind == StepKind.REVIEW)
    others = {fid: list(item.points) for fid, item in scene.flows.items()
              if item not in step.flows}
    full_passes = []
    real = diagram_geometry_module.diagram_geometry
    monkeypatch.setattr("aios_designer.gui.scene.workflow_scene.diagram_geometry",
                        lambda *a, **k: full_passes.append(1) or real(*a, **k))
    mine = {item.flow_id: list(item.points) for item in step.flows}
    port = view.viewport()
    start = view.map_from_scene(step.pos())
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 4):
        qtbot.mouseMove(port, start + QPoint(0, 25 * i))
    assert not full_passes, "a drag frame must not route the whole diagram"
    assert {fid: list(scene.flows[fid].points) for fid in others} == others
    assert any(scene.flows[fid].points != points for fid, points in mine.items())
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 75))
    assert full_passes == [1]


def test_a_new_step_from_the_palette_never_lands_on_a_flow_label(qtbot):
    view = _view(qtbot, load_model(TEMPLATES / "support-triage.en.aiosm"))
    scene = view.workflow_scene
    labelled = next(item for item in scene.flows.values() if item.label)
    view.centerOn(labelled.label_rect().center())
    placed = view.place_step(StepKind.HUMAN_TASK)
    body = scene.steps[placed].body_rect().translated(scene.steps[placed].pos())
    for item in scene.flows.values():
        if item.label:
            assert not body.intersects(item.label_rect())


def test_a_new_flow_is_selected_and_drawn_above_the_other_lines(qtbot):
    view = _view(qtbot, _zigzag_model())
    scene = view.workflow_scene
    first, second = (scene.steps[s.id] for s in view.document.model.steps)
    old = scene.flows[view.document.model.flows[0].id]
    scene.begin_connect(second, second.handle_scene_pos())
    flow_id = scene.end_connect(first.pos())
    assert flow_id is not None
    new = scene.flows[flow_id]
    assert view.selected_ids() == [flow_id]
    assert new.zValue() > old.zValue()
    assert all(new.zValue() < item.label_item.zValue() for item in scene.flows.values())


def test_label_cards_are_wide_enough_for_the_text_the_canvas_draws(qapp):
    """The headless width table must not be narrower than the canvas font, or text would
    spill out of its card."""
    from PySide6.QtGui import QFontMetricsF

    from aios_designer.diagram.text import label_box, text_width
    from aios_designer.gui.scene import styles

    metrics = QFontMetricsF(styles.font("flow"))
    samples = ["standard request (1st level) · 77.8\u00a0%", "Gewährleistungsfrage · 17,0\u00a0%",
               "Betroffenenanfrage · 0,2\u00a0%", "confidence < 0.85", "WWW MMM ßäöü €",
               "über 10.000 EUR · 9\u00a0%"]
    for text in samples:
        for line in label_box(text).lines:
            assert metrics.horizontalAdvance(line) <= text_width(line), line


def test_canvas_items_have_the_sizes_of_the_headless_geometry(qapp):
    from aios_designer.diagram.shapes import LABEL_BELOW_HEIGHT, LABEL_BELOW_KINDS, STEP_SIZES
    from aios_designer.gui.scene import step_item
    from aios_designer.gui.scene.styles import STEP_STYLES

    for kind, style in STEP_STYLES.items():
        assert (style.width, style.height) == STEP_SIZES[kind]
        assert style.label_below == (kind in LABEL_BELOW_KINDS)
    assert step_item.LABEL_BELOW_HEIGHT == LABEL_BELOW_HEIGHT


def test_a_pasted_flow_is_routed_anew(qtbot):
    model = _zigzag_model()
    model.flows[0].waypoints = [(400.0, 80.0), (400.0, 240.0)]
    view = _view(qtbot, model)
    view.select_ids([s.id for s in model.steps])
    port = view.viewport()
    qtbot.keyClick(port, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(port, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(model.flows) == 2
    assert model.flows[0].waypoints and model.flows[1].waypoints == []
