"""The scene mirrors the Document's model: lanes, steps and flows as items.

It listens to ``Document.changed`` and updates only the items whose ids the change names
(lanes are re-measured, which is linear and cheap); ``model_replaced`` rebuilds everything.
Finished gestures (a drag, a handle drag, an inline rename) become one Document call each;
the items themselves never touch the model.
"""
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...diagram.boxes import Box
from ...diagram.geometry import Diagram, diagram_geometry, measure_lanes
from ...diagram.labels import first_spot
from ...diagram.routing import Obstacles, route
from ...model import OperatingModel, Position, StepBase, StepKind, make_step
from ..document import Change, Document
from . import styles
from .flow_item import FlowItem, FlowLabelItem, decimal_point
from .flow_item import tr as flow_tr
from .handles import ConnectionLineItem, InlineEditorItem
from .lane_item import HEADER_WIDTH, LaneItem
from .step_item import LABEL_BELOW_HEIGHT, StepItem
from .styles import GRID, STEP_STYLES

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents

LANE_MIN_HEIGHT = 140.0
LANE_PADDING = 20.0
#: Room around the lanes so steps can be dragged and placed beyond the current content.
SCENE_MARGIN = 400.0
#: Free room between the last step of a lane and a step placed next to it: the label of a
#: flow between them fits (auto-layout's columns leave the same between 180 px wide steps).
PLACE_GAP = 120.0


@dataclass
class Lane:
    role_id: str | None
    name: str
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def _snap(value: float) -> float:
    return round(value / GRID) * GRID


def _lower_extent(kind: StepKind) -> float:
    style = STEP_STYLES[kind]
    return style.height / 2 + (LABEL_BELOW_HEIGHT if style.label_below else 0.0)


def min_lane_offset(kind: StepKind) -> float:
    """The smallest y in its lane a step of ``kind`` can have without poking out of the top."""
    return GRID * math.ceil((STEP_STYLES[kind].height / 2 + 4) / GRID)


