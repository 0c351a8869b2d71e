"""The desktop start as a user's double-click runs it: window first, workspace right after.

A fresh interpreter runs the console script's ``cli.main``; ``on_import`` (shared with the
start-up benchmark) wraps ``MainWindow._build_workspace`` as its module loads, records the
state around it and prints it as JSON.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package beside aios_designer/
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import ON_IMPORT  # noqa: E402

CHILD = ON_IMPORT + """
import gc, json, os
from aios_designer import cli

state = {}

def record_around(cls):
    build = cls._build_workspace

    def build_workspace(self):
        state["before"] = {
            "exposed": self.windowHandle().isExposed(),
            "visible": self.isVisible(),
            "title": self.windowTitle(),
            "menus": [menu.title() for menu in (self.file_menu, self.edit_menu)],
            "palette": len(self.step_palette.actions_by_kind),
            "undo_enabled": self.commands.undo.isEnabled(),
            "pydantic": "pydantic" in sys.modules,
            "gc": gc.isenabled(),
        }
        build(self)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: after(self))

    cls._build_workspace = build_workspace

def after(window):
    state["after"] = {
        "steps": len(window.document.model.steps),
        "title": window.windowTitle(),
        "canvas_items": len(window.canvas.scene().items()),
        "panels": sorted(window.panels),
        "gc": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "heights": {"window": window.height(), "canvas": window.canvas.height(),
                    "checks": window.docks["checks"].height()},
    }
    print("STATE", json.dumps(state), flush=True)
    os._exit(0)

on_import("aios_designer.gui.main_window", lambda module: record_around(module.MainWindow))
sys.exit(cli.main(["--template", "support-triage", "--lang", "LANG"]))
"""


def _start(tmp_path, lang: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", CHILD.replace("LANG", lang)], env=env,
                            capture_output=True, text=True, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("STATE ")]
    assert lines, result.stderr[-2000:]
    return json.loads(lines[0].removeprefix("STATE "))


def test_window_is_drawn_before_the_model_code_loads_then_the_template_fills_it(tmp_path):
    state = _start(tmp_path, "en")
    before, after = state["before"], state["after"]
    # First frame: the window with its menus and palette, nothing of the model yet.
    assert before["exposed"] and before["visible"]
    assert before["menus"] == ["&File", "&Edit"]
    assert before["palette"] == 8
    assert before["title"] == "AIOS Designer"
    assert not before["undo_enabled"]
    assert not before["pydantic"]
    assert not before["gc"]
    # Right after: the template on the canvas, the front panels built, collection back on.
    assert after["steps"] > 5 and after["canvas_items"] > after["steps"]
    assert after["panels"] == ["checks", "properties"]  # those behind tabs: when shown
    assert after["title"].startswith("Untitled")
    assert after["gc"] and after["frozen"] > 10_000
    # The canvas keeps most of the height; the bottom docks under it are high enough to
    # show a handful of findings or RACI rows, not only their header.
    heights = after["heights"]
    assert heights["canvas"] > 0.6 * heights["window"]
    assert 150 <= heights["checks"] <= 0.3 * heights["window"]


def test_german_start_is_german_from_the_first_frame(tmp_path):
    state = _start(tmp_path, "de")
    assert state["before"]["menus"] == ["&Datei", "&Bearbeiten"]
    assert state["after"]["title"].startswith("Unbenannt")
