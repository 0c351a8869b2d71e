"""The Monitoring sheet read back: the plan, 13 week input columns, alerts as conditional
formats, the same print set-up and text safety as every other sheet."""
from datetime import date

import openpyxl
import pytest

from aios_designer.analysis.monitoring import suggest_plan
from aios_designer.export.workbook import export_workbook
from aios_designer.model import MonitoringMetric

from .models import support_model

HOSTILE = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    model = support_model()
    model.monitoring.metrics = suggest_plan(model) + [MonitoringMetric(
        id="hostile", name=HOSTILE, kind="custom", unit="count", action="@cmd|' /C calc'!A0",
        definition="+SUM(1)", frequency="monthly", owner_role_id="r-lead", alert_above=3)]
    path = tmp_path_factory.mktemp("mon") / "m.xlsx"
    export_workbook(model, path, today=date(2026, 3, 2))
    return model, openpyxl.load_workbook(path)["Monitoring"]


def _headings(ws):
    return [c.value for c in ws[4]]


def test_one_row_per_metric_with_its_plan(sheet):
    model, ws = sheet
    headings = _headings(ws)
    assert headings[:3] == ["Metric", "Kind", "Watches"]
    assert headings[-13:] == [f"Week {n}" for n in range(1, 14)]
    names = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row + 1)]
    assert names == [m.name for m in model.monitoring.metrics]
    qa = next(m for m in model.monitoring.metrics if m.kind == "qa_error_rate")
    row = 5 + model.monitoring.metrics.index(qa)
    above = headings.index("Alert above") + 1
    assert ws.cell(row=row, column=above).value == pytest.approx(qa.alert_above)
    assert ws.cell(row=row, column=above).number_format == "0.0%"
    # The A of the AI step in the RACI (an override: IT operations "RA").
    assert ws.cell(row=row, column=headings.index("Owner") + 1).value == "IT operations"


def test_week_cells_are_styled_inputs(sheet):
    model, ws = sheet
    first_week = len(_headings(ws)) - 12
    for row, metric in enumerate(model.monitoring.metrics, start=5):
        cell = ws.cell(row=row, column=first_week)
        assert cell.value is None
        assert cell.style.startswith("AIOS Monitoring Input")
        assert (cell.number_format == "0.0%") == (metric.unit == "share")


def test_alerts_compare_each_week_with_its_own_row_band(sheet):
    _, ws = sheet
    headings = _headings(ws)
    below = openpyxl.utils.get_column_letter(headings.index("Alert below") + 1)
    above = openpyxl.utils.get_column_letter(headings.index("Alert above") + 1)
    first = openpyxl.utils.get_column_letter(len(headings) - 12)
    rules = [(str(rng.sqref), r) for rng in ws.conditional_formatting for r in rng.rules
             if str(rng.sqref).startswith(f"{first}5:")]
    (area, red), (_, green) = rules
    last = openpyxl.utils.get_column_letter(len(headings))
    assert area == f"{first}5:{last}{ws.max_row}"
    assert f"{first}5<${below}5" in red.formula[0] and f"{first}5>${above}5" in red.formula[0]
    assert red.stopIfTrue and red.dxf.fill.bgColor.rgb.endswith("FFC7CE")
    assert green.formula == [f"ISNUMBER({first}5)"]


def test_print_setup_and_safety(sheet):
    _, ws = sheet
    assert ws["A1"].value == "Support triage"
    assert ws.freeze_panes == "B5" and ws.auto_filter.ref.startswith("A4:")
    assert ws.print_title_rows == "$4:$4" and ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    typed = [c for row in ws.iter_rows() for c in row
             if c.value in (HOSTILE, "@cmd|' /C calc'!A0", "+SUM(1)")]
    assert len(typed) == 3
    for cell in typed:
        assert cell.data_type == "s" and cell.quotePrefix
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_german_sheet(tmp_path):
    model = support_model("de")
    model.monitoring.metrics = suggest_plan(model)
    path = tmp_path / "de.xlsx"
    export_workbook(model, path)
    ws = openpyxl.load_workbook(path)["Überwachung"]
    assert _headings(ws)[-1] == "Woche 13" and ws["E5"].value in ("täglich", "wöchentlich",
                                                                  "monatlich")
