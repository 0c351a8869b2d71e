"""The benchmark generator makes valid models, and the runner measures what it is asked to.

No timing is asserted here (figures belong to ``python -m benchmarks``); these tests keep the
benchmarks honest: a benchmark of an invalid model measures nothing useful.
"""
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package beside aios_designer/
    sys.path.insert(0, str(ROOT))

from benchmarks import runner  # noqa: E402
from benchmarks.generate import make_model  # noqa: E402

from aios_designer.analysis.checks import check  # noqa: E402
from aios_designer.fileio import dumps_model, loads_model  # noqa: E402
from aios_designer.model import FlowKind, StepKind  # noqa: E402


@pytest.mark.parametrize("n_steps, n_roles", [(3, 1), (11, 2), (200, 8), (1_003, 20)])
def test_generated_model_has_exactly_n_steps_and_no_errors(n_steps, n_roles):
    model = make_model(n_steps, n_roles, seed=7)
    assert len(model.steps) == n_steps and len(model.roles) == n_roles
    errors = [f"{f.rule}: {f.message_en}" for f in check(model) if f.severity == "error"]
    assert not errors, errors[:5]


def test_generated_model_has_the_shapes_of_real_workflows():
    model = make_model(200, 8, seed=1)
    kinds = Counter(s.kind for s in model.steps)
    assert set(kinds) == set(StepKind)
    assert kinds[StepKind.TRIGGER] == 1
    by_id = {s.id: s for s in model.steps}
    for step in model.steps:
        out = model.flows_from(step.id)
        if step.kind == StepKind.DECISION:
            assert len(out) >= 2 and sum(f.share for f in out) == pytest.approx(1.0)
        if step.kind == StepKind.AI_TASK:
            assert step.review.reviewer_role_id is not None
        if step.kind == StepKind.EXCEPTION:
            assert step.role_id and step.sla_hours
            assert any(f.kind == FlowKind.EXCEPTION for f in model.flows_to(step.id))
    rework = [f for f in model.flows if f.kind == FlowKind.REWORK]
    assert rework
    for flow in rework:  # the loop's decision also has a way forward
        assert any(f.kind != FlowKind.REWORK for f in model.flows_from(flow.source_id))
        assert by_id[flow.source_id].kind == StepKind.DECISION


def test_same_seed_same_file_other_seed_other_file():
    assert dumps_model(make_model(60, 4, seed=3)) == dumps_model(make_model(60, 4, seed=3))
    assert dumps_model(make_model(60, 4, seed=3)) != dumps_model(make_model(60, 4, seed=4))
    model = make_model(60, 4, seed=3)
    assert loads_model(dumps_model(model)) == model


def test_too_small_is_refused():
    with pytest.raises(ValueError):
        make_model(2, 1)


def _toy(calls: list[str]) -> list[runner.Benchmark]:
    benchmarks = [
        runner.Benchmark("base", lambda: calls.append("base"), min_rounds=2, min_seconds=0),
        runner.Benchmark("work", lambda state: calls.append(state), setup=lambda: "work",
                         baseline="base", budget_ms=10_000, min_rounds=3, min_seconds=0),
        runner.Benchmark("other", lambda: calls.append("other"), min_rounds=1, min_seconds=0),
    ]
    for b in benchmarks:
        b.area = "toy"
    return benchmarks


def test_runner_selects_with_baselines_and_measures_baselines_first():
    calls: list[str] = []
    benchmarks = _toy(calls)
    chosen = runner.select(benchmarks, ["toy.work"])
    assert [b.full_name for b in chosen] == ["toy.base", "toy.work"]
    assert [b.full_name for b in runner.select(benchmarks, ["toy"])] == [
        "toy.base", "toy.work", "toy.other"]
    assert [b.full_name for b in runner.select(benchmarks, ["*.oth*"])] == ["toy.other"]
    results = runner.run(chosen)
    # The baseline's own line (a warm-up and two rounds), then the work's warm-up and three
    # rounds, each next to a baseline round, in turns before and after it.
    assert calls == ["base"] * 3 + ["work", "base"] + [
        "base", "work", "work", "base", "base", "work"]
    base, work = results
    assert len(base.values) == 2 and len(work.values) == 3
    assert len(work.baseline_values) == 3 and work.ratio is not None
    assert work.baseline_median == statistics.median(work.baseline_values)
    assert not work.over_budget
    assert "toy.work" in runner.format_result(work) and "ok" in runner.format_result(work)


