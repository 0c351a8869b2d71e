"""Transient items of gestures: the line drawn while connecting, and the inline name editor."""
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsTextItem

from . import styles


class ConnectionLineItem(QGraphicsLineItem):
    """The rubber line from a step's handle to the mouse while a flow is being drawn."""

    def __init__(self, start: QPointF):
        super().__init__(QLineF(start, start))
        pen = QPen(styles.SELECTION_COLOR, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setZValue(100)

    def stretch_to(self, point: QPointF) -> None:
        self.setLine(QLineF(self.line().p1(), point))


class InlineEditorItem(QGraphicsTextItem):
    """Edits a name in place: Enter (or clicking elsewhere) commits once, Esc cancels."""

    def __init__(self, text: str, rect: QRectF, commit: Callable[[str], None],
                 finished: Callable[[], None]):
        super().__init__(text)
        self._commit = commit
        self._finished = finished
        self._done = False
        self.setFont(styles.font("name"))
        self.setTextWidth(max(rect.width(), 120.0))
        self.setDefaultTextColor(QColor("#1B1B1B"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(1000)
        self.setPos(rect.center().x() - self.textWidth() / 2, rect.top())

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(styles.SELECTION_COLOR, 0))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self.clearFocus()
        if commit:
            self._commit(text)
        self._finished()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(True)
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(True)
