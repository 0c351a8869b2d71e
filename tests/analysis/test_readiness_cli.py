"""``aios-designer check``: the five readiness lights beside the findings (text and JSON)."""
import json

from aios_designer.cli import main
from aios_designer.fileio import save_model

from .compliance_models import ready


def _run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().out


def test_json_has_readiness_beside_findings(tmp_path, capsys):
    model = ready()
    model.meta.sponsor.production_mandate = False
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    code, out = _run(capsys, "check", "--json", str(path))
    doc = json.loads(out)
    assert code == 0 and "findings" in doc
    assert [b["blocker"] for b in doc["readiness"]] == [1, 2, 3, 4, 5]
    assert [b["status"] for b in doc["readiness"]] == ["green", "green", "green", "amber", "green"]
    sponsor = doc["readiness"][3]
    assert sponsor["missing"] == ["production mandate of the sponsor"]
    assert sponsor["evidence"] == ["sponsor: Dr. K. Albrecht"]


def test_text_shows_the_lights_in_german(tmp_path, capsys):
    model = ready()
    model.meta.sponsor.name = ""
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    code, out = _run(capsys, "--lang", "de", "check", str(path))
    assert code == 0  # readiness gaps are not errors
    assert "Produktionsreife:" in out
    assert "○ 4. Auftraggeber mit Produktionsmandat: Blocker (rot)" in out
    assert "      - kein Auftraggeber benannt" in out
    assert "● 1. Produktive Datenanbindung: bereit (grün)" in out
