"""``import-kpis``: measured values typed into the exported KPIs sheet come back into the
model; a bad cell is reported and changes nothing; --dry-run leaves the file alone."""
import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from aios_designer.cli import main
from aios_designer.export.kpi_import import import_kpis
from aios_designer.export.sheets.kpis import COL
from aios_designer.export.workbook import export_workbook
from aios_designer.fileio import dumps_model, load_model, save_model
from aios_designer.model import BaselineMetric

from .test_projection_formulas import kpi_model


def _row_of(ws, name):
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == name)


@pytest.fixture
def files(tmp_path):
    model = kpi_model("de")
    model_path = tmp_path / "m.aiosm"
    save_model(model, model_path)
    xlsx = tmp_path / "out.xlsx"
    export_workbook(model, xlsx)
    return model_path, xlsx


def _type(xlsx, edits: dict, go_live=None):
    """Type into the KPIs sheet like a person: {(kpi name, field): value}."""
    wb = load_workbook(xlsx)
    ws = wb["Kennzahlen"]
    for (name, field), value in edits.items():
        ws.cell(_row_of(ws, name), COL[field]).value = value
    if go_live is not None:
        ws.cell(_row_of(ws, "Produktivstart"), 2).value = go_live
    wb.save(xlsx)


def test_round_trip_values_and_dates_arrive_in_the_model(files, capsys):
    model_path, xlsx = files
    _type(xlsx, {("Cost per ticket", "day30"): 5.4,
                 ("Cost per ticket", "day90"): "4,9",                  # German text
                 ("Cost per ticket", "day90_date"): datetime(2026, 6, 30),
                 ("Wrong routing", "day30_date"): "01.05.2026",
                 ("Tickets per agent", "target"): 65},
          go_live=datetime(2026, 4, 1))
    assert main(["--lang", "de", "import-kpis", str(model_path), "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "6 Änderungen in Tabelle" in out and "gespeichert" in out
    model = load_model(model_path)
    kpis = {k.name: k for k in model.kpis}
    cost = kpis["Cost per ticket"]
    assert (cost.day30, cost.day90, cost.day90_date) == (5.4, 4.9, date(2026, 6, 30))
    assert kpis["Wrong routing"].day30_date == date(2026, 5, 1)
    assert kpis["Tickets per agent"].target == 65
    assert model.business_case.go_live == date(2026, 4, 1)
    assert kpis["Time to answer"].day90 == 80  # untouched
    # and the measured values now drive the actual business case
    assert main(["kpis", str(model_path), "--json"]) == 0
    case = json.loads(capsys.readouterr().out)["business_case"]
    assert case["cost_per_unit_actual"] == 4.9 and case["actual_source"] == "day90"


def test_a_bad_cell_is_reported_and_nothing_else_changes(files, capsys):
    model_path, xlsx = files
    before = load_model(model_path)
    _type(xlsx, {("Cost per ticket", "day30"): "about five",
                 ("Wrong routing", "day90_date"): "next spring",
                 ("Wrong routing", "day90"): 2.5})
    new_model, changes = import_kpis(before, xlsx)
    assert [(c.kpi_name, c.field, c.new) for c in changes] == [("Wrong routing", "day90", 2.5)]
    assert sorted(p.where for p in changes.problems) == sorted(
        [f"{chr(64 + COL['day30'])}{_row(xlsx, 'Cost per ticket')}",
         f"{chr(64 + COL['day90_date'])}{_row(xlsx, 'Wrong routing')}"])
    assert "about five" in changes.problems[0].message("en") or \
        "about five" in changes.problems[1].message("en")
    cost = next(k for k in new_model.kpis if k.metric == BaselineMetric.COST_PER_UNIT)
    assert cost.day30 == 5.2                            # the bad cell changed nothing
    # apart from the one good value the model is the same
    wrong = next(k for k in new_model.kpis if k.name == "Wrong routing")
    wrong.day90 = None
    assert dumps_model(new_model) == dumps_model(before)
    assert main(["import-kpis", str(model_path), "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "2 problems, these cells" in out and "is not a number" in out and "is not a date" in out


def _row(xlsx, name):
    ws = load_workbook(xlsx)["Kennzahlen"]
    return _row_of(ws, name)


def test_dry_run_leaves_the_file_untouched(files, capsys):
    model_path, xlsx = files
    _type(xlsx, {("Cost per ticket", "day30"): 5.0})
    before = model_path.read_bytes()
    assert main(["import-kpis", str(model_path), "--xlsx", str(xlsx), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 change in sheet" in out and "dry run" in out
    assert model_path.read_bytes() == before
    assert not model_path.with_name(model_path.name + ".bak").exists()


def test_unusable_files_are_one_line_errors(files, tmp_path, capsys):
    model_path, _ = files
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    before = model_path.read_bytes()
    with pytest.raises(SystemExit) as exit_info:
        main(["import-kpis", str(model_path), "--xlsx", str(junk)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "junk.xlsx" in err
    assert model_path.read_bytes() == before
