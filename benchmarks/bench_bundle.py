"""Start of the desktop bundle to its first frame, against a bare PySide6 window in the same run.

The bundle (``make bundle``, ``dist/aios-designer``) cannot run benchmark code; its runtime hook
``bundle/first_frame_probe.py`` prints ``FRAME <perf_counter>`` after the main window's first
frame when ``AIOS_DESIGNER_PROBE`` asks for it, the same moment ``bench_startup`` measures. The
figure is that moment minus the moment the parent started the program, on the system-wide
monotonic clock. Skipped when no bundle has been built.

- ``bare_window``: ``python -c``: QApplication + empty QMainWindow, first frame (as in
  ``bench_startup``).
- ``bundled_window``: ``dist/aios-designer/aios-designer --template support-triage``, first frame.
- ``bundled_window.ready``: the same until the template is drawn and the panels are filled.
"""
import subprocess
import sys
import time
from pathlib import Path

from .bench_startup import _bare, _environment
from .runner import Benchmark

BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "aios-designer"
PROGRAM = BUNDLE / ("aios-designer.exe" if sys.platform == "win32" else "aios-designer")


def _bundle_present() -> Path:
    if not PROGRAM.exists():
        raise ImportError(f"no desktop bundle at {PROGRAM} (make bundle)")
    return PROGRAM


def _bundled(marker: str):
    def run(program: Path) -> float:
        env = {**_environment(), "AIOS_DESIGNER_PROBE": "ready" if marker == "READY" else "frame"}
        start = time.perf_counter()
        result = subprocess.run([str(program), "--template", "support-triage", "--lang", "en"],
                                env=env, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, timeout=120)
        for line in result.stdout.splitlines():
            if line.startswith(marker + " "):
                return float(line.split()[1]) - start
        raise RuntimeError(f"the bundle reported no {marker} (exit {result.returncode}): "
                           f"{result.stderr.strip()[-500:]}")
    return run


BENCHMARKS = [
    Benchmark("bare_window", _bare, min_rounds=7, max_rounds=15, reports_time=True,
              note="python -c: QApplication + empty QMainWindow, first frame drawn"),
    Benchmark("bundled_window", _bundled("FRAME"), _bundle_present, baseline="bare_window",
              min_rounds=7, max_rounds=15, reports_time=True,
              note="dist/aios-designer/aios-designer --template support-triage: first frame"),
    Benchmark("bundled_window.ready", _bundled("READY"), _bundle_present, baseline="bare_window",
              min_rounds=5, max_rounds=10, reports_time=True,
              note="the same until the template is drawn and the visible panels are filled"),
]
