"""Threshold calibration from a pilot export: confidence and correctness per item.

For every threshold 0.50, 0.51, …, 0.99 the share of items that would be auto-approved
(confidence ≥ threshold), the counts behind it and the error rate among them with its
one-sided 95 % Clopper–Pearson upper bound. The recommended threshold is the lowest (least
review) whose **upper bound** stays ≤ the maximum error (rule "upper_bound"; rule "point" uses
the measured rate), and never one with fewer than ``MIN_AUTO_ITEMS`` auto-approved items: a
pilot too small for that gets no recommendation and is told why. Rows that cannot be read are
counted with their reason, never dropped silently.
"""
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model import Calibration, CalibrationPoint
from .intervals import error_upper_bound, point_upper

#: Thresholds in integer hundredths, so that 0.7 is exactly the float 0.7 (a running sum
#: 0.5 + 0.01 + … would drift and change which items count as "at or above").
THRESHOLD_HUNDREDTHS = range(50, 100)
DEFAULT_MAX_ERROR = 0.02
#: Fewer auto-approved pilot items than this never carry a recommendation.
MIN_AUTO_ITEMS = 30
RULES = ("upper_bound", "point")

CONFIDENCE_NAMES = ("confidence", "score", "probability", "prob", "conf", "confidence_score")
CORRECT_NAMES = ("correct", "is_correct", "label_correct", "correctness", "is_right", "ok")
TRUE_LABEL_NAMES = ("true_label", "label", "actual", "actual_label", "gold", "expected")
PREDICTED_NAMES = ("predicted_label", "prediction", "predicted", "pred", "model_label")

_TRUE_WORDS = {"1", "true", "yes", "y", "t", "ja", "wahr", "correct", "richtig", "1.0"}
_FALSE_WORDS = {"0", "false", "no", "n", "f", "nein", "falsch", "incorrect", "wrong", "0.0"}

#: Reasons a row is rejected, with the German text for reports.
REASONS = {
    "missing_confidence": "Konfidenz fehlt",
    "confidence_not_numeric": "Konfidenz ist keine Zahl",
    "confidence_out_of_range": "Konfidenz außerhalb 0–1",
    "correctness_unreadable": "Korrektheit nicht lesbar",
    "missing_label": "Label fehlt",
}
_REASONS_EN = {
    "missing_confidence": "confidence missing",
    "confidence_not_numeric": "confidence is not a number",
    "confidence_out_of_range": "confidence outside 0–1",
    "correctness_unreadable": "correctness unreadable",
    "missing_label": "label missing",
}


class CalibrationError(Exception):
    """The pilot file cannot be used at all (unreadable, no usable columns)."""

    def __init__(self, message_en: str, message_de: str):
        super().__init__(message_en)
        self.message_en = message_en
        self.message_de = message_de

    def message(self, lang: str = "en") -> str:
        return self.message_de if lang == "de" else self.message_en


@dataclass(frozen=True)
class PilotColumns:
    confidence: str
    #: Column with correct yes/no; None when correctness comes from the two label columns.
    correct: str | None = None
    true_label: str | None = None
    predicted_label: str | None = None

    def describe(self, lang: str = "en") -> str:
        confidence, correct = ("Konfidenz", "richtig") if lang == "de" else ("confidence",
                                                                           "correct")
        if self.correct is not None:
            return f"{confidence}={self.confidence}, {correct}={self.correct}"
        return (f"{confidence}={self.confidence}, {correct}={self.true_label} == "
                f"{self.predicted_label}")


@dataclass
class PilotData:
    source: str
    headers: list[str]
    columns: PilotColumns
    confidence: np.ndarray
    correct: np.ndarray
    #: (row number in the file, reason code) of every row that could not be read.
    rejected: list[tuple[int, str]] = field(default_factory=list)

    @property
    def rows_used(self) -> int:
        return int(len(self.confidence))

    @property
    def rows_rejected(self) -> int:
        return len(self.rejected)

    def rejected_by_reason(self) -> dict[str, int]:
        return dict(Counter(reason for _, reason in self.rejected))


@dataclass
class CalibrationResult:
    data: PilotData
    calibration: Calibration
    max_error: float
    recommended: float | None
    rule: str = "upper_bound"
    #: What the point-estimate rule would recommend, for comparison.
    recommended_point: float | None = None
    #: Why nothing is recommended: "pilot_too_small" (no threshold has MIN_AUTO_ITEMS
    #: auto-approved items) or "limit_not_met"; None with a recommendation.
    no_recommendation_reason: str | None = None

    def to_json(self, step: str) -> dict:
        return {
            "step": step,
            "source": self.data.source,
            "columns": {"confidence": self.data.columns.confidence,
                        "correct": self.data.columns.correct,
                        "true_label": self.data.columns.true_label,
                        "predicted_label": self.data.columns.predicted_label},
            "max_error": self.max_error,
            "curve": [{"threshold": p.threshold, "auto_share": p.auto_share,
                       "error_rate_auto": p.error_rate_auto, "n_auto": p.n_auto,
                       "errors_auto": p.errors_auto, "error_upper": p.error_upper}
                      for p in self.calibration.points],
            "overall_error_rate": self.calibration.overall_error_rate,
            "rule": self.rule,
            "min_auto_items": MIN_AUTO_ITEMS,
            "recommended": self.recommended,
            "recommended_point": self.recommended_point,
            "no_recommendation_reason": self.no_recommendation_reason,
            "rows_used": self.data.rows_used,
            "rows_rejected": self.data.rows_rejected,
            "rejected_by_reason": self.data.rejected_by_reason(),
            "rejected_rows": [{"row": row, "reason": reason}
                              for row, reason in self.data.rejected[:50]],
        }


