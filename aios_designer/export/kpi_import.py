"""Read measured KPI values back from an edited KPIs sheet.

At day 30 and day 90 someone types the measured values and their dates into the exported
workbook's KPIs sheet. Rows are matched by the KPI id in the sheet's last column (falling back
to the KPI's name), columns by their headings in either language. Every difference to the
model becomes a change; every cell that cannot be used (not a number, not a date, unknown KPI)
is reported as a problem and changes nothing. The given model is never modified. The same
container checks as the RACI import guard against files that are not workbooks or that
unpack to absurd sizes (``sheet_reading``).
"""
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..model import OperatingModel
from .sheet_reading import SheetChanges, SheetImportError, SheetProblem, read_sheet_rows
from .sheets.kpis import LABELS

_HEADER_SEARCH_ROWS = 30
#: Model field → heading key of the KPIs sheet.
FIELDS = {"baseline": "col.baseline", "target": "col.target", "day30": "col.day30",
          "day30_date": "col.day30_date", "day90": "col.day90", "day90_date": "col.day90_date"}
DATE_FIELDS = {"day30_date", "day90_date"}


def _both(key: str) -> set[str]:
    return {text.casefold() for text in LABELS[key]}


SHEET_NAMES = _both("sheet")


class KpiImportError(SheetImportError):
    """The file cannot be imported at all; one sentence naming the file."""


@dataclass(frozen=True)
class KpiChange:
    #: The KPI id, or "" for the business case (go-live).
    kpi_id: str
    kpi_name: str
    field: str
    old: object
    new: object
    cell: str

    def describe(self, lang: str = "en") -> str:
        def show(value):
            if value is None:
                return "–"
            if isinstance(value, date):
                return value.isoformat()
            text = f"{value:g}"
            return text.replace(".", ",") if lang == "de" else text

        return f"{self.kpi_name} / {self.field}: {show(self.old)} → {show(self.new)}"


KpiProblem = SheetProblem
KpiChanges = SheetChanges


def import_kpis(model: OperatingModel, xlsx_path: str | Path):
    """``(new_model, changes)``: ``model`` with the sheet's measured values, and what changed."""
    path = Path(xlsx_path)
    rows, sheet_name = _read_sheet(path)
    new_model = model.model_copy(deep=True)
    changes, problems = _apply(new_model, rows)
    return new_model, KpiChanges(changes, problems, sheet_name)


def _find_sheet(workbook):
    return next((s for s in workbook.worksheets if hasattr(s, "iter_rows")
                 and s.title.strip().casefold() in SHEET_NAMES), None)


def _read_sheet(path: Path) -> tuple[list[tuple], str]:
    return read_sheet_rows(
        path, _find_sheet,
        ("has no KPIs sheet (a sheet named 'KPIs' or 'Kennzahlen' exported by AIOS Designer)",
         "hat keine Kennzahlen-Tabelle (ein vom AIOS Designer exportiertes Blatt 'Kennzahlen' "
         "oder 'KPIs')"),
        ("a KPI workbook", "Kennzahlen-Arbeitsmappe"), KpiImportError)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _header(rows: list[tuple]) -> tuple[int, dict[str, int]] | None:
    """(row index, field → column index) of the table header."""
    kpi, ids = _both("col.kpi"), _both("col.id")
    headings = {field: _both(key) for field, key in FIELDS.items()}
    for r, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        texts = [_text(c).casefold() for c in row]
        if not texts or texts[0] not in kpi:
            continue
        columns = {}
        for c, text in enumerate(texts):
            for field, names in headings.items():
                if text in names and field not in columns:
                    columns[field] = c
            if text in ids:
                columns["id"] = c
        return r, columns
    return None


def _number(value) -> float:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError
        return float(value)
    text = str(value).strip().replace("\u202f", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    result = float(text)
    if not math.isfinite(result):
        raise ValueError
    return result


def _date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if isinstance(value, (int, float)) or not text:
        raise ValueError
    if "." in text:
        day, month, year = text.split(".")
        return date(int(year), int(month), int(day))
    return date.fromisoformat(text[:10])


def _apply(model: OperatingModel, rows: list[tuple]):
    changes: list[KpiChange] = []
    problems: list[KpiProblem] = []
    found = _header(rows)
    if found is None:
        problems.append(KpiProblem("KPIs", "no table header (a row starting with 'KPI') found",
                                   "keine Tabellenüberschrift (Zeile mit 'Kennzahl') gefunden"))
        return changes, problems
    header, columns = found
    by_id = {k.id: k for k in model.kpis}
    by_name: dict[str, list] = {}
    for k in model.kpis:
        by_name.setdefault(k.name.strip().casefold(), []).append(k)
    id_col = columns.get("id")
    r = header + 1
    while r < len(rows):
        row = rows[r]
        name = _text(row[0]) if row else ""
        if not name:
            break  # the table ends at the first empty row (legend and business case follow)
        kpi_id = _text(row[id_col]) if id_col is not None and id_col < len(row) else ""
        kpi = by_id.get(kpi_id)
        if kpi is None:
            same = by_name.get(name.casefold(), [])
            kpi = same[0] if len(same) == 1 else None
        if kpi is None:
            problems.append(KpiProblem(
                f"A{r + 1}", f"KPI '{name}' is not in the model; the row was not read",
                f"Kennzahl „{name}“ gibt es im Modell nicht; die Zeile wurde nicht gelesen"))
            r += 1
            continue
        for field, c in columns.items():
            if field == "id" or c >= len(row):
                continue
            cell = f"{get_column_letter(c + 1)}{r + 1}"
            _take(kpi, kpi.id, kpi.name, field, row[c], cell, changes, problems)
        r += 1
    _go_live(model, rows, r, changes, problems)
    return changes, problems


def _take(target, target_id: str, name: str, field: str, raw, cell: str,
          changes: list, problems: list) -> None:
    """Parse ``raw`` for ``field`` and assign it to ``target`` when it differs."""
    is_date = field in DATE_FIELDS or field == "go_live"
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        value = None
    else:
        try:
            value = _date(raw) if is_date else _number(raw)
        except (ValueError, TypeError):
            problems.append(KpiProblem(
                cell, f"'{raw}' is not a {'date (YYYY-MM-DD)' if is_date else 'number'}; "
                      "not taken over",
                f"„{raw}“ ist {'kein Datum (JJJJ-MM-TT)' if is_date else 'keine Zahl'}; "
                "nicht übernommen"))
            return
    old = getattr(target, field)
    if old == value:
        return
    try:
        setattr(target, field, value)  # validated by the model
    except ValueError as exc:
        reason = str(exc).splitlines()[-1].strip() if str(exc).strip() else "invalid"
        problems.append(KpiProblem(cell, f"not accepted ({reason})",
                                   f"nicht angenommen ({reason})"))
        return
    changes.append(KpiChange(target_id, name, field, old, value, cell))


def _go_live(model: OperatingModel, rows: list[tuple], start: int, changes, problems) -> None:
    labels = _both("bc.go_live")
    for r in range(start, len(rows)):
        row = rows[r]
        if row and _text(row[0]).casefold() in labels and len(row) > 1:
            _take(model.business_case, "", _text(row[0]), "go_live", row[1], f"B{r + 1}",
                  changes, problems)
            return
