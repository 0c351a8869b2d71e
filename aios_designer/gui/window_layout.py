"""Where the main window's panels and toolbars go, and keeping that between sessions.

The first arrangement: palette and main toolbar on the left edge (on a 16:9 projector height
is what the lanes lack, width is plenty), each panel in its area, panels sharing an area as
tabs, side docks narrow enough to leave the canvas most of a 1280 × 720 screen.

A workshop moves panels around (Properties floated onto the laptop screen while the canvas
is on the projector); the next start shows them as they were left. View ▸ Reset Layout puts
everything back where it was at the first start.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QDockWidget

    from .main_window import MainWindow

STATE_KEY = "window/state"
#: Raised when docks or toolbars are added, renamed or removed: an arrangement saved by an
#: older version is then ignored instead of being applied in part.
STATE_VERSION = 2

AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea,
         "right": Qt.DockWidgetArea.RightDockWidgetArea,
         "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}
#: Dock widths that leave the canvas most of a 1280 × 720 projector screen.
SIDE_WIDTHS = {Qt.DockWidgetArea.LeftDockWidgetArea: 225,
               Qt.DockWidgetArea.RightDockWidgetArea: 285}
#: Share of the window width for the right-hand docks, between these limits: at 1280 the
#: Properties of an exception step, the What-if figures and the Readiness cards fit without
#: scrolling sideways (about 350 px), and a wide screen does not give them half of it.
RIGHT_DOCK_SHARE, RIGHT_DOCK_LIMITS = 0.275, (300, 440)
#: Share of the window height for the bottom docks (about 190 px at 720): Checks and RACI
#: show a handful of rows, not only their header.
BOTTOM_DOCK_SHARE = 0.26


def place_docks(window: MainWindow, areas: dict[str, str]) -> None:
    """Each dock (by panel name) into its area; panels sharing an area become tabs, as at
    1280 × 720 stacking them leaves each too little height to read; the first of each area
    in front."""
    front: dict[str, QDockWidget] = {}
    for name, dock in window.docks.items():
        area = areas[name]
        window.addDockWidget(AREAS[area], dock)  # moves a dock that is already placed
        if area in front:
            window.tabifyDockWidget(front[area], dock)
        else:
            front[area] = dock
    for dock in front.values():
        dock.raise_()
    sides = [d for d in window.docks.values() if window.dockWidgetArea(d) in SIDE_WIDTHS]
    if sides:
        window.resizeDocks(sides, [SIDE_WIDTHS[window.dockWidgetArea(d)] for d in sides],
                           Qt.Orientation.Horizontal)


def size_bottom_docks(window: MainWindow) -> None:
    """Bottom docks at their share of the window's height, right docks at theirs of its
    width (both known once it is shown)."""
    bottoms = [d for d in window.docks.values()
               if window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
    if bottoms:
        height = max(100, int(window.height() * BOTTOM_DOCK_SHARE))
        window.resizeDocks(bottoms, [height] * len(bottoms), Qt.Orientation.Vertical)
    rights = [d for d in window.docks.values()
              if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    if rights:
        low, high = RIGHT_DOCK_LIMITS
        width = max(low, min(high, int(window.width() * RIGHT_DOCK_SHARE)))
        window.resizeDocks(rights, [width] * len(rights), Qt.Orientation.Horizontal)


def reset(window: MainWindow, areas: dict[str, str]) -> None:
    """Every panel and toolbar back in its first place, shown and docked."""
    for dock in window.docks.values():
        dock.setFloating(False)
        dock.show()
    place_docks(window, areas)
    size_bottom_docks(window)
    palette, toolbar = window.step_palette, window.main_toolbar
    window.removeToolBar(toolbar)
    window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, palette)
    window.insertToolBar(palette, toolbar)
    palette.show()
    toolbar.show()


def save(window: MainWindow, state: QByteArray | None = None) -> None:
    """Remember the arrangement (``state`` if given, e.g. the one from before presenting)."""
    QSettings().setValue(STATE_KEY, state if state is not None
                         else window.saveState(STATE_VERSION))


def restore(window: MainWindow) -> bool:
    """The arrangement saved at the last close, if there is a usable one. (Qt moves a panel
    that floated on a screen no longer connected onto one that is.)"""
    state = QSettings().value(STATE_KEY)
    if state is None:  # the first start: nothing to load
        return False
    from PySide6.QtCore import QByteArray

    return isinstance(state, QByteArray) and window.restoreState(state, STATE_VERSION)
