"""The export's faster save writes exactly the bytes openpyxl's own save writes."""
import io
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment

from aios_designer.export.workbook import build_workbook
from aios_designer.export.xlsx_writer import save_workbook
from benchmarks.generate import make_model

from .models import support_model


def _members(save, workbook) -> dict[str, bytes]:
    buffer = io.BytesIO()
    save(workbook, buffer)
    with zipfile.ZipFile(buffer) as archive:
        # core.xml carries the save time
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}


def _openpyxl_save(workbook, handle):
    workbook.save(handle)


@pytest.mark.parametrize("model, lang", [(support_model(), "en"), (support_model("de"), "de"),
                                         (make_model(60, 9, seed=2), "en")])
def test_exported_workbook_is_byte_identical(model, lang):
    ours = _members(save_workbook, build_workbook(model, lang))
    theirs = _members(_openpyxl_save, build_workbook(model, lang))
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name


def _unusual_workbook() -> Workbook:
    from datetime import date

    from openpyxl.styles import Font

    workbook = Workbook()
    ws = workbook.active
    values = ["plain", " leading", "trailing ", "   ", "", "a & b < c > d \"q\" 's'",
              "line\nbreak", "Grüße ✓ 😀", 0, -1.5, 1e-20, 12345678901234567890, True, False,
              float("nan"), "=SUM(A1:A2)", '=IF(A1>0,"<&>","")', date(2026, 1, 2), None]
    for row, value in enumerate(values, start=1):
        ws.cell(row=row, column=1, value=value)
        styled = ws.cell(row=row, column=2, value=value)
        styled.font = Font(bold=True)
    ws["C1"].value = "with a comment"
    ws["C1"].comment = Comment("note", "me")
    ws["C2"].hyperlink = "https://example.org"
    ws["D3"].number_format = "0.00"  # a styled blank cell
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[40].hidden = True  # a row with dimensions but no cells
    ws["E30"] = "merged"
    ws.merge_cells("E30:G31")
    ws["E30"].font = Font(italic=True)
    return workbook


def test_unusual_cells_are_written_like_openpyxl_writes_them():
    ours = _members(save_workbook, _unusual_workbook())
    theirs = _members(_openpyxl_save, _unusual_workbook())
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name


def test_cells_of_one_named_style_share_one_style_array():
    """A style array per cell would cost about 100 MB in a 50,000-step workbook."""
    workbook = build_workbook(make_model(60, 9, seed=2), "en")
    styled = [cell for ws in workbook.worksheets for cell in ws._cells.values()
              if cell._style is not None]
    assert len(styled) > 1000
    assert len({id(cell._style) for cell in styled}) < len(styled) / 10
