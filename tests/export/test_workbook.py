"""The exported workbook read back with openpyxl: every sheet, its values and its mechanics."""
from datetime import date

import openpyxl
import pytest

from aios_designer.export.workbook import WorkbookExportError, export_workbook
from aios_designer.export.sheets.raci import CHECK_MARKER, RACI_MARKER

from .models import support_model

TODAY = date(2026, 3, 2)
SHEETS_EN = ["Overview", "Workflow", "RACI", "Review rules", "Exceptions", "Roles", "Team KPIs",
             "Change impact",
             "Monitoring"]
SHEETS_DE = ["Übersicht", "Arbeitsablauf", "RACI-Matrix", "Prüfregeln", "Ausnahmen", "Rollen",
             "Team-Kennzahlen", "Veränderung je Rolle", "Überwachung"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("wb") / "support.xlsx"
    export_workbook(support_model(), path, today=TODAY)
    return openpyxl.load_workbook(path)


def rows(ws, first=1):
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def column(ws, heading, header_row=4):
    headings = [c.value for c in ws[header_row]]
    col = headings.index(heading) + 1
    return [ws.cell(row=r, column=col).value for r in range(header_row + 1, ws.max_row + 1)]


def test_sheets_in_order_and_in_the_model_language(tmp_path, workbook):
    assert [n for n in workbook.sheetnames if n in SHEETS_EN] == SHEETS_EN
    path = tmp_path / "de.xlsx"
    export_workbook(support_model("de"), path, today=TODAY)
    german = openpyxl.load_workbook(path)
    assert [n for n in german.sheetnames if n in SHEETS_DE] == SHEETS_DE
    assert german["Arbeitsablauf"]["A4"].value == "Prozessschritt"
    assert german["Arbeitsablauf"]["B5"].value == "Auslöser"  # step kind in words


@pytest.mark.parametrize("name", SHEETS_EN)
def test_every_sheet_has_title_block_frozen_header_filter_and_print_setup(workbook, name):
    ws = workbook[name]
    title_col = "B" if name == "RACI" else "A"  # the RACI sheet hides column A (step ids)
    assert ws[f"{title_col}1"].value == "Support triage"
    assert ws[f"{title_col}2"].value == "Version 2.1 · exported 2026-03-02"
    assert ws.freeze_panes in ("A5", "B5", "D5")
    assert ws.auto_filter.ref.startswith("A4:")
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    widths = [d.width for d in ws.column_dimensions.values() if not d.hidden]
    assert widths and all(6 <= w <= 90 for w in widths)
    assert ws["A4"].style == "AIOS Header"


def test_named_styles_not_a_style_per_cell(workbook):
    names = set(workbook.named_styles)
    assert {"AIOS Header", "AIOS Text", "AIOS RACI Derived", "AIOS RACI Override"} <= names
    assert workbook["Workflow"]["A5"].style == "AIOS Wrap"
    assert workbook["Workflow"]["B5"].style == "AIOS Text"
    assert len(workbook._cell_styles) < 60


def test_overview(workbook):
    ws = workbook["Overview"]
    pairs = {r[0]: r[1] for r in rows(ws, 5)}
    assert pairs["Workflow"] == "Classify and route incoming support tickets."
    assert pairs["Exec sponsor"] == "Dr. Weber"
    assert pairs["Production mandate"] == "yes"
    assert pairs["Process owner role"] == "Team lead"
    assert pairs["EU AI Act risk class"] == "not decided yet"
    assert pairs["Size"] == "6 steps, 6 flows, 3 roles"


def test_workflow_rows_in_canvas_order(workbook):
    ws = workbook["Workflow"]
    assert column(ws, "Step") == ["Ticket arrives", "Classify and draft", "Review draft",
                                  "Unclear ticket", "Send answer", "Done"]
    assert column(ws, "Kind")[:3] == ["Trigger", "AI task", "Review"]
    assert column(ws, "Lane (role)")[2] == "Support agent"
    assert column(ws, "Review policy")[1] == "below threshold reviewed"
    assert column(ws, "Threshold")[1] == pytest.approx(0.85)
    assert column(ws, "SLA (hours)")[3] == 8
    assert column(ws, "Id")[0] == "s-in"
    # Empty cells are not written; one conditional-format rule draws the grid of the table.
    (grid,) = [r for area in ws.conditional_formatting if str(area.sqref) == "A5:H10"
               for r in area.rules]
    assert grid.formula == ["TRUE"] and grid.dxf.border.bottom.style == "thin"
    # Ids are for the screen and re-import; the printout stops before them.
    assert ws.print_area == "'Workflow'!$A$1:$G$10"


def test_empty_table_cells_are_not_written(tmp_path):
    path = tmp_path / "e.xlsx"
    export_workbook(support_model(), path)
    ws = openpyxl.load_workbook(path)["Workflow"]
    assert (5, 5) not in ws._cells  # E5: the trigger has no review policy
    assert (6, 5) in ws._cells


def test_rows_with_wrapped_text_get_their_height(tmp_path):
    model = support_model()
    model.step("s-rev").description = "The agent checks facts, tone and promises. " * 6
    path = tmp_path / "wrap.xlsx"
    export_workbook(model, path)
    ws = openpyxl.load_workbook(path)["Workflow"]
    row = column(ws, "Step").index("Review draft") + 5
    assert ws.row_dimensions[row].height >= 3 * 13  # five lines of 50 characters, roughly
    assert ws.row_dimensions[row - 1].height is None  # short rows keep the default


def test_raci_matrix_values_ids_and_styles(workbook):
    ws = workbook["RACI"]
    assert ws["A3"].value == RACI_MARKER
    assert [ws.cell(3, c).value for c in range(4, 8)] == ["r-agent", "r-lead", "r-it",
                                                            CHECK_MARKER]
    assert [ws.cell(4, c).value for c in range(1, 8)] == [
        "Id", "Step", "Lane (role)", "Support agent", "Team lead", "IT operations", "Check"]
    assert ws.column_dimensions["A"].hidden and ws.row_dimensions[3].hidden
    matrix = [[ws.cell(r, c).value for c in range(1, 7)] for r in range(5, 10)]
    assert matrix == [
        ["s-in", "Ticket arrives", "IT operations", None, "A", "R"],
        ["s-ai", "Classify and draft", "IT operations", "I", "I", "A/R"],
        ["s-rev", "Review draft", "Support agent", "R", "A", None],
        ["s-exc", "Unclear ticket", "Team lead", None, "A/R", "C"],
        ["s-send", "Send answer", "Support agent", "R", "A", None],
    ]  # the end step is an outcome, not an activity: no row
    assert ws["F6"].style == "AIOS RACI Override"  # set by hand
    assert ws["E6"].style == "AIOS RACI Derived"  # the process owner, derived
    assert ws["B5"].value == "Ticket arrives" and ws.freeze_panes == "D5"
    assert ws.print_title_cols == "$B:$B"


def test_raci_check_column_is_a_live_formula(workbook):
    ws = workbook["RACI"]
    formula = ws["G5"].value
    assert ws["G5"].data_type == "f"
    assert formula.startswith("=IF(COUNTIF($D5:$F5,\"*A*\")=0,\"no A\"")
    assert 'COUNTIF($D5:$F5,"*R*")=0,"no R"' in formula
    assert '"several A"' in formula and '"OK"' in formula
    assert ws["G9"].value.count("$D9:$F9") == 4


def test_raci_drop_down_validation(workbook):
    ws = workbook["RACI"]
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert str(validation.sqref) == "D5:F9"
    choices = validation.formula1.strip('"').split(",")
    assert {"R", "A", "C", "I", "A/R", "R/C"} <= set(choices)
    assert validation.allow_blank


def test_raci_conditional_formats_mark_violations(workbook):
    ws = workbook["RACI"]
    rules = {}
    for area in ws.conditional_formatting:
        for rule in area.rules:
            rules.setdefault(str(area.sqref), []).append(rule)
    error, warning = rules["D5:G9"]
    assert error.type == "expression"
    assert error.formula == ['OR(COUNTIF($D5:$F5,"*A*")<>1,COUNTIF($D5:$F5,"*R*")=0)']
    assert error.dxf.fill.bgColor.rgb.endswith("FFC7CE")
    assert warning.formula == ['COUNTIF($D5:$F5,"*R*")>1']
    (grid,) = rules["D5:F9"]  # draws the grid of the empty cells
    assert grid.dxf.border.left.style == "thin"


def test_raci_column_check_and_legend_below_the_table(workbook):
    ws = workbook["RACI"]
    assert ws["B11"].value == "Steps with letters (per role)"
    assert ws["D11"].value == "=COUNTA(D5:D9)" and ws["F11"].value == "=COUNTA(F5:F9)"
    assert ws["B12"].value == "Steps accountable for (A)"
    assert ws["E12"].value == '=COUNTIF(E5:E9,"*A*")'
    (unused,) = [r for area in ws.conditional_formatting if str(area.sqref) == "D11:F11"
                 for r in area.rules]
    assert unused.formula == ["D11=0"]
    legend = [ws.cell(r, 2).value for r in range(14, 22)]
    assert legend[0] == "Legend"
    assert legend[1].startswith("R = Responsible") and legend[2].startswith("A = Accountable")
    assert any(text and text.startswith("A/R") for text in legend)


def test_review_rules_exceptions_roles_team_kpis(workbook):
    review = workbook["Review rules"]
    assert column(review, "Step") == ["Classify and draft"]
    assert column(review, "Reviewer") == ["Support agent"]
    # Calibrated at 0.85: halfway between the pilot points at 0.8 and 0.9.
    assert column(review, "Auto-approved share")[0] == pytest.approx(0.6)
    assert column(review, "Error rate among auto-approved")[0] == pytest.approx(0.03)
    assert column(review, "Source of figures")[0] == "calibrated on pilot data (pilot.csv)"

    exceptions = workbook["Exceptions"]
    assert column(exceptions, "Route (from → exception)") == [
        "Classify and draft → Unclear ticket"]
    assert column(exceptions, "Handler") == ["Team lead"]
    assert column(exceptions, "Escalation to") == ["IT operations"]
    assert column(exceptions, "Procedure") == ["Call the customer."]

    roles = workbook["Roles"]
    assert column(roles, "Role") == ["Support agent", "Team lead", "IT operations"]
    assert column(roles, "Hourly cost (EUR)") == [42.0, 65.0, 70.0]
    assert column(roles, "Headcount (FTE)")[0] == 6

    team = workbook["Team KPIs"]
    assert rows(team, 5) == [["Support agent", "Tickets per day", "Drafts reviewed per day",
                              "60", "Ticket system report"]]


def test_export_is_atomic_and_reports_unwritable_target(tmp_path):
    target = tmp_path / "missing-folder" / "out.xlsx"
    with pytest.raises(WorkbookExportError, match="'out.xlsx' could not be written"):
        export_workbook(support_model(), target)
    good = tmp_path / "out.xlsx"
    export_workbook(support_model(), good)
    before = good.read_bytes()
    assert before[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no temp file left behind


def test_empty_model_exports(tmp_path):
    from aios_designer.model import OperatingModel

    path = tmp_path / "empty.xlsx"
    export_workbook(OperatingModel(), path)
    wb = openpyxl.load_workbook(path)
    assert wb["Overview"]["A1"].value == "Untitled operating model"
    assert wb["RACI"]["B4"].value == "Step"


def test_public_api_round_trip(tmp_path):
    import aios_designer as aios

    model = support_model()
    path = tmp_path / "api.xlsx"
    aios.export_workbook(model, path)
    new_model, changes = aios.import_raci(model, path)
    assert list(changes) == [] and changes.problems == []
    assert new_model == model and new_model is not model
