"""`make run ARGS=...` hands ARGS to the program; the example opens unless ARGS choose a file,
a template or a sub-command."""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _command(args: str | None) -> str:
    extra = [] if args is None else [f"ARGS={args}"]
    out = subprocess.run(["make", "-n", "--no-print-directory", "run", *extra], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    (line,) = [line for line in out.splitlines() if "aios-designer" in line]
    return line.split("aios-designer", 1)[1].strip()


@pytest.mark.parametrize("args, expected", [
    (None, "--template support-triage"),
    ("--lang de", "--template support-triage --lang de"),
    ("--lang=de", "--template support-triage --lang=de"),
    ("--lang de --template order-intake", "--lang de --template order-intake"),
    ("model.aiosm --lang en", "model.aiosm --lang en"),
    ("--lang de check model.aiosm", "--lang de check model.aiosm"),
])
def test_make_run_passes_its_arguments_on(args, expected):
    assert _command(args) == expected
