import os

# Every test runs headless; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# lxml is installed for the tests (BPMN schema validation) but is no dependency of the program;
# openpyxl would switch to its lxml writer when it finds it, and the tests must exercise the
# workbook export the way an installation without lxml runs it.
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
