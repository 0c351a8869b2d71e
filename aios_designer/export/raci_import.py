"""Read an edited RACI sheet back into the model.

Departments edit the RACI in Excel and send it back. The sheet is found by name (either
language) or by the hidden marker the export leaves in it; rows and columns are matched by
the hidden step and role ids, falling back to names, so renamed or re-sorted sheets still
import. Every difference to the model's effective RACI becomes a change (stored as a RACI
override); everything that cannot be used is reported as a problem. The given model is never
modified.
"""
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..analysis.raci import set_cell
from ..model import OperatingModel, normalize_raci
from .labels import LABELS
from .raci_cells import cell_text, raci_grid
from .sheet_reading import SheetChanges, SheetImportError, SheetProblem, read_sheet_rows
from .sheets.raci import CHECK_MARKER, RACI_MARKER

_HEADER_SEARCH_ROWS = 30


def _both(key: str) -> set[str]:
    return {text.casefold() for text in LABELS[key]}


SHEET_NAMES = _both("sheet.raci")
STEP_HEADINGS = _both("col.step")
LANE_HEADINGS = _both("col.lane")
CHECK_HEADINGS = _both("col.check")
ID_HEADINGS = _both("col.id")
LEGEND_HEADINGS = _both("raci.legend")
#: Rows of the sheet's own column check below the matrix: formulas, not steps.
SUMMARY_ROWS = _both("raci.column_letters") | _both("raci.column_a")


class RaciImportError(SheetImportError):
    """The file cannot be imported at all; one sentence naming the file."""


@dataclass(frozen=True)
class RaciChange:
    step_id: str
    step_name: str
    role_id: str
    role_name: str
    #: Canonical letters before and after ("" = no letter).
    old: str
    new: str
    #: Where in the sheet, e.g. "E7".
    cell: str

    def describe(self, lang: str = "en") -> str:
        none = "–"
        return (f"{self.step_name} / {self.role_name}: {cell_text(self.old) or none} → "
                f"{cell_text(self.new) or none}")


RaciProblem = SheetProblem
RaciChanges = SheetChanges


def import_raci(model: OperatingModel, xlsx_path: str | Path):
    """``(new_model, changes)``: ``model`` with the sheet's RACI applied, and what changed."""
    path = Path(xlsx_path)
    rows, sheet_name = _read_sheet(path)
    changes, problems = _diff(model, rows)
    new_model = model.model_copy(deep=True)
    grid = raci_grid(model)
    for change in changes:
        step = new_model.step(change.step_id)
        step.raci_overrides = set_cell(step.raci_overrides, change.role_id, change.new,
                                       derived=grid.derived_letters(change.step_id,
                                                                    change.role_id))
    return new_model, RaciChanges(changes, problems, sheet_name)


# -- reading -----------------------------------------------------------------------------

def _read_sheet(path: Path) -> tuple[list[tuple], str]:
    return read_sheet_rows(
        path, _find_sheet,
        ("has no RACI sheet (a sheet named 'RACI' or 'RACI-Matrix' exported by AIOS Designer)",
         "hat keine RACI-Tabelle (ein vom AIOS Designer exportiertes Blatt 'RACI' oder "
         "'RACI-Matrix')"),
        ("a RACI workbook", "RACI-Arbeitsmappe"), RaciImportError)


def _find_sheet(workbook):
    by_name = None
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):
            continue  # chart sheets
        for row in sheet.iter_rows(min_row=1, max_row=_HEADER_SEARCH_ROWS, max_col=1,
                                   values_only=True):
            if row and row[0] == RACI_MARKER:
                return sheet
        if by_name is None and sheet.title.strip().casefold() in SHEET_NAMES:
            by_name = sheet
    return by_name


# -- matching ------------------------------------------------------------------------------

def _text(value) -> str:
    return "" if value is None else str(value).strip()


@dataclass
class _Layout:
    header_row: int  # 0-based index into rows
    id_row: int | None
    id_col: int | None
    step_col: int
    role_cols: list[int]


def _layout(rows: list[tuple]) -> _Layout | None:
    limit = min(len(rows), _HEADER_SEARCH_ROWS)
    marker_row = next((i for i in range(limit) if rows[i] and rows[i][0] == RACI_MARKER), None)
    header_row = None
    if marker_row is not None and marker_row + 1 < len(rows):
        header_row = marker_row + 1
    else:
        header_row = next((i for i in range(limit)
                           if any(_text(v).casefold() in STEP_HEADINGS for v in rows[i])), None)
    if header_row is None:
        return None
    header = [_text(v).casefold() for v in rows[header_row]]
    ids = [_text(v) for v in rows[marker_row]] if marker_row is not None else []
    step_col = next((c for c, h in enumerate(header) if h in STEP_HEADINGS), None)
    if step_col is None:
        if marker_row is None:
            return None
        step_col = 1
    id_col = 0 if marker_row is not None else next(
        (c for c, h in enumerate(header) if h in ID_HEADINGS), None)
    lane_col = next((c for c, h in enumerate(header) if h in LANE_HEADINGS), None)
    check_col = next((c for c, v in enumerate(ids) if v == CHECK_MARKER), None)
    if check_col is None:
        check_col = next((c for c, h in enumerate(header) if h in CHECK_HEADINGS), len(header))
    first = max(step_col, lane_col if lane_col is not None else step_col) + 1
    role_cols = [c for c in range(first, check_col)
                 if header[c] or (c < len(ids) and ids[c])]
    return _Layout(header_row, marker_row, id_col, step_col, role_cols)