def test_a_ratio_compares_rounds_measured_side_by_side():
    """A machine that slows down halfway through changes both sides of the ratio alike."""
    clock = iter(range(1, 1_000))
    pace = {"factor": 1.0}

    def timed(ms: float):
        def run():
            if next(clock) == 7:  # from here on, everything takes three times as long
                pace["factor"] = 3.0
            return ms * pace["factor"] / 1000
        return run

    base = runner.Benchmark("base", timed(10), min_rounds=3, max_rounds=3, reports_time=True)
    work = runner.Benchmark("work", timed(15), baseline="base", max_ratio=1.6, min_rounds=4,
                            max_rounds=4, reports_time=True)
    for b in (base, work):
        b.area = "toy"
    _, result = runner.run([base, work])
    assert result.ratio == pytest.approx(1.5) and not result.over_budget


def test_a_counted_benchmark_reports_its_own_figures_in_its_unit_without_warm_up():
    calls: list[str] = []

    def counted(name: str, figure: float) -> runner.Benchmark:
        def run():
            calls.append(name)
            return figure
        return runner.Benchmark(name, run, reports_value=True, unit="M instr", warm_up=False,
                                min_rounds=1, max_rounds=1)

    base, work = counted("base", 600.0), counted("work", 870.0)
    work.baseline, work.max_ratio = "base", 1.5
    for b in (base, work):
        b.area = "toy"
    _, result = runner.run([base, work])
    assert calls == ["base", "base", "work"]  # its own line, then beside the work's round
    assert result.values == [870.0] and result.ratio == pytest.approx(1.45)
    line = runner.format_result(result)
    assert "870.00 M instr" in line and "1.45×" in line and line.endswith("ok")
    calls.clear()
    runner.run([base, work], quick=True)  # --quick: never more rounds than the benchmark has
    assert calls == ["base", "base", "work"]


def test_the_counted_start_up_benchmarks_are_skipped_without_valgrind(monkeypatch):
    from benchmarks import bench_startup

    monkeypatch.setattr(bench_startup.shutil, "which", lambda name: None)
    counted = [b for b in bench_startup.BENCHMARKS if b.name.endswith(".instructions")]
    assert len(counted) == 2
    for benchmark in counted:
        result = runner.measure(benchmark)
        assert result.skipped and "valgrind" in result.skipped and not result.values


def test_a_ratio_whose_baseline_was_skipped_is_not_reported_as_kept():
    def missing():
        raise ImportError("valgrind is not installed")

    base = runner.Benchmark("base", lambda state: 1.0, setup=missing)
    work = runner.Benchmark("work", lambda: None, baseline="base", max_ratio=1.5,
                            min_rounds=1, min_seconds=0)
    for b in (base, work):
        b.area = "toy"
    skipped, result = runner.run([base, work])
    assert skipped.skipped and result.ratio is None and not result.over_budget
    line = runner.format_result(result)
    assert "not checked" in line and not line.endswith("ok")


def test_a_budget_of_a_reported_figure_is_in_its_unit():
    peak = runner.Benchmark("peak", lambda: 512.0, reports_value=True, unit="MB",
                            warm_up=False, budget_ms=400, min_rounds=1, max_rounds=1)
    peak.area = "toy"
    (result,) = runner.run([peak])
    line = runner.format_result(result)
    assert "512.00 MB" in line and "budget 400 MB" in line
    assert result.over_budget == ["median 512.0 MB > budget 400 MB"]


def test_runner_reports_over_budget_and_skips_parts_not_built():
    slow = runner.Benchmark("slow", lambda: sum(range(20_000)), budget_ms=0.0, min_rounds=1,
                            min_seconds=0)

    def missing():
        raise ImportError("No module named 'aios_designer.not_built'")

    skipped = runner.Benchmark("later", lambda s: None, setup=missing)
    result_slow, result_skipped = runner.run([slow, skipped])
    assert result_slow.over_budget and "OVER BUDGET" in runner.format_result(result_slow)
    assert result_skipped.skipped and not result_skipped.values


def test_every_discovered_benchmark_has_a_unique_name_and_a_known_baseline():
    benchmarks = runner.discover()
    names = {b.full_name for b in benchmarks}
    assert {"fileio.load.2000", "fileio.save.2000", "fileio.load+check.2000",
            "fileio.check.10000"} <= names
    runner.select(benchmarks, [])  # raises on a baseline that does not exist
    budget = next(b for b in benchmarks if b.full_name == "fileio.load+check.2000")
    assert budget.budget_ms == 300.0


def test_command_line_lists_benchmarks():
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--list", "fileio"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "fileio.load+check.2000" in result.stdout
    unknown = subprocess.run([sys.executable, "-m", "benchmarks", "no-such-area"],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert unknown.returncode == 2 and "no benchmark matches" in unknown.stderr
