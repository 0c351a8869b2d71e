"""The bundled templates: generated from their sources, check-clean, byte-stable, bilingual,
and reachable through `aios-designer templates` and `aios-designer new`."""
import csv
import json
from datetime import datetime, timedelta, timezone

import pytest

from aios_designer.analysis.checks import check
from aios_designer.cli import main
from aios_designer.fileio import dumps_model, load_model, loads_model
from aios_designer.model import AiTaskStep, ExceptionStep, FlowKind, ReviewMode
from aios_designer.resources import TEMPLATES
from aios_designer.template_sources import PILOT_CSV, build_all
from aios_designer.templates import (
    LANGUAGES,
    TemplateError,
    instantiate,
    list_templates,
    template_path,
)

NAMES = ["invoice-processing", "order-intake", "support-triage"]
CASES = [(name, lang) for name in NAMES for lang in LANGUAGES]

#: Keys whose text is translated; every other string (ids, enum values, dates, file names)
#: must be the same in English and German.
TEXT_KEYS = {
    "name", "description", "title", "scope", "owner", "function", "notes", "source_system",
    "refresh_cadence", "data_subjects", "categories", "retention", "recipients", "model_name",
    "provider", "trigger_condition", "procedure", "target_system", "condition", "unit",
    "definition", "source", "baseline_period", "kpi_before", "kpi_after", "target",
    "measurement", "rationale", "decided_by", "service", "country", "version", "language",
    "data_source", "action",
}


def _committed(name, lang) -> str:
    return template_path(name, lang).read_bytes().decode("utf-8")


def test_committed_files_equal_a_fresh_build():
    built = build_all()
    on_disk = {p.name for p in TEMPLATES.glob("*.aiosm")}
    assert on_disk == set(built), "rebuild with: python -m aios_designer.template_sources"
    for file_name, text in built.items():
        assert (TEMPLATES / file_name).read_bytes() == text.encode("utf-8"), (
            f"{file_name} differs from its source; rebuild with "
            "python -m aios_designer.template_sources and commit")


@pytest.mark.parametrize("name,lang", CASES)
def test_load_and_dump_reproduce_the_file_byte_for_byte(name, lang):
    text = _committed(name, lang)
    assert dumps_model(loads_model(text)) == text


