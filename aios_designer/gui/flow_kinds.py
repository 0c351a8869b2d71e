"""Setting a flow's kind from the canvas, and the legend of the four kinds.

The kind (normal, exception, escalation, rework) decides how a flow is drawn and how the
projection and the exception sheet read it; in a workshop it is set where the flow is:
right-click on it. The legend says what each line style means, for the room.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QMenu,
                               QVBoxLayout, QWidget)

from ..model import FlowKind, StepKind
from .labels import enum_label
from .scene import styles

CONTEXT = "FlowKinds"

#: What each kind means, for the legend.
MEANINGS = {
    FlowKind.NORMAL: QT_TRANSLATE_NOOP("FlowKinds", "The regular path of an item."),
    FlowKind.EXCEPTION: QT_TRANSLATE_NOOP(
        "FlowKinds", "An item leaves the regular path to exception handling "
                     "(e.g. the AI is unavailable or unsure)."),
    FlowKind.ESCALATION: QT_TRANSLATE_NOOP(
        "FlowKinds", "The case goes up to a role with more authority (e.g. the SLA is missed)."),
    FlowKind.REWORK: QT_TRANSLATE_NOOP(
        "FlowKinds", "The item goes back to an earlier step to be done again."),
}


def default_kind(source_kind: StepKind | str, target_kind: StepKind | str) -> FlowKind:
    """A flow drawn out of an exception step or into one is an exception route."""
    if StepKind.EXCEPTION in (StepKind(source_kind), StepKind(target_kind)):
        return FlowKind.EXCEPTION
    return FlowKind.NORMAL


def set_kind(document, flow_id: str, kind: FlowKind) -> bool:
    """One undo step; nothing happens when the flow already has ``kind``."""
    flow = document.model.flow(flow_id)
    if flow is None or FlowKind(flow.kind) == FlowKind(kind):
        return False
    document.set_fields(("flows", flow_id), {"kind": FlowKind(kind)},
                        QCoreApplication.translate("FlowKinds", "Set flow kind to {kind}").format(kind=enum_label(FlowKind(kind))))
    return True


def flow_menu(parent: QWidget, document, flow_id: str | None, show_legend) -> QMenu:
    """The canvas's context menu: the kinds of the flow under the mouse (if any), checked
    where it is, and the legend."""
    menu = QMenu(parent)
    menu.setObjectName("canvas_context_menu")
    flow = document.model.flow(flow_id) if flow_id else None
    if flow is not None:
        menu.addSection(QCoreApplication.translate("FlowKinds", "Flow kind"))
        for kind in FlowKind:
            action = menu.addAction(line_icon(kind), enum_label(kind))
            action.setObjectName(f"flow_kind_{kind.value}")
            action.setCheckable(True)
            action.setChecked(FlowKind(flow.kind) == kind)
            action.triggered.connect(
                lambda _=False, k=kind: set_kind(document, flow_id, k))
        menu.addSeparator()
    legend = menu.addAction(QCoreApplication.translate("FlowKinds", "Legend of flow kinds…"))
    legend.setObjectName("flow_legend")
    legend.triggered.connect(show_legend)
    return menu


def popup(menu: QMenu, global_pos) -> None:
    """Show ``menu`` at ``global_pos`` until a choice is made (tests choose instead)."""
    menu.exec(global_pos)


def line_icon(kind: FlowKind, size: QSize = QSize(40, 14)):
    """A short sample of the line and arrow a flow of ``kind`` is drawn with."""
    from PySide6.QtGui import QIcon

    return QIcon(line_pixmap(kind, size))


def line_pixmap(kind: FlowKind, size: QSize) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = styles.flow_pen(FlowKind(kind))
    painter.setPen(pen)
    middle = size.height() / 2
    tip = size.width() - 2.0
    painter.drawLine(QLineF(2.0, middle, tip - 6, middle))
    arrow = styles.FLOW_STYLES[FlowKind(kind)].arrow
    solid = type(pen)(pen)
    solid.setStyle(Qt.PenStyle.SolidLine)
    painter.setPen(solid)
    for back in ((0.0, 6.0) if arrow == "double" else (0.0,)):
        x = tip - back
        painter.drawLine(QLineF(x - 7, middle - 4, x, middle))
        painter.drawLine(QLineF(x - 7, middle + 4, x, middle))
    painter.end()
    return pixmap


class FlowLegendDialog(QDialog):
    """The four flow kinds: line sample, name, meaning. Not modal: it may stay open beside
    the canvas while the room discusses a route."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("flow_legend_dialog")
        self.setWindowTitle(QCoreApplication.translate("FlowKinds", "Flow kinds"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.meaning_labels: list[QLabel] = []
        for row, kind in enumerate(FlowKind):
            sample = QLabel(self)
            sample.setPixmap(line_pixmap(kind, QSize(64, 18)))
            name = QLabel(f"<b>{enum_label(kind)}</b>", self)
            meaning = QLabel(QCoreApplication.translate(CONTEXT, MEANINGS[kind]), self)
            meaning.setWordWrap(True)
            meaning.setMinimumWidth(260)
            self.meaning_labels.append(meaning)
            grid.addWidget(sample, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(meaning, row, 2)
        grid.setColumnStretch(2, 1)
        hint = QLabel(QCoreApplication.translate("FlowKinds", "Right-click a flow on the canvas to change its kind."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


def show_legend(window: QWidget) -> FlowLegendDialog:
    """The legend of ``window`` (one per window), raised if it is open already."""
    dialog = window.findChild(FlowLegendDialog, "flow_legend_dialog")
    if dialog is None:
        dialog = FlowLegendDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
