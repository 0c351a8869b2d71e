"""Start to a shown main window, whole process, against a bare PySide6 window in the same run.

Each round starts a fresh interpreter (as a user's double-click does), so interpreter start,
imports, Qt plugin loading and translator set-up all count. The child reports the moment its
window's first frame has been drawn (the first expose of the window, after Qt has painted and
flushed it); the figure is that moment minus the moment the parent started the child, both on
the system-wide monotonic clock. Bare window and main window are measured by the same hook.

- ``bare_window``: QApplication + empty QMainWindow, first frame.
- ``main_window``: ``aios-designer --template support-triage`` (the console script's
  ``cli.main``, argument parsing included) up to its first frame: the frame
  of the main window (menus, toolbar, palette, dock frames, status bar). Budget (DESIGN §6):
  at most 1.5 × the bare window.
- ``main_window.ready``: the same start until the template is drawn on the canvas and the
  visible panels are filled (a full repaint of the window after the document opened).
- ``*.instructions``: the bare and the main window's start to the first frame counted in
  instructions by valgrind (callgrind) instead of timed: the same figure to about 0.01 % in
  every run, on a busy machine too, where whole-process times vary by some per cent from
  round to round.
  Skipped where valgrind is not installed.

The children get an empty home (no saved layout, recent files or recovery copies) and a
bytecode cache of their own, filled by the untimed warm-up round, as an installed app has.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from functools import cache

from .runner import Benchmark

# Watches a window and prints "FRAME <perf_counter>" after its first exposed frame (and, when
# the main window's workspace is built, "READY <perf_counter>" after a full repaint). PySide6
# is imported only when a window is watched, so the child's own imports keep their order.
HOOK = """
import os, sys, time

def watch(window, wait_for_ready=False):
    from PySide6.QtCore import QEvent, QObject, QTimer

    def quit_app():
        # Measured is what came before; leaving at once also skips the prompt to save the
        # untitled model, which would wait for an answer nobody gives.
        os._exit(0)

    class FirstFrame(QObject):
        def __init__(self):
            super().__init__(window)
            QTimer.singleShot(20_000, lambda: sys.exit("no frame within 20 s"))
            self.handle = window.windowHandle()
            self.handle.installEventFilter(self)
            self.seen = False

        def eventFilter(self, watched, event):
            if (event.type() == QEvent.Type.Expose and not self.seen
                    and self.handle.isExposed()):
                self.seen = True
                QTimer.singleShot(0, self.drawn)  # after the frame this event paints
            return False

        def drawn(self):
            print("FRAME", time.perf_counter(), flush=True)
            if not wait_for_ready:
                quit_app()

    def ready():
        window.repaint()  # the opened model and the filled panels, drawn
        print("READY", time.perf_counter(), flush=True)
        quit_app()

    if wait_for_ready:
        window.workspace_ready.connect(lambda: QTimer.singleShot(0, ready))
    return FirstFrame()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
{hook}
hook = watch(window)
app.exec()
"""

# Child-side: ``on_import(name, hook)`` calls ``hook(module)`` as soon as module ``name`` has
# been executed, through a finder on sys.meta_path. Importing the module first instead would
# change what the start imports and when.
ON_IMPORT = """
import importlib.util, sys

def on_import(name, hook):
    class Watch:
        def find_spec(self, fullname, path=None, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            execute = spec.loader.exec_module

            def exec_module(module):
                execute(module)
                hook(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Watch())
"""

# The console script's path: cli.main parses the arguments and imports the GUI itself; the
# hook wraps open_window as the GUI module is loaded.
MAIN_WINDOW = """
{hook}
{on_import}
from aios_designer import cli

def watch_open_window(module):
    open_window = module.open_window

    def open_and_watch(args):
        window = open_window(args)
        window.hook = watch(window, wait_for_ready={wait})
        return window

    module.open_window = open_and_watch

on_import("aios_designer.gui.app", watch_open_window)
sys.exit(cli.main(["--template", "support-triage", "--lang", "en"]))
"""


@cache
def _environment() -> dict[str, str]:
    home = tempfile.mkdtemp(prefix="aios-bench-start-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
           "XDG_CONFIG_HOME": os.path.join(home, "config"),
           "XDG_DATA_HOME": os.path.join(home, "data"),
           "XDG_CACHE_HOME": os.path.join(home, "cache"),
           "PYTHONPYCACHEPREFIX": os.path.join(home, "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _seconds_until(code: str, marker: str) -> float:
    """Seconds from starting ``python -c code`` until it prints ``marker <time>``."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=_environment(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith(marker + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"the child reported no {marker} (exit {result.returncode}): "
                       f"{result.stderr.strip()[-500:]}")


def _bare_code() -> str:
    return BARE.format(hook=HOOK)


def _main_code(wait_for_ready: bool = False) -> str:
    return MAIN_WINDOW.format(hook=HOOK, on_import=ON_IMPORT, wait=wait_for_ready)


def _bare() -> float:
    return _seconds_until(_bare_code(), "FRAME")


def _main_window(marker: str) -> float:
    return _seconds_until(_main_code(wait_for_ready=marker == "READY"), marker)


def _counted_environment() -> dict[str, str]:
    # A fixed hash seed: the same set and dict orders in every counted run (without it the
    # counts differ by about 0.1 %).
    return {**_environment(), "PYTHONHASHSEED": "0"}


def _counting(code: str):
    """Setup of a counted start: valgrind must be there, and one plain run fills the child's
    bytecode cache (as an installed app has it) before the counted one."""
    def setup() -> str:
        if shutil.which("valgrind") is None:
            raise ImportError("valgrind is not installed (Debian: apt-get install valgrind)")
        subprocess.run([sys.executable, "-c", code], env=_counted_environment(),
                       capture_output=True, timeout=120)
        return code
    return setup


def _instructions(code: str) -> float:
    """Millions of instructions ``python -c code`` executes: its window's start up to the
    first frame, as the child leaves right after it."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             sys.executable, "-c", code], env=_counted_environment(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=900)
    counted = re.search(r"Collected : (\d+)", result.stderr)
    if counted is None or "FRAME " not in result.stdout:
        raise RuntimeError(f"no first frame counted (exit {result.returncode}): "
                           f"{result.stderr.strip()[-500:]}")
    return int(counted.group(1)) / 1e6


_COUNTED = dict(reports_value=True, unit="M instr", warm_up=False, min_rounds=1, max_rounds=1)

BENCHMARKS = [
    Benchmark("bare_window", _bare, min_rounds=7, max_rounds=15, reports_time=True,
              note="python -c: QApplication + empty QMainWindow, first frame drawn"),
    # Rounds of a whole process vary by some per cent on a busy machine: 15 pairs keep the
    # ratio's median within about ±0.03 of itself from run to run.
    Benchmark("main_window", lambda: _main_window("FRAME"), baseline="bare_window",
              max_ratio=1.5, min_rounds=15, max_rounds=15, reports_time=True,
              note="aios-designer --template support-triage: main window's first frame"),
    Benchmark("main_window.ready", lambda: _main_window("READY"), baseline="bare_window",
              min_rounds=5, max_rounds=10, reports_time=True,
              note="the same until the template is drawn and the visible panels are filled"),
    Benchmark("bare_window.instructions", _instructions, _counting(_bare_code()),
              note="the bare window's start counted by valgrind", **_COUNTED),
    Benchmark("main_window.instructions", _instructions, _counting(_main_code()),
              baseline="bare_window.instructions", max_ratio=1.5,
              note="the main window's start counted by valgrind: the budget, repeatable",
              **_COUNTED),
]
