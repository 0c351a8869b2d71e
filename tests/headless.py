"""pytest plugin: run every non-GUI test with PySide6 (and the GUI package) unimportable.

``make test-headless`` = ``python -m pytest -p tests.headless -p no:pytest-qt``. It proves what
DESIGN §3 promises: checks, projection, export and import work, and their tests pass, on a
machine without Qt. Test modules that use Qt (tests/gui/, or any module mentioning PySide6,
aios_designer.gui or qtbot) are not collected.
"""
import importlib.abc
import sys
from pathlib import Path

BLOCKED = {"PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2", "qtpy"}
_QT_MARKERS = ("PySide6", "aios_designer.gui", "qtbot", "from ..gui", "pyqtgraph", "screenshot")


def _blocked(name: str) -> bool:
    return (name.split(".")[0] in BLOCKED or name == "aios_designer.gui"
            or name.startswith("aios_designer.gui."))


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if _blocked(name):
            raise ModuleNotFoundError(f"No module named '{name}' (blocked: headless test run)",
                                      name=name)
        return None


sys.meta_path.insert(0, _BlockQt())


def pytest_ignore_collect(collection_path: Path, config):
    if collection_path.is_dir():
        return True if collection_path.name == "gui" and collection_path.parent.name == "tests" \
            else None
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        text = collection_path.read_text(encoding="utf-8", errors="replace")
        # test_layers / test_qt_void_calls name Qt only to block or probe it in a subprocess.
        if any(marker in text for marker in _QT_MARKERS) and collection_path.name not in (
                "test_layers.py",):
            return True
    return None


def pytest_sessionfinish(session, exitstatus):
    leaked = sorted(m for m in sys.modules if _blocked(m))
    if leaked:
        session.exitstatus = 1
        print(f"\nheadless run: Qt modules were imported: {leaked}", file=sys.stderr)


def pytest_report_header(config):
    return "headless: PySide6 and aios_designer.gui blocked; GUI tests not collected"