def reason_text(code: str, lang: str = "en") -> str:
    return REASONS.get(code, code) if lang == "de" else _REASONS_EN.get(code, code)


# -- reading -----------------------------------------------------------------------------

def read_table(path: str | Path) -> tuple[list[str], list[tuple[int, list]]]:
    """Header and (row number, cells) of the first sheet of an .xlsx or of a CSV file."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        return _read_csv(path)
    except CalibrationError:
        raise
    except OSError as exc:
        raise CalibrationError(f"cannot read pilot file {path}: {exc.strerror or exc}",
                               f"Pilotdatei {path} nicht lesbar: {exc.strerror or exc}") from exc
    except Exception as exc:  # a corrupt workbook raises anything from zipfile to KeyError
        raise CalibrationError(f"cannot read pilot file {path}: {exc}",
                               f"Pilotdatei {path} nicht lesbar: {exc}") from exc


def _read_csv(path: Path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # Excel's "CSV" on German Windows
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [(n, cells) for n, cells in enumerate(csv.reader(io.StringIO(text), dialect), 1)]
    return _split_header(rows, path)


def _read_xlsx(path: Path):
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = [(n, list(cells)) for n, cells in enumerate(sheet.iter_rows(values_only=True), 1)]
    finally:
        workbook.close()
    return _split_header(rows, path)


def _blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _split_header(rows, path: Path):
    # Completely empty lines are not data rows (a trailing newline, spacing rows).
    rows = [(n, cells) for n, cells in rows if not all(_blank(c) for c in cells)]
    if not rows:
        raise CalibrationError(f"pilot file {path} is empty", f"Pilotdatei {path} ist leer")
    header = [("" if c is None else str(c)).strip() for c in rows[0][1]]
    return header, rows[1:]


def _normal(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def _find(headers: list[str], candidates: tuple[str, ...]) -> str | None:
    normal = {_normal(h): h for h in headers if h}
    for candidate in candidates:
        if candidate in normal:
            return normal[candidate]
    return None


def detect_columns(headers: list[str], confidence: str | None = None,
                   correct: str | None = None, true_label: str | None = None,
                   predicted_label: str | None = None) -> PilotColumns:
    """Which columns hold confidence and correctness: the ones given, else found by their
    header names (correctness directly, or as true label == predicted label)."""
    confidence = confidence or _find(headers, CONFIDENCE_NAMES)
    if confidence is None:
        raise CalibrationError(
            f"no confidence column found (looked for {', '.join(CONFIDENCE_NAMES)}; "
            f"columns: {', '.join(headers)}); name it explicitly",
            f"keine Konfidenz-Spalte gefunden (gesucht: {', '.join(CONFIDENCE_NAMES)}; "
            f"Spalten: {', '.join(headers)}); bitte ausdrücklich angeben")
    if correct is None and true_label is None and predicted_label is None:
        correct = _find(headers, CORRECT_NAMES)
    if correct is not None:
        columns = PilotColumns(confidence, correct=correct)
    else:
        true_label = true_label or _find(headers, TRUE_LABEL_NAMES)
        predicted_label = predicted_label or _find(headers, PREDICTED_NAMES)
        if true_label is None or predicted_label is None:
            raise CalibrationError(
                f"no correctness column found (looked for {', '.join(CORRECT_NAMES)}, or a "
                f"true and a predicted label; columns: {', '.join(headers)}); name it "
                f"explicitly",
                f"keine Korrektheits-Spalte gefunden (gesucht: {', '.join(CORRECT_NAMES)} "
                f"oder wahres und vorhergesagtes Label; Spalten: {', '.join(headers)}); "
                f"bitte ausdrücklich angeben")
        columns = PilotColumns(confidence, true_label=true_label,
                               predicted_label=predicted_label)
    for name in (columns.confidence, columns.correct, columns.true_label,
                 columns.predicted_label):
        if name is not None and name not in headers:
            raise CalibrationError(f"column {name!r} not in the pilot file "
                                   f"(columns: {', '.join(headers)})",
                                   f"Spalte {name!r} fehlt in der Pilotdatei "
                                   f"(Spalten: {', '.join(headers)})")
    return columns


def _number(cell) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    try:
        return float(text)
    except ValueError:
        return None


def _truth(cell) -> bool | None:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, (int, float)):
        return {1: True, 0: False}.get(cell)
    text = str(cell).strip().lower()
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    return None


def read_pilot(path: str | Path, confidence_column: str | None = None,
               correct_column: str | None = None, true_label_column: str | None = None,
               predicted_label_column: str | None = None) -> PilotData:
    """Confidence and correctness per readable row, and the rows that are not readable."""
    headers, rows = read_table(path)
    columns = detect_columns(headers, confidence_column, correct_column, true_label_column,
                             predicted_label_column)
    where = {h: i for i, h in reversed(list(enumerate(headers)))}

    def cell(cells, name):
        i = where[name]
        return cells[i] if i < len(cells) else None

    confidences, correct, rejected = [], [], []
    for row_number, cells in rows:
        raw = cell(cells, columns.confidence)
        if _blank(raw):
            rejected.append((row_number, "missing_confidence"))
            continue
        value = _number(raw)
        if value is None or value != value:
            rejected.append((row_number, "confidence_not_numeric"))
            continue
        if not 0.0 <= value <= 1.0:
            rejected.append((row_number, "confidence_out_of_range"))
            continue
        if columns.correct is not None:
            truth = _truth(cell(cells, columns.correct))
            if truth is None:
                rejected.append((row_number, "correctness_unreadable"))
                continue
        else:
            true_label = cell(cells, columns.true_label)
            predicted = cell(cells, columns.predicted_label)
            if _blank(true_label) or _blank(predicted):
                rejected.append((row_number, "missing_label"))
                continue
            truth = str(true_label).strip() == str(predicted).strip()
        confidences.append(value)
        correct.append(truth)
    return PilotData(str(path), headers, columns, np.array(confidences, dtype=float),
                     np.array(correct, dtype=bool), rejected)


# -- the curve ---------------------------------------------------------------------------

def calibration_points(confidence: np.ndarray, correct: np.ndarray) -> list[CalibrationPoint]:
    """Share auto-approved, the counts, the error rate among them and its upper bound for
    thresholds 0.50 … 0.99."""
    total = len(confidence)
    points = []
    for hundredths in THRESHOLD_HUNDREDTHS:
        threshold = hundredths / 100
        auto = confidence >= threshold
        n_auto = int(auto.sum())
        errors = int((auto & ~correct).sum())
        points.append(CalibrationPoint(
            threshold=threshold,
            auto_share=n_auto / total if total else 0.0,
            error_rate_auto=errors / n_auto if n_auto else None,
            n_auto=n_auto, errors_auto=errors,
            error_upper=error_upper_bound(n_auto, errors)))
    return points


def _large_enough(point: CalibrationPoint) -> bool:
    # A curve entered without counts cannot be judged by its sample size: trust its shares.
    return point.n_auto is None or point.n_auto >= MIN_AUTO_ITEMS


def recommend_threshold(points: list[CalibrationPoint], max_error: float,
                        rule: str = "upper_bound") -> float | None:
    """The lowest threshold (least review) with at least ``MIN_AUTO_ITEMS`` auto-approved
    items whose error among them — its upper bound (rule "upper_bound") or the measured rate
    (rule "point") — is ≤ ``max_error``; None when no threshold achieves it."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}")
    for point in sorted(points, key=lambda p: p.threshold):
        if point.error_rate_auto is None or point.auto_share <= 0 or not _large_enough(point):
            continue
        error = point_upper(point) if rule == "upper_bound" else point.error_rate_auto
        if error is None:  # no counts: the measured rate is all there is
            error = point.error_rate_auto
        if error <= max_error + 1e-12:
            return point.threshold
    return None


