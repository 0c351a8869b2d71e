"""Calibration on pilot data, checked against counts taken straight from the file."""
import csv
import json
import math
from decimal import Decimal
from pathlib import Path

import pytest

from aios_designer.analysis.calibration import (
    CalibrationError,
    calibrate,
    calibration_points,
    detect_columns,
    no_recommendation_reason,
    read_pilot,
    recommend_threshold,
)
from aios_designer.analysis.intervals import error_upper_bound
from aios_designer.cli import main
from aios_designer.fileio import load_model, save_model
from aios_designer.model import AiTaskStep, EndStep, Flow, OperatingModel, TriggerStep

PILOT = Path(__file__).resolve().parents[2] / "resources" / "examples" / "pilot-ticket-classifier.csv"


def _direct_counts(threshold: str):
    """(rows, auto-approved, wrong among auto) compared as decimals, independent of floats."""
    rows = auto = wrong = 0
    with PILOT.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows += 1
            if Decimal(row["confidence"]) >= Decimal(threshold):
                auto += 1
                wrong += row["correct"] == "0"
    return rows, auto, wrong


@pytest.mark.parametrize("threshold", ["0.70", "0.80", "0.90"])
def test_pilot_curve_matches_counts_from_the_csv(threshold):
    result = calibrate(PILOT)
    rows, auto, wrong = _direct_counts(threshold)
    point = next(p for p in result.calibration.points if p.threshold == float(threshold))
    assert result.data.rows_used == rows == 1797
    assert result.data.rows_rejected == 0
    assert point.auto_share == pytest.approx(auto / rows, abs=1e-12)
    assert point.error_rate_auto == pytest.approx(wrong / auto, abs=1e-12)


def test_curve_has_fifty_exact_thresholds_and_a_recommendation():
    result = calibrate(PILOT, max_error=0.02)
    thresholds = [p.threshold for p in result.calibration.points]
    assert thresholds == [h / 100 for h in range(50, 100)]
    assert 0.69 in thresholds and 0.7 in thresholds  # no 0.7000000000000001
    assert result.rule == "upper_bound"
    rec = result.recommended
    upper = {p.threshold: p.error_upper for p in result.calibration.points}
    assert upper[rec] <= 0.02
    assert all(upper[t] > 0.02 for t in thresholds if t < rec)
    errors = {p.threshold: p.error_rate_auto for p in result.calibration.points}
    point_rec = result.recommended_point
    assert errors[point_rec] <= 0.02
    assert all(errors[t] > 0.02 for t in thresholds if t < point_rec)
    assert point_rec < rec
    assert result.calibration.overall_error_rate == pytest.approx(0.15, abs=0.001)


def test_unreadable_rows_are_counted_with_reasons(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "item_id,confidence,correct\n"
        "a,0.95,1\n"
        "b,high,1\n"          # not a number
        "c,1.7,0\n"           # outside 0–1
        "d,-0.1,1\n"          # outside 0–1
        "e,0.8,maybe\n"       # correctness unreadable
        "f,,1\n"              # missing confidence
        "g,0.75,0\n"
        "\n"                  # an empty line is not a row
        "h,\"0,6\",yes\n",    # German decimal comma, yes = correct
        encoding="utf-8")
    data = read_pilot(bad)
    assert data.rows_used == 3
    assert data.rows_rejected == 5
    assert data.rejected_by_reason() == {"confidence_not_numeric": 1,
                                         "confidence_out_of_range": 2,
                                         "correctness_unreadable": 1,
                                         "missing_confidence": 1}
    assert [row for row, _ in data.rejected] == [3, 4, 5, 6, 7]
    assert sorted(data.confidence.tolist()) == [0.6, 0.75, 0.95]
    result = calibrate(bad)
    assert result.calibration.rows_rejected == 5
    point = next(p for p in result.calibration.points if p.threshold == 0.75)
    assert point.auto_share == pytest.approx(2 / 3)
    assert point.error_rate_auto == pytest.approx(1 / 2)


def test_correctness_from_labels_and_semicolons(tmp_path):
    pilot = tmp_path / "labels.csv"
    pilot.write_text("ID;Predicted Label;True_Label;Score\n1;a;a;0.9\n2;b;a;0.8\n3;c;c;0.4\n",
                     encoding="utf-8")
    columns = detect_columns(["ID", "Predicted Label", "True_Label", "Score"])
    assert columns.confidence == "Score" and columns.correct is None
    data = read_pilot(pilot)
    assert data.correct.tolist() == [True, False, True]


