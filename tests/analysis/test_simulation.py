"""Simulation: the same seed gives the same figures, a single pool matches Erlang C within
the simulation's own 95 % interval, and the CLI speaks JSON and text."""
import json
from pathlib import Path

import pytest

from aios_designer.analysis.projection import project
from aios_designer.analysis.queues import role_queue
from aios_designer.analysis.simulation import Cancelled, SimulationError, simulate
from aios_designer.cli import main
from aios_designer.fileio import save_model
from aios_designer.model import (EndStep, ExceptionStep, Flow, HumanTaskStep, OperatingModel,
                                 Role, Settings, TriggerStep)


def one_role(servers=2, volume=2232.0, minutes=30.0, cv=1.0, sla=None):
    """trigger → human task → end; 744 productive hours a month (a day ≈ 24.5 h)."""
    role = Role(id="r", name="Desk", headcount=servers, hourly_cost=40)
    steps = [TriggerStep(id="t", volume_per_month=volume),
             HumanTaskStep(id="h", role_id="r", handling_minutes=minutes), EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e")]
    if sla is not None:
        steps.append(ExceptionStep(id="x", name="Complaint", role_id="r", sla_hours=sla,
                                   handling_minutes=minutes))
        flows = [Flow(source_id="t", target_id="h"),
                 Flow(source_id="h", target_id="e", share=0.8),
                 Flow(source_id="h", target_id="x", share=0.2, kind="exception"),
                 Flow(source_id="x", target_id="e")]
    return OperatingModel(roles=[role], steps=steps, flows=flows,
                          settings=Settings(productive_hours_per_fte_month=744,
                                            handling_time_cv=cv))


def test_single_pool_matches_erlang_c_within_the_95_percent_interval():
    """c = 2, λ = 3/h, 30 min each: ρ = 0.75, Erlang-C mean wait ≈ 0.64 h."""
    model = one_role()
    expected = role_queue(2232 / 744, 0.5, 2).mean_wait_hours
    assert project(model).queue("r").mean_wait_hours == pytest.approx(expected)
    result = simulate(model, days=120, replications=10, seed=7)
    (role,) = result.roles
    low, high = role["mean_wait_ci95"]
    assert low <= expected <= high
    assert high - low < 0.5 * expected  # an interval that can actually miss
    assert role["utilisation"] == pytest.approx(0.75, abs=0.03)
    # the cycle time is the wait plus the handling
    cycle = result.cycle_time_hours
    assert cycle["ci95"][0] <= expected + 0.5 <= cycle["ci95"][1]
    assert cycle["p50"] < cycle["mean"] < cycle["p90"] < cycle["p95"]


def test_same_seed_same_figures_other_seed_other_figures():
    model = one_role(volume=1500)
    a = simulate(model, days=20, replications=3, seed=11).to_json()
    b = simulate(model, days=20, replications=3, seed=11).to_json()
    c = simulate(model, days=20, replications=3, seed=12).to_json()
    assert a == b
    assert a["cycle_time_hours"] != c["cycle_time_hours"]


def test_processes_give_the_same_figures_as_one():
    model = one_role(volume=1500)
    one = simulate(model, days=10, replications=4, seed=3).to_json()
    two = simulate(model, days=10, replications=4, seed=3, workers=2).to_json()
    assert one == two


def test_deterministic_handling_waits_less_than_exponential():
    """cv 0 (M/D/c) halves the queue of cv 1 (Pollaczek–Khinchine, for c = 1)."""
    wait = {cv: simulate(one_role(servers=1, volume=1116, cv=cv), days=60, replications=4,
                         seed=5).roles[0]["mean_wait_hours"] for cv in (0.0, 1.0)}
    assert wait[0.0] == pytest.approx(wait[1.0] / 2, rel=0.25)


def test_sla_breach_share_of_an_exception_route():
    result = simulate(one_role(sla=0.25), days=30, replications=4, seed=2)
    (sla,) = result.sla
    assert sla["step_id"] == "x" and sla["sla_hours"] == 0.25
    # time in the step = wait + handling (mean 0.5 h): most visits exceed 15 minutes
    assert 0.5 < sla["breach_share"] < 1.0
    low, high = sla["ci95"]
    assert 0.0 <= low <= sla["breach_share"] <= high <= 1.0


def test_cancel_stops_the_run():
    with pytest.raises(Cancelled):
        simulate(one_role(), days=50, replications=5, seed=1, should_stop=lambda: True)
    seen = []
    simulate(one_role(volume=500), days=5, replications=3, seed=1,
             progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_loop_without_exit_cannot_be_simulated():
    model = one_role()
    model.flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="h")]
    with pytest.raises(SimulationError):
        simulate(model, days=1, replications=1)


def _file(tmp_path: Path, model) -> Path:
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    return path


def test_cli_json_and_text(tmp_path, capsys):
    path = _file(tmp_path, one_role(sla=0.25))
    args = ["simulate", str(path), "--days", "10", "--replications", "2", "--seed", "4"]
    assert main(args + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"days", "replications", "seed", "cycle_time_hours", "roles", "sla",
            "items_completed"} <= set(data)
    assert set(data["cycle_time_hours"]) == {"mean", "p50", "p90", "p95", "ci95"}
    assert {"role_id", "utilisation", "mean_wait_hours", "p90_wait_hours"} <= set(data["roles"][0])
    assert {"step_id", "sla_hours", "breach_share", "ci95"} <= set(data["sla"][0])
    assert (data["days"], data["replications"], data["seed"]) == (10, 2, 4)
    assert data["items_completed"] > 0
    assert main(args + ["--json"]) == 0
    assert json.loads(capsys.readouterr().out) == data      # same seed, same figures
    assert main(["--lang", "de"] + args) == 0
    assert "Durchlaufzeit" in capsys.readouterr().out


def test_cli_writes_the_workbook_with_a_simulation_sheet(tmp_path, capsys):
    from openpyxl import load_workbook

    path = _file(tmp_path, one_role(sla=0.25))
    out = tmp_path / "out.xlsx"
    assert main(["simulate", str(path), "--days", "5", "--replications", "2", "--xlsx",
                 str(out)]) == 0
    ws = load_workbook(out)["Simulation"]
    labels = [ws.cell(r, 1).value for r in range(5, 12)]
    assert "Cycle time, mean (h)" in labels and any("SLA 0.25 h" in (x or "") for x in labels)


def test_cli_usage_errors_are_one_line(tmp_path, capsys):
    path = _file(tmp_path, one_role())
    with pytest.raises(SystemExit) as exit_info:
        main(["simulate", str(path), "--replications", "0"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_saturated_role_exits_1(tmp_path, capsys):
    path = _file(tmp_path, one_role(servers=1, volume=2232))  # 150 % load
    assert main(["simulate", str(path), "--days", "2", "--replications", "1"]) == 1
    assert "100 %" in capsys.readouterr().err
