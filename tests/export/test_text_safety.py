"""User text reaches the workbook as text: no formula injection, no rejected characters,
nothing beyond Excel's cell limit."""
from datetime import date

import openpyxl
import pytest

from aios_designer.export.text import MAX_CELL_CHARS, clean_text
from aios_designer.export.workbook import export_workbook
from aios_designer.model import Role

from .models import support_model

HYPERLINK = '=HYPERLINK("http://x","y")'


@pytest.fixture
def hostile(tmp_path):
    model = support_model()
    model.step("s-rev").name = HYPERLINK
    model.roles[1].name = "+SUM(1)"
    model.roles[2].name = "-1+2"
    model.step("s-send").description = "@cmd|' /C calc'!A0"
    model.step("s-exc").procedure = "\tTab first" + "x" * 40_000
    model.step("s-in").description = "bell\x07 and null\x00 and \x1f unit separator"
    model.meta.scope = "\r=1+1"
    path = tmp_path / "hostile.xlsx"
    export_workbook(model, path)
    return openpyxl.load_workbook(path)


def find(ws, value):
    return [c for row in ws.iter_rows() for c in row if c.value == value]


def test_formula_like_names_are_text_everywhere(hostile):
    cells = find(hostile["Workflow"], HYPERLINK) + find(hostile["RACI"], HYPERLINK)
    assert len(cells) == 2
    for cell in cells:
        assert cell.data_type == "s" and cell.value == HYPERLINK
        assert cell.quotePrefix  # stays text when edited in Excel
    for sheet in ("RACI", "Roles", "Workflow"):
        for cell in find(hostile[sheet], "+SUM(1)") + find(hostile[sheet], "-1+2"):
            assert cell.data_type == "s" and cell.quotePrefix
    assert find(hostile["RACI"], "+SUM(1)")  # the role is a column heading
    assert find(hostile["Roles"], "+SUM(1)")
    (at,) = find(hostile["Workflow"], "@cmd|' /C calc'!A0")
    assert at.data_type == "s" and at.quotePrefix
    (scope,) = find(hostile["Overview"], "\n=1+1")  # CR is a line end, the text stays text
    assert scope.data_type == "s"


def test_no_cell_holds_a_formula_except_ours(hostile):
    for ws in hostile.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    if ws.title == "RACI":  # row check and per-role column check
                        assert cell.value.startswith(("=IF(COUNTIF(", "=COUNTA(", "=COUNTIF("))
                    # Projection, KPI and role figures are our own formulas: no user text in them.
                    for typed in (HYPERLINK, "+SUM(1)", "-1+2", "@cmd", "=1+1"):
                        assert typed not in cell.value[1:], (ws.title, cell.coordinate)


def test_illegal_characters_removed(hostile):
    (cell,) = find(hostile["Workflow"], "bell and null and  unit separator")
    assert cell.data_type == "s"


def test_long_text_cut_with_visible_mark(hostile):
    (procedure,) = [c for c in hostile["Exceptions"]["G"] if c.value and "Tab first" in c.value]
    assert len(procedure.value) == MAX_CELL_CHARS
    assert procedure.value.endswith("… [cut]") and procedure.value.startswith("\tTab first")


def test_clean_text_units():
    assert clean_text("a\x00b\x0bc\td\ne") == "abc\td\ne"
    assert clean_text("x" * 32_767) == "x" * 32_767
    cut = clean_text("y" * 40_000, "… [gekürzt]")
    assert len(cut) == 32_767 and cut.endswith("… [gekürzt]")
    assert clean_text(12) == "12"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"


def test_german_cut_mark(tmp_path):
    model = support_model("de")
    model.roles.append(Role(id="r-x", name="Extra", description="z" * 40_000))
    path = tmp_path / "de.xlsx"
    export_workbook(model, path)
    ws = openpyxl.load_workbook(path)["Rollen"]
    (cell,) = [c for c in ws["C"] if c.value and c.value.startswith("zzz")]
    assert cell.value.endswith("… [gekürzt]") and len(cell.value) == MAX_CELL_CHARS


def test_numbers_stay_numbers_and_non_finite_ones_are_left_empty(tmp_path):
    from datetime import date

    import numpy as np
    from openpyxl import Workbook

    from aios_designer.export.context import ExportContext
    from aios_designer.export.layout import Formula, write_value
    from aios_designer.export.styles import Styles

    wb = Workbook()
    ctx = ExportContext(model=support_model(), lang="en", exported=date(2026, 1, 1))
    ctx.styles = Styles(wb)
    ws = wb.active
    values = [np.int64(3), np.float64(0.25), float("nan"), float("inf"), True, Formula("=A1+1"),
              "=A1+1", 7]
    for col, value in enumerate(values, start=1):
        write_value(ctx, ws, 1, col, value, "AIOS Number")
    path = tmp_path / "n.xlsx"
    wb.save(path)
    row = next(openpyxl.load_workbook(path).active.iter_rows())
    assert [c.value for c in row] == [3, 0.25, None, None, "yes", "=A1+1", "=A1+1", 7]
    assert [c.data_type for c in row] == ["n", "n", "n", "n", "s", "f", "s", "n"]
    assert row[0].style == "AIOS Number"


def test_title_with_control_characters_keeps_the_file_valid(tmp_path):
    model = support_model()
    model.meta.title = "Triage\x01 \uffff=1+1"
    path = tmp_path / "title.xlsx"
    export_workbook(model, path)
    wb = openpyxl.load_workbook(path)
    assert wb.properties.title == "Triage =1+1"
    assert wb["Overview"]["A1"].value == "Triage =1+1"


def test_quote_prefix_marks_exactly_the_cells_that_look_like_formulas(hostile):
    """Cells of one named style share one style array; the prefix once went onto that array,
    which marked every cell of the style in the whole workbook."""
    from aios_designer.export.text import looks_like_formula

    quoted = 0
    for ws in hostile.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "s" and cell.value:
                    assert bool(cell.quotePrefix) == looks_like_formula(cell.value), \
                        (ws.title, cell.coordinate, cell.value[:20])
                    quoted += bool(cell.quotePrefix)
    assert quoted >= 6


def test_restyling_a_cell_keeps_its_quote_prefix():
    from openpyxl import Workbook

    from aios_designer.export.context import ExportContext
    from aios_designer.export.layout import write_value
    from aios_designer.export.styles import Styles

    wb = Workbook()
    ctx = ExportContext(model=support_model(), lang="en", exported=date(2026, 1, 1))
    ctx.styles = Styles(wb)
    ws = wb.active
    hostile_cell = write_value(ctx, ws, 1, 1, "=1+1", "AIOS Text")
    plain = write_value(ctx, ws, 2, 1, "plain", "AIOS Text")
    assert hostile_cell.quotePrefix and not plain.quotePrefix
    ctx.styles.apply(hostile_cell, "AIOS Warning")
    assert hostile_cell.quotePrefix and hostile_cell.style == "AIOS Warning"
    assert not ctx.styles.shared("AIOS Text").quotePrefix
