import os

# Every test runs headless; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# lxml is installed (python-docx needs it, the BPMN tests validate with it). The package tells
# openpyxl not to use it (aios_designer/__init__.py); tests that import openpyxl before the
# package get the same here.
os.environ.setdefault("OPENPYXL_LXML", "False")


def pytest_sessionfinish(session, exitstatus):
    """Empty the clipboard while Qt is still alive.

    Copy/paste tests leave QMimeData on the clipboard; Qt destroys it during interpreter
    shutdown, after Python has torn down the wrappers, and the process dies with SIGSEGV
    (exit 139) although every test passed. Only when a Qt application exists: the headless
    run never imports Qt.
    """
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