def _unique_by_name(items, name: str):
    matches = [item for item in items if item.name.strip().casefold() == name.casefold()]
    return matches[0] if len(matches) == 1 else None


def _diff(model: OperatingModel, rows: list[tuple]) -> tuple[list[RaciChange], list[RaciProblem]]:
    layout = _layout(rows)
    if layout is None:
        return [], [RaciProblem("RACI", "no header row with a 'Step' column was found; nothing "
                                        "was imported",
                                "keine Kopfzeile mit einer Spalte 'Prozessschritt' gefunden; "
                                "nichts wurde übernommen")]
    grid = raci_grid(model)
    problems: list[RaciProblem] = []
    header = rows[layout.header_row]
    id_values = rows[layout.id_row] if layout.id_row is not None else ()
    roles_by_id = {r.id: r for r in model.roles}
    steps_by_id = {s.id: s for s in grid.rows}

    columns: list[tuple[int, object]] = []
    seen_roles: set[str] = set()
    for c in layout.role_cols:
        role_id = _text(id_values[c]) if c < len(id_values) else ""
        name = _text(header[c]) if c < len(header) else ""
        role = roles_by_id.get(role_id) or (_unique_by_name(model.roles, name) if name else None)
        where = f"{get_column_letter(c + 1)}{layout.header_row + 1}"
        if role is None:
            problems.append(RaciProblem(
                where, f"column '{name or role_id}' matches no role of the model; ignored",
                f"Spalte '{name or role_id}' passt zu keiner Rolle des Modells; ignoriert"))
        elif role.id in seen_roles:
            problems.append(RaciProblem(
                where, f"role '{role.name}' appears in more than one column; only the first "
                       "was used",
                f"Rolle '{role.name}' steht in mehreren Spalten; nur die erste wurde verwendet"))
        else:
            seen_roles.add(role.id)
            columns.append((c, role))

    changes: list[RaciChange] = []
    seen_steps: set[str] = set()
    for r in range(layout.header_row + 1, len(rows)):
        row = rows[r]
        name = _text(row[layout.step_col]) if layout.step_col < len(row) else ""
        if name.casefold() in LEGEND_HEADINGS:
            break
        step_id = _text(row[layout.id_col]) if layout.id_col is not None and \
            layout.id_col < len(row) else ""
        if not name and not step_id or name.casefold() in SUMMARY_ROWS:
            continue
        step = steps_by_id.get(step_id) or (_unique_by_name(grid.rows, name) if name else None)
        where = f"{get_column_letter(layout.step_col + 1)}{r + 1}"
        if step is None:
            problems.append(RaciProblem(
                where, f"step '{name or step_id}' matches no step of the model; ignored",
                f"Schritt '{name or step_id}' passt zu keinem Schritt des Modells; ignoriert"))
            continue
        if step.id in seen_steps:
            problems.append(RaciProblem(
                where, f"step '{step.name}' appears in more than one row; only the first was used",
                f"Schritt '{step.name}' steht in mehreren Zeilen; nur die erste wurde verwendet"))
            continue
        seen_steps.add(step.id)
        for c, role in columns:
            value = row[c] if c < len(row) else None
            cell = f"{get_column_letter(c + 1)}{r + 1}"
            if value is not None and not isinstance(value, str):
                problems.append(_bad_letter(cell, value))
                continue
            try:
                new = parse_cell(value)
            except ValueError:
                problems.append(_bad_letter(cell, value))
                continue
            old = grid.letters(step.id, role.id)
            if new != old:
                changes.append(RaciChange(step.id, step.name, role.id, role.name, old, new, cell))

    missing = [s for s in grid.rows if s.id not in seen_steps]
    for step in missing:
        problems.append(RaciProblem(
            step.name, "not in the sheet; its RACI row is left as it is",
            "nicht in der Tabelle; die RACI-Zeile bleibt unverändert"))
    return changes, problems


def parse_cell(value: str | None) -> str:
    """A sheet cell as canonical letters: "A/R", "ar", "R, A" -> "RA"; empty, "-" or a dash
    (how many people write "nobody") -> ""; raises ValueError for anything else."""
    return normalize_raci((value or "").replace("–", "").replace("—", ""))


def _bad_letter(cell: str, value) -> RaciProblem:
    shown = str(value)[:40]
    return RaciProblem(cell, f"'{shown}' is not a RACI letter (use R, A, C, I or e.g. A/R); "
                             "the cell was left as it is",
                       f"'{shown}' ist kein RACI-Buchstabe (R, A, C, I oder z. B. A/R); die "
                       "Zelle bleibt unverändert")
