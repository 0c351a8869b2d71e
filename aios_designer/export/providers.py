"""Functions named as "package.module:function" text.

The Overview blocks and the extra Roles columns are contributed by other sheet modules; naming
them as text keeps the sheet modules free of import cycles.
"""
import importlib
from collections.abc import Callable


def load(entry: str) -> Callable:
    module_name, _, function_name = entry.partition(":")
    return getattr(importlib.import_module(module_name), function_name)
