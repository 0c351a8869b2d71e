"""KPIs and Projection sheets: live formulas that reproduce ``aios.project``.

The slow test lets LibreOffice recalculate the exported workbook and compares what the
formulas computed with the projection (cost per unit, cycle time, FTE within 0.5 %).
"""
import os
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from aios_designer.analysis.kpi_values import business_case, projected_value
from aios_designer.analysis.projection import project
from aios_designer.export.sheets.projection import SUMMARY_LABEL_COL, SUMMARY_VALUE_COL
from aios_designer.export.workbook import build_workbook, export_workbook
from aios_designer.model import (
    AiTaskStep,
    BusinessCase,
    Calibration,
    CalibrationPoint,
    EndStep,
    Flow,
    HumanTaskStep,
    Kpi,
    Meta,
    OperatingModel,
    ReviewPolicy,
    ReviewStep,
    Role,
    SystemTaskStep,
    TriggerStep,
)

ERRORS = ("#VALUE!", "#DIV/0!", "#NAME?", "#REF!", "#N/A", "#NUM!", "#NULL!", "Err:")


def kpi_model(language: str = "en") -> OperatingModel:
    """A review step with four eyes and rework, an inline-reviewed AI step, QA samples,
    a role without lane work, KPIs in other units than the projection's."""
    agent = Role(id="agent", name="Agent", headcount=3, hourly_cost=42)
    lead = Role(id="lead", name="=Lead", headcount=0.5, hourly_cost=65)   # formula-like name
    ext = Role(id="ext", name="Vendor", kind="external")
    cal = Calibration(overall_error_rate=0.15, points=[
        CalibrationPoint(threshold=0.7, auto_share=0.66, error_rate_auto=0.03),
        CalibrationPoint(threshold=0.8, auto_share=0.54, error_rate_auto=0.016),
        CalibrationPoint(threshold=0.9, auto_share=0.36, error_rate_auto=0.003)])
    steps = [
        TriggerStep(id="t", name="Tickets", volume_per_month=4200),
        AiTaskStep(id="ai", name="Classify", cost_per_item=0.02, latency_seconds=3,
                   calibration=cal, review=ReviewPolicy(threshold=0.78, qa_sample_rate=0.05,
                                                        reviewer_role_id="lead",
                                                        review_minutes=2)),
        ReviewStep(id="rv", name="Check draft", role_id="agent", handling_minutes=3,
                   four_eyes=True, waiting_minutes=45),
        HumanTaskStep(id="fix", name="Fix", role_id="agent", handling_minutes=7),
        AiTaskStep(id="ai2", name="Draft answer", cost_per_item=0.04,
                   review=ReviewPolicy(mode="always", reviewer_role_id="agent",
                                       review_minutes=1.5)),
        SystemTaskStep(id="sys", name="Send", latency_seconds=2),
        EndStep(id="e", name="Done"),
    ]
    flows = [Flow(source_id="t", target_id="ai"), Flow(source_id="ai", target_id="rv"),
             Flow(source_id="ai", target_id="ai2"),
             Flow(source_id="rv", target_id="ai2", share=0.85),
             Flow(source_id="rv", target_id="fix", share=0.15, kind="rework"),
             Flow(source_id="fix", target_id="rv"),
             Flow(source_id="ai2", target_id="sys"), Flow(source_id="sys", target_id="e")]
    kpis = [
        Kpi(name="Tickets per agent", metric="throughput", unit="tickets/day",
            direction="higher", baseline=25, target=60, day30=41.5),
        Kpi(name="Wrong routing", metric="error_rate", unit="%", baseline=4, target=2),
        Kpi(name="Time to answer", metric="cycle_time", unit="min", baseline=600, target=90,
            day30=120, day90=80),
        Kpi(name="Cost per ticket", metric="cost_per_unit", unit="EUR", baseline=6.5,
            target=3, day30=5.2),
        Kpi(name="Customer satisfaction", unit="CSAT", direction="higher", baseline=4.1,
            target=4.4),
    ]
    return OperatingModel(meta=Meta(title="Support", language=language),
                          roles=[agent, lead, ext], steps=steps, flows=flows, kpis=kpis,
                          business_case=BusinessCase(one_off_investment=60_000,
                                                     monthly_run_cost=1_500))


def _sheet(wb, *names):
    return next(wb[n] for n in names if n in wb.sheetnames)


