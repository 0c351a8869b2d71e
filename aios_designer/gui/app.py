"""Start the desktop app: QApplication, language, the main window, the first document.

Also installs the safety net of a workshop tool: an exception in any slot shows a dialog,
writes the recovery copy and leaves the app running instead of killing it mid-session.
"""
import gc
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .i18n import choose_language, install_language

if TYPE_CHECKING:
    from .main_window import MainWindow

ORGANIZATION = "AIOS"
APP_NAME = "AIOS Designer"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with names and high-DPI settings if needed."""
    app = QApplication.instance()
    if app is not None:
        return app
    # Fractional scale factors (125 %, 150 %) as they are: crisp text on high-DPI laptops.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    return app


class ExceptionGuard:
    """``sys.excepthook`` while the window is up: report, autosave, keep running."""

    def __init__(self, window):
        self.window = window
        self.previous = sys.excepthook
        self.showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def _autosave(self) -> str:
        """Write the recovery copies of every window; what the dialog may truthfully say."""
        from .main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.has_workspace]
        if self.window not in windows and getattr(self.window, "has_workspace", False):
            windows.append(self.window)
        unsaved = written = 0
        for window in windows:
            try:
                if window.document.is_dirty:
                    unsaved += 1
                    if window.keeper.autosave() is not None:
                        written += 1
            except Exception:  # noqa: BLE001 - the safety net must not throw
                pass
        if unsaved == 0:
            return QCoreApplication.translate(
                "ExceptionGuard", "No work is lost: there were no unsaved changes. The "
                "document is still open.")
        if written == unsaved:
            return QCoreApplication.translate(
                "ExceptionGuard", "Your work is safe: a recovery copy was written and the "
                "document is still open. Save it under a new name if in doubt.")
        return QCoreApplication.translate(
            "ExceptionGuard", "No recovery copy could be written. The document is still "
            "open: save it under a new name now.")

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        traceback.print_exception(exc_type, exc, tb)
        try:
            safety = self._autosave()
        except Exception:  # noqa: BLE001 - the safety net must not throw
            safety = QCoreApplication.translate(
                "ExceptionGuard", "No recovery copy could be written. The document is still "
                "open: save it under a new name now.")
        if self.showing:  # an error while the dialog is up: log it, no dialog cascade
            return
        self.showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Critical,
                              QCoreApplication.translate("ExceptionGuard", "Unexpected error"),
                              QCoreApplication.translate(
                                  "ExceptionGuard", "Something went wrong: {error}").format(
                                  error=f"{exc_type.__name__}: {exc}"),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setInformativeText(safety)
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.setObjectName("exception_dialog")
            box.exec()
        finally:
            self.showing = False


def open_initial(window, file: str | None, template: str | None, lang: str) -> None:
    """What the window shows first: recovered work, FILE, a template, or an empty model."""
    from .recovery import offer_recovery

    if offer_recovery(window.keeper, window, open_more=open_recovered_window):
        window.files.opened.emit()
        return
    if file:
        window.files.open_path(Path(file), prompt=False)
    elif template:
        window.files.new_from_template(template, lang, prompt=False)
    else:
        from ..model import Meta, OperatingModel

        window.document.replace_model(OperatingModel(meta=Meta(language=lang)))


#: Windows opened for further recovered models (the first one's is kept by ``run_gui``).
_recovered_windows: list = []


def open_recovered_window(model, path, disk_state=None) -> None:
    """A window of its own for one more recovered model; its copy is written at once."""
    from .main_window import MainWindow

    window = MainWindow()
    window.document.replace_model(model, path, dirty=True)
    window.keeper.set_disk_state(disk_state)
    window.keeper.autosave()
    window.show()
    _recovered_windows.append(window)
    window.files.opened.emit()


def has_display() -> bool:
    """False only where Qt would abort: a Linux session with no X11 or Wayland display."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def resume_garbage_collection() -> None:
    """Collection back on after a start that paused it. What survives one collection now
    (Qt's types, the widgets, the model) lives for the session: frozen, later collections
    skip it, which keeps their pauses short while steps are dragged."""
    if not gc.isenabled():
        gc.collect()
        gc.freeze()
        gc.enable()


def open_window(args) -> "MainWindow":
    """The main window on screen at once; the workspace and the first document (recovered
    work, FILE, a template or an empty model) follow right after its first frame."""
    ensure_application()
    lang = choose_language(getattr(args, "lang", None))
    install_language(lang)
    from .main_window import MainWindow

    window = MainWindow(defer_workspace=True)
    window.restore_window()
    window.workspace_ready.connect(lambda: open_initial(
        window, getattr(args, "file", None), getattr(args, "template", None), lang))
    window.workspace_ready.connect(resume_garbage_collection)
    window.show()
    return window


def run_gui(args) -> int:
    """Entry point of ``aios-designer [FILE] [--template NAME] [--lang en|de]``."""
    if not has_display():
        # Qt would abort with a core dump; one clear line is kinder.
        from ..cli.common import CliError

        raise CliError("no display to show the window on (DISPLAY is not set); the "
                       "sub-commands (check, export, screenshot, …) work without one",
                       de="kein Bildschirm für das Fenster (DISPLAY ist nicht gesetzt); die "
                          "Befehle (check, export, screenshot, …) brauchen keinen")
    window = open_window(args)
    guard = ExceptionGuard(window)
    guard.install()
    app = QApplication.instance()
    try:
        return app.exec()
    finally:
        guard.uninstall()
        # Qt can crash at exit while handing our copied steps to the system clipboard.
        clipboard = app.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()
