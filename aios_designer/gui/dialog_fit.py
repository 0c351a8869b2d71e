"""Dialog sizes that fit the screen the dialog opens on.

A dialog asks for the size it would like (the AI Act questionnaire likes 1100 × 760); on a
1280 × 720 projector it gets at most the screen minus a margin, so its OK and Cancel stay on
the screen, and its contents scroll instead.
"""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a dialog for the window frame and title bar.
MARGIN_X, MARGIN_Y = 24, 56


def fit(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, or less where the screen is smaller."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - MARGIN_X)
        height = min(height, room.height() - MARGIN_Y)
        # Never larger than the screen, whatever the contents would like: they scroll.
        dialog.setMaximumSize(room.width(), room.height() - MARGIN_Y // 2)
    dialog.resize(width, height)
