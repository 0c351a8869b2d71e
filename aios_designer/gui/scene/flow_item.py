"""One flow between two steps: a curve with an arrow, styled by the flow kind, and a label.

Forward flows leave the right edge and enter the left edge; flows going back (rework) arc
over the top, so a loop reads as a loop; flows within one column run vertically.
"""
import math
from functools import cache

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


@cache
def _arrow_pen(kind: FlowKind, selected: bool) -> QPen:
    pen = QPen(styles.flow_pen(kind, selected))
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def _label_pen() -> QPen:
    pen = QPen(QColor("#B0BEC5"), 1.0)
    pen.setCosmetic(True)
    return pen


def route(source, target) -> QPainterPath:
    """The curve from ``source`` to ``target`` (StepItems)."""
    path = QPainterPath()
    s, t = source.pos(), target.pos()
    if source is target:
        w, h = source.style.width / 2, source.style.height / 2
        start, end = s + QPointF(w * 0.4, -h), s + QPointF(-w * 0.4, -h)
        path.moveTo(start)
        path.cubicTo(start + QPointF(20, -70), end + QPointF(-20, -70), end)
        return path
    half = (source.style.width + target.style.width) / 4
    if t.x() - s.x() > half + 20:
        start, end = source.port("right"), target.port("left")
        bend = max(30.0, (end.x() - start.x()) / 2)
        path.moveTo(start)
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
    elif abs(t.x() - s.x()) <= half + 20 and abs(t.y() - s.y()) > 40:
        down = t.y() > s.y()
        start = source.port("bottom" if down else "top")
        end = target.port("top" if down else "bottom")
        bend = (end.y() - start.y()) / 2
        path.moveTo(start)
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end)
    else:
        start, end = source.port("top"), target.port("top")
        lift = 50 + 0.1 * abs(end.x() - start.x())
        top = min(start.y(), end.y()) - lift
        path.moveTo(start)
        path.cubicTo(QPointF(start.x(), top), QPointF(end.x(), top), end)
    return path


def _arrow_heads(path: QPainterPath, style: str) -> list[QPolygonF]:
    end = path.pointAtPercent(1.0)
    # The last control point gives the direction at the end; fall back to the chord.
    element = path.elementAt(path.elementCount() - 2) if path.elementCount() > 2 else None
    before = QPointF(element.x, element.y) if element is not None else path.pointAtPercent(0)
    dx, dy = end.x() - before.x(), end.y() - before.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    heads = []
    for back in ((0.0, 9.0) if style == "double" else (0.0,)):
        tip = QPointF(end.x() - ux * back, end.y() - uy * back)
        base = QPointF(tip.x() - ux * ARROW_LENGTH, tip.y() - uy * ARROW_LENGTH)
        left = QPointF(base.x() - uy * ARROW_HALF_WIDTH, base.y() + ux * ARROW_HALF_WIDTH)
        right = QPointF(base.x() + uy * ARROW_HALF_WIDTH, base.y() - ux * ARROW_HALF_WIDTH)
        heads.append(QPolygonF([left, tip, right]) if style == "open"
                     else QPolygonF([left, tip, right, left]))
    return heads


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
        self._path = QPainterPath()
        self._heads: list[QPolygonF] = []
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self.update_from(flow, source, target)

    def type(self) -> int:
        return self.Type

    def update_from(self, flow: Flow, source, target) -> None:
        self.kind = FlowKind(flow.kind)
        label = styles.flow_label(flow.condition, flow.share)
        if label != self.label:
            self.label = label
            metrics = QFontMetricsF(styles.font("flow"))
            text = metrics.boundingRect(QRectF(0, 0, LABEL_MAX_WIDTH, 200), LABEL_FLAGS, label)
            width, height = text.width() + 10, text.height() + 4
            self._label_size = QRectF(-width / 2, -height / 2, width, height) if label \
                else QRectF()
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
        self._path = route(self.source, self.target)
        self._heads = _arrow_heads(self._path, FLOW_STYLES[self.kind].arrow)
        self._shape = None
        bounds = self._path.controlPointRect()
        if self.label:
            bounds = bounds.united(self.label_rect())
        self._bounds = bounds.adjusted(-ARROW_LENGTH, -ARROW_LENGTH, ARROW_LENGTH, ARROW_LENGTH)
        self.update()

    def label_rect(self) -> QRectF:
        return self._label_size.translated(self._path.pointAtPercent(0.5))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self._path)
            if self.label:
                self._shape.addRect(self.label_rect())
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        kind = self.kind
        painter.setPen(styles.flow_pen(kind, selected))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        arrow = FLOW_STYLES[kind].arrow
        painter.setPen(_arrow_pen(kind, selected))
        if arrow == "open":
            for head in self._heads:
                painter.drawPolyline(head)
        else:
            painter.setBrush(_arrow_pen(kind, selected).color())
            for head in self._heads:
                painter.drawPolygon(head)
        if self.label and option.levelOfDetailFromTransform(painter.worldTransform()) \
                >= TEXT_MIN_LOD:
            rect = self.label_rect()
            painter.setPen(_label_pen())
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(FLOW_STYLES[kind].color))
            painter.setFont(styles.font("flow"))
            painter.drawText(rect, LABEL_FLAGS, self.label)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().begin_rename(self)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