def test_formulas_are_live_and_units_convert():
    model = kpi_model()
    wb = build_workbook(model)
    ws = _sheet(wb, "Projection")
    assert ws["Q13"].value.startswith("=IF(") and "Q12" in ws["Q13"].value  # cost per unit
    assert ws["G5"].value == "=E5*F5/60"
    roles = wb["Roles"]
    assert roles["F5"].value.startswith("=SUMIF(")
    assert roles["B5"].value != "=Lead"  # column 1 is the name, written as text
    assert roles["A6"].value == "=Lead" and roles["A6"].data_type == "s"
    kpis = wb["KPIs"]
    cycle = next(r for r in kpis.iter_rows(min_row=5) if r[0].value == "Time to answer")
    assert cycle[8].value.endswith("*60.0,\"\")")  # hours → minutes
    p = project(model)
    assert projected_value(model.kpis[2], p, model) == pytest.approx(p.cycle_time_hours * 60)
    assert projected_value(model.kpis[0], p, model) == pytest.approx(
        p.throughput_per_person / 21)


def test_business_case_arithmetic():
    model = kpi_model()
    p = project(model)
    bc = business_case(model, p)
    assert bc.monthly_saving == pytest.approx((6.5 - p.cost_per_unit) * 4200)
    assert bc.payback_months == pytest.approx(60_000 / bc.monthly_saving)
    assert bc.roi_12_months == pytest.approx((12 * bc.monthly_saving - 60_000) / 60_000)


def _recalculate(tmp_path, source):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) not installed")
    out = tmp_path / "recalculated"
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return load_workbook(out / source.name, data_only=True)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "de"])
def test_libreoffice_recalculation_gives_the_projection(tmp_path, language):
    model = kpi_model(language)
    source = tmp_path / "handover.xlsx"
    export_workbook(model, source)
    wb = _recalculate(tmp_path, source)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(ERRORS), (ws.title, cell.coordinate,
                                                               cell.value)
    p = project(model)
    proj = _sheet(wb, "Projection", "Hochrechnung")
    figures = {proj.cell(r, SUMMARY_LABEL_COL).value: proj.cell(r, SUMMARY_VALUE_COL).value
               for r in range(5, 25)}
    names = {"en": ("Cost per unit", "Cycle time (hours)", "FTE needed"),
             "de": ("Kosten pro Vorgang", "Durchlaufzeit (Stunden)", "Benötigte VZÄ")}[language]
    assert figures[names[0]] == pytest.approx(p.cost_per_unit, rel=0.005)
    assert figures[names[1]] == pytest.approx(p.cycle_time_hours, rel=0.005)
    assert figures[names[2]] == pytest.approx(p.fte, rel=0.005)

    roles = _sheet(wb, "Roles", "Rollen")
    header = [c.value for c in roles[4]]
    fte_col = header.index("Projected FTE" if language == "en" else "Hochgerechnete VZÄ")
    for i, role in enumerate(p.roles):
        assert roles.cell(5 + i, fte_col + 1).value == pytest.approx(role.fte, rel=0.005,
                                                                      abs=1e-9)

    overview = _sheet(wb, "Overview", "Übersicht")
    shown = {r[0]: r[1] for r in overview.iter_rows(min_row=5, values_only=True)}
    assert shown["Cost per unit" if language == "en" else "Kosten pro Vorgang"] == \
        pytest.approx(p.cost_per_unit, rel=0.005)

    kpis = _sheet(wb, "KPIs", "Kennzahlen")
    rows = {r[0]: r for r in kpis.iter_rows(min_row=5, values_only=True) if r[0]}
    bc = business_case(model, p)
    saving = "Monthly saving" if language == "en" else "Monatliche Einsparung"
    payback = "Payback (months)" if language == "en" else "Amortisation (Monate)"
    roi36 = "ROI after 36 months" if language == "en" else "ROI nach 36 Monaten"
    assert rows[saving][1] == pytest.approx(bc.monthly_saving, rel=0.005)
    assert rows[payback][1] == pytest.approx(bc.payback_months, rel=0.005)
    assert rows[roi36][1] == pytest.approx(bc.roi_36_months, rel=0.005)
    # actual, beside it: from the latest measured cost per unit (day 30 here)
    assert bc.monthly_saving_actual == pytest.approx((6.5 - 5.2) * 4200)
    assert rows[saving][2] == pytest.approx(bc.monthly_saving_actual, rel=1e-9)
    assert rows[payback][2] == pytest.approx(bc.payback_months_actual, rel=1e-9)
    assert rows[roi36][2] == pytest.approx(bc.roi_36_actual, rel=1e-9)
    time_row = rows["Time to answer"]
    assert time_row[8] == pytest.approx(p.cycle_time_hours * 60, rel=0.005)   # projected
    assert time_row[13] == 80                                                 # latest: day 90
    assert time_row[14] == pytest.approx(80 - 600)                            # delta
    assert time_row[15] == pytest.approx((80 - 600) / 600)                    # delta %
    assert time_row[16] == pytest.approx(80 - 90)                             # delta to target
    assert time_row[17] == ("yes" if language == "en" else "ja")              # 80 ≤ 90
    assert rows["Customer satisfaction"][14] in (None, "")                    # no actual yet
    assert rows["Customer satisfaction"][17] in (None, "")                    # nothing measured


