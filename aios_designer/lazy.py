"""Packages whose names import their submodule on first use.

The desktop window has to be on screen before pydantic and the domain classes are loaded
(they take longer to import than Qt takes to show a window), so the package ``__init__``
files of the model, the file layer and the top-level API name their exports here instead of
importing them eagerly. ``from aios_designer.model import OperatingModel`` works unchanged.
"""
import importlib
from typing import Any, Callable


def lazy_exports(namespace: dict[str, Any],
                 table: dict[str, tuple[str, ...]]) -> tuple[Callable, Callable, list[str]]:
    """``(__getattr__, __dir__, __all__)`` for a package; ``table`` maps submodule → names."""
    package = namespace["__name__"]
    where = {name: module for module, names in table.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__, sorted(where)
