"""Shared set-up of main-window tests: isolated settings and recovery folder, English UI."""
import atexit
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSettings, QStandardPaths, Qt

from aios_designer.gui.i18n import install_language
from aios_designer.gui.recovery import data_folder


def isolate_settings() -> None:
    """Never read or write the developer's real settings or recovery files, nor those of a
    test run in another process at the same time."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("AIOS-tests")
    QCoreApplication.setApplicationName(f"AIOS Designer tests {os.getpid()}")
    QSettings().clear()
    shutil.rmtree(data_folder(), ignore_errors=True)
    install_language("en")
    if not _cleanup_registered:
        _cleanup_registered.append(True)
        atexit.register(_remove_test_folders, QSettings().fileName(),
                        data_folder())


_cleanup_registered: list[bool] = []


def _remove_test_folders(settings_file: str, data_folder) -> None:
    Path(settings_file).unlink(missing_ok=True)
    shutil.rmtree(data_folder, ignore_errors=True)


def open_window(qtbot, size=(1600, 900)):
    from aios_designer.gui.main_window import MainWindow

    window = MainWindow()
    # Not qtbot.addWidget: pytest-qt closes those before fixtures tear down, and a window
    # with unsaved changes would then ask what to do with them.
    window.resize(*size)
    window.show()
    # Not yet `with qtbot.waitExposed(window)`: waiting here lets the window become active
    # before the recovery tests expect it (test_recovery's press_save then times out).
    qtbot.waitExposed(window)
    return window


def forget_changes(window) -> None:
    """Let the window close at teardown without the unsaved-changes prompt."""
    from aios_designer.model import OperatingModel

    window.document.replace_model(OperatingModel())
    window.keeper.stop()
    window.close()
    window.deleteLater()


def at(view, item, offset=(0.0, 0.0)) -> QPoint:
    return view.mapFromScene(item.mapToScene(QPointF(*offset)))


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        qtbot.mouseMove(widget, start + (end - start) * (i / 6))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def forbid_dialogs(monkeypatch) -> None:
    """A dialog nobody expects would block the test run: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def fail(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: fail(self.text()))
