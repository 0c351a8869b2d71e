"""Render the main window with a model open into an image (README, documentation, tests)."""
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImage

from ..model import OperatingModel
from .app import ensure_application
from .i18n import install_language


def _settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


_previous_handler = None
_quieted = False


def _without_offscreen_noise(mode, context, message: str) -> None:
    # The offscreen platform says (in English, on every window) that it cannot pass size
    # hints on; for a screenshot that is noise after the command's own line.
    if "propagateSizeHints" in message:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        sys.stderr.write(message + "\n")


def render_window(model: OperatingModel, path: Path | None, width: int, height: int,
                  lang: str = "en") -> QImage:
    """The window at ``width`` × ``height`` logical pixels, zoomed to fit, checks run."""
    global _previous_handler, _quieted
    ensure_application()
    if QGuiApplication.platformName() == "offscreen" and not _quieted:
        _previous_handler = qInstallMessageHandler(_without_offscreen_noise)
        _quieted = True
    install_language(lang)
    from .main_window import MainWindow

    window = MainWindow()
    # A screenshot must never pick up (or delete) someone's recovery copy.
    window.keeper.stop()
    window.document.replace_model(model, path, dirty=False)
    window.resize(width, height)
    window.show()
    _settle()
    window.resize(width, height)
    checks = window.panels.get("checks")
    if checks is not None and hasattr(checks, "recompute"):
        checks.recompute()
    QCoreApplication.processEvents()
    window.show_opened_model()
    _settle()
    image = window.grab().toImage()
    if image.width() != width or image.height() != height:
        image = image.scaled(width, height)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    return image
