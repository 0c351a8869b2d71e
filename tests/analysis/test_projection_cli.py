"""``aios-designer project``: text in both languages, JSON, exit codes."""
import json

import pytest

from aios_designer.cli import main
from aios_designer.fileio import save_model
from aios_designer.model import EndStep, Flow, HumanTaskStep, OperatingModel, Role, TriggerStep


def _file(tmp_path, closed_loop=False, headcount=2, volume=1330):
    role = Role(id="r", name="Sachbearbeitung", headcount=headcount, hourly_cost=50)
    t = TriggerStep(id="t", name="Post", volume_per_month=volume)
    h = HumanTaskStep(id="h", name="Erfassen", role_id="r", handling_minutes=6)
    e = EndStep(id="e", name="Fertig")
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e")]
    if closed_loop:
        flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="h")]
    path = tmp_path / "m.aiosm"
    save_model(OperatingModel(roles=[role], steps=[t, h, e], flows=flows), path)
    return path


def test_json(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["volume_per_month"] == 1330
    assert data["roles"][0]["hours_per_month"] == 133.0
    assert data["roles"][0]["fte"] == 1.0
    assert set(data["queues"][0]) >= {"role_id", "servers", "utilisation", "p_wait",
                                      "mean_wait_hours"}
    assert data["cost_per_unit"] == 5.0


def test_text_german(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path)), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Kosten pro Vorgang: 5,00 EUR" in out
    assert "Sachbearbeitung" in out and "50,0 %" in out
    assert "Warteschlangen" in out


def _textbook_erlang_c(c, lam, mu):
    """Erlang C by the textbook sum: P(wait) = (a^c/c!)/(1−ρ) / (Σ_{k<c} a^k/k! +
    (a^c/c!)/(1−ρ)), mean wait = P(wait)/(cμ − λ), with exact fractions for the sums."""
    from fractions import Fraction
    from math import factorial

    a = Fraction(lam) / Fraction(mu)
    rho = a / c
    top = a ** c / factorial(c) / (1 - rho)
    p_wait = top / (sum(a ** k / factorial(k) for k in range(c)) + top)
    return float(rho), float(p_wait), float(p_wait / (c * Fraction(mu) - Fraction(lam)))


@pytest.mark.parametrize("servers,volume", [(1, 1000), (2, 1330), (3, 3100), (5, 5900),
                                            (12, 15000), (30, 38000)])
def test_queue_figures_equal_erlang_c_computed_independently(tmp_path, capsys, servers, volume):
    """trigger → human task (6 min) → end, c people, 133 productive hours per FTE."""
    assert main(["project", str(_file(tmp_path, headcount=servers, volume=volume)),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (queue,) = data["queues"]
    rho, p_wait, wait = _textbook_erlang_c(servers, volume / 133, 60 / 6)
    assert queue["role_id"] == "r" and queue["servers"] == servers
    for key, expected in (("utilisation", rho), ("p_wait", p_wait), ("mean_wait_hours", wait)):
        assert abs(queue[key] - expected) / expected < 1e-9, key
    # the cycle time adds the wait of the one human visit
    assert abs(data["cycle_time_hours"] - (6 / 60 + wait)) < 1e-12


def test_saturated_role_gives_null_wait_and_exit_1(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path, headcount=1)), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["queues"][0]["utilisation"] == 1.0 or abs(data["queues"][0]["utilisation"] - 1) < 1e-12
    assert data["queues"][0]["mean_wait_hours"] is None and data["queues"][0]["p_wait"] is None
    assert data["cycle_time_hours"] is None
    assert data["saturated_role_ids"] == ["r"]
    assert main(["project", str(_file(tmp_path, headcount=1))]) == 1
    assert "Unbounded queue" in capsys.readouterr().out


def test_unbounded_loop_exits_1(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path, closed_loop=True)), "--lang", "en"]) == 1
    assert "Unbounded" in capsys.readouterr().out
