"""``aios-designer monitoring FILE [--suggest] [--json]``."""
import json

import pytest

from aios_designer.analysis.intervals import error_upper_bound
from aios_designer.analysis.projection import project
from aios_designer.fileio import load_model, save_model
from aios_designer.resources import TEMPLATES
from aios_designer.templates import instantiate, template_names

from .test_check import run_cli


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("lang", ["en", "de"])
def test_suggested_plan_of_each_template(capsys, tmp_path, name, lang):
    model = instantiate(name, lang)
    model.monitoring.metrics = []
    path = tmp_path / "m.aiosm"
    save_model(model, path)
    before = path.read_bytes()
    code, out, err = run_cli(capsys, "monitoring", str(path), "--suggest", "--json")
    assert code == 0 and err == ""
    assert path.read_bytes() == before  # looking changes nothing
    plan = json.loads(out)
    assert plan["source"] == "suggested"
    metrics = plan["metrics"]
    reviews_of = {a.id: set(a.review_step_ids) for a in project(model).ai_steps}
    for step in model.steps:
        watching = [m for m in metrics if m["step_id"] == step.id]
        kinds = {m["kind"] for m in watching}
        if step.kind == "ai_task":
            assert {"auto_share", "qa_error_rate"} <= kinds
            acceptance = [m for m in metrics if m["kind"] == "acceptance_rate"
                          and (m["step_id"] == step.id or m["step_id"] in reviews_of[step.id])]
            assert acceptance, step.name
            qa = next(m for m in watching if m["kind"] == "qa_error_rate")
            if step.calibration is not None and step.review.mode == "threshold":
                point = next(p for p in step.calibration.points
                             if abs(p.threshold - step.review.threshold) < 1e-9)
                assert qa["alert_above"] == pytest.approx(
                    error_upper_bound(point.n_auto, point.errors_auto), abs=1e-4)
        if step.kind == "exception":
            assert "sla_breach_rate" in kinds
    for metric in metrics:
        assert metric["owner_role_id"] and metric["owner_name"] and metric["frequency"]
        assert metric["alert_below"] is not None or metric["alert_above"] is not None


def test_stored_plan_text_in_german(capsys):
    path = str(TEMPLATES / "support-triage.de.aiosm")
    model = load_model(path)
    code, out, _ = run_cli(capsys, "--lang", "de", "monitoring", path)
    assert code == 0 and out.startswith("Überwachungsplan")
    assert out.count("\n- ") == len(model.monitoring.metrics)
    assert "Häufigkeit: wöchentlich" in out and "über 5,0 %" in out


def test_empty_plan_says_how_to_get_one(capsys, tmp_path):
    path = tmp_path / "empty.aiosm"
    model = instantiate("order-intake", "en")
    model.monitoring.metrics = []
    save_model(model, path)
    code, out, _ = run_cli(capsys, "monitoring", str(path), "--lang", "en")
    assert code == 0 and "--suggest" in out


def test_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run_cli(capsys, "monitoring", str(tmp_path / "nope.aiosm"))
    assert code == 2 and out == "" and err.count("\n") == 1