def no_recommendation_reason(points: list[CalibrationPoint],
                             recommended: float | None) -> str | None:
    if recommended is not None:
        return None
    if not any(p.auto_share > 0 and _large_enough(p) for p in points):
        return "pilot_too_small"
    return "limit_not_met"


def calibrate(path: str | Path, max_error: float = DEFAULT_MAX_ERROR, rule: str = "upper_bound",
              **columns: str | None) -> CalibrationResult:
    """Read ``path`` and compute the curve and recommendation; ``columns`` as in read_pilot."""
    data = read_pilot(path, **columns)
    if data.rows_used == 0:
        counts = sorted(data.rejected_by_reason().items())
        en = ", ".join(f"{reason_text(code, 'en')}: {n}" for code, n in counts)
        de = ", ".join(f"{reason_text(code, 'de')}: {n}" for code, n in counts)
        raise CalibrationError(
            f"no readable rows in {path} ({data.rows_rejected} rejected; {en})",
            f"keine lesbaren Zeilen in {path} ({data.rows_rejected} verworfen; {de})")
    points = calibration_points(data.confidence, data.correct)
    calibration = Calibration(
        source=Path(path).name, rows_used=data.rows_used, rows_rejected=data.rows_rejected,
        overall_error_rate=float((~data.correct).sum()) / data.rows_used, points=points)
    recommended = recommend_threshold(points, max_error, rule)
    return CalibrationResult(data, calibration, max_error, recommended, rule,
                             recommend_threshold(points, max_error, "point"),
                             no_recommendation_reason(points, recommended))
