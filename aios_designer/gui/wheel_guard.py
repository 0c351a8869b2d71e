"""The mouse wheel scrolls panels; it changes a spin box or combo box only when it has focus.

Qt's default lets the wheel change any spin box or combo box under the mouse, and gives it
the focus as it does: scrolling down the Properties panel would then edit every number it
passes over (133,00 hours becoming 130,00). Here a spin box or combo box is focused only by
a click or Tab, and a wheel turn over one without focus scrolls the panel around it instead.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Application-wide event filter; ``install()`` puts one in place."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            guard(watched)
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED):
            if not watched.hasFocus():
                scroll_around(watched, event)
                return True
        return False


def guard(widget: QWidget) -> None:
    """A click or Tab focuses ``widget``, the wheel does not."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def scroll_around(widget: QWidget, event: QEvent) -> None:
    """Hand the wheel event to the nearest scrolling container of ``widget`` (if any)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QCoreApplication.sendEvent(parent.viewport(), event)


_installed: list[WheelGuard] = []


def install() -> None:
    """Guard every spin box and combo box of the application (once; later calls do nothing).
    Widgets polished before this call are guarded as they receive their first wheel."""
    app = QCoreApplication.instance()
    if _installed or app is None:
        return
    _installed.append(WheelGuard(app))
    app.installEventFilter(_installed[0])