def test_explicit_columns_and_missing_columns(tmp_path):
    pilot = tmp_path / "odd.csv"
    pilot.write_text("p,ok_flag\n0.9,1\n0.6,0\n", encoding="utf-8")
    with pytest.raises(CalibrationError) as err:
        read_pilot(pilot)
    assert "confidence" in err.value.message_en and "Konfidenz" in err.value.message_de
    data = read_pilot(pilot, confidence_column="p", correct_column="ok_flag")
    assert data.rows_used == 2
    with pytest.raises(CalibrationError):
        read_pilot(pilot, confidence_column="p", correct_column="nope")


def test_xlsx_pilot(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["confidence", "is_correct"])
    for conf, ok in [(0.99, True), (0.91, False), (0.55, True), ("x", True), (0.7, 1)]:
        ws.append([conf, ok])
    path = tmp_path / "pilot.xlsx"
    wb.save(path)
    data = read_pilot(path)
    assert data.rows_used == 4 and data.rejected == [(5, "confidence_not_numeric")]


def test_recommendation_none_when_nothing_is_good_enough():
    import numpy as np

    points = calibration_points(np.array([0.6, 0.95] * 20), np.array([False, False] * 20))
    assert recommend_threshold(points, 0.1) is None
    assert recommend_threshold(points, 0.1, "point") is None
    assert points[-1].error_rate_auto is None  # no item reaches 0.99


def _model_file(tmp_path) -> Path:
    t = TriggerStep(id="t", volume_per_month=100)
    ai = AiTaskStep(id="ai-1", name="Classify ticket")
    e = EndStep(id="e")
    model = OperatingModel(steps=[t, ai, e], flows=[Flow(source_id="t", target_id="ai-1"),
                                                    Flow(source_id="ai-1", target_id="e")])
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    return path


