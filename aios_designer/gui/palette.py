"""The palette of the eight step kinds: click to place, drag onto the canvas, or Alt+1..8.

The palette only says *which* kind the user wants; the main window decides where the step
goes (click, shortcut) and the canvas handles drops of ``STEP_KIND_MIME``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from ..model.workflow_kinds import StepKind
from .icons import painted_icon
from .scene.styles import STEP_STYLES, icon_path, kind_name, step_path

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint

#: The mime type a dragged palette entry carries (the step kind value as UTF-8).
STEP_KIND_MIME = "application/x-aios-step-kind"

#: The setting that keeps View ▸ Palette with labels.
LABELS_KEY = "view/palette_labels"
#: Narrower screens (logical pixels) show the palette as icons only unless chosen otherwise.
LABELS_MIN_WIDTH = 1400

#: The order of the palette; entry n has the shortcut Alt+n.
KINDS = [StepKind.TRIGGER, StepKind.AI_TASK, StepKind.HUMAN_TASK, StepKind.REVIEW,
         StepKind.DECISION, StepKind.EXCEPTION, StepKind.SYSTEM_TASK, StepKind.END]


def kind_shortcut(kind: StepKind) -> QKeySequence:
    return QKeySequence(f"Alt+{KINDS.index(kind) + 1}")


def kind_icon(kind: StepKind, size: int = 32) -> QIcon:
    """The step's shape and glyph, scaled down: the palette looks like what it places."""
    return painted_icon(lambda painter, size: _draw_kind(painter, kind, size), size)


#: Glyphs drawn as lines (pen width), not filled: the review tick and the decision's "?".
_STROKED_GLYPHS = {StepKind.REVIEW: 2.0, StepKind.DECISION: 2.8}


def _draw_kind(painter: QPainter, kind: StepKind, size: int) -> None:
    style = STEP_STYLES[kind]
    shape = step_path(kind)
    factor = (size - 4) / max(style.width, style.height)
    painter.save()
    painter.scale(factor, factor * (1.6 if style.shape not in ("circle",) else 1.0))
    painter.setBrush(QColor(style.fill))
    painter.setPen(QPen(QColor(style.border), style.border_width * 1.5 / factor))
    painter.drawPath(shape)
    painter.restore()
    painter.scale(0.8, 0.8)
    if kind in _STROKED_GLYPHS:
        painter.setPen(QPen(QColor(style.border), _STROKED_GLYPHS[kind], Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(QPen(QColor(style.border), 2.0))
        painter.setBrush(QColor(style.border))
    painter.drawPath(icon_path(kind))


class _KindButton(QToolButton):
    """A palette button that also starts a drag carrying its step kind."""

    def __init__(self, kind: StepKind, parent: QWidget):
        super().__init__(parent)
        self.kind = kind
        self._press: QPoint | None = None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if (self._press is not None and event.buttons() & Qt.MouseButton.LeftButton
                and (event.position().toPoint() - self._press).manhattanLength()
                >= QApplication.startDragDistance()):
            self._press = None
            self.setDown(False)
            self._drag()
            return
        super().mouseMoveEvent(event)

    def _drag(self) -> None:
        # Imported on the first drag: the window's start does without these types.
        from PySide6.QtCore import QMimeData, QPoint
        from PySide6.QtGui import QDrag

        mime = QMimeData()
        mime.setData(STEP_KIND_MIME, self.kind.value.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.icon().pixmap(QSize(32, 32)))
        drag.setHotSpot(QPoint(16, 16))
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


class Palette(QToolBar):
    """A toolbar with one button per step kind; ``kind_activated`` = place one now."""

    kind_activated = Signal(object)  # StepKind

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("palette")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(24, 24))
        self.actions_by_kind: dict[StepKind, QAction] = {}
        self.buttons: dict[StepKind, _KindButton] = {}
        for kind in KINDS:
            action = QAction(kind_icon(kind), "", self)
            action.setShortcut(kind_shortcut(kind))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setObjectName(f"place_{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.kind_activated.emit(k))
            button = _KindButton(kind, self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAutoRaise(True)
            self.addWidget(button)
            self.actions_by_kind[kind] = action
            self.buttons[kind] = button
        #: View ▸ Palette with labels; unset in the settings, it follows the screen width.
        self.labels_action = QAction(self)
        self.labels_action.setObjectName("palette_labels")
        self.labels_action.setCheckable(True)
        self.labels_action.toggled.connect(self._labels_toggled)
        self._labels_chosen = False
        self.retranslate()

    # -- with or without labels -----------------------------------------------------------
    def show_labels(self, on: bool) -> None:
        """Names under the icons, or icons only (the names are in the tooltips)."""
        style = (Qt.ToolButtonStyle.ToolButtonTextUnderIcon if on
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setToolButtonStyle(style)
        for button in self.buttons.values():
            button.setToolButtonStyle(style)
        blocked = self.labels_action.blockSignals(True)
        self.labels_action.setChecked(on)
        self.labels_action.blockSignals(blocked)

    def labels_shown(self) -> bool:
        return self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon

    def _labels_toggled(self, on: bool) -> None:
        from PySide6.QtCore import QSettings

        QSettings().setValue(LABELS_KEY, on)
        self.show_labels(on)

    def choose_labels(self) -> None:
        """Labels as last chosen, or, never chosen, only on a screen at least
        ``LABELS_MIN_WIDTH`` logical pixels wide (on a 1280 px projector the canvas needs
        the width more than the palette its names)."""
        from PySide6.QtCore import QSettings

        saved = QSettings().value(LABELS_KEY)
        if saved is not None:
            self.show_labels(str(saved).lower() in ("true", "1"))
            return
        screen = self.screen() or QApplication.primaryScreen()
        self.show_labels(screen is None
                         or screen.availableGeometry().width() >= LABELS_MIN_WIDTH)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._labels_chosen:
            self._labels_chosen = True
            self.choose_labels()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Step palette"))
        self.labels_action.setText(self.tr("Palette with la&bels"))
        for kind, action in self.actions_by_kind.items():
            name = kind_name(kind)
            shortcut = kind_shortcut(kind).toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(name)
            action.setToolTip(self.tr("{name} ({shortcut}): click to place, or drag onto "
                                      "the canvas").format(name=name, shortcut=shortcut))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
