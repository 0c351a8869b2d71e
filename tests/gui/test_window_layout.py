"""Panels and toolbars: kept as the user left them between sessions, and put back on request."""
import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton

from aios_designer.gui import window_layout
from aios_designer.gui.panels import PANELS

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

AREA = {"right": Qt.DockWidgetArea.RightDockWidgetArea,
        "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}
LEFT = Qt.ToolBarArea.LeftToolBarArea


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot, size=(760, 560))  # within the 800 × 600 offscreen screen
    yield window
    forget_changes(window)


def next_session(qtbot, show: bool = True):
    """The window of the next start, arranged from what the last one saved (as app.py does)."""
    from aios_designer.gui.main_window import MainWindow

    again = MainWindow()
    again.restore_window()
    if show:
        with qtbot.waitExposed(again):
            again.show()
    return again


@pytest.fixture
def reopen(qtbot):
    """Close ``window`` as the user does and start the next session's window."""
    opened = []

    def reopen_after(window, show: bool = True):
        assert window.close()
        opened.append(next_session(qtbot, show))
        return opened[-1]

    yield reopen_after
    for again in opened:
        forget_changes(again)


def title_button(qtbot, dock, name: str) -> None:
    """Click the close (×) or float button in a dock's title bar."""
    qtbot.mouseClick(dock.findChild(QAbstractButton, name), Qt.MouseButton.LeftButton)


def assert_first_arrangement(window) -> None:
    for spec in PANELS:
        dock = window.docks[spec.object_name]
        assert not dock.isFloating(), spec.object_name
        assert window.dockWidgetArea(dock) == AREA[spec.area], spec.object_name
        assert dock.toggleViewAction().isChecked(), spec.object_name  # shown, maybe as a tab
    assert window.docks["properties"].isVisible() and window.docks["checks"].isVisible()
    for bar in (window.step_palette, window.main_toolbar):
        assert window.toolBarArea(bar) == LEFT and bar.isVisible()


def test_the_next_start_shows_the_panels_as_they_were_left(qtbot, window, reopen):
    title_button(qtbot, window.docks["roles"], "qt_dockwidget_closebutton")
    window.addDockWidget(AREA["right"], window.docks["checks"])  # dragged to the right edge
    window.main_toolbar.toggleViewAction().trigger()  # View ▸ Panels ▸ Main toolbar
    again = reopen(window)
    assert not again.docks["roles"].toggleViewAction().isChecked()
    assert again.dockWidgetArea(again.docks["checks"]) == AREA["right"]
    assert not again.main_toolbar.isVisible() and again.step_palette.isVisible()


def test_reset_layout_puts_every_panel_and_toolbar_back(qtbot, window):
    title_button(qtbot, window.docks["roles"], "qt_dockwidget_closebutton")
    title_button(qtbot, window.docks["properties"], "qt_dockwidget_floatbutton")
    window.addDockWidget(AREA["right"], window.docks["kpis"])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.step_palette)
    window.main_toolbar.toggleViewAction().trigger()
    assert window.docks["properties"].isFloating()
    reset = next(a for a in window.view_menu.actions() if a is window.commands.reset_layout)
    assert reset.text() == "&Reset Layout"
    reset.trigger()
    assert_first_arrangement(window)


def test_a_panel_left_floating_comes_back_floating_on_a_screen_still_there(qtbot, window,
                                                                           reopen):
    properties, checks = window.docks["properties"], window.docks["checks"]
    title_button(qtbot, properties, "qt_dockwidget_floatbutton")
    properties.move(5000, 3000)  # on a projector that will not be there next time
    title_button(qtbot, checks, "qt_dockwidget_floatbutton")
    checks.move(40, 300)
    again = reopen(window)
    screen = again.screen().availableGeometry()
    for name in ("properties", "checks"):
        dock = again.docks[name]
        assert dock.isFloating() and screen.contains(dock.geometry()), name
    assert again.docks["checks"].pos() == checks.pos()


def test_closing_in_presentation_mode_keeps_the_arrangement_of_before(qtbot, window, reopen):
    window.resize(700, 500)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    assert window.is_presenting()
    again = reopen(window)
    assert not again.isFullScreen() and (again.width(), again.height()) == (700, 500)
    assert_first_arrangement(again)


@pytest.mark.parametrize("saved", [QByteArray(b"\x00\x00\x00\xffnot a layout"), "text"])
def test_an_unusable_saved_arrangement_leaves_the_first_one(qtbot, window, reopen, monkeypatch,
                                                            saved):
    save = window_layout.save
    monkeypatch.setattr(window_layout, "save", lambda w, state=None: (
        save(w, state), QSettings().setValue(window_layout.STATE_KEY, saved)))
    assert_first_arrangement(reopen(window))


def test_an_arrangement_of_an_older_version_is_not_applied(qtbot, window, reopen, monkeypatch):
    window.addDockWidget(AREA["right"], window.docks["checks"])
    save = window_layout.save
    monkeypatch.setattr(window_layout, "save", lambda w, state=None: save(
        w, w.saveState(window_layout.STATE_VERSION - 1)))
    again = reopen(window, show=False)
    assert again.dockWidgetArea(again.docks["checks"]) == AREA["bottom"]


def test_the_panels_a_restored_arrangement_shows_are_filled_at_start(qtbot, window):
    window.docks["raci"].raise_()  # the RACI tab in front of the bottom docks
    window.docks["roles"].raise_()
    window.close()
    from aios_designer.gui.main_window import MainWindow

    again = MainWindow(defer_workspace=True)  # as the desktop start builds it
    again.restore_window()
    with qtbot.waitSignal(again.workspace_ready, timeout=5_000):
        again.show()
    try:
        for name in ("raci", "roles"):
            assert again.docks[name].isVisible() and name in again.panels, name
            assert again.docks[name].widget() is not None, name
    finally:
        forget_changes(again)