def test_cli_json_by_name_without_save_leaves_file_alone(tmp_path, capsys):
    path = _model_file(tmp_path)
    before = path.read_bytes()
    assert main(["calibrate", str(path), "--step", "classify ticket", "--pilot", str(PILOT),
                 "--max-error", "0.01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["step"] == "ai-1" and out["rows_used"] == 1797 and out["rows_rejected"] == 0
    assert len(out["curve"]) == 50
    assert set(out["curve"][0]) == {"threshold", "auto_share", "error_rate_auto", "n_auto",
                                    "errors_auto", "error_upper"}
    assert out["rule"] == "upper_bound"
    assert out["recommended"] == next(c["threshold"] for c in out["curve"]
                                      if c["n_auto"] >= 30 and c["error_upper"] <= 0.01)
    assert out["recommended_point"] == next(c["threshold"] for c in out["curve"]
                                            if c["n_auto"] >= 30 and c["error_rate_auto"] <= 0.01)
    assert path.read_bytes() == before


def test_cli_save_and_apply(tmp_path, capsys):
    path = _model_file(tmp_path)
    assert main(["calibrate", str(path), "--step", "ai-1", "--pilot", str(PILOT),
                 "--save", "--apply"]) == 0
    text = capsys.readouterr().out
    assert "Recommended threshold: 0.84" in text and "measured rate alone it would be 0.76" in text
    step = load_model(path).step("ai-1")
    assert len(step.calibration.points) == 50 and step.calibration.rows_used == 1797
    assert step.review.threshold == 0.84
    assert step.calibration.points[26].n_auto == 1074  # 0.76


def test_cli_rule_point_keeps_the_old_rule(tmp_path, capsys):
    path = _model_file(tmp_path)
    assert main(["calibrate", str(path), "--step", "ai-1", "--pilot", str(PILOT),
                 "--rule", "point", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rule"] == "point" and out["recommended"] == 0.76


def test_cli_errors_are_one_line(tmp_path, capsys):
    path = _model_file(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["calibrate", str(path), "--step", "nope", "--pilot", str(PILOT)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Classify ticket" in err
    with pytest.raises(SystemExit):
        main(["calibrate", str(path), "--step", "ai-1", "--pilot", str(tmp_path / "x.csv")])
    assert "cannot read" in capsys.readouterr().err


# -- uncertainty: counts and Clopper-Pearson bounds against independent computations -----

def _binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed term by term in log space."""
    if p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 1.0 if k >= n else 0.0
    total = 0.0
    for i in range(k + 1):
        log_term = (math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                    + i * math.log(p) + (n - i) * math.log1p(-p))
        total += math.exp(log_term)
    return total


def _independent_upper(k: int, n: int, alpha: float = 0.05) -> float:
    """Bisection on the binomial CDF: the p where P(X <= k) falls to alpha."""
    if k == n:
        return 1.0
    lo, hi = 0.0, 1.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if _binomial_cdf(k, n, mid) > alpha:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def test_the_documented_example_21_errors_in_1074():
    assert error_upper_bound(1074, 21) == pytest.approx(0.0280, abs=5e-5)
    assert error_upper_bound(1074, 21) == pytest.approx(_independent_upper(21, 1074), rel=1e-9)


@pytest.mark.parametrize("n,k", [(1, 0), (3, 0), (20, 0), (30, 1), (100, 5), (250, 3),
                                 (1545, 140), (62, 0), (10, 10), (5, 4)])
def test_upper_bound_matches_an_independent_bisection_on_the_binomial_cdf(n, k):
    assert error_upper_bound(n, k) == pytest.approx(_independent_upper(k, n), rel=1e-9, abs=1e-12)


def test_zero_errors_bound_is_the_closed_form():
    # P(X = 0) = (1 - p)^n = 0.05  →  p = 1 - 0.05^(1/n)
    for n in (1, 3, 7, 40, 500):
        assert error_upper_bound(n, 0) == pytest.approx(1 - 0.05 ** (1 / n), rel=1e-9)
    assert error_upper_bound(0, 0) is None


@pytest.mark.parametrize("threshold", ["0.70", "0.76", "0.90", "0.99"])
def test_pilot_counts_and_upper_bound_equal_an_independent_computation(threshold):
    result = calibrate(PILOT)
    _, auto, wrong = _direct_counts(threshold)
    point = next(p for p in result.calibration.points if p.threshold == float(threshold))
    assert (point.n_auto, point.errors_auto) == (auto, wrong)
    assert point.error_upper == pytest.approx(_independent_upper(wrong, auto), rel=1e-9)


def test_pilot_076_is_1074_items_21_errors():
    point = next(p for p in calibrate(PILOT).calibration.points if p.threshold == 0.76)
    assert (point.n_auto, point.errors_auto) == (1074, 21)
    assert point.error_rate_auto == pytest.approx(0.0196, abs=5e-5)


def _small_pilot(tmp_path) -> Path:
    """20 rows: 3 confident and correct, 17 below 0.6 (a few wrong)."""
    lines = ["confidence,correct"]
    lines += [f"0.{60 + i},1" for i in range(3)]
    lines += [f"0.{30 + i},{int(i % 3 != 0)}" for i in range(17)]
    path = tmp_path / "small.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_20_row_pilot_gets_no_recommendation_and_says_why(tmp_path, capsys):
    small = _small_pilot(tmp_path)
    result = calibrate(small)
    assert result.data.rows_used == 20
    assert result.recommended is None and result.recommended_point is None
    assert result.no_recommendation_reason == "pilot_too_small"
    point = next(p for p in result.calibration.points if p.threshold == 0.6)
    assert (point.n_auto, point.errors_auto, point.error_rate_auto) == (3, 0, 0.0)
    assert point.error_upper == pytest.approx(1 - 0.05 ** (1 / 3), rel=1e-9)
    path = _model_file(tmp_path)
    assert main(["calibrate", str(path), "--step", "ai-1", "--pilot", str(small)]) == 0
    assert "pilot is too small" in capsys.readouterr().out
    assert main(["--lang", "de", "calibrate", str(path), "--step", "ai-1", "--pilot",
                 str(small), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["recommended"] is None and out["no_recommendation_reason"] == "pilot_too_small"


def test_a_threshold_below_30_auto_items_is_never_recommended():
    import numpy as np

    # 29 correct items at 0.9, many wrong below: only 0.9 is clean, but too few items.
    confidence = np.array([0.9] * 29 + [0.5] * 100)
    correct = np.array([True] * 29 + [False] * 100)
    points = calibration_points(confidence, correct)
    assert recommend_threshold(points, 0.5, "point") is None
    assert no_recommendation_reason(points, None) == "limit_not_met"  # 0.50 has 129 items
    confidence = np.array([0.9] * 30 + [0.5] * 100)
    correct = np.array([True] * 30 + [False] * 100)
    assert recommend_threshold(calibration_points(confidence, correct), 0.5, "point") == 0.51
