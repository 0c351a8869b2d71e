"""One real AIOS Designer process for the multi-instance tests (started by them, not a test).

``python real_instance.py REPORT ANSWER ACTION [APP ARGUMENTS…]`` starts the app as
``aios-designer APP ARGUMENTS…`` would. The recovery dialog at its start is answered with
ANSWER (recover, discard or later) and the question about a file open elsewhere with
read_only; what was offered goes to REPORT (JSON). ACTION, once the first document is open:
``edit:TITLE`` sets the title (an unsaved change), ``edit-save:TITLE`` sets it and saves a
moment later, ``quit`` ends the process at once (as a crash would: what it recovered stays
in its recovery copies), ``stay`` does nothing.
"""
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from aios_designer.gui import app as gui_app
from aios_designer.gui import file_conflicts, recovery

report_file, answer, action = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
offered: list[str] = []


def recovery_exec(dialog):
    offered.extend(dialog.entries.item(i).text() for i in range(dialog.entries.count()))
    dialog.choice = answer
    return 0


recovery.RecoveryDialog.exec = recovery_exec
file_conflicts.OpenElsewhereDialog.ask = lambda self: "read_only"
starting = gui_app.open_initial


def report(**extra) -> None:
    temporary = report_file.with_name(report_file.name + ".tmp")
    temporary.write_text(json.dumps({"pid": os.getpid(), "offered": offered, **extra}))
    os.replace(temporary, report_file)


def open_initial(window, file, template, lang):
    starting(window, file, template, lang)
    kind, _, title = action.partition(":")
    if kind in ("edit", "edit-save"):
        window.document.set_fields(("meta",), {"title": title})
    if kind == "edit-save":
        QTimer.singleShot(3_000, lambda: (window.files.save(), report(saved=True)))
    report(title=window.document.model.meta.title,
           read_only=window.files.read_only)
    if kind == "quit":
        os._exit(0)


gui_app.open_initial = open_initial

from aios_designer.cli import main  # noqa: E402 - after the patches above

sys.exit(main(sys.argv[4:]))
