"""Projection and the threshold what-if on generated models.

``project.N`` is the full projection from the model (graph, shares, flow solution, all
figures); ``whatif.N`` recomputes with one AI step's threshold changed on a prepared
``Projector`` - what the what-if slider does on every move. ``whatif.cold.N`` is the first
move on a step (its flow direction not yet cached), the worst case. Budget (DESIGN §6): a
what-if recompute within 50 ms at 2,000 steps.
"""
from functools import cache
from itertools import cycle
from types import SimpleNamespace

from aios_designer.model import AiTaskStep, Calibration, CalibrationPoint

from .generate import make_model
from .runner import Benchmark

SIZES = (2_000, 10_000)


def _curve(seed: int) -> Calibration:
    # A pilot-shaped curve, so that thresholds change the review share (estimates would not).
    drop = 1.2 + (seed % 5) / 10
    return Calibration(overall_error_rate=0.12, points=[
        CalibrationPoint(threshold=h / 100, auto_share=max(0.0, 1 - drop * (h - 50) / 55),
                         error_rate_auto=0.05 * (100 - h) / 50) for h in range(50, 100)])


@cache
def fixture(n: int) -> SimpleNamespace:
    from aios_designer.analysis.projection import Projector

    model = make_model(n, 20 if n <= 2_000 else 40, seed=n)
    ai_steps = [s for s in model.steps if isinstance(s, AiTaskStep)]
    for i, step in enumerate(ai_steps):
        step.calibration = _curve(i)
    target = ai_steps[len(ai_steps) // 2].id
    thresholds = cycle([0.55, 0.62, 0.71, 0.78, 0.86, 0.93, 0.99])
    return SimpleNamespace(model=model, projector=Projector(model), target=target,
                           thresholds=thresholds)


def _project(f):
    from aios_designer.analysis.projection import project

    return project(f.model)


def _whatif(f):
    return f.projector.project({f.target: next(f.thresholds)})


def _whatif_cold(f):
    f.projector._sm_cache.clear()  # the first move on a step pays for its flow direction
    return f.projector.project({f.target: next(f.thresholds)})


def _load_check_project(f):
    from aios_designer.analysis.checks import check
    from aios_designer.analysis.projection import project
    from aios_designer.fileio import load_model

    model = load_model(f.path)
    return check(model), project(model)


def _saved(n: int):
    def setup():
        from .bench_fileio import fixture as saved_fixture

        return saved_fixture(n)
    return setup


def _benchmarks(n: int) -> list[Benchmark]:
    setup = lambda: fixture(n)  # noqa: E731
    rounds = {"min_seconds": 0.5, "min_rounds": 5}
    return [
        Benchmark(f"load+check+project.{n}", _load_check_project, _saved(n),
                  budget_ms=300.0 if n == 2_000 else None,
                  note="open a file, run all checks, project"
                       + (" (budget 0.3 s, DESIGN §6)" if n == 2_000 else ""), **rounds),
        Benchmark(f"project.{n}", _project, setup,
                  note="full projection from the model (baseline of the what-if)", **rounds),
        Benchmark(f"whatif.{n}", _whatif, setup, baseline=f"project.{n}",
                  budget_ms=50.0 if n == 2_000 else None,
                  note="one AI step's threshold changed, prepared Projector"
                       + (" (budget 50 ms, DESIGN §6)" if n == 2_000 else ""), **rounds),
        Benchmark(f"whatif.cold.{n}", _whatif_cold, setup, baseline=f"project.{n}",
                  budget_ms=50.0 if n == 2_000 else None,
                  note="first move on a step: includes solving its flow direction", **rounds),
    ]


BENCHMARKS = [b for n in SIZES for b in _benchmarks(n)]
