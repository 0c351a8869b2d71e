"""The layers hold: nothing but the GUI (and the CLI entry points that start it) touches Qt.

Checked twice, because each way misses what the other catches: a scan of the source finds an
import in a function nobody calls in a test; importing with Qt blocked finds an import hidden
behind a third-party package or built with importlib.
"""
import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aios_designer"
#: The layers DESIGN §3 names, plus every other sub-package but gui and cli (templates, ...).
HEADLESS_PACKAGES = ["model", "fileio", "analysis", "export"] + sorted(
    p.parent.name for p in PACKAGE.glob("*/__init__.py")
    if p.parent.name not in {"model", "fileio", "analysis", "export", "gui", "cli"})
#: CLI modules that open a window or draw with Qt (offscreen: the screenshot, the diagram and the
#: handbook's diagram and PDF); they may import the GUI inside a function, never at the top.
GUI_STARTING_CLI_MODULES = {"aios_designer.cli", "aios_designer.cli.screenshot",
                            "aios_designer.cli.diagram", "aios_designer.cli.handbook"}
QT_TOP_LEVEL_NAMES = {"PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "pyqtgraph", "qtpy"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(absolute module name, line, at module level) of every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    # Imports inside `if TYPE_CHECKING:` or try/except at module level still run on import.
    for node in tree.body:
        if isinstance(node, (ast.If, ast.Try)):
            top_level.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
                # `from . import gui` names the module in the alias, not in `module`.
                names = [f"{target}.{alias.name}" for alias in node.names] + [target]
            else:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            found.append((name, node.lineno, id(node) in top_level))
    return found


def _is_gui(name: str) -> bool:
    return (name.split(".")[0] in QT_TOP_LEVEL_NAMES
            or name == "aios_designer.gui" or name.startswith("aios_designer.gui."))


def _sources(subpackage: str) -> list[Path]:
    return sorted((PACKAGE / subpackage).rglob("*.py"))


def test_import_resolver_sees_relative_gui_imports():
    """The scan itself must notice `from ..gui import x`, or every other test here is hollow."""
    cli_main = PACKAGE / "cli" / "__init__.py"
    gui_imports = [name for name, _, _ in _imports(cli_main) if _is_gui(name)]
    assert gui_imports, "the GUI entry point in cli/__init__.py should be seen by the scan"
    assert all(not top for n, _, top in _imports(cli_main) if _is_gui(n))


@pytest.mark.parametrize("subpackage", HEADLESS_PACKAGES)
def test_headless_layer_source_never_imports_qt(subpackage):
    offending = [f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
                 for path in _sources(subpackage)
                 for name, line, _ in _imports(path) if _is_gui(name)]
    assert not offending, "\n".join(offending)


def test_cli_imports_the_gui_only_lazily_and_only_where_it_opens_a_window():
    offending = []
    for path in _sources("cli"):
        module = _module_name(path)
        for name, line, top_level in _imports(path):
            if not _is_gui(name):
                continue
            if top_level or module not in GUI_STARTING_CLI_MODULES:
                offending.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert not offending, "\n".join(offending)


def test_package_root_modules_do_not_import_qt_at_import_time():
    offending = [f"{path.name}:{line} imports {name}"
                 for path in sorted(PACKAGE.glob("*.py"))
                 for name, line, top_level in _imports(path) if _is_gui(name) and top_level]
    assert not offending, "\n".join(offending)


BLOCKED_IMPORT_PROBE = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    BLOCKED = {blocked!r}

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED or name == "aios_designer.gui" \\
                    or name.startswith("aios_designer.gui."):
                raise ImportError(f"blocked by the layer test: {{name}}")
            return None

    sys.meta_path.insert(0, BlockQt())

    import aios_designer
    imported = ["aios_designer", "aios_designer.api", "aios_designer.resources"]
    for package in {packages!r}:
        module = importlib.import_module(f"aios_designer.{{package}}")
        imported.append(module.__name__)
        for info in pkgutil.walk_packages(module.__path__, prefix=module.__name__ + "."):
            if info.name in {skip!r}:
                continue
            importlib.import_module(info.name)
            imported.append(info.name)

    # Real work without Qt: a model goes to text and back, and the CLI parser is built.
    from aios_designer.fileio import dumps_model, loads_model
    from aios_designer.model import OperatingModel, Role, make_step
    model = OperatingModel(roles=[Role(id="r", name="Agent")],
                           steps=[make_step("trigger", id="t", role_id="r")])
    assert loads_model(dumps_model(model)) == model
    from aios_designer import cli
    cli.build_parser(cli._load_commands())

    leaked = sorted(m for m in sys.modules
                    if m.split(".")[0] in BLOCKED or m.startswith("aios_designer.gui"))
    assert not leaked, leaked
    print("\\n".join(imported))
""")


def test_headless_layers_import_and_work_with_qt_blocked():
    probe = BLOCKED_IMPORT_PROBE.format(
        blocked=sorted(QT_TOP_LEVEL_NAMES),
        packages=HEADLESS_PACKAGES + ["cli"],
        skip=sorted(GUI_STARTING_CLI_MODULES - {"aios_designer.cli"}),
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    imported = result.stdout.split()
    for package in HEADLESS_PACKAGES:
        assert f"aios_designer.{package}" in imported
    assert "aios_designer.fileio.aiosm" in imported
