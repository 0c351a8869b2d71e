"""AIOS Designer: design the operating model of one AI workflow."""
from .api import (
    ModelFileError,
    OperatingModel,
    check,
    export_workbook,
    import_raci,
    load_model,
    project,
    save_model,
)

__version__ = "0.1.0"
__all__ = ["ModelFileError", "OperatingModel", "__version__", "check", "export_workbook",
           "import_raci", "load_model", "project", "save_model"]
