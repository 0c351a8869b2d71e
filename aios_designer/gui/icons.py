"""Icons drawn from vector paths: the step kinds of the palette and the main toolbar.

Drawn rather than taken from the platform style: they look the same on every system, stay
crisp on a projector and on high-DPI screens, and need no image files. (Asking the style for
its standard icons would also load Qt's whole ``QStyle`` vocabulary before the first frame.)
"""
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

#: Logical size the icons are drawn at; Qt scales them down for smaller buttons.
SIZE = 32
INK = QColor("#37474F")


def pixmap_scales() -> list[int]:
    """The whole-number pixel ratios the screens need: 1 on ordinary screens, 2 for 125 %
    to 200 %, 1 and 2 for a laptop at 150 % beside a projector. Qt scales the nearest
    pixmap for a screen connected later."""
    screens = QGuiApplication.screens()
    return sorted({max(1, math.ceil(screen.devicePixelRatio())) for screen in screens}) or [1]


def painted_icon(draw: Callable[[QPainter, int], None], size: int = SIZE) -> QIcon:
    """An icon whose pixmaps ``draw(painter, size)`` paints centred on (0, 0), one per pixel
    ratio of the screens (painting for a ratio no screen has costs start-up time)."""
    icon = QIcon()
    for scale in pixmap_scales():
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(size / 2, size / 2)
        draw(painter, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _outline(painter: QPainter, path: QPainterPath, fill: str, ink: QColor = INK,
             width: float = 2.0) -> None:
    painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(QColor(fill))
    painter.drawPath(path)


def _polygon(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _new(painter: QPainter, _size: int) -> None:
    _outline(painter, _polygon((-9, -13), (4, -13), (10, -7), (10, 13), (-9, 13)), "#FFFFFF")
    _outline(painter, _polygon((4, -13), (4, -7), (10, -7)), "#CFD8DC")
    painter.setPen(QPen(QColor("#2E7D32"), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(-5, 4), QPointF(5, 4))
    painter.drawLine(QPointF(0, -1), QPointF(0, 9))


def _open(painter: QPainter, _size: int) -> None:
    ink = QColor("#8D6200")
    _outline(painter, _polygon((-13, -10), (-5, -10), (-2, -6), (12, -6), (12, 11), (-13, 11)),
             "#F4C95D", ink)
    _outline(painter, _polygon((-13, 11), (-8, -1), (15, -1), (10, 11)), "#FFE08A", ink)


def _save(painter: QPainter, _size: int) -> None:
    body = QPainterPath()
    body.addRoundedRect(QRectF(-12, -12, 24, 24), 3, 3)
    _outline(painter, body, "#2F6DB5", QColor("#1B4F8A"))
    shutter = QPainterPath()
    shutter.addRect(QRectF(-6, -12, 12, 8))
    _outline(painter, shutter, "#E3EEFB", QColor("#1B4F8A"), 1.5)
    label = QPainterPath()
    label.addRect(QRectF(-8, 2, 16, 10))
    _outline(painter, label, "#FFFFFF", QColor("#1B4F8A"), 1.5)


def _undo(painter: QPainter, _size: int) -> None:
    arc = QPainterPath(QPointF(11, 10))
    arc.cubicTo(QPointF(12, -4), QPointF(0, -9), QPointF(-8, -2))
    painter.setPen(QPen(INK, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(arc)
    painter.setPen(QPen(INK, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(INK)
    painter.drawPath(_polygon((-13, 3), (-12, -10), (-2, -4)))


def _redo(painter: QPainter, size: int) -> None:
    painter.scale(-1, 1)
    _undo(painter, size)


#: Toolbar icons by action name (see ``actions.SPECS``).
DRAWINGS: dict[str, Callable[[QPainter, int], None]] = {
    "new": _new, "open": _open, "save": _save, "undo": _undo, "redo": _redo,
}


def action_icon(name: str) -> QIcon:
    return painted_icon(DRAWINGS[name])
