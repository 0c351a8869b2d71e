"""``aios-designer project``: text in both languages, JSON, exit codes."""
import json

from aios_designer.cli import main
from aios_designer.fileio import save_model
from aios_designer.model import EndStep, Flow, HumanTaskStep, OperatingModel, Role, TriggerStep


def _file(tmp_path, closed_loop=False):
    role = Role(id="r", name="Sachbearbeitung", headcount=1, hourly_cost=50)
    t = TriggerStep(id="t", name="Post", volume_per_month=1330)
    h = HumanTaskStep(id="h", name="Erfassen", role_id="r", handling_minutes=6)
    e = EndStep(id="e", name="Fertig")
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e")]
    if closed_loop:
        flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="h")]
    path = tmp_path / "m.aiosm"
    save_model(OperatingModel(roles=[role], steps=[t, h, e], flows=flows), path)
    return path


def test_json(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["volume_per_month"] == 1330
    assert data["roles"][0]["hours_per_month"] == 133.0
    assert data["roles"][0]["fte"] == 1.0
    assert data["cost_per_unit"] == 5.0


def test_text_german(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path)), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Kosten pro Vorgang: 5,00 EUR" in out
    assert "Sachbearbeitung" in out and "100,0 %" in out


def test_unbounded_loop_exits_1(tmp_path, capsys):
    assert main(["project", str(_file(tmp_path, closed_loop=True)), "--lang", "en"]) == 1
    assert "Unbounded" in capsys.readouterr().out