@pytest.mark.parametrize("name,lang", CASES)
def test_new_from_template_then_check_exits_0(name, lang, tmp_path, capsys):
    out = tmp_path / "workshop.aiosm"
    assert main(["new", "--template", name, "--lang", lang, str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    model = load_model(out)
    assert model.meta.language == lang
    assert main(["check", str(out)]) == 0
    errors = [f.message_en for f in check(model) if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("name", NAMES)
def test_english_and_german_differ_only_in_texts(name):
    en = json.loads(_committed(name, "en"))
    de = json.loads(_committed(name, "de"))
    differing: list[str] = []

    def walk(a, b, path, key):
        assert type(a) is type(b), path
        if isinstance(a, dict):
            assert a.keys() == b.keys(), path
            for k in a:
                walk(a[k], b[k], f"{path}.{k}", k)
        elif isinstance(a, list):
            assert len(a) == len(b), path
            for i, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{path}[{i}]", key)
        elif isinstance(a, str) and key in TEXT_KEYS:
            if a != b:
                differing.append(path)
        else:
            assert a == b, f"{path}: {a!r} (en) vs {b!r} (de)"

    walk(en, de, "", "")
    assert ".meta.title" in differing and ".meta.language" in differing
    german = "".join(str(v) for v in _strings(de))
    assert any(c in german for c in "äöüßÄÖÜ"), "German texts should be proper German"


def _strings(node):
    if isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize("name,lang", CASES)
def test_template_content_is_complete(name, lang):
    model = load_model(template_path(name, lang))
    kinds = {s.kind for s in model.steps}
    assert {"trigger", "ai_task", "decision", "exception", "system_task", "end"} <= kinds
    assert {k.metric for k in model.kpis if k.metric} == {
        "throughput", "error_rate", "cycle_time", "cost_per_unit"}
    assert any(k.metric is None for k in model.kpis), "at least one custom KPI"
    for kpi in model.kpis:
        assert kpi.unit and kpi.definition and kpi.source and kpi.target is not None
    for step in model.steps:
        if isinstance(step, AiTaskStep) and step.review.mode != ReviewMode.NONE:
            assert model.role(step.review.reviewer_role_id) is not None
        if isinstance(step, ExceptionStep):
            assert step.sla_hours and step.procedure and step.trigger_condition
            assert model.role(step.role_id) and model.role(step.escalation_role_id)
    assert any(f.kind == FlowKind.REWORK for f in model.flows), "a rework loop"
    assert all(f.condition for f in model.flows if len(model.flows_from(f.source_id)) > 1)
    human = {r.id for r in model.roles if r.kind in ("human", "team")}
    assert all(model.role(r).hourly_cost > 0 and model.role(r).headcount > 0 for r in human)
    assert {k.role_id for k in model.team_kpis} >= {
        s.role_id for s in model.steps if s.role_id in human and s.kind != "end"}
    assert model.business_case.one_off_investment > 0 and model.business_case.monthly_run_cost > 0
    assert model.meta.sponsor.name and model.settings.currency == "EUR"
    assert model.meta.process_owner_role_id in human


@pytest.mark.parametrize("name,lang", CASES)
def test_steps_are_laid_out_left_to_right_without_overlaps(name, lang):
    model = load_model(template_path(name, lang))
    places = [(s.role_id, s.position.x, s.position.y) for s in model.steps]
    assert len(set(places)) == len(places), "two steps on the same spot of the same lane"
    x = {s.id: s.position.x for s in model.steps}
    forward = [f for f in model.flows if f.kind != FlowKind.REWORK]
    assert all(x[f.source_id] < x[f.target_id] for f in forward), "normal flows run left to right"
    assert all(0 < s.position.y < 200 for s in model.steps)


def test_support_triage_threshold_curve_is_the_pilot_data():
    model = load_model(template_path("support-triage", "en"))
    step = next(s for s in model.steps if isinstance(s, AiTaskStep) and s.calibration)
    assert step.review.mode == ReviewMode.THRESHOLD and step.review.threshold == 0.85
    with PILOT_CSV.open(encoding="utf-8") as handle:
        rows = [(float(r["confidence"]), r["correct"] == "1") for r in csv.DictReader(handle)]
    points = {p.threshold: p for p in step.calibration.points}
    assert len(points) == 50 and min(points) == 0.5 and max(points) == 0.99
    for threshold in (0.70, 0.80, 0.85, 0.90):
        auto = [ok for conf, ok in rows if conf >= threshold]
        assert points[threshold].auto_share == pytest.approx(len(auto) / len(rows), abs=5e-5)
        assert points[threshold].error_rate_auto == pytest.approx(
            auto.count(False) / len(auto), abs=5e-5)


def test_support_triage_has_neither_errors_nor_warnings():
    """The production-ready example: a facilitator opening it sees a clean findings list."""
    for lang in LANGUAGES:
        findings = check(load_model(template_path("support-triage", lang)))
        assert [f.message_en for f in findings if f.severity != "info"] == []


def test_support_triage_compliance_decided_after_the_last_structural_change():
    model = load_model(template_path("support-triage", "de"))
    ai_act = model.compliance.ai_act
    assert ai_act.risk_class and ai_act.decided_by and ai_act.rationale
    assert ai_act.decided_on > model.meta.structure_changed.date()
    assert all(p.avv_signed for p in model.compliance.processors)
    assert model.meta.sponsor.production_mandate


def test_instantiate_stamps_a_fresh_model():
    before = datetime.now(timezone.utc).replace(microsecond=0)
    model = instantiate("support-triage", "de")
    assert model.meta.created >= before and model.meta.modified == model.meta.created
    template = load_model(template_path("support-triage", "de"))
    assert model.meta.created > template.meta.created + timedelta(days=1)
    assert [s.id for s in model.steps] == [s.id for s in template.steps]


def test_unknown_template_names_the_available_ones():
    with pytest.raises(TemplateError) as raised:
        instantiate("support-triag", "en")
    assert all(name in str(raised.value) for name in NAMES)
    with pytest.raises(TemplateError, match="en, de"):
        instantiate("support-triage", "fr")


def test_list_templates():
    infos = {i.name: i for i in list_templates()}
    assert sorted(infos) == NAMES
    for info in infos.values():
        assert info.languages == ("en", "de")
        assert info.title("en") and info.title("de") and info.title("en") != info.title("de")
        assert info.scope("en").endswith(".")
    assert infos["support-triage"].scope("en") == (
        "Classify and route incoming support tickets with drafted initial responses.")


def test_templates_command_lists_all_three(capsys):
    assert main(["templates", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["TEMPLATE", "LANGUAGES", "TITLE"]
    for name in NAMES:
        line = next(line for line in lines if line.startswith(name + " "))
        assert "en, de" in line
    assert main(["templates", "--lang", "de", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["templates"]
    assert [t["name"] for t in listed] == NAMES
    assert next(t for t in listed if t["name"] == "invoice-processing")["title"] == (
        "Eingangsrechnungsverarbeitung")


def _fails(argv, capsys) -> str:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "model.aiosm"
    out.write_text("my workshop results", encoding="utf-8")
    err = _fails(["new", "--template", "order-intake", "--lang", "en", str(out)], capsys)
    assert "already exists" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "my workshop results"

    assert main(["new", "--template", "order-intake", "--lang", "en", "--force", str(out)]) == 0
    assert load_model(out).meta.title == "Order intake from e-mail and PDF"
    assert (tmp_path / "model.aiosm.bak").read_text(encoding="utf-8") == "my workshop results"


def test_new_errors_are_one_line_with_exit_2(tmp_path, capsys):
    err = _fails(["new", "--template", "nope", str(tmp_path / "x.aiosm")], capsys)
    assert "nope" in err and "support-triage" in err
    assert not (tmp_path / "x.aiosm").exists()
    _fails(["new", str(tmp_path / "x.aiosm")], capsys)  # --template missing
    err = _fails(["new", "--template", "support-triage", str(tmp_path)], capsys)
    assert "folder" in err
    _fails(["new", "--template", "support-triage", str(tmp_path / "missing" / "x.aiosm")],
           capsys)
    err = _fails(["new", "--template", "support-triage", "--lang", "de",
                  str(tmp_path)], capsys)
    assert "Ordner" in err
    err = _fails(["new", "--template", "nope", "--lang", "de", str(tmp_path / "x.aiosm")],
                 capsys)
    assert "keine Vorlage 'nope'" in err and "order-intake" in err


@pytest.mark.parametrize("name", NAMES)
def test_designed_workflow_improves_on_the_baseline(name):
    """The projection of each template beats its measured baseline; the production-ready
    template also reaches its targets, or the KPI sheet would contradict the hand-over."""
    from aios_designer.analysis.kpi_values import projected_value
    from aios_designer.analysis.projection import project

    model = load_model(template_path(name, "en"))
    projection = project(model)
    for kpi in model.kpis:
        value = projected_value(kpi, projection, model)
        if value is None or kpi.baseline is None:
            continue
        better = (lambda a, b: a > b) if kpi.direction == "higher" else (lambda a, b: a < b)
        assert better(value, kpi.baseline), (kpi.name, value, kpi.baseline)
        if name == "support-triage":
            assert better(value, kpi.target) or value == kpi.target, (kpi.name, value, kpi.target)
