"""The effective RACI of a model as the workbook shows it, and its cell notation.

The model stores letters canonically ("RA"); spreadsheets write "A/R" (DOMAIN.md). Which
cells are derived from the graph and which the user set comes from ``analysis.raci``.
"""
from dataclasses import dataclass

from ..analysis.raci import derive_raci, effective_raci, raci_rows
from ..model import OperatingModel

#: Drop-down choices of a RACI cell, most common first (Excel lists keep this order).
CELL_CHOICES = ["R", "A", "C", "I", "A/R", "R/C", "R/I", "A/C", "A/I", "C/I", "A/R/C", "A/R/I"]
_DISPLAY_ORDER = "ARCI"


def cell_text(letters: str) -> str:
    """Canonical letters as written in a sheet: "RA" -> "A/R", "" -> ""."""
    return "/".join(c for c in _DISPLAY_ORDER if c in letters)


@dataclass
class RaciGrid:
    #: The steps that are rows of the matrix (end steps are outcomes, not activities).
    rows: list
    #: step id -> role id -> letters that apply; only non-empty cells.
    effective: dict[str, dict[str, str]]
    #: step id -> role id -> letters from the graph alone; only non-empty cells.
    derived: dict[str, dict[str, str]]
    #: step id -> role ids the user set.
    overridden: dict[str, set[str]]

    def letters(self, step_id: str, role_id: str) -> str:
        return self.effective.get(step_id, {}).get(role_id, "")

    def derived_letters(self, step_id: str, role_id: str) -> str:
        return self.derived.get(step_id, {}).get(role_id, "")

    def is_override(self, step_id: str, role_id: str) -> bool:
        return role_id in self.overridden.get(step_id, ())


def raci_grid(model: OperatingModel) -> RaciGrid:
    derived = derive_raci(model)
    effective = effective_raci(model, derived)
    rows = raci_rows(model)
    overridden = {s.id: set(s.raci_overrides) for s in rows}
    return RaciGrid(rows, effective, derived, overridden)


def row_status(letters: list[str] | dict) -> str:
    """The rule check of one row, as the sheet's check column computes it:
    "no_a", "several_a", "no_r" (errors), "several_r" (warning) or "ok"."""
    cells = list(letters.values() if isinstance(letters, dict) else letters)
    a = sum(1 for cell in cells if "A" in cell)
    r = sum(1 for cell in cells if "R" in cell)
    if a == 0:
        return "no_a"
    if a > 1:
        return "several_a"
    if r == 0:
        return "no_r"
    if r > 1:
        return "several_r"
    return "ok"
