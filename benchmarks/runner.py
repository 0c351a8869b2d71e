"""Discover, time and report benchmarks: medians in ms and ratios to baselines of the same run.

A benchmark module is ``benchmarks/bench_<area>.py`` with a list ``BENCHMARKS`` of
``Benchmark`` objects. Absolute times depend on the machine; ratios against a baseline
measured in the same run (plain ``json.loads``, a bare Qt window, an unstyled openpyxl dump)
do much less, so budgets are best stated as ``max_ratio``. The ratio's baseline rounds
alternate with the benchmark's own rounds: a machine that gets slower or faster during the
run (another process, the CPU clock) changes both sides alike instead of the ratio.
"""
import fnmatch
import gc
import importlib
import pkgutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass
class Benchmark:
    #: Unique within its module; the full name is "<area>.<name>", e.g. "fileio.load.2000".
    name: str
    #: The timed work. Gets what ``setup`` returned (or nothing if there is no setup).
    run: Callable
    #: Untimed preparation, called once before the first round (generate a model, write a file).
    setup: Callable[[], object] | None = None
    #: Name (within the module) of the benchmark this one is compared with.
    baseline: str | None = None
    #: Fail when the median is above this many milliseconds (or of ``unit``, for a
    #: benchmark that reports its own figure).
    budget_ms: float | None = None
    #: Fail when median / baseline median is above this.
    max_ratio: float | None = None
    #: Rounds: at least ``min_rounds``, more until ``min_seconds`` of timed work, at most ``max_rounds``.
    min_rounds: int = 5
    max_rounds: int = 50
    min_seconds: float = 1.0
    #: Short note printed with the result (what the baseline is, where the budget comes from).
    note: str = ""
    #: ``run`` returns the seconds to count itself instead of being timed (e.g. a child
    #: process reporting when its window was first drawn).
    reports_time: bool = False
    #: ``run`` returns the figure itself, in ``unit`` (e.g. instructions counted by valgrind,
    #: which repeat to a small fraction of a per cent on a busy machine too); nothing is timed.
    reports_value: bool = False
    #: What the figures are in: milliseconds unless ``reports_value`` says otherwise.
    unit: str = "ms"
    #: An untimed first round (imports, caches, first-time allocations); pointless when each
    #: round is a fresh process that is counted, not timed.
    warm_up: bool = True
    area: str = field(default="", init=False)

    @property
    def full_name(self) -> str:
        return f"{self.area}.{self.name}" if self.area else self.name


@dataclass
class Result:
    benchmark: Benchmark
    #: One figure per round, in the benchmark's unit (milliseconds unless it says otherwise).
    values: list[float] = field(default_factory=list)
    skipped: str | None = None
    #: The baseline's rounds measured between this benchmark's own rounds.
    baseline_values: list[float] = field(default_factory=list)

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline_values) if self.baseline_values else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.baseline_median:
            return None
        return self.median / self.baseline_median

    @property
    def over_budget(self) -> list[str]:
        b, over = self.benchmark, []
        if b.budget_ms is not None and self.median is not None and self.median > b.budget_ms:
            over.append(f"median {self.median:.1f} {b.unit} > budget {b.budget_ms:g} {b.unit}")
        if b.max_ratio is not None and self.ratio is not None and self.ratio > b.max_ratio:
            over.append(f"ratio {self.ratio:.2f} > {b.max_ratio:g}")
        return over


