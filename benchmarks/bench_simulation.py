"""Simulation of the support-triage template: 90 days × 20 replications (budget 10 s on a
2-core laptop, issue "decision-grade numbers"). ``support_triage`` uses as many processes as
there are CPUs, as ``aios-designer simulate`` does; ``replication`` is one replication in this
process, the unit of work (20 of them on 2 cores should take about 10 × its time).
"""
import os
from functools import cache
from pathlib import Path

from .runner import Benchmark

TEMPLATE = (Path(__file__).resolve().parent.parent / "resources" / "templates"
            / "support-triage.en.aiosm")


@cache
def _model():
    from aios_designer.fileio import load_model

    return load_model(TEMPLATE)


def _full(model):
    from aios_designer.analysis.simulation import simulate

    return simulate(model, days=90, replications=20, seed=1,
                    workers=min(os.cpu_count() or 1, 20))


def _one(model):
    from aios_designer.analysis.simulation import plan, run_replication

    return run_replication(plan(model), 90, 1, 0)


BENCHMARKS = [
    Benchmark("support_triage.90d.20r", _full, _model, budget_ms=10_000.0, min_rounds=3,
              max_rounds=3, min_seconds=0.0,
              note="support-triage, 90 days × 20 replications, all CPUs (budget 10 s)"),
    Benchmark("replication.90d", _one, _model, min_rounds=3, max_rounds=5, min_seconds=0.0,
              note="one replication of 90 days in this process"),
]
