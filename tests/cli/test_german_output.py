"""The command line in German (``--lang de``): German sentences, singular and plural forms,
numbers with German grouping and decimal sign; English output groups the English way."""
from pathlib import Path

import pytest

from aios_designer.analysis.findings import Finding, Severity
from aios_designer.cli import main
from aios_designer.cli.check import summary_line
from aios_designer.number_format import count_noun, format_number, format_percent

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_numbers_are_grouped_in_thousands_the_way_each_language_writes_them():
    assert format_number(20769.65, 2, "de") == "20.769,65"
    assert format_number(20769.65, 2, "en") == "20,769.65"
    assert format_number(1234567, 0, "de") == "1.234.567"
    assert format_number(-0.001, 2, "de") == "0,00"
    assert format_number(None, 2, "de") == "–"
    assert format_number(float("nan"), 2, "en", none="") == ""
    assert format_percent(0.4671, 1, "de") == "46,7 %"
    assert format_percent(12.5, 0, "en") == "1,250 %"
    assert format_number(12000.0, 4, "de", trim=True) == "12.000"
    assert format_number(11.5, 4, "de", trim=True) == "11,5"


def test_counted_nouns_agree_with_the_count():
    assert count_noun(1, "Warnung", "Warnungen", "de") == "1 Warnung"
    assert count_noun(0, "Warnung", "Warnungen", "de") == "0 Warnungen"
    assert count_noun(2000, "step", "steps", "en") == "2,000 steps"
    assert count_noun(2000, "Schritt", "Schritte", "de") == "2.000 Schritte"


def _findings(errors: int, warnings: int, hints: int) -> list[Finding]:
    return ([Finding("X-E", Severity.ERROR, "e", "e")] * errors
            + [Finding("X-W", Severity.WARNING, "w", "w")] * warnings
            + [Finding("X-I", Severity.INFO, "i", "i")] * hints)


def test_check_summary_uses_singular_for_one():
    assert summary_line(_findings(1, 1, 1), "de") == "1 Fehler, 1 Warnung, 1 Hinweis"
    assert summary_line(_findings(2, 2, 2), "de") == "2 Fehler, 2 Warnungen, 2 Hinweise"
    assert summary_line(_findings(0, 1, 0), "en") == "0 errors, 1 warning, 0 hints"


def test_project_text_groups_thousands_in_german_and_english(capsys):
    template = str(TEMPLATES / "support-triage.de.aiosm")
    code, german, _ = run_cli(capsys, "project", template, "--lang", "de")
    assert code == 0
    assert "Volumen: 6.000 Vorgänge/Monat" in german
    assert "\u202f" not in german
    code, english, _ = run_cli(capsys, "project", template, "--lang", "en")
    assert "Volume: 6,000 items/month" in english
    cost = next(line for line in english.splitlines() if line.startswith("Cost per month"))
    assert "," in cost.split(":")[1]  # tens of thousands, grouped


@pytest.mark.parametrize("argv, german", [
    (["export", "{model}", "--xlsx", "out.txt"], "muss auf .xlsx enden"),
    (["export", "{model}"], "nichts zu exportieren"),
    (["check", "{damaged}"], "ist kein gültiges JSON (ein Feldname in doppelten "
                             "Anführungszeichen fehlt)"),
    (["calibrate", "{model}", "--step", "x", "--pilot", "p.csv", "--max-error", "2"],
     "--max-error muss zwischen 0 und 1 liegen"),
    (["import-raci", "{model}", "--xlsx", "{damaged}"], "ist keine Excel-Arbeitsmappe"),
])
def test_error_lines_are_german_with_lang_de(capsys, tmp_path, argv, german):
    damaged = tmp_path / "damaged.aiosm"
    damaged.write_text('{"format": "aios-operating-model",', encoding="utf-8")
    model = TEMPLATES / "support-triage.de.aiosm"
    argv = [a.format(model=model, damaged=damaged) for a in argv]
    code, _, err = run_cli(capsys, *argv, "--lang", "de")
    assert code == 2
    assert german in err, err
    assert "Expecting" not in err and "must" not in err and "is not" not in err