class WorkflowScene(QGraphicsScene):
    #: Emitted after the scene caught up with a change or a rebuild.
    synced = Signal()

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.steps: dict[str, StepItem] = {}
        self.flows: dict[str, FlowItem] = {}
        self.lane_items: list[LaneItem] = []
        self.lanes: list[Lane] = []
        self.lane_left = -HEADER_WIDTH
        self.lane_right = 800.0
        self.snap_enabled = True
        #: True while the user drags steps (snapping applies only then).
        self.moving = False
        #: Set by the view while a rubber band selection runs.
        self.rubber_banding = False
        #: True while items are added and removed for one change: selection signals wait.
        self.updating = False
        self.connecting_from: StepItem | None = None
        self._connection_line: ConnectionLineItem | None = None
        self._connect_target: StepItem | None = None
        self._move_start: dict[str, QPointF] = {}
        #: The geometry last drawn, and what it was computed from (see ``_route``).
        self.diagram: Diagram | None = None
        self._diagram_key: tuple | None = None
        #: The steps that stay put while others are dragged, as obstacles for live routes.
        self._drag_obstacles: Obstacles | None = None
        #: Zoomed far out: steps and flows are drawn as a few batched paths by the scene
        #: (``drawForeground``) instead of thousands of item paint calls; the items stay in
        #: place without contents to paint, so clicking, rubber bands and dragging still work.
        self.overview = False
        self._overview_paths: dict | None = None
        self.editor: InlineEditorItem | None = None
        self._retired_editors: list[InlineEditorItem] = []
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._on_selection_changed)
        document.changed.connect(self._on_changed)
        document.model_replaced.connect(self.rebuild)
        self.rebuild()

    @property
    def model(self) -> OperatingModel:
        return self.document.model

    # -- mirroring the model -----------------------------------------------------------------
    def rebuild(self) -> None:
        self.updating = True
        try:
            self._rebuild()
        finally:
            self.updating = False
        self.selectionChanged.emit()
        self.synced.emit()

    def _rebuild(self) -> None:
        self._close_editor()
        self.connecting_from = None
        self._connection_line = None
        self._connect_target = None
        self.steps.clear()
        self.flows.clear()
        self.lane_items.clear()
        self.clear()
        model = self.model
        for step in model.steps:
            self._add_step_item(step)
        # Steps first take their places, so each flow is routed once, not once per end.
        self._layout()
        for flow in model.flows:
            self._add_flow_item(flow)
        self._diagram_key = None
        self._route()
        self._update_scene_rect()
        self.overview_changed()

    def _add_step_item(self, step: StepBase) -> StepItem:
        item = StepItem(step)
        if self.overview:
            item.setFlag(_NO_CONTENTS, True)
        self.steps[step.id] = item
        self.addItem(item)
        return item

    def _add_flow_item(self, flow) -> FlowItem | None:
        source, target = self.steps.get(flow.source_id), self.steps.get(flow.target_id)
        if source is None or target is None:
            return None
        item = FlowItem(flow, source, target)
        if self.overview:
            item.setFlag(_NO_CONTENTS, True)
            item.label_item.setFlag(_NO_CONTENTS, True)
        self.flows[flow.id] = item
        self.addItem(item)
        self.addItem(item.label_item)
        return item

    def _remove_item(self, item) -> None:
        if isinstance(item, FlowItem):
            item.detach()
            self.removeItem(item.label_item)
        self.removeItem(item)

    def _on_changed(self, change: Change) -> None:
        if not change.touches("steps", "flows", "roles"):
            return
        # Removing selected items emits selectionChanged once per item; listeners hear
        # about the new selection once, at the end.
        self.updating = True
        selected_before = len(self.selectedItems())
        try:
            self._apply_change(change)
        finally:
            self.updating = False
        self._layout()
        self._route()
        self._update_scene_rect()
        self.overview_changed()
        if len(self.selectedItems()) != selected_before:
            self.selectionChanged.emit()
        self.synced.emit()

    def _apply_change(self, change: Change) -> None:
        model = self.model
        if change.touches("steps", "flows"):
            steps = {s.id: s for s in model.steps}
            flows = {f.id: f for f in model.flows}
            for element_id in change.ids:
                step, item = steps.get(element_id), self.steps.get(element_id)
                if step is not None and item is not None:
                    item.update_from(step)
                elif step is not None:
                    self._add_step_item(step)
                elif item is not None:
                    for flow_item in list(item.flows):
                        self.flows.pop(flow_item.flow_id, None)
                        self._remove_item(flow_item)
                    del self.steps[element_id]
                    self._remove_item(item)
            for element_id in change.ids:
                flow, item = flows.get(element_id), self.flows.get(element_id)
                if flow is not None and item is not None:
                    source = self.steps.get(flow.source_id)
                    target = self.steps.get(flow.target_id)
                    if source is not None and target is not None:
                        item.update_from(flow, source, target)
                elif flow is not None:
                    self._add_flow_item(flow)
                elif item is not None:
                    del self.flows[element_id]
                    self._remove_item(item)

    def _measure_lanes(self) -> list[Lane]:
        model = self.model
        names = {r.id: r.name for r in model.roles}
        lanes, _, _ = measure_lanes(model)
        return [Lane(lane.role_id, names.get(lane.role_id, styles.tr("Unassigned")), lane.top,
                     lane.height) for lane in lanes]

    def _layout(self) -> None:
        """Measure the lanes and put every step item where the model says."""
        self.lanes = lanes = self._measure_lanes()
        tops = {lane.role_id: lane.top for lane in lanes}
        unassigned_top = tops.get(None, 0.0)
        left, right = 0.0, 800.0
        steps = self.steps
        for step in self.model.steps:
            item = steps.get(step.id)
            if item is None:
                continue
            x = step.position.x
            half = item.style.width / 2
            left, right = min(left, x - half - 40), max(right, x + half + 80)
            y = tops.get(step.role_id, unassigned_top) + step.position.y
            pos = item.pos()
            if pos.x() != x or pos.y() != y:
                item.setPos(x, y)
        self.lane_left = GRID * math.floor((left - HEADER_WIDTH) / GRID)
        self.lane_right = GRID * math.ceil(right / GRID)
        for index, lane in enumerate(lanes):
            rect = QRectF(self.lane_left, lane.top, self.lane_right - self.lane_left, lane.height)
            if index < len(self.lane_items):
                item = self.lane_items[index]
                if item.role_id != lane.role_id:
                    # The selection belongs to the role, not to the place of its lane.
                    item.setSelected(False)
                    item.role_id = lane.role_id
                item.set_lane(lane.name, index, rect)
            else:
                item = LaneItem(lane.role_id, lane.name, index, rect)
                self.lane_items.append(item)
                self.addItem(item)
        for item in self.lane_items[len(lanes):]:
            self.removeItem(item)
        del self.lane_items[len(lanes):]
        for item in self.lane_items:
            item.setFlag(item.GraphicsItemFlag.ItemIsSelectable, item.role_id is not None)
        self._update_scene_rect()

    # -- overview (far zoomed out) -------------------------------------------------------------
    def set_overview(self, on: bool) -> None:
        if on == self.overview:
            return
        self.overview = on
        self._overview_paths = None
        for item in self.steps.values():
            item.setFlag(_NO_CONTENTS, on)
        for item in self.flows.values():
            item.setFlag(_NO_CONTENTS, on)
            item.label_item.setFlag(_NO_CONTENTS, on)
        self.update()

    def _on_selection_changed(self) -> None:
        if not self.updating:
            self.overview_changed()

    def overview_changed(self) -> None:
        """Something moved, appeared, vanished or was (de)selected: redraw the overview."""
        if self.overview:
            self._overview_paths = None
            self.update()

    def _build_overview(self) -> dict:
        steps: dict = {}
        selected = QPainterPath()
        for item in self.steps.values():
            path = steps.get(item.kind)
            if path is None:
                path = steps[item.kind] = QPainterPath()
            pos = item.pos()
            rect = item.body_rect().translated(pos)
            path.addRect(rect)
            if item.isSelected():
                selected.addRect(rect.adjusted(-10, -10, 10, 10))
        flows: dict = {}
        for item in self.flows.values():
            path = flows.get(item.kind)
            if path is None:
                path = flows[item.kind] = QPainterPath()
            points = item.points
            if points:
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
        return {"steps": steps, "flows": flows, "selected": selected}

    def drawForeground(self, painter, rect) -> None:
        if not self.overview:
            return
        if self._overview_paths is None:
            self._overview_paths = self._build_overview()
        paths = self._overview_paths
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for kind, path in paths["flows"].items():
            pen = QPen(QColor(styles.FLOW_STYLES[kind].color), 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        if not paths["selected"].isEmpty():
            painter.setBrush(styles.SELECTION_COLOR)
            painter.drawPath(paths["selected"])
        for kind, path in paths["steps"].items():
            painter.setBrush(QColor(STEP_STYLES[kind].border))
            painter.drawPath(path)

    def _update_scene_rect(self) -> None:
        # Flows looping back arc above the first lane: keep them inside the scroll range.
        self.setSceneRect(self.content_rect().adjusted(-GRID, -GRID, SCENE_MARGIN, SCENE_MARGIN))

    def lanes_rect(self) -> QRectF:
        bottom = self.lanes[-1].bottom if self.lanes else LANE_MIN_HEIGHT
        return QRectF(self.lane_left, 0.0, self.lane_right - self.lane_left, bottom)

    def content_rect(self) -> QRectF:
        """The lanes and the flows arcing above them: what "zoom to fit" shows."""
        rect = self.lanes_rect()
        top = min((f.boundingRect().top() for f in self.flows.values()), default=0.0)
        if top < rect.top():
            rect.setTop(top)
        return rect

    def sync_positions(self) -> None:
        """Put the items back where the model says (after a gesture that changed nothing)."""
        self._layout()
        self._apply_diagram(self.diagram)

    # -- routes ----------------------------------------------------------------------------
    def _geometry_key(self) -> tuple:
        """Everything the diagram's geometry depends on; equal keys, equal geometry."""
        model = self.model
        return (decimal_point(), tuple(r.id for r in model.roles),
                tuple((s.id, s.kind, s.position.x, s.position.y, s.role_id)
                      for s in model.steps),
                tuple((f.id, f.source_id, f.target_id, f.condition, f.share,
                       tuple(map(tuple, f.waypoints))) for f in model.flows))

    def _route(self) -> None:
        """Route every flow and place every label, as ``aios-designer layout`` does; skipped
        when nothing the geometry depends on changed (a rename, a threshold)."""
        key = self._geometry_key()
        if key == self._diagram_key and self.diagram is not None:
            return
        self._diagram_key = key
        self.diagram = diagram_geometry(self.model, key[0])
        self._apply_diagram(self.diagram)

    def _apply_diagram(self, diagram: Diagram | None, flow_ids=None) -> None:
        if diagram is None:
            return
        for flow_id in (self.flows if flow_ids is None else flow_ids):
            item = self.flows.get(flow_id)
            geometry = diagram.flows.get(flow_id)
            if item is None or geometry is None:
                continue
            label = geometry.label
            centre = ((label[0] + label[2]) / 2, (label[1] + label[3]) / 2) if label else None
            item.set_route(geometry.points, centre)

    def reroute_live(self, item: FlowItem) -> None:
        """While steps are dragged: route a flow of a moving step around the steps that stay,
        its label on its own line (the full placement follows when the drag ends)."""
        if not self.moving or self._drag_obstacles is None:
            return
        source, target = item.source, item.target
        boxes = [Box(end.step_id, end.kind, end.pos().x(), end.pos().y(), end.style.width,
                     end.style.height) for end in (source, target)]
        points = route(boxes[0], boxes[1], self._drag_obstacles, item.waypoints, search=False)
        centre = None
        if item.label:
            size = item.label_size()
            centre = first_spot(points, size.width(), size.height())
        item.set_route(points, centre)

    def adjust_route(self, item: FlowItem, waypoints: list[tuple[float, float]]) -> bool:
        """A dragged segment: the flow's route becomes ``waypoints`` (one undo step)."""
        try:
            return self.document.set_fields(("flows", item.flow_id), {"waypoints": waypoints},
                                            flow_tr("Adjust flow route"))
        except (KeyError, ValueError):
            self._apply_diagram(self.diagram, [item.flow_id])
            return False

    # -- look-ups ---------------------------------------------------------------------------
    def item_for(self, element_id: str):
        if element_id in self.steps:
            return self.steps[element_id]
        if element_id in self.flows:
            return self.flows[element_id]
        return next((lane for lane in self.lane_items if lane.role_id == element_id), None)

    def lane_at(self, y: float) -> Lane:
        """The lane at scene height ``y``; above the first or below the last lane, that one."""
        for lane in self.lanes:
            if y < lane.bottom:
                return lane
        return self.lanes[-1]

    def lane_of_role(self, role_id: str | None) -> Lane:
        lane = next((lane for lane in self.lanes if lane.role_id == role_id), None)
        return lane or next((lane for lane in self.lanes if lane.role_id is None), self.lanes[-1])

    def placement_at(self, kind: StepKind, pos: QPointF) -> tuple[float, float, str | None]:
        """(x, y in lane, role id) for a step of ``kind`` centred at scene ``pos``."""
        lane = self.lane_at(pos.y())
        y = max(pos.y() - lane.top, min_lane_offset(kind))
        return (pos.x(), y, lane.role_id)

    def step_at(self, pos: QPointF, exclude=None) -> StepItem | None:
        for item in self.items(pos):
            if isinstance(item, StepItem) and item is not exclude:
                return item
        return None

    def selected_ids(self) -> list[str]:
        """Selected steps (model order), then flows, then roles."""
        chosen = {id(item) for item in self.selectedItems()}
        ids = [s.id for s in self.model.steps
               if s.id in self.steps and id(self.steps[s.id]) in chosen]
        ids += [f.id for f in self.model.flows
                if f.id in self.flows and id(self.flows[f.id]) in chosen]
        ids += [lane.role_id for lane in self.lane_items if id(lane) in chosen]
        return ids

    # -- gestures: move ----------------------------------------------------------------------
    def begin_move(self, pressed: StepItem) -> None:
        self.moving = True
        items = [i for i in self.selectedItems() if isinstance(i, StepItem)]
        if pressed not in items:
            items.append(pressed)
        self._move_start = {item.step_id: QPointF(item.pos()) for item in items}
        if self.diagram is not None:
            staying = {step_id: step.box for step_id, step in self.diagram.steps.items()
                       if step_id not in self._move_start}
            self._drag_obstacles = Obstacles(staying)

    def cancel_move(self) -> None:
        """Esc during a drag: everything goes back, nothing is recorded."""
        if not self.moving:
            return
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        self.moving = False
        self._drag_obstacles = None
        for step_id, start in self._move_start.items():
            item = self.steps.get(step_id)
            if item is not None:
                item.setPos(start)
        self._move_start = {}
        self._apply_diagram(self.diagram)

    def end_move(self) -> None:
        """One ``move_steps`` for the whole drag; a step dropped in another lane changes role."""
        self.moving = False
        self._drag_obstacles = None
        moves = {}
        for step_id, start in self._move_start.items():
            item = self.steps.get(step_id)
            if item is not None and item.pos() != start:
                moves[step_id] = self.placement_at(item.kind, item.pos())
        self._move_start = {}
        if not moves:
            return
        if not self.document.move_steps(moves):
            self.sync_positions()

    def move_by(self, step_ids: list[str], dx: float, dy: float) -> bool:
        """Move steps by (dx, dy) in one undo step (arrow keys)."""
        moves = {}
        for step_id in step_ids:
            item = self.steps.get(step_id)
            if item is not None:
                moves[step_id] = self.placement_at(item.kind, item.pos() + QPointF(dx, dy))
        return bool(moves) and self.document.move_steps(moves)

    # -- gestures: connect -------------------------------------------------------------------
    def begin_connect(self, source: StepItem, pos: QPointF) -> None:
        self.connecting_from = source
        self._connection_line = ConnectionLineItem(source.handle_scene_pos())
        self.addItem(self._connection_line)
        self._connection_line.stretch_to(pos)

    def update_connect(self, pos: QPointF) -> None:
        if self._connection_line is not None:
            self._connection_line.stretch_to(pos)
        # The step that would receive the flow shows its handle, like under the mouse.
        target = self.step_at(pos, exclude=self.connecting_from)
        if target is not self._connect_target:
            self._set_connect_target(target)

    def _set_connect_target(self, target: StepItem | None) -> None:
        previous, self._connect_target = self._connect_target, target
        for item, hovered in ((previous, False), (target, True)):
            if item is not None and item.scene() is self:
                item.hovered = hovered
                item.update()

    def end_connect(self, pos: QPointF) -> str | None:
        """Finish a handle drag: a flow to the step under ``pos``, if any. Returns its id."""
        source = self.connecting_from
        self.cancel_connect()
        target = self.step_at(pos, exclude=source)
        if source is None or target is None:
            return None
        flow = self.document.connect_steps(source.step_id, target.step_id)
        if flow is None:
            return None
        # Selected, so its condition and share can be typed into the properties right away.
        item = self.flows.get(flow.id)
        if item is not None:
            self.clearSelection()
            item.setSelected(True)
        return flow.id

    def cancel_connect(self) -> None:
        self._set_connect_target(None)
        if self._connection_line is not None:
            self.removeItem(self._connection_line)
            self._connection_line = None
        self.connecting_from = None

    # -- gestures: rename --------------------------------------------------------------------
    def begin_rename(self, item) -> bool:
        """Open the inline editor on a step name, a flow condition or a lane (role) name."""
        self._close_editor()
        model = self.model
        if isinstance(item, StepItem):
            step = model.step(item.step_id)
            ref, field, text = ("steps", item.step_id), "name", step.name
            rect = item.mapRectToScene(item.name_rect())
            undo_text = styles.tr("Rename step")
        elif isinstance(item, FlowItem):
            flow = model.flow(item.flow_id)
            ref, field, text = ("flows", item.flow_id), "condition", flow.condition
            centre = item.label_rect().center() if item.label else \
                item.boundingRect().center()
            rect = QRectF(centre.x() - 80, centre.y() - 12, 160, 24)
            undo_text = styles.tr("Edit flow condition")
        elif isinstance(item, LaneItem) and item.role_id is not None:
            role = model.role(item.role_id)
            ref, field, text = ("roles", item.role_id), "name", role.name
            rect = item.header_rect().adjusted(4, 8, -4, 0)
            undo_text = styles.tr("Rename role")
        else:
            return False

        def commit(new_text: str) -> None:
            if field == "name" and not new_text:
                return  # an empty name is a slip, not an intent
            if new_text == text:
                return
            try:
                self.document.set_fields(ref, {field: new_text}, undo_text)
            except KeyError:
                pass  # the element went away while the editor was open (undo, delete)

        self.editor = InlineEditorItem(text, rect, commit, self._close_editor)
        self.addItem(self.editor)
        self.editor.start()
        return True

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.finish(False)
            if editor.scene() is self:
                self.removeItem(editor)
            # Removed inside its own key handler: keep the wrapper alive until later.
            self._retired_editors = [editor]

    # -- placing -----------------------------------------------------------------------------
    def free_spot(self, kind: StepKind, pos: QPointF) -> QPointF:
        """``pos``, or the nearest position to its right where the new step overlaps none."""
        width = STEP_STYLES[kind].width
        if self.snap_enabled:
            pos = QPointF(_snap(pos.x()), _snap(pos.y()))
        height = STEP_STYLES[kind].height
        for _ in range(200):
            # Free of steps and of flow labels: a step dropped on a label would hide it.
            rect = QRectF(pos.x() - width / 2 - 10, pos.y() - height / 2 - 10, width + 20,
                          height + 20)
            if not any(isinstance(i, (StepItem, FlowLabelItem)) and i.isVisible()
                       for i in self.items(rect)):
                return pos
            pos = QPointF(pos.x() + GRID * 2, pos.y())
        return pos

    def next_spot_in_lane(self, kind: StepKind, role_id: str | None, y: float) -> QPointF:
        lane = self.lane_of_role(role_id)
        xs = [i.pos().x() + i.style.width / 2 for i in self.steps.values()
              if lane.top <= i.pos().y() < lane.bottom]
        x = max(xs) + PLACE_GAP + STEP_STYLES[kind].width / 2 if xs else 120.0
        return self.free_spot(kind, QPointF(x, lane.top + y))

    def add_step(self, kind: StepKind | str, pos: QPointF) -> str:
        """Add a step of ``kind`` centred at scene ``pos`` (its lane is the one under it)."""
        kind = StepKind(kind)
        x, y, role_id = self.placement_at(kind, pos)
        if self.snap_enabled:
            x, y = _snap(x), max(_snap(y), min_lane_offset(kind))
        step = make_step(kind, name=styles.kind_name(kind), role_id=role_id,
                         position=Position(x=x, y=y))
        self.document.add_elements(styles.tr("Add {kind}").format(kind=styles.kind_name(kind)),
                                   steps=[step])
        return step.id
