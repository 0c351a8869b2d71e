"""``aios-designer kpis``: measured values drive "latest", "target met" and the actual
business case; before anything is measured the targets are neither met nor missed."""
import json
from datetime import date
from pathlib import Path

import pytest

from aios_designer.cli import main
from aios_designer.fileio import load_model, save_model
from aios_designer.model import BaselineMetric

TEMPLATE = (Path(__file__).resolve().parents[2] / "resources" / "templates"
            / "support-triage.en.aiosm")


def _run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().out


def test_nothing_measured_every_target_met_is_null(tmp_path, capsys):
    path = tmp_path / "m.aiosm"
    save_model(load_model(TEMPLATE), path)
    code, out = _run(capsys, "kpis", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["kpis"] and all(k["target_met"] is None for k in data["kpis"])
    assert all(k["latest"] is None and k["latest_source"] is None for k in data["kpis"])
    assert {"id", "name", "metric", "baseline", "target", "projected", "day30", "day90",
            "latest", "latest_source", "delta", "delta_pct", "target_met"} <= set(data["kpis"][0])
    case = data["business_case"]
    assert case["monthly_saving_projected"] > 0 and case["monthly_saving_actual"] is None
    for key in ("payback_months_actual", "roi_12_actual", "roi_36_actual"):
        assert case[key] is None
    assert set(case) >= {"monthly_saving_projected", "monthly_saving_actual",
                         "payback_months_projected", "payback_months_actual",
                         "roi_12_projected", "roi_12_actual", "roi_36_projected",
                         "roi_36_actual"}


def test_day90_values_give_the_actual_business_case(tmp_path, capsys):
    model = load_model(TEMPLATE)
    model.business_case.go_live = date(2026, 4, 1)
    cost = next(k for k in model.kpis if k.metric == BaselineMetric.COST_PER_UNIT)
    cost.day30, cost.day30_date = 10.0, date(2026, 5, 1)
    cost.day90, cost.day90_date = 9.1, date(2026, 6, 30)
    error = next(k for k in model.kpis if k.metric == BaselineMetric.ERROR_RATE)
    error.day30 = 6.5                    # target 5 (lower is better): not met, only day 30
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    code, out = _run(capsys, "kpis", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    volume = 6000
    investment = model.business_case.one_off_investment
    saving = (cost.baseline - 9.1) * volume
    case = data["business_case"]
    assert case["cost_per_unit_actual"] == 9.1 and case["actual_source"] == "day90"
    assert case["monthly_saving_actual"] == pytest.approx(saving)
    assert case["payback_months_actual"] == pytest.approx(investment / saving)
    assert case["roi_12_actual"] == pytest.approx((12 * saving - investment) / investment)
    assert case["roi_36_actual"] == pytest.approx((36 * saving - investment) / investment)
    assert case["monthly_saving_projected"] != pytest.approx(saving)
    rows = {k["metric"]: k for k in data["kpis"]}
    c = rows["cost_per_unit"]
    assert (c["latest"], c["latest_source"], c["target_met"]) == (9.1, "day90", False)  # target 8.5
    assert c["delta"] == pytest.approx(9.1 - 11.8)
    assert c["delta_pct"] == pytest.approx((9.1 - 11.8) / 11.8 * 100)
    assert c["day90_date"] == "2026-06-30" and data["go_live"] == "2026-04-01"
    e = rows["error_rate"]
    assert (e["latest"], e["latest_source"], e["target_met"]) == (6.5, "day30", False)
    assert rows["throughput"]["target_met"] is None
    code, text = _run(capsys, "--lang", "de", "kpis", str(path))
    assert code == 0 and "Wirtschaftlichkeit" in text and "Ist" in text and "(Tag 90)" in text


def test_missing_file_is_one_line_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["kpis", str(tmp_path / "nope.aiosm")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
