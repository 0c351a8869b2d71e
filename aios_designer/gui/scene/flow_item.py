"""One flow between two steps: an orthogonal route with rounded corners and an arrow,
styled by the flow kind, and a label.

The route and the label's place come from ``aios_designer.diagram`` (the scene asks it for
the whole diagram), so the canvas draws exactly what ``aios-designer layout`` prints. Labels
are items of their own in a layer above every flow line and below the steps; labels keep off
other flows' lines wherever there is room, and a selected flow (a flow just drawn is
selected) rises above the other lines.

A segment of the route can be dragged sideways: on release the route becomes the flow's
``waypoints``, one undo step.
"""
import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...diagram.text import LINE_HEIGHT, PAD_Y, flow_label_text, label_box
from ...model import Flow, FlowKind
from . import styles
from .styles import FLOW_STYLES, TEXT_MIN_LOD

ARROW_LENGTH = 12.0
ARROW_HALF_WIDTH = 5.5
#: Radius of the rounded corners of a route.
CORNER_RADIUS = 8.0
#: How near (scene units) a press must be to a segment to drag it.
GRAB_DISTANCE = 6.0
LABEL_FLAGS = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignVCenter)
#: Stacking: lanes -10, flow lines -1, a selected flow -0.75, flow labels -0.5, steps 0.
#: Labels stay above a selected line: a click on a label always means the label's flow.
FLOW_Z = -1.0
SELECTED_FLOW_Z = -0.75
LABEL_Z = -0.5

Point = tuple[float, float]


def tr(text: str) -> str:
    return QCoreApplication.translate("FlowItem", text)


@cache
def _arrow_pen(kind: FlowKind, selected: bool) -> QPen:
    pen = QPen(styles.flow_pen(kind, selected))
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


#: The card under a label: white, the line beneath just visible.
LABEL_CARD = QColor(255, 255, 255, 235)


@cache
def _label_text_pen(kind: FlowKind) -> QPen:
    return QPen(QColor(FLOW_STYLES[kind].color))


@cache
def _label_pen() -> QPen:
    pen = QPen(QColor("#B0BEC5"), 1.0)
    pen.setCosmetic(True)
    return pen


def rounded_path(points: list[Point]) -> QPainterPath:
    """The polyline through ``points`` with its corners rounded."""
    path = QPainterPath(QPointF(*points[0]))
    for (x0, y0), (x1, y1), (x2, y2) in zip(points, points[1:], points[2:]):
        before = math.hypot(x1 - x0, y1 - y0)
        after = math.hypot(x2 - x1, y2 - y1)
        radius = min(CORNER_RADIUS, before / 2, after / 2)
        if radius <= 0:
            path.lineTo(x1, y1)
            continue
        path.lineTo(x1 - (x1 - x0) / before * radius, y1 - (y1 - y0) / before * radius)
        path.quadTo(x1, y1, x1 + (x2 - x1) / after * radius, y1 + (y2 - y1) / after * radius)
    path.lineTo(*points[-1])
    return path


def _arrow_heads(points: list[Point], style: str) -> list[QPolygonF]:
    (x2, y2), (x3, y3) = points[-2], points[-1]
    dx, dy = x3 - x2, y3 - y2
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    heads = []
    for back in ((0.0, 9.0) if style == "double" else (0.0,)):
        tip = QPointF(x3 - ux * back, y3 - uy * back)
        bx, by = tip.x() - ux * ARROW_LENGTH, tip.y() - uy * ARROW_LENGTH
        left = QPointF(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH)
        right = QPointF(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH)
        heads.append(QPolygonF([left, tip, right]) if style == "open"
                     else QPolygonF([left, tip, right, left]))
    return heads


def decimal_point() -> str:
    return QLocale().decimalPoint() or "."


def shifted(points: list[Point], index: int, offset: float) -> list[Point]:
    """``points`` with segment ``index`` moved sideways by ``offset``."""
    (x0, y0), (x1, y1) = points[index], points[index + 1]
    moved = list(points)
    if y0 == y1:
        moved[index], moved[index + 1] = (x0, y0 + offset), (x1, y1 + offset)
    else:
        moved[index], moved[index + 1] = (x0 + offset, y0), (x1 + offset, y1)
    return moved


