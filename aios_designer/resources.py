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
    """The package data of a package imported from an archive, copied out once for the life
    of the process (Qt and the JSON readers want real files)."""
    import atexit
    import shutil
    import tempfile
    from importlib.resources import files

    packaged = files(__package__).joinpath(PACKAGE_DATA)
    if not packaged.is_dir():
        return SOURCE_TREE
    target = Path(tempfile.mkdtemp(prefix="aios-designer-data-"))
    atexit.register(shutil.rmtree, target, True)
    _copy_tree(packaged, target)
    return target


def _copy_tree(node, target: Path) -> None:
    for child in node.iterdir():
        if child.is_dir():
            (target / child.name).mkdir()
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


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
