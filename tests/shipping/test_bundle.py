"""Smoke test of the desktop bundle (``make bundle`` builds it into ``dist/aios-designer`` and
then runs this file): the bundled program, started offscreen with the current directory
outside the source tree, lists templates, creates a model, exports it, renders a screenshot,
and opens its window on a template and quits.

Building the bundle takes minutes, so ``make test`` does not; these tests run whenever a built
bundle is there and are skipped otherwise (``make bundle-smoke`` insists on one).
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "aios-designer"
PROGRAM = FOLDER / ("aios-designer.exe" if sys.platform == "win32" else "aios-designer")

if not PROGRAM.exists():
    if os.environ.get("AIOS_BUNDLE_REQUIRED"):
        raise RuntimeError(f"no bundle at {PROGRAM}: run make bundle")
    pytest.skip("no desktop bundle built (make bundle)", allow_module_level=True)


@pytest.fixture
def work(tmp_path):
    return tmp_path


def _run(work: Path, *args: str, probe: str | None = None, check: bool = True):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work), XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), XDG_CACHE_HOME=str(work / "cache"))
    if probe:
        env["AIOS_DESIGNER_PROBE"] = probe
    result = subprocess.run([str(PROGRAM), *args], cwd=work, env=env, capture_output=True,
                            text=True, timeout=180)
    if check:
        assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_bundle_lists_the_templates(work):
    listed = json.loads(_run(work, "templates", "--json").stdout)["templates"]
    assert {t["name"] for t in listed} >= {"support-triage", "invoice-processing", "order-intake"}


def test_bundle_creates_checks_exports_and_renders_a_model(work):
    _run(work, "new", "--template", "invoice-processing", "--lang", "de", "model.aiosm")
    model = json.loads((work / "model.aiosm").read_text(encoding="utf-8"))
    assert model["meta"]["language"] == "de"
    checked = _run(work, "check", "model.aiosm", check=False)
    assert checked.returncode in (0, 1), checked.stderr
    _run(work, "export", "model.aiosm", "--xlsx", "model.xlsx")
    assert (work / "model.xlsx").read_bytes()[:2] == b"PK"
    _run(work, "screenshot", "model.aiosm", "window.png")
    assert (work / "window.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_exports_and_imports_bpmn(work):
    _run(work, "new", "--template", "support-triage", "model.aiosm")
    _run(work, "export", "model.aiosm", "--bpmn", "model.bpmn")
    assert b"bpmn:collaboration" in (work / "model.bpmn").read_bytes()
    _run(work, "import-bpmn", "model.bpmn", "back.aiosm")
    back = json.loads((work / "back.aiosm").read_text(encoding="utf-8"))
    assert len(back["steps"]) == len(json.loads((work / "model.aiosm").read_text())["steps"])


def test_bundle_opens_its_window_on_a_template_in_german_and_quits(work):
    result = _run(work, "--template", "support-triage", "--lang", "de", probe="ready")
    lines = result.stdout.splitlines()
    assert any(line.startswith("FRAME ") for line in lines), result.stderr[-2000:]
    (ready,) = [line for line in lines if line.startswith("READY ")]
    # The untitled model's German window title: the translation was found in the bundle.
    assert "Unbenannt" in ready


def test_bundle_refuses_a_broken_file_with_one_line(work):
    (work / "broken.aiosm").write_text("{", encoding="utf-8")
    result = _run(work, "check", "broken.aiosm", check=False)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
