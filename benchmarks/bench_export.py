"""The Excel workbook of a 1,000-step, 40-role model against a bare openpyxl dump.

Baseline of the same run: the same effective RACI grid (1,000 rows × 40 roles, one
"A/R"-style string per cell, "" where a role has no letter) appended to a write-only
openpyxl workbook with no styles, no formulas and nothing else — the least any xlsx writer
must pay for those cells (DESIGN §6 calls it "a 1,000 × 40 grid, write-only unstyled").
Budget: the whole workbook, every sheet, ≤ 2 × that.
"""
import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from .generate import make_model
from .runner import Benchmark

N_STEPS, N_ROLES = 1_000, 40


@cache
def fixture() -> SimpleNamespace:
    from aios_designer.export.raci_cells import cell_text, raci_grid

    folder = Path(tempfile.mkdtemp(prefix="aios-bench-xlsx-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    model = make_model(N_STEPS, N_ROLES, seed=7)
    grid = raci_grid(model)
    role_ids = [r.id for r in model.roles]
    cells = [[cell_text(grid.letters(step.id, role_id)) for role_id in role_ids]
             for step in grid.rows]
    return SimpleNamespace(model=model, cells=cells, folder=folder)


def _dump(f) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("RACI")
    for row in f.cells:
        sheet.append(row)
    workbook.save(f.folder / "dump.xlsx")


def _export(f) -> None:
    from aios_designer.export.workbook import export_workbook

    export_workbook(f.model, f.folder / "workbook.xlsx")


BENCHMARKS = [
    Benchmark("raci_dump.1000x40", _dump, fixture, min_rounds=9, min_seconds=2.5,
              note="baseline: unstyled write-only openpyxl dump of the same RACI cells"),
    Benchmark("workbook.1000x40", _export, fixture, baseline="raci_dump.1000x40", max_ratio=2.0,
              min_rounds=9, min_seconds=2.5,
              note="export_workbook, all sheets (DESIGN §6: ≤ 2× the dump)"),
]
