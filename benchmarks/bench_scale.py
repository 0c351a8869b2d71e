"""Linear scale: check and project at 2,000 and 10,000 steps, the workbook export at 50,000.

The models are generated (``generate.make_model``), saved and loaded again, so they sit in
memory as a loaded file does. ``check`` and ``project`` at 10,000 steps are compared with the
same work at 2,000 steps in the same run: linear in steps + flows means 5 ×; the budget is
6 × (a model five times as large no longer fits the processor's caches as well).

The export of 50,000 steps runs as ``aios-designer export FILE --xlsx OUT`` in a child
process, as a user runs it: wall time from start to exit (imports, load, checks, projection,
every sheet, the atomic write) within 8 s, and the child's peak resident memory within
400 MB: ``VmHWM`` of /proc/self/status, read by the child itself at its end. Not
``ru_maxrss``: Linux carries the high-water mark of the memory a process had before ``exec``
over into it, and a child forked from the benchmark process starts with that process's size
(hundreds of MB with the 2,000- and 10,000-step models loaded), not with its own.
"""
import atexit
import shutil
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from .generate import make_model
from .runner import Benchmark

ROLES = 20

# The child runs the console command and reports its own peak memory on the last line
# (ru_maxrss only where there is no /proc, e.g. macOS, where it is in bytes).
_CHILD = """
import resource, sys
from aios_designer.cli import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (
        1024 if sys.platform == "darwin" else 1)
print(f"peak_kb {peak_kb}", file=sys.stderr)
sys.exit(code)
"""


@cache
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="aios-bench-scale-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def fixture(n: int) -> SimpleNamespace:
    from aios_designer.fileio import load_model, save_model

    path = _folder() / f"model-{n}.aiosm"
    save_model(make_model(n, ROLES, seed=n), path)
    return SimpleNamespace(n=n, path=path, model=load_model(path) if n <= 10_000 else None,
                           out=_folder() / f"model-{n}.xlsx")


def _check(f) -> None:
    from aios_designer.analysis.checks import check

    check(f.model)


def _project(f) -> None:
    from aios_designer.analysis.projection import project

    project(f.model)


def _export_child(f) -> tuple[float, float]:
    """(wall seconds, peak MB) of one ``aios-designer export`` process."""
    argv = [sys.executable, "-c", _CHILD, "export", str(f.path), "--xlsx", str(f.out)]
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"export failed ({done.returncode}): {done.stderr.strip()}")
    peak_kb = int(done.stderr.strip().splitlines()[-1].split()[1])
    return seconds, peak_kb / 1024


def _export_seconds(f) -> float:
    return _export_child(f)[0]


def _export_peak_mb(f) -> float:
    return _export_child(f)[1]


def _setup(n: int):
    return lambda: fixture(n)


_ROUNDS = {"min_rounds": 5, "min_seconds": 1.0}

BENCHMARKS = [
    Benchmark("check.2000", _check, _setup(2_000), note="baseline: all check rules, 2,000 steps",
              **_ROUNDS),
    Benchmark("check.10000", _check, _setup(10_000), baseline="check.2000", max_ratio=6.0,
              note="5 × the steps: linear is 5 ×, budget 6 ×", **_ROUNDS),
    Benchmark("project.2000", _project, _setup(2_000), note="baseline: projection, 2,000 steps",
              **_ROUNDS),
    Benchmark("project.10000", _project, _setup(10_000), baseline="project.2000", max_ratio=6.0,
              note="5 × the steps: linear is 5 ×, budget 6 ×", **_ROUNDS),
    Benchmark("export.50000", _export_seconds, _setup(50_000), reports_time=True,
              warm_up=False, budget_ms=8_000, min_rounds=3, max_rounds=3, min_seconds=0,
              note="`aios-designer export` of 50,000 steps in a child process, wall time"),
    Benchmark("export.50000.peak", _export_peak_mb, _setup(50_000), reports_value=True,
              unit="MB", warm_up=False, budget_ms=400, min_rounds=1, max_rounds=1,
              min_seconds=0, note="peak resident memory of that child (its VmHWM)"),
]
