"""Where the bundled data lives: templates, translations (built ``.qm``), compliance data and
the example pilot export.

The files are edited in ``resources/`` at the top of the source tree. A built wheel and the
desktop bundle carry a copy inside the package, ``aios_designer/_resources``, which the build
puts there (``setup.py``, ``bundle/aios-designer.spec``). A source checkout (editable install,
the tests) has no such copy and reads ``resources/`` itself, so an edited file takes effect
without a rebuild.

The copy is package data in the sense of ``importlib.resources``: for a package installed as a
folder (a wheel, the bundle) ``files("aios_designer") / "_resources"`` is exactly the folder
beside this module, which is used directly, because importing ``importlib.resources`` (with
``tempfile``, ``zipfile``, ``shutil``) would cost the window's start some 15 ms. Only a package
imported from an archive goes through ``importlib.resources``.
"""
from pathlib import Path

#: Name of the copy inside the package (the build writes it; ``resources/`` stays the source).
PACKAGE_DATA = "_resources"
_PACKAGE = Path(__file__).resolve().parent
#: The top-level ``resources/`` of a source checkout.
SOURCE_TREE = _PACKAGE.parent / "resources"


def _from_archive() -> Path:
    """The package data of a package imported from an archive, unpacked once for the life of
    the process (Qt and the JSON readers want real files)."""
    import atexit
    import contextlib
    from importlib.resources import as_file, files

    packaged = files(__package__).joinpath(PACKAGE_DATA)
    if not packaged.is_dir():
        return SOURCE_TREE
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(as_file(packaged))


def _locate() -> Path:
    packaged = _PACKAGE / PACKAGE_DATA
    if packaged.is_dir():
        return packaged
    return SOURCE_TREE if _PACKAGE.is_dir() else _from_archive()


RESOURCES = _locate()
TEMPLATES = RESOURCES / "templates"
TRANSLATIONS = RESOURCES / "translations"
COMPLIANCE = RESOURCES / "compliance"
EXAMPLES = RESOURCES / "examples"