@pytest.mark.parametrize("argv, german", [
    (["check"], "diese Angaben fehlen: FILE (siehe --help)"),
    (["check", "x.aiosm", "--bogus"], "unbekannte Angaben: --bogus"),
    (["calibrate", "x", "--step", "s", "--pilot", "p", "--max-error", "viel"],
     "--max-error: 'viel' ist kein gültiger Wert"),
    (["project", "x.aiosm", "--json=1"], "--json: nimmt keinen Wert"),
])
def test_usage_errors_are_german_with_lang_de(capsys, argv, german):
    code, _, err = run_cli(capsys, *argv, "--lang", "de")
    assert code == 2 and german in err, err
    code, _, err = run_cli(capsys, *argv, "--lang", "en")
    assert code == 2 and "(see --help)" in err


def test_an_argparse_sentence_not_known_is_not_shown_in_english():
    from aios_designer.cli import usage_error_de

    assert usage_error_de("argument --lang: invalid choice: 'fr' (choose from 'en', 'de')") \
        == "--lang: 'fr' ist nicht möglich (möglich: 'en', 'de')"
    assert usage_error_de("some new wording from a later Python") == "ungültiger Aufruf"


def test_finding_messages_write_numbers_the_german_way():
    import re

    from aios_designer import check, load_model

    model = load_model(TEMPLATES / "support-triage.de.aiosm")
    for role in model.roles:
        role.headcount = 0.5  # everyone overloaded: capacity findings with hours and FTE
    capacity = [f for f in check(model) if f.rule in ("AIOS-P001", "AIOS-P002")]
    assert capacity
    for finding in capacity:
        german, english = finding.message("de"), finding.message("en")
        assert re.search(r"\d+,\d\d VZÄ", german), german
        assert not re.search(r"\d\.\d\d VZÄ", german), german
        assert re.search(r"\d+\.\d\d FTE", english), english


@pytest.mark.parametrize("importer", ["raci", "kpi"])
def test_sheet_import_and_workbook_export_failures_have_german_sentences(tmp_path, importer):
    import zipfile

    from aios_designer import load_model
    from aios_designer.export.kpi_import import import_kpis
    from aios_designer.export.raci_import import import_raci
    from aios_designer.export.sheet_reading import SheetImportError
    from aios_designer.export.workbook import WorkbookExportError, export_workbook

    import_sheet = import_raci if importer == "raci" else import_kpis
    model = load_model(TEMPLATES / "support-triage.de.aiosm")
    not_zip = tmp_path / "notes.xlsx"
    not_zip.write_text("just text", encoding="utf-8")
    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    ole = tmp_path / "old.xls"
    ole.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)
    no_sheet = tmp_path / "empty.xlsx"
    from openpyxl import Workbook
    Workbook().save(no_sheet)
    for path in (tmp_path / "missing.xlsx", tmp_path, not_zip, other_zip, ole, no_sheet):
        with pytest.raises(SheetImportError) as caught:
            import_sheet(model, path)
        german = caught.value.message("de")
        assert german.startswith(f"'{path.name}' ") and german != str(caught.value)
        assert caught.value.reason not in german
    with pytest.raises(WorkbookExportError) as caught:
        export_workbook(model, tmp_path / "no such folder" / "out.xlsx")
    german = caught.value.message("de")
    assert "konnte nicht geschrieben werden" in german and "No such file" not in german


def test_help_is_german_with_lang_de(capsys):
    from aios_designer.cli import _gui_parser, _load_commands, build_parser
    from aios_designer.cli.help_de import germanize

    missing = germanize(build_parser(_load_commands())) + germanize(_gui_parser())
    assert not missing, ("no German in aios_designer/cli/help_de.py for:\n"
                         + "\n".join(f"  {text!r}" for text in dict.fromkeys(missing)))
    code, out, _ = run_cli(capsys, "--lang", "de", "check", "--help")
    assert code == 0 and out.startswith("Aufruf: aios-designer check")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    code, out, _ = run_cli(capsys, "check", "--help", "--lang", "en")
    assert out.startswith("usage: ") and "show this help message" in out
