"""AIOS Designer: design the operating model of one AI workflow.

The scripting API (``import aios_designer as aios``) is imported on first use, so that the
desktop window and the command line start without loading what they do not need.
"""
import os

from .lazy import lazy_exports

# openpyxl switches to lxml whenever lxml is installed (python-docx brings it): its reader then
# no longer goes through defusedxml, and its writer bypasses the fast cell writer of
# export/xlsx_writer.py. Decided here, before any module of ours imports openpyxl.
os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"

__getattr__, __dir__, _names = lazy_exports(globals(), {
    ".api": ("ModelFileError", "OperatingModel", "check", "export_workbook", "import_raci",
             "load_model", "project", "save_model"),
})
__all__ = ["__version__", *_names]