def _named_cell(wb, name):
    """(sheet, coordinate) a defined name points to."""
    ((sheet, coordinate),) = list(wb.defined_names[name].destinations)
    return wb[sheet], coordinate.replace("$", "")


def test_defined_names_point_at_the_headline_cells():
    wb = build_workbook(kpi_model())
    for name, label in (("Volume_per_month", "Volume (items entering)"),
                        ("Monthly_run_cost", "Monthly run cost"),
                        ("Cost_per_unit", "Cost per unit"),
                        ("Cycle_time_hours", "Cycle time (hours)"),
                        ("FTE_total", "FTE needed")):
        ws, coordinate = _named_cell(wb, name)
        assert ws.title == "Projection"
        assert ws[coordinate].offset(column=-1).value == label
    ws, coordinate = _named_cell(wb, "Volume_per_month")
    assert ws[coordinate].value == 4200 and ws[coordinate].style == "AIOS Input"
    assert not ws[coordinate].protection.locked and ws.protection.sheet
    # items per month are formulas of the one volume cell
    assert f"${coordinate[0]}${coordinate[1:]}" in ws["E5"].value
    assert ws["G5"].protection.locked


def _doubled(model):
    doubled = model.model_copy(deep=True)
    for step in doubled.steps:
        if step.kind == "trigger":
            step.volume_per_month *= 2
    return doubled


@pytest.mark.slow
def test_doubling_the_volume_in_the_workbook_gives_the_projection_of_the_doubled_volume(
        tmp_path):
    """Acceptance: change one cell (Volume_per_month), let LibreOffice recalculate, and cost
    per unit, cycle time (without the queue waits, which are values) and FTE are what
    ``project`` gives for the doubled volume."""
    model = kpi_model()
    source = tmp_path / "handover.xlsx"
    export_workbook(model, source)
    wb = load_workbook(source)
    ws, coordinate = _named_cell(wb, "Volume_per_month")
    ws[coordinate] = ws[coordinate].value * 2
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    recalculated = _recalculate(tmp_path, edited)
    p = project(_doubled(model))
    original = project(model)

    def named(name):
        sheet, cell = _named_cell(recalculated, name)
        return sheet[cell].value

    proj = _sheet(recalculated, "Projection")
    figures = {proj.cell(r, SUMMARY_LABEL_COL).value: proj.cell(r, SUMMARY_VALUE_COL).value
               for r in range(5, 30)}
    assert named("Volume_per_month") == 8400
    assert named("Cost_per_unit") == pytest.approx(p.cost_per_unit, rel=0.005)
    assert named("FTE_total") == pytest.approx(p.fte, rel=0.005)
    assert named("FTE_total") == pytest.approx(2 * original.fte, rel=0.005)
    queue_waits = figures["of which queue waits (hours)"]
    assert named("Cycle_time_hours") - queue_waits == pytest.approx(
        p.cycle_time_hours_without_queues, rel=0.005)
    assert p.cost_per_unit != pytest.approx(original.cost_per_unit, rel=0.005)  # it did move
    # and the KPI sheet follows: its run cost and volume come from the Projection sheet
    kpis = _sheet(recalculated, "KPIs")
    rows = {r[0]: r for r in kpis.iter_rows(min_row=5, values_only=True) if r[0]}
    assert rows["Volume per month"][1] == 8400
    bc = business_case(_doubled(model), p)
    assert rows["Monthly saving"][1] == pytest.approx(bc.monthly_saving, rel=0.005)


@pytest.mark.slow
def test_staffed_figures_recalculate_to_the_projection(tmp_path):
    model = kpi_model()
    source = tmp_path / "handover.xlsx"
    export_workbook(model, source)
    wb = _recalculate(tmp_path, source)
    p = project(model)
    proj = _sheet(wb, "Projection")
    figures = {proj.cell(r, SUMMARY_LABEL_COL).value: proj.cell(r, SUMMARY_VALUE_COL).value
               for r in range(5, 30)}
    assert figures["FTE staffed (headcount of the roles)"] == pytest.approx(p.headcount)
    assert figures["Throughput per staffed person"] == pytest.approx(
        p.throughput_per_staffed_person, rel=0.005)
    assert figures["Cost per unit on staffed cost"] == pytest.approx(p.cost_per_unit_staffed,
                                                                      rel=0.005)
    assert figures["Hours without a role (not costed, not in the FTE)"] == pytest.approx(
        p.unassigned_hours_per_month, abs=1e-6)
