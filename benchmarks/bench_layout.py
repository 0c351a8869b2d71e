"""Auto-layout and routing: the Ctrl+L of a workflow, headless.

``auto+route.N`` lays out a generated model (layers, crossing reduction, rows and columns)
and computes the whole diagram (lanes, orthogonal routes of every flow, label places), as
``aios-designer layout FILE --auto`` and the canvas do; ``route.N`` is the diagram alone
(what the canvas pays when it opens a model or after an edit that moved steps).
``auto+route.template`` does the same for the largest bundled template.
Budgets (issue "workshop-grade screen"): 2,000 steps ≤ 2 s, a template ≤ 100 ms.
"""
import copy
from functools import cache
from types import SimpleNamespace

from .generate import make_model
from .runner import Benchmark

N = 2_000


@cache
def _generated() -> SimpleNamespace:
    return SimpleNamespace(model=make_model(N, 20, seed=N))


@cache
def _template() -> SimpleNamespace:
    from aios_designer.fileio import load_model
    from aios_designer.resources import TEMPLATES

    models = [load_model(path) for path in sorted(TEMPLATES.glob("*.aiosm"))]
    return SimpleNamespace(model=max(models, key=lambda m: (len(m.flows), len(m.steps))))


def _auto_and_route(fixture):
    from aios_designer.diagram import diagram_geometry
    from aios_designer.diagram.layered import apply_auto_layout

    model = copy.deepcopy(fixture.model)
    apply_auto_layout(model)
    return diagram_geometry(model)


@cache
def _laid_out() -> SimpleNamespace:
    from aios_designer.diagram.layered import apply_auto_layout

    model = copy.deepcopy(_generated().model)
    apply_auto_layout(model)
    return SimpleNamespace(model=model)


def _route(fixture):
    from aios_designer.diagram import diagram_geometry

    return diagram_geometry(fixture.model)


BENCHMARKS = [
    Benchmark(f"auto+route.{N}", _auto_and_route, _generated, budget_ms=2000.0,
              min_rounds=3, max_rounds=5, min_seconds=0.5,
              note="auto-layout then routes and labels of every flow (budget 2 s)"),
    Benchmark(f"route.{N}", _route, _laid_out, min_rounds=3, max_rounds=5, min_seconds=0.5,
              note="routes and labels of every flow of a laid-out model"),
    Benchmark("auto+route.template", _auto_and_route, _template, budget_ms=100.0,
              min_rounds=5, min_seconds=0.5,
              note="the largest bundled template (budget 100 ms)"),
]
