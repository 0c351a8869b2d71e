"""Files with hostile numbers are refused in the window with the file and the field named;
a file mixing times with and without a zone opens, checks and stays editable."""
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

DATA = Path(__file__).resolve().parents[1] / "fileio" / "data"


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    yield window
    forget_changes(window)


def record_messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def reply(*args, **kwargs):
        shown.append(" ".join(a for a in args if isinstance(a, str)))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(reply))
    return shown


@pytest.mark.parametrize("literal", ["1" + "0" * 5000, "1e400", "1e308"])
def test_hostile_number_is_refused_naming_file_and_field(window, monkeypatch, tmp_path, literal):
    document = json.loads((DATA / "schema-v1.aiosm").read_text(encoding="utf-8"))
    i = next(i for i, s in enumerate(document["steps"]) if s["kind"] == "trigger")
    document["steps"][i]["volume_per_month"] = "@@"
    path = tmp_path / "hostile.aiosm"
    path.write_text(json.dumps(document).replace('"@@"', literal), encoding="utf-8")
    before = window.document.model.model_dump()
    shown = record_messages(monkeypatch)
    assert not window.files.open_path(path)
    assert len(shown) == 1
    assert f"'hostile.aiosm' (steps[{i}].volume_per_month)" in shown[0]
    assert "Traceback" not in shown[0]
    assert window.document.model.model_dump() == before


def test_times_with_and_without_zone_open_and_check_after_edits(qtbot, window, monkeypatch):
    shown = record_messages(monkeypatch)
    assert window.files.open_path(DATA / "datetimes-with-and-without-zone.aiosm")
    panel = window.panel("checks")
    panel.recompute()
    assert panel.tree.topLevelItemCount() > 0
    step = window.document.model.steps[0]
    window.document.set_fields(("steps", step.id), {"name": "Renamed"})
    panel.recompute()
    assert "Checking" not in panel.summary.text()
    assert panel.tree.topLevelItemCount() > 0
    assert window.document.model.meta.structure_changed.utcoffset().total_seconds() == 0
    assert shown == []
