"""Where the bundled data lives: templates, translations (built ``.qm``), compliance data and
the example pilot export.

The files are edited in ``resources/`` at the top of the source tree. A built wheel and the
desktop bundle carry a copy inside the package, ``aios_designer/_resources``, which the build
puts there (``setup.py``); it is found through ``importlib.resources``, so the program works
wherever it is installed. A source checkout (editable install, the tests) has no such copy
and reads ``resources/`` itself, so an edited file takes effect without a rebuild.
"""
import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path

#: Name of the copy inside the package (the build writes it; ``resources/`` stays the source).
PACKAGE_DATA = "_resources"
#: The top-level ``resources/`` of a source checkout.
SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def _locate() -> Path:
    packaged = files(__package__).joinpath(PACKAGE_DATA)
    if not packaged.is_dir():
        return SOURCE_TREE
    if isinstance(packaged, Path):
        return packaged
    # A package imported from an archive: unpack the data once for the life of the process
    # (Qt and the JSON readers want real files).
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(as_file(packaged))


RESOURCES = _locate()
TEMPLATES = RESOURCES / "templates"
TRANSLATIONS = RESOURCES / "translations"
COMPLIANCE = RESOURCES / "compliance"
EXAMPLES = RESOURCES / "examples"
