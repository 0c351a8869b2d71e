"""One flow between two steps: a curve with an arrow, styled by the flow kind, and a label.

Forward flows leave the right edge and enter the left edge; flows going back (rework) arc
over the top, so a loop reads as a loop; flows within one column run vertically. Labels
are items of their own in a layer above every flow line and below the steps: a dashed
exception flow passing a decision never runs through the text of its neighbour's label.
"""
import math
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFontMetricsF, QPainterPath, QPainterPathStroker, QPen,
                           QPolygonF)
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...model import Flow, FlowKind
from . import styles
from .styles import FLOW_STYLES, TEXT_MIN_LOD

ARROW_LENGTH = 12.0
ARROW_HALF_WIDTH = 5.5
#: Long conditions wrap, so a label does not cover the neighbouring steps.
LABEL_MAX_WIDTH = 120.0
LABEL_FLAGS = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
#: Space kept between a label and the steps its flow joins, where the gap allows.
LABEL_CLEARANCE = 4.0
#: Stacking: lanes -10, flow lines -1, flow labels -0.5, steps 0.
FLOW_Z = -1.0
LABEL_Z = -0.5


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


def route(source, target) -> tuple[float, ...]:
    """The cubic curve from ``source`` to ``target`` (StepItems) as its four points
    (x0, y0, x1, y1, x2, y2, x3, y3): plain floats, cheap enough for every drag frame."""
    s, t = source.pos(), target.pos()
    sx, sy, tx, ty = s.x(), s.y(), t.x(), t.y()
    sw, sh = source.style.width / 2, source.style.height / 2
    tw, th = target.style.width / 2, target.style.height / 2
    if source is target:
        x0, y0, x3, y3 = sx + sw * 0.4, sy - sh, sx - sw * 0.4, sy - sh
        return (x0, y0, x0 + 20, y0 - 70, x3 - 20, y3 - 70, x3, y3)
    half = (sw + tw) / 2
    if tx - sx > half + 20:
        x0, y0, x3, y3 = sx + sw, sy, tx - tw, ty
        bend = max(30.0, (x3 - x0) / 2)
        return (x0, y0, x0 + bend, y0, x3 - bend, y3, x3, y3)
    if abs(tx - sx) <= half + 20 and abs(ty - sy) > 40:
        if ty > sy:
            x0, y0, x3, y3 = sx, sy + sh, tx, ty - th
        else:
            x0, y0, x3, y3 = sx, sy - sh, tx, ty + th
        bend = (y3 - y0) / 2
        # Flows leaving down one column would lie on top of each other: the longer the
        # flow, the further it bows out to the left.
        bow = -min(90.0, 0.12 * abs(y3 - y0))
        return (x0, y0, x0 + bow, y0 + bend, x3 + bow, y3 - bend, x3, y3)
    x0, y0, x3, y3 = sx, sy - sh, tx, ty - th
    top = min(y0, y3) - (50 + 0.1 * abs(x3 - x0))
    return (x0, y0, x0, top, x3, top, x3, y3)


def _curve_at(points: tuple[float, ...], t: float) -> tuple[float, float]:
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def _t_at_x(points: tuple[float, ...], x: float) -> float:
    """The curve parameter where a left-to-right curve reaches ``x`` (bisection)."""
    low, high = 0.0, 1.0
    for _ in range(10):
        middle = (low + high) / 2
        if _curve_at(points, middle)[0] < x:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _arrow_heads(points: tuple[float, ...], style: str) -> list[QPolygonF]:
    # The last control point gives the direction at the end; fall back to the chord.
    x0, y0, _, _, x2, y2, x3, y3 = points
    dx, dy = x3 - x2, y3 - y2
    if dx == 0 and dy == 0:
        dx, dy = x3 - x0, y3 - y0
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


@lru_cache(maxsize=4096)
def _label_box(label: str) -> QRectF:
    metrics = QFontMetricsF(styles.font("flow"))
    text = metrics.boundingRect(QRectF(0, 0, LABEL_MAX_WIDTH, 200), LABEL_FLAGS, label)
    width, height = text.width() + 10, text.height() + 4
    return QRectF(-width / 2, -height / 2, width, height)


class FlowItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, flow: Flow, source, target):
        super().__init__()
        self.flow_id = flow.id
        self.source = None
        self.target = None
        self.kind = FlowKind(flow.kind)
        self.label = ""
        self._label_size = QRectF()
        self._points: tuple[float, ...] = (0.0,) * 8
        #: Built when first painted (or hit-tested), not on every move.
        self._path: QPainterPath | None = None
        self._heads: list[QPolygonF] = []
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(FLOW_Z)
        #: Added to and removed from the scene together with this item.
        self.label_item = FlowLabelItem(self)
        self.update_from(flow, source, target)

    def type(self) -> int:
        return self.Type

    def update_from(self, flow: Flow, source, target) -> None:
        self.kind = flow.kind
        label = styles.flow_label(flow.condition, flow.share)
        if label != self.label:
            self.label_item.prepareGeometryChange()
            self.label = label
            self._label_size = _label_box(label) if label else QRectF()
            self.label_item.setVisible(bool(label))
            self.label_item.update()
        if source is not self.source or target is not self.target:
            for end in (self.source, self.target):
                if end is not None:
                    end.flows.discard(self)
            self.source, self.target = source, target
            source.flows.add(self)
            target.flows.add(self)
        self.update_geometry()

    def detach(self) -> None:
        for end in (self.source, self.target):
            if end is not None:
                end.flows.discard(self)

    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._points = points = route(self.source, self.target)
        self._path = None
        self._shape = None
        xs, ys = points[0::2], points[1::2]
        bounds = QRectF(min(xs) - ARROW_LENGTH, min(ys) - ARROW_LENGTH,
                        max(xs) - min(xs) + 2 * ARROW_LENGTH, max(ys) - min(ys) + 2 * ARROW_LENGTH)
        if self.label:
            self.label_item.setPos(self.midpoint())
            # The label is part of the flow for clicks (select, double-click to edit).
            bounds = bounds.united(self.label_rect())
        self._bounds = bounds

    def midpoint(self) -> QPointF:
        """Where the label sits: a little past the middle, so the labels of flows fanning
        out of one decision spread towards their targets instead of piling up. On a flow
        from one step's right edge to the next step's left edge, it moves along the curve as
        far as needed to stay between the two steps (centred if it is wider than the gap)."""
        points = self._points
        x0, y0, x1, y1, _, _, x3, _ = points
        x, y = _curve_at(points, 0.6 if x3 > x1 > x0 else 0.5)
        if self.label and x1 > x0 and y1 == y0 and x3 > x0:
            half = self._label_size.width() / 2 + LABEL_CLEARANCE
            low, high = x0 + half, x3 - half
            wanted = (x0 + x3) / 2 if low > high else min(max(x, low), high)
            if wanted != x:
                x, y = _curve_at(points, _t_at_x(points, wanted))
        return QPointF(x, y)

    def path(self) -> QPainterPath:
        if self._path is None:
            x0, y0, x1, y1, x2, y2, x3, y3 = self._points
            self._path = QPainterPath(QPointF(x0, y0))
            self._path.cubicTo(x1, y1, x2, y2, x3, y3)
            self._heads = _arrow_heads(self._points, FLOW_STYLES[self.kind].arrow)
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
        painter.drawText(rect.adjusted(5, 2, -5, -2), LABEL_FLAGS, flow.label)
