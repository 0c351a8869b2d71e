"""``.aiosm`` files: load, save, schema versions and migrations.

Names other than ``SUFFIX`` are imported on first use (see ``aios_designer.lazy``), so the
window can name the file type without loading the domain model.
"""
from ..lazy import lazy_exports

SUFFIX = ".aiosm"

__getattr__, __dir__, _names = lazy_exports(globals(), {
    ".aiosm": ("dumps_model", "load_model", "loads_model", "save_model"),
    ".errors": ("ModelFileError",),
    ".migrations": ("FORMAT", "SCHEMA_VERSION"),
})
__all__ = ["SUFFIX", *_names]
