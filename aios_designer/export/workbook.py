"""The hand-over Excel workbook: one module per sheet, assembled here.

Adding a sheet = one module in ``export/sheets/`` with ``build(ctx, workbook)`` plus its
name in ``SHEETS``. Modules not written yet are skipped, so the list may name sheets that
other work adds later.
"""
import importlib
import os
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from ..collector import paused
from ..fileio.errors import os_reason_de
from ..model import OperatingModel
from .context import ExportContext
from .styles import Styles
from .text import clean_text
from .xlsx_writer import StreamedSave

#: Sheet modules in workbook order (DESIGN §5).
SHEETS = [
    "overview",
    "workflow",
    "raci",
    "review_rules",
    "exceptions",
    "roles",
    "kpis",
    "projection",
    "team_kpis",
    "change_impact",
    "monitoring",
    "compliance",
    "readiness",
    "simulation",
]


class WorkbookExportError(Exception):
    """The workbook could not be written; one sentence a facilitator understands
    (``message("de")`` in German)."""

    def __init__(self, message: str, de: str | None = None):
        super().__init__(message)
        self.de = de

    def message(self, lang: str = "en") -> str:
        return self.de if lang == "de" and self.de else str(self)


def sheet_modules() -> list:
    return [importlib.import_module(f"{__package__}.sheets.{name}") for name in SHEETS]


def _new_workbook(model: OperatingModel, lang: str | None, today: date | None,
                  simulation) -> tuple[Workbook, ExportContext]:
    workbook = Workbook()
    workbook.remove(workbook.active)
    ctx = ExportContext(model=model, lang=lang or str(model.meta.language.value),
                        exported=today or date.today())
    ctx.styles = Styles(workbook)
    ctx.shared["simulation"] = simulation
    workbook.properties.title = clean_text(ctx.title)  # user text goes into docProps XML too
    workbook.properties.creator = "AIOS Designer"
    return workbook, ctx


def build_workbook(model: OperatingModel, lang: str | None = None,
                   today: date | None = None, simulation=None) -> Workbook:
    """The workbook in memory, every cell an openpyxl cell; with ``simulation`` (a
    ``SimulationResult``) also a Simulation sheet. ``export_workbook`` writes the same
    workbook without holding its cells."""
    from ..analysis.privacy import computed_once

    workbook, ctx = _new_workbook(model, lang, today, simulation)
    with computed_once(model):
        for module in sheet_modules():
            module.build(ctx, workbook)
    workbook.active = 0
    return workbook


def stream_workbook(model: OperatingModel, handle, lang: str | None = None,
                    today: date | None = None, simulation=None) -> None:
    """Build the workbook and write it into ``handle`` (a binary file) sheet by sheet: the
    cells of a sheet are XML text while it is built and go into the file when it is
    complete, so a 50,000-step model never has its million cells in memory at once."""
    from ..analysis.privacy import computed_once

    workbook, ctx = _new_workbook(model, lang, today, simulation)
    ctx.sheet_rows = {}
    save = StreamedSave(workbook, handle)
    try:
        with computed_once(model):
            for module in sheet_modules():
                known = set(map(id, workbook.worksheets))
                module.build(ctx, workbook)
                for ws in workbook.worksheets:
                    if id(ws) not in known:
                        save.write_sheet(ws, ctx.sheet_rows.pop(ws, None))
        if ctx.sheet_rows:  # a module wrote into the sheet of an earlier one
            late = ", ".join(ws.title for ws in ctx.sheet_rows)
            raise RuntimeError(f"cells written after their sheet was saved: {late}")
        workbook.active = 0
        save.finish()
    except BaseException:
        save.abandon()
        raise


def export_workbook(model: OperatingModel, path: str | Path, *, lang: str | None = None,
                    today: date | None = None, simulation=None) -> None:
    """Write the workbook atomically: a failed export never leaves half a file behind."""
    path = Path(path)
    with paused():
        _write_workbook(model, path, lang, today, simulation)


def _write_workbook(model: OperatingModel, path: Path, lang: str | None,
                    today: date | None, simulation=None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.chmod(tmp_name, new_file_mode())
        with os.fdopen(fd, "wb") as handle:
            stream_workbook(model, handle, lang, today, simulation)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise WorkbookExportError(
            f"'{path.name}' could not be written ({reason}); if it is open in Excel, close it "
            "and export again",
            de=f"'{path.name}' konnte nicht geschrieben werden ({os_reason_de(exc)}); wenn die "
               "Datei in Excel geöffnet ist, bitte schließen und erneut exportieren") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def new_file_mode() -> int:
    """Permissions of a newly created file (mkstemp would make it private to the user)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
