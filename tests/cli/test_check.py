"""``aios-designer check FILE [--json]``: findings for people and scripts, exit codes 0 / 1 / 2."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import aios_designer as aios
from aios_designer.cli import main
from aios_designer.fileio import SCHEMA_VERSION, dumps_model, save_model

GOLDEN = (Path(__file__).resolve().parents[1] / "fileio" / "data"
          / f"schema-v{SCHEMA_VERSION}.aiosm")


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one in-process run, as a shell would see them."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clean_file(tmp_path) -> Path:
    """A model without errors (warnings allowed)."""
    path = tmp_path / "support.aiosm"
    path.write_bytes(GOLDEN.read_bytes())
    assert not [f for f in aios.check(aios.load_model(path)) if f.severity == "error"]
    return path


@pytest.fixture
def broken_file(tmp_path) -> Path:
    """The same model with its end step removed: items cannot finish."""
    model = aios.load_model(GOLDEN)
    end = next(s for s in model.steps if s.kind == "end")
    model.flows = [f for f in model.flows if end.id not in (f.source_id, f.target_id)]
    model.steps = [s for s in model.steps if s.id != end.id]
    path = tmp_path / "no-end.aiosm"
    save_model(model, path)
    return path


def test_clean_model_exits_0_with_a_summary_line(capsys, clean_file):
    code, out, err = run_cli(capsys, "--lang", "en", "check", str(clean_file))
    assert code == 0 and err == ""
    assert "0 errors" in out
    findings = aios.check(aios.load_model(clean_file))
    for finding in findings:
        assert f"{finding.message('en')} [{finding.rule}]" in out


def test_model_with_errors_exits_1_and_names_rule_and_step(capsys, broken_file):
    code, out, err = run_cli(capsys, "--lang", "en", "check", str(broken_file))
    assert code == 1 and err == ""
    assert "error: " in out and "[AIOS-G002]" in out
    summary = next(line for line in out.splitlines() if " errors" in line or " error," in line)
    assert not summary.startswith("0 error")


def test_json_lists_every_finding_with_rule_severity_message_elements(capsys, broken_file):
    code, out, err = run_cli(capsys, "check", str(broken_file), "--json", "--lang", "en")
    assert code == 1 and err == ""
    document = json.loads(out)
    expected = aios.check(aios.load_model(broken_file))
    assert [(f["rule"], f["severity"], f["message"], f["elements"]) for f in document["findings"]] \
        == [(f.rule, str(f.severity), f.message_en, list(f.elements)) for f in expected]
    assert any(f["rule"] == "AIOS-G002" and f["severity"] == "error"
               for f in document["findings"])


def test_json_of_a_clean_model_exits_0(capsys, clean_file):
    code, out, _ = run_cli(capsys, "check", "--json", str(clean_file))
    assert code == 0
    assert all(f["severity"] != "error" for f in json.loads(out)["findings"])


def test_german_messages_with_global_lang_before_or_after_the_command(capsys, broken_file):
    expected = aios.check(aios.load_model(broken_file))
    for argv in (["--lang", "de", "check", str(broken_file)],
                 ["check", str(broken_file), "--lang", "de"]):
        code, out, _ = run_cli(capsys, *argv)
        assert code == 1
        assert "Fehler: " in out and "0 Fehler" not in out
        for finding in expected:
            assert finding.message("de") in out
    code, out, _ = run_cli(capsys, "--lang", "de", "check", "--json", str(broken_file))
    assert [f["message"] for f in json.loads(out)["findings"]] == [f.message_de for f in expected]


def test_text_output_names_elements_by_their_names(capsys, tmp_path):
    model = aios.load_model(GOLDEN)
    decision = next(s for s in model.steps if s.kind == "decision")
    decision.name = "Konfidenz-Weiche"
    # A decision with a single way out is a finding about that decision.
    keep = next(f for f in model.flows if f.source_id == decision.id)
    model.flows = [f for f in model.flows if f.source_id != decision.id or f is keep]
    path = tmp_path / "one-way.aiosm"
    save_model(model, path)
    _, out, _ = run_cli(capsys, "--lang", "en", "check", str(path))
    assert "Konfidenz-Weiche" in out
    assert decision.id not in out.replace("Konfidenz-Weiche", "")


# -- file and usage errors: exit 2, nothing on stdout, one line on stderr -----------------------

def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.aiosm"
    text = GOLDEN.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 3], encoding="utf-8")
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "diagram.aiosm"
    path.write_text(json.dumps({"cells": [{"id": 1, "type": "rect"}]}), encoding="utf-8")
    return path


def _invalid(tmp_path: Path) -> Path:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    ai = next(s for s in document["steps"] if s["kind"] == "ai_task")
    ai["review"]["qa_sample_rate"] = 7
    path = tmp_path / "invalid.aiosm"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _newer(tmp_path: Path) -> Path:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    document["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "newer.aiosm"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.aiosm"
    path.write_bytes(GOLDEN.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    return path


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.aiosm"


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "folder.aiosm"
    path.mkdir()
    return path


@pytest.mark.parametrize("make, words", [
    (_truncated, "not valid JSON"),
    (_foreign, "not an AIOS Designer operating model"),
    (_invalid, "steps[1].review.qa_sample_rate"),
    (_newer, "newer AIOS Designer"),
    (_not_utf8, "not UTF-8"),
    (_missing, "does not exist"),
    (_folder, "is a folder"),
])
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_unreadable_files_exit_2_with_one_clear_line(capsys, tmp_path, make, words, json_flag):
    path = make(tmp_path)
    code, out, err = run_cli(capsys, "check", str(path), *json_flag)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("aios-designer: ")
    assert path.name in err and words in err
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["check"],
    ["check", "a.aiosm", "b.aiosm"],
    ["check", "--colour", "a.aiosm"],
    ["--lang", "fr", "check", "a.aiosm"],
])
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("aios-designer: ")


def test_help_lists_check(capsys):
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0 and "check" in out
    code, out, _ = run_cli(capsys, "check", "--help")
    assert code == 0 and "--json" in out


# -- the real entry point ---------------------------------------------------------------------

def test_python_dash_m_entry_point_runs_check(tmp_path, broken_file):
    truncated = _truncated(tmp_path)
    ok = subprocess.run([sys.executable, "-m", "aios_designer", "check", "--json",
                         str(GOLDEN)], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "findings" in json.loads(ok.stdout)
    bad = subprocess.run([sys.executable, "-m", "aios_designer", "--lang", "en", "check",
                          str(broken_file)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "[AIOS-G002]" in bad.stdout
    broken = subprocess.run([sys.executable, "-m", "aios_designer", "check", str(truncated)],
                            capture_output=True, text=True, timeout=120)
    assert broken.returncode == 2 and broken.stdout == ""
    assert broken.stderr.count("\n") == 1 and "truncated.aiosm" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_check_output_does_not_change_the_file(capsys, clean_file):
    before = clean_file.read_bytes()
    run_cli(capsys, "check", str(clean_file))
    assert clean_file.read_bytes() == before
    assert before == dumps_model(aios.load_model(clean_file)).encode("utf-8")


def test_file_errors_follow_lang(capsys, tmp_path):
    path = _truncated(tmp_path)
    code, _, err = run_cli(capsys, "--lang", "de", "check", str(path))
    assert code == 2 and "Zeile" in err and "kein gültiges JSON" in err
    code, _, err = run_cli(capsys, "check", str(path), "--lang=en")
    assert code == 2 and "line" in err and "not valid JSON" in err


def test_elements_line_only_when_the_message_does_not_name_them():
    from aios_designer.analysis.findings import Finding, Severity
    from aios_designer.cli.check import report_text

    model = aios.load_model(GOLDEN)
    flow = model.flows[0]
    source, target = model.step(flow.source_id), model.step(flow.target_id)
    unnamed = model.steps[-1]
    unnamed.name = ""
    findings = [
        Finding("T-1", Severity.ERROR, f"Step '{source.name}' is wrong", "x", (source.id,)),
        Finding("T-2", Severity.WARNING, "These do not fit together", "x", (flow.id, unnamed.id)),
    ]
    lines = report_text(model, findings, "en").splitlines()
    assert lines[0] == f"error: Step '{source.name}' is wrong [T-1]"
    assert lines[1] == "warning: These do not fit together [T-2]"
    assert lines[2] == f"    {source.name} → {target.name}, {unnamed.kind} {unnamed.id[:8]}"
    assert lines[3] == "1 error, 1 warning, 0 hints"