def discover() -> list[Benchmark]:
    """Every benchmark of every ``bench_*.py`` module of this package, in module order."""
    found = []
    for info in sorted(pkgutil.iter_modules([str(PACKAGE_DIR)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        area = info.name.removeprefix("bench_")
        try:
            module = importlib.import_module(f"{__package__}.{info.name}")
        except ImportError as exc:
            # One area whose code is not built (or whose optional dependency is missing)
            # must not stop the others from being measured.
            found.append(_unavailable(area, exc))
            continue
        for benchmark in getattr(module, "BENCHMARKS", []):
            benchmark.area = area
            found.append(benchmark)
    names = [b.full_name for b in found]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate benchmark names: {sorted(duplicates)}")
    return found


def _unavailable(area: str, exc: ImportError) -> Benchmark:
    def setup():
        raise ImportError(str(exc))

    benchmark = Benchmark("unavailable", lambda state: None, setup=setup,
                          note=f"module cannot be imported: {exc}")
    benchmark.area = area
    return benchmark


def select(benchmarks: list[Benchmark], patterns: list[str]) -> list[Benchmark]:
    """Those matching any pattern (area, full-name prefix or glob), plus their baselines."""
    if not patterns:
        chosen = list(benchmarks)
    else:
        chosen = [b for b in benchmarks if any(_matches(b, p) for p in patterns)]
    by_name = {b.full_name: b for b in benchmarks}
    needed = {b.full_name for b in chosen}
    for b in list(chosen):
        base = _baseline_name(b)
        if base is not None:
            if base not in by_name:
                raise ValueError(f"{b.full_name}: baseline {base!r} does not exist")
            needed.add(base)
    return [b for b in benchmarks if b.full_name in needed]


def _matches(benchmark: Benchmark, pattern: str) -> bool:
    name = benchmark.full_name
    return (benchmark.area == pattern or name == pattern or name.startswith(pattern + ".")
            or fnmatch.fnmatchcase(name, pattern))


def _baseline_name(benchmark: Benchmark) -> str | None:
    if benchmark.baseline is None:
        return None
    return f"{benchmark.area}.{benchmark.baseline}" if benchmark.area else benchmark.baseline


def _prepared(benchmark: Benchmark) -> Callable[[], object]:
    """The benchmark's timed call, after its setup (which may raise ImportError)."""
    if benchmark.setup is None:
        return benchmark.run
    state = benchmark.setup()
    return lambda: benchmark.run(state)


def _figure(benchmark: Benchmark, call: Callable[[], object]) -> float:
    """One round's figure: milliseconds, or what the benchmark reports in its unit."""
    # Start each round with a clean heap; collections the round itself triggers are part of
    # its cost (a user pays for them too), so the collector stays on.
    gc.collect()
    start = time.perf_counter()
    reported = call()
    elapsed = time.perf_counter() - start
    if benchmark.reports_value:
        return float(reported)
    return (reported if benchmark.reports_time else elapsed) * 1000


def measure(benchmark: Benchmark, *, quick: bool = False,
            baseline: Benchmark | None = None) -> Result:
    """Rounds of ``benchmark``; with ``baseline``, a round of it next to each own round, in
    turns before and after (ABBA), so that neither side always runs first."""
    result = Result(benchmark)
    try:
        call = _prepared(benchmark)
        base_call = _prepared(baseline) if baseline is not None else None
    except ImportError as exc:
        # A benchmark of a part that is not built yet, or of an optional dependency.
        result.skipped = f"skipped: {exc}"
        return result
    if benchmark.warm_up:
        call()
    if base_call is not None and baseline.warm_up:
        base_call()
    min_rounds = 1 if quick else benchmark.min_rounds
    min_seconds = 0.0 if quick else benchmark.min_seconds
    max_rounds = min(3, benchmark.max_rounds) if quick else benchmark.max_rounds
    spent = 0.0
    while len(result.values) < max_rounds and (
            len(result.values) < min_rounds or spent < min_seconds):
        base_first = base_call is not None and len(result.values) % 2 == 0
        if base_first:
            result.baseline_values.append(_figure(baseline, base_call))
        started = time.perf_counter()
        result.values.append(_figure(benchmark, call))
        spent += (time.perf_counter() - started if benchmark.reports_value
                  else result.values[-1] / 1000)
        if base_call is not None and not base_first:
            result.baseline_values.append(_figure(baseline, base_call))
    return result


def run(benchmarks: list[Benchmark], *, quick: bool = False,
        report: Callable[[Result], None] | None = None) -> list[Result]:
    """Measure in order. A baseline gets its own line just before its first user, and its
    rounds are measured again between each user's rounds for that user's ratio."""
    by_name = {b.full_name: b for b in benchmarks}
    results: dict[str, Result] = {}

    def measure_once(benchmark: Benchmark) -> Result:
        if benchmark.full_name in results:
            return results[benchmark.full_name]
        base = _baseline_name(benchmark)
        base_result = measure_once(by_name[base]) if base in by_name else None
        usable = base_result is not None and not base_result.skipped
        result = measure(benchmark, quick=quick, baseline=by_name[base] if usable else None)
        results[benchmark.full_name] = result
        if report is not None:
            report(result)
        return result

    for benchmark in benchmarks:
        measure_once(benchmark)
    return [results[b.full_name] for b in benchmarks]


def format_result(result: Result, width: int = 34) -> str:
    b = result.benchmark
    if result.skipped:
        return f"{b.full_name:<{width}} {result.skipped}"
    line = f"{b.full_name:<{width}} {result.median:10.2f} {b.unit}  (n={len(result.values)})"
    if result.ratio is not None:
        line += f"  {result.ratio:6.2f}× {b.baseline}"
    if b.budget_ms is not None:
        line += f"  budget {b.budget_ms:g} {b.unit}"
    if b.max_ratio is not None:
        line += f"  max {b.max_ratio:g}×"
        if result.ratio is None:  # its baseline was skipped: nothing to compare with
            line += " not checked (no baseline figure)"
    over = result.over_budget
    checked = b.budget_ms is not None or (b.max_ratio is not None and result.ratio is not None)
    line += "  OVER BUDGET: " + "; ".join(over) if over else ("  ok" if checked else "")
    return line
