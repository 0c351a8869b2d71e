"""``check`` shows the AI Act obligations with the dates in force (Digital Omnibus applied)."""
import json
from datetime import date

import pytest

from aios_designer.analysis.ai_act import answers_with
from aios_designer.cli import main
from aios_designer.fileio import load_model, save_model
from aios_designer.model import RiskClass
from aios_designer.templates import template_path


@pytest.fixture
def high_risk_file(tmp_path):
    path = template_path("support-triage", "en")
    if not path.exists():
        pytest.skip("template not built")
    model = load_model(path)
    # Suppose the routing allocated tickets to agents by their individual performance.
    model.compliance.ai_act.answers = answers_with("role_deployer", "annex3_4_b", "gpai_use",
                                                   "art6_3_profiling")
    model.compliance.ai_act.risk_class = RiskClass.HIGH_RISK
    out = tmp_path / "high-risk.aiosm"
    save_model(model, out)
    return out


def _run(capsys, *argv):
    try:
        main(list(argv))
    except SystemExit:
        pass
    return capsys.readouterr().out


def test_json_lists_the_obligations_with_the_dates_in_force(capsys, high_risk_file):
    report = json.loads(_run(capsys, "check", str(high_risk_file), "--json"))["ai_act"]
    assert report["risk_class"] == "high_risk"
    as_of = date.fromisoformat(report["as_of"])
    obligations = {o["id"]: o for o in report["obligations"]}
    # Annex III duties apply from 2 December 2027 (Regulation (EU) 2026/1744), not 2 August 2026.
    assert obligations["art26_logs"]["applies_from"] == "2027-12-02"
    assert "2026/1744" in obligations["art26_logs"]["date_source"]
    assert obligations["art4_literacy"]["applies_from"] == "2025-02-02"
    for o in obligations.values():
        assert o["in_force"] == (date.fromisoformat(o["applies_from"]) <= as_of)
    omnibus = report["amendments"][0]
    assert omnibus["in_force"] and omnibus["oj_reference"] == "OJ L, 2026/1744, 24.7.2026"
    assert omnibus["verified"] is False


def test_text_lists_the_obligations_in_german(capsys, high_risk_file):
    out = _run(capsys, "check", str(high_risk_file), "--lang", "de")
    assert "Pflichten nach KI-Verordnung" in out
    assert "Protokolle mindestens sechs Monate aufbewahren (Art. 26 Abs. 6): gilt ab 02.12.2027" in out
