"""Regression guard for the PySide6 hazard of DESIGN §7.

PySide6 6.12.0 on CPython < 3.12 drops a reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls the interpreter aborts ("Fatal Python error:
none_dealloc"). The calls run in a child process so that an abort shows up as a failed test
instead of killing the whole pytest run.
"""
import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
KNOWN_BAD = Version("6.12.0")
CALLS = 100_000

VOID_CALLS = textwrap.dedent(f"""
    import sys
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication([])
    scene = QGraphicsScene()
    item = QGraphicsRectItem(QRectF(0, 0, 10, 10))
    scene.addItem(item)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    half = {CALLS} // 2
    for i in range(half):
        item.setPos(i % 97, i % 89)           # returns None
        painter.drawRect(i % 50, i % 40, 8, 8)  # returns None
    painter.end()
    print("done", half * 2, item.pos().x(), file=sys.stdout)
""")


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", VOID_CALLS], capture_output=True, text=True,
                            timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, (
        f"the interpreter died after void Qt calls (exit {result.returncode}); "
        f"is PySide6 {KNOWN_BAD} installed on Python < 3.12?\n{result.stderr[-2000:]}")
    assert result.stdout.split()[:2] == ["done", str(CALLS)]


def _installed(distribution: str) -> Version | None:
    try:
        return Version(metadata.version(distribution))
    except metadata.PackageNotFoundError:
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal None: not affected")
def test_installed_pyside6_is_not_the_known_bad_release():
    versions = {name: _installed(name) for name in ("PySide6-Essentials", "PySide6", "shiboken6")}
    assert any(versions.values()), "PySide6 is not installed"
    bad = {name: str(v) for name, v in versions.items() if v == KNOWN_BAD}
    assert not bad, f"{bad} aborts CPython {sys.version_info[:2]} after a few thousand Qt calls"


def test_declared_dependencies_and_constraints_exclude_the_known_bad_release():
    """Both the pin in pyproject.toml and the known-good set must keep 6.12.0 off 3.11."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env_311 = {"python_version": "3.11", "python_full_version": "3.11.9"}
    pyside = [Requirement(r) for r in project["dependencies"]
              if Requirement(r).name.lower() in ("pyside6-essentials", "pyside6")]
    active = [r for r in pyside if r.marker is None or r.marker.evaluate(env_311)]
    assert active, "no PySide6 dependency applies to Python 3.11"
    for requirement in active:
        assert not requirement.specifier.contains(KNOWN_BAD, prereleases=True), requirement
    pins = [line.split("==") for line in
            (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
            if "==" in line and not line.lstrip().startswith("#")]
    pinned = {name.strip().lower(): Version(v.split(";")[0].strip()) for name, v in pins}
    for name in ("pyside6-essentials", "shiboken6"):
        assert name in pinned, f"constraints.txt does not pin {name}"
        assert pinned[name] != KNOWN_BAD
