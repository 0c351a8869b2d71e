"""``aios-designer export`` and ``aios-designer import-raci`` end to end (in-process)."""
import openpyxl
import pytest

from aios_designer.cli import main
from aios_designer.fileio import load_model, save_model

from .models import support_model


@pytest.fixture
def model_file(tmp_path):
    path = tmp_path / "support.aiosm"
    save_model(support_model(), path)
    return path


def test_export_writes_the_workbook(model_file, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert main(["export", str(model_file), "--xlsx", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert "RACI" in openpyxl.load_workbook(out).sheetnames


@pytest.mark.parametrize("argv, message", [
    (["export", "{model}"], "nothing to export"),
    (["export", "{model}", "--xlsx", "{tmp}/out.csv"], "must end in .xlsx"),
    (["export", "{tmp}/missing.aiosm", "--xlsx", "{tmp}/o.xlsx"], "missing.aiosm"),
    (["export", "{model}", "--xlsx", "{tmp}/no/such/folder/o.xlsx"], "could not be written"),
])
def test_export_errors_one_line_exit_2(model_file, tmp_path, capsys, argv, message):
    argv = [a.format(model=model_file, tmp=tmp_path) for a in argv]
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def _edited(model_file, tmp_path):
    out = tmp_path / "raci.xlsx"
    main(["export", str(model_file), "--xlsx", str(out)])
    wb = openpyxl.load_workbook(out)
    wb["RACI"]["D5"] = "C"
    wb["RACI"]["E5"] = "Q"
    wb.save(out)
    return out


def test_import_raci_dry_run_lists_and_changes_nothing(model_file, tmp_path, capsys):
    xlsx = _edited(model_file, tmp_path)
    before = model_file.read_bytes()
    capsys.readouterr()
    assert main(["import-raci", str(model_file), "--xlsx", str(xlsx), "--dry-run",
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1 change in sheet 'RACI':" in out and "1 problem," in out
    assert "D5: Ticket arrives / Support agent: – → C" in out
    assert "E5: 'Q' is not a RACI letter" in out
    assert "dry run" in out
    assert model_file.read_bytes() == before
    assert not model_file.with_name(model_file.name + ".bak").exists()


def test_import_raci_saves_with_backup(model_file, tmp_path, capsys):
    xlsx = _edited(model_file, tmp_path)
    before = model_file.read_bytes()
    assert main(["import-raci", str(model_file), "--xlsx", str(xlsx), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "1 Änderung in Tabelle" in out and "gespeichert" in out
    assert load_model(model_file).step("s-in").raci_overrides["r-agent"] == "C"
    assert model_file.with_name(model_file.name + ".bak").read_bytes() == before


def test_import_raci_refuses_a_non_workbook(model_file, capsys):
    before = model_file.read_bytes()
    with pytest.raises(SystemExit) as info:
        main(["import-raci", str(model_file), "--xlsx", str(model_file)])
    assert info.value.code == 2
    assert "is not an Excel workbook" in capsys.readouterr().err
    assert model_file.read_bytes() == before