def waypoints_after_drag(points: list[Point], index: int, offset: float) -> list[Point]:
    """The waypoints that keep a route with segment ``index`` moved sideways: its bends,
    and the moved segment's ends where that segment touches a step (the end slides along
    the step's side)."""
    moved = shifted(points, index, offset)
    first = 0 if index == 0 else 1
    last = len(moved) if index == len(moved) - 2 else len(moved) - 1
    return [(round(x, 1), round(y, 1)) for x, y in moved[first:last]]


class FlowItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, flow: Flow, source, target):
        super().__init__()
        self.flow_id = flow.id
        self.source = None
        self.target = None
        self.kind = FlowKind(flow.kind)
        self.label = ""
        self.label_lines: tuple[str, ...] = ()
        self.waypoints: list[Point] = []
        self._label_size = QRectF()
        self.points: list[Point] = []
        #: Built when first painted (or hit-tested), not on every move.
        self._path: QPainterPath | None = None
        self._heads: list[QPolygonF] = []
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        #: (segment index, press position, preview points) while a segment is dragged.
        self._segment_drag: tuple[int, QPointF, list[Point]] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(FLOW_Z)
        #: Added to and removed from the scene together with this item.
        self.label_item = FlowLabelItem(self)
        self.update_from(flow, source, target)

    def type(self) -> int:
        return self.Type

    def update_from(self, flow: Flow, source, target) -> None:
        self.kind = flow.kind
        self.waypoints = [tuple(p) for p in flow.waypoints]
        label = flow_label_text(flow.condition, flow.share, decimal_point())
        if label != self.label:
            self.label_item.prepareGeometryChange()
            self.label = label
            box = label_box(label) if label else None
            self.label_lines = box.lines if box else ()
            self._label_size = QRectF(-box.width / 2, -box.height / 2, box.width, box.height) \
                if box else QRectF()
            self.label_item.setVisible(bool(label))
            self.label_item.update()
        if source is not self.source or target is not self.target:
            for end in (self.source, self.target):
                if end is not None:
                    end.flows.discard(self)
            self.source, self.target = source, target
            source.flows.add(self)
            target.flows.add(self)
        self.update()

    def detach(self) -> None:
        for end in (self.source, self.target):
            if end is not None:
                end.flows.discard(self)

    def update_geometry(self) -> None:
        """An end moved (a drag in progress): the scene routes this flow again."""
        scene = self.scene()
        if scene is not None:
            scene.reroute_live(self)

    def set_route(self, points: list[Point], label_centre: Point | None) -> None:
        self.prepareGeometryChange()
        self.points = points
        self._path = None
        self._shape = None
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        bounds = QRectF(min(xs) - ARROW_LENGTH, min(ys) - ARROW_LENGTH,
                        max(xs) - min(xs) + 2 * ARROW_LENGTH, max(ys) - min(ys) + 2 * ARROW_LENGTH)
        if self.label and label_centre is not None:
            self.label_item.setPos(*label_centre)
            # The label is part of the flow for clicks (select, double-click to edit).
            bounds = bounds.united(self.label_rect())
        self._bounds = bounds

    def path(self) -> QPainterPath:
        if self._path is None:
            points = self._segment_drag[2] if self._segment_drag else self.points
            self._path = rounded_path(points)
            self._heads = _arrow_heads(points, FLOW_STYLES[self.kind].arrow)
        return self._path

    def label_rect(self) -> QRectF:
        """The label's rectangle in scene coordinates (empty without a label)."""
        return self._label_size.translated(self.label_item.pos()) if self.label else QRectF()

    def label_size(self) -> QRectF:
        """The label's rectangle centred on (0, 0)."""
        return self._label_size

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self.path())
            if self.label:
                self._shape.addRect(self.label_rect())
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        kind = self.kind
        painter.setPen(styles.flow_pen(kind, selected))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        arrow = FLOW_STYLES[kind].arrow
        painter.setPen(_arrow_pen(kind, selected))
        if arrow == "open":
            for head in self._heads:
                painter.drawPolyline(head)
        else:
            painter.setBrush(_arrow_pen(kind, selected).color())
            for head in self._heads:
                painter.drawPolygon(head)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(SELECTED_FLOW_Z if value else FLOW_Z)
        return super().itemChange(change, value)

    # -- dragging a segment -------------------------------------------------------------------
    def segment_at(self, pos: QPointF) -> int | None:
        """Index of the segment within ``GRAB_DISTANCE`` of scene point ``pos``."""
        x, y = pos.x(), pos.y()
        for index, ((x0, y0), (x1, y1)) in enumerate(zip(self.points, self.points[1:])):
            if y0 == y1 and min(x0, x1) <= x <= max(x0, x1) and abs(y - y0) <= GRAB_DISTANCE:
                return index
            if x0 == x1 and min(y0, y1) <= y <= max(y0, y1) and abs(x - x0) <= GRAB_DISTANCE:
                return index
        return None

    def hoverMoveEvent(self, event) -> None:
        index = self.segment_at(event.scenePos())
        if index is None:
            self.unsetCursor()
        else:
            (x0, y0), (x1, y1) = self.points[index], self.points[index + 1]
            self.setCursor(Qt.CursorShape.SplitVCursor if y0 == y1 else Qt.CursorShape.SplitHCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            index = self.segment_at(event.scenePos())
            if index is not None:
                self._segment_drag = (index, event.scenePos(), list(self.points))
                event.accept()

    def _drag_offset(self, pos: QPointF) -> float:
        index, start, _ = self._segment_drag
        (x0, y0), (x1, y1) = self.points[index], self.points[index + 1]
        offset = pos.y() - start.y() if y0 == y1 else pos.x() - start.x()
        return round(offset / 10) * 10 if self.scene() and self.scene().snap_enabled else offset

    def mouseMoveEvent(self, event) -> None:
        if self._segment_drag is None:
            super().mouseMoveEvent(event)
            return
        index, start, _ = self._segment_drag
        self.prepareGeometryChange()
        preview = shifted(self.points, index, self._drag_offset(event.scenePos()))
        self._segment_drag = (index, start, preview)
        self._path = self._shape = None
        xs = [x for x, _ in preview] + [x for x, _ in self.points]
        ys = [y for _, y in preview] + [y for _, y in self.points]
        self._bounds = self._bounds.united(QRectF(min(xs) - ARROW_LENGTH, min(ys) - ARROW_LENGTH,
                                                  max(xs) - min(xs) + 2 * ARROW_LENGTH,
                                                  max(ys) - min(ys) + 2 * ARROW_LENGTH))
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        drag, self._segment_drag = self._segment_drag, None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        self.prepareGeometryChange()
        self._path = self._shape = None
        offset = self._drag_offset_from(drag, event.scenePos())
        super().mouseReleaseEvent(event)
        if abs(offset) < 1 or self.scene() is None:
            self.update()
            return
        waypoints = waypoints_after_drag(self.points, drag[0], offset)
        self.scene().adjust_route(self, waypoints)

    def _drag_offset_from(self, drag, pos: QPointF) -> float:
        self._segment_drag = drag
        try:
            return self._drag_offset(pos)
        finally:
            self._segment_drag = None

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().begin_rename(self)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class FlowLabelItem(QGraphicsItem):
    """The condition and share of a flow, drawn on a white card at the flow's label place.

    Its clicks belong to its flow (select, Ctrl-click, double-click to edit the condition):
    they are passed on to it, not to another flow whose line runs under the card."""

    def __init__(self, flow_item: FlowItem):
        super().__init__()
        self.flow_item = flow_item
        self.setZValue(LABEL_Z)
        # A rounded, antialiased card with text is dear to draw; frames of a drag or a pan
        # repaint many labels that did not change.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setVisible(False)

    def _pass_on(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.sendEvent(self.flow_item, event)

    mousePressEvent = mouseReleaseEvent = mouseDoubleClickEvent = _pass_on

    def boundingRect(self) -> QRectF:
        return self.flow_item.label_size()

    def paint(self, painter, option, widget=None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TEXT_MIN_LOD:
            return
        flow = self.flow_item
        rect = flow.label_size()
        painter.setPen(_label_pen())
        painter.setBrush(LABEL_CARD)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(_label_text_pen(flow.kind))
        painter.setFont(styles.font("flow"))
        # The lines are broken where the geometry says, so the card fits them everywhere.
        top = rect.top() + PAD_Y
        for line in flow.label_lines:
            painter.drawText(QRectF(rect.left() - 20, top, rect.width() + 40, LINE_HEIGHT),
                             LABEL_FLAGS, line)
            top += LINE_HEIGHT
