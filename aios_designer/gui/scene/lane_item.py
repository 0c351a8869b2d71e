"""A swimlane: one role, a band across the whole workflow with the role name at the left.

Only the label column is clickable (it selects the role); the band itself lets clicks
through, so a drag on empty lane space starts a rubber band.
"""
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyle

from . import styles
from .hyphenation import hyphenate

#: Width of the label column at the left of every lane.
HEADER_WIDTH = 170.0
SHADES = (QColor("#FAFBFC"), QColor("#EEF2F6"))
HEADER_SHADES = (QColor("#E4E9EF"), QColor("#D8E0E8"))


@cache
def _border_pen() -> QPen:
    pen = QPen(QColor("#B8C4CF"), 1.0)
    pen.setCosmetic(True)
    return pen


@cache
def _label_option() -> QTextOption:
    # Long German compounds ("Datenschutzbeauftragte") break at a syllable (soft hyphens,
    # see hyphenation.py), a word without one anywhere rather than being cut off.
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


class LaneItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 3

    def __init__(self, role_id: str | None, name: str, index: int, rect: QRectF):
        super().__init__()
        #: None for the "Unassigned" lane of steps without a role.
        self.role_id = role_id
        self.name = name
        self.index = index
        self._rect = QRectF(rect)
        self.setZValue(-10)
        if role_id is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def type(self) -> int:
        return self.Type

    def set_lane(self, name: str, index: int, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.name, self.index = name, index
        self.update()

    def rect(self) -> QRectF:
        return self._rect

    def label_text(self) -> str:
        """The role name as drawn: with soft hyphens where its long words may break."""
        return hyphenate(self.name)

    def header_rect(self) -> QRectF:
        return QRectF(self._rect.left(), self._rect.top(), HEADER_WIDTH, self._rect.height())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    def paint(self, painter, option, widget=None) -> None:
        shade = self.index % 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADES[shade])
        painter.drawRect(self._rect)
        header = self.header_rect()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(styles.SELECTION_COLOR.lighter(170) if selected
                         else HEADER_SHADES[shade])
        painter.drawRect(header)
        painter.setPen(_border_pen())
        painter.drawLine(QPointF(self._rect.left(), self._rect.bottom()),
                         QPointF(self._rect.right(), self._rect.bottom()))
        painter.drawLine(header.topRight(), header.bottomRight())
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.2:
            return
        painter.setPen(QColor("#263238") if self.role_id else QColor("#607D8B"))
        painter.setFont(styles.font("lane"))
        painter.drawText(header.adjusted(10, 8, -8, -8), self.label_text(), _label_option())

    def itemChange(self, change, value):
        # A rubber band over the steps must not pick up the lanes it touches.
        if (change == QGraphicsItem.GraphicsItemChange.ItemSelectedChange and value
                and self.scene() is not None and self.scene().rubber_banding):
            return False
        return super().itemChange(change, value)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.role_id is not None:
            self.scene().begin_rename(self)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
