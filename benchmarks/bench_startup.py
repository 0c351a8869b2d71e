"""Start to a shown main window, whole process, against a bare PySide6 window in the same run.

Each round starts a fresh interpreter (as a user's double-click does), so imports, Qt plugin
loading and translator set-up all count. Budget (DESIGN §6): at most 1.5 × the bare window.
"""
import os
import subprocess
import sys

from .runner import Benchmark

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

MAIN_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from aios_designer.gui.app import ensure_application
from aios_designer.gui.i18n import install_language
app = ensure_application()
install_language("en")
from aios_designer.gui.main_window import MainWindow
window = MainWindow()
window.keeper.timer.stop()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _run(code: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


BENCHMARKS = [
    Benchmark("bare_window", lambda: _run(BARE), min_rounds=5, max_rounds=10,
              note="python -c: QApplication + empty QMainWindow shown"),
    Benchmark("main_window", lambda: _run(MAIN_WINDOW), baseline="bare_window",
              max_ratio=1.5, min_rounds=5, max_rounds=10,
              note="python -c: AIOS Designer main window with all panels shown"),
]
