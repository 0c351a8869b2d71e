"""The small public scripting API, re-exported as ``import aios_designer as aios``.

Heavy modules are imported on first use so that ``aios-designer check`` starts quickly.
"""
from pathlib import Path

from .fileio import ModelFileError, load_model, save_model
from .model import OperatingModel


def check(model: OperatingModel):
    """All findings of the model, most severe first (``list[Finding]``)."""
    from .analysis.checks import check as _check

    return _check(model)


def project(model: OperatingModel):
    """Projected volumes, workload, cost per unit, cycle time and residual error."""
    from .analysis.projection import project as _project

    return _project(model)


def export_workbook(model: OperatingModel, path: str | Path) -> None:
    """Write the hand-over Excel workbook."""
    from .export.workbook import export_workbook as _export

    _export(model, path)


def import_raci(model: OperatingModel, xlsx_path: str | Path):
    """``(new_model, changes)`` from an edited RACI sheet; ``model`` is left unchanged."""
    from .export.raci_import import import_raci as _import

    return _import(model, xlsx_path)


__all__ = ["ModelFileError", "OperatingModel", "check", "export_workbook", "import_raci",
           "load_model", "project", "save_model"]
