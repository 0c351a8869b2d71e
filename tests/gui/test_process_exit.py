"""A test run whose tests all pass must also exit 0.

Qt destroys what is left on the clipboard during interpreter shutdown, after Python has torn
down the wrappers; with copy/paste tests that killed pytest with SIGSEGV (exit 139) after a
green summary. tests/conftest.py empties the clipboard at session end; this runs that hook in
a child process after a copy, the way a pytest session would end.
"""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"

AFTER_A_COPY = textwrap.dedent(f"""
    import importlib.util
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    data = QMimeData()
    data.setData("application/x-aios-elements", b'{{"steps": []}}')
    data.setText("copied step")
    QApplication.clipboard().setMimeData(data)

    spec = importlib.util.spec_from_file_location("tests_conftest", {str(CONFTEST)!r})
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    conftest.pytest_sessionfinish(session=None, exitstatus=0)
    left = QApplication.clipboard().mimeData()
    assert left is None or not left.formats()
    print("clean")
""")


def test_process_with_a_copy_on_the_clipboard_exits_cleanly():
    result = subprocess.run([sys.executable, "-c", AFTER_A_COPY], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "clean"
