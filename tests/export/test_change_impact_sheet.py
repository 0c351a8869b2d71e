"""The Change impact sheet read back: one row per human role, print set-up, text safety."""
import openpyxl

from aios_designer.export.workbook import export_workbook

from .models import support_model

HOSTILE = "=cmd|' /C calc'!A0"


def test_rows_figures_and_safety(tmp_path):
    model = support_model()
    model.roles[0].name = HOSTILE  # the agent
    path = tmp_path / "m.xlsx"
    export_workbook(model, path)
    ws = openpyxl.load_workbook(path)["Change impact"]
    headings = [c.value for c in ws[4]]
    assert headings[:2] == ["Role", "Tasks in the new workflow"]
    rows = {ws.cell(row=r, column=1).value: r for r in range(5, ws.max_row + 1)}
    assert set(rows) == {HOSTILE, "Team lead", "IT operations"}
    agent = rows[HOSTILE]
    cell = ws.cell(row=agent, column=1)
    assert cell.data_type == "s" and cell.quotePrefix
    tasks = ws.cell(row=agent, column=2).value
    assert "reviews AI output: Review draft" in tasks and "items/month" in tasks
    training = ws.cell(row=agent, column=headings.index("Training before go-live") + 1).value
    assert "AI literacy (EU AI Act Art. 4)" in training
    assert "Review procedure: Review draft" in training
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.row_dimensions[agent].height and ws.row_dimensions[agent].height > 13
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_german_numbers(tmp_path):
    model = support_model("de")
    path = tmp_path / "de.xlsx"
    export_workbook(model, path)
    ws = openpyxl.load_workbook(path)["Veränderung je Rolle"]
    texts = " ".join(str(c.value) for row in ws.iter_rows(min_row=5) for c in row if c.value)
    assert "Vorgänge/Monat" in texts and "prüft KI-Ergebnisse" in texts
