"""``.aiosm`` files: load, save, schema versions and migrations."""
from .aiosm import SUFFIX, dumps_model, load_model, loads_model, save_model
from .errors import ModelFileError
from .migrations import FORMAT, SCHEMA_VERSION

__all__ = ["FORMAT", "SCHEMA_VERSION", "SUFFIX", "ModelFileError", "dumps_model", "load_model",
           "loads_model", "save_model"]
