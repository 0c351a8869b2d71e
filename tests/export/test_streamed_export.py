"""The export writes cells as XML text while the sheets are built (``sheet_rows``) and each
sheet into the file when it is complete; the file holds exactly what openpyxl's own save of
the same workbook in memory holds."""
import io
import zipfile
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell._writer import etree_write_cell
from openpyxl.styles import Font
from openpyxl.xml.functions import xmlfile

from aios_designer.analysis.simulation import simulate
from aios_designer.export import workbook as workbook_module
from aios_designer.export.layout import write_value
from aios_designer.export.sheet_rows import SheetRows, cell_xml
from aios_designer.export.text import clean_text
from aios_designer.export.workbook import build_workbook, export_workbook, stream_workbook
from aios_designer.templates import instantiate, template_names
from benchmarks.generate import make_model

from .models import support_model

TODAY = date(2026, 3, 2)


def _members(data) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
        # core.xml carries the save time
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}


def _hostile():
    model = support_model()
    model.step("s-rev").name = '=HYPERLINK("http://x","y")'
    model.roles[1].name = "+SUM(1)"
    model.step("s-send").description = "@cmd|' /C calc'!A0  "
    model.step("s-in").description = "  bell\x07 & <null>\x00 \"q\"\r\nline"
    model.step("s-exc").procedure = "\tTab first" + "x" * 40_000
    return model


def _dated():
    model = instantiate("support-triage", "de")
    model.business_case.go_live = date(2026, 10, 1)
    model.kpis[0].day30_date = date(2026, 11, 2)
    model.kpis[0].day30 = 12.5
    return model


MODELS = {
    "support": lambda: (support_model(), None),
    "hostile": lambda: (_hostile(), None),
    "dates, German": lambda: (_dated(), None),
    "generated, 9 roles": lambda: (make_model(60, 9, seed=2), None),
    "simulation": lambda: (support_model(), "simulate"),
    **{f"template {name}": (lambda name=name: (instantiate(name, "en"), None))
       for name in template_names()},
}


@pytest.mark.parametrize("key", list(MODELS))
def test_streamed_export_holds_what_openpyxl_saves(key):
    model, run = MODELS[key]()
    simulation = simulate(model, days=10, replications=2, seed=3) if run else None
    streamed = io.BytesIO()
    stream_workbook(model, streamed, "en", TODAY, simulation)
    reference = io.BytesIO()
    build_workbook(model, "en", TODAY, simulation).save(reference)  # openpyxl's own save
    ours, theirs = _members(streamed.getvalue()), _members(reference.getvalue())
    assert ours.keys() == theirs.keys()
    for name in theirs:
        assert ours[name] == theirs[name], name
    if run:
        assert any(b"Simulation" in ours[name] for name in ours if name.endswith("workbook.xml"))


def test_sheet_rows_in_any_order_and_rewritten():
    rows = SheetRows()
    rows.put(4, 2, '<c r="B4">b</c>')
    rows.put(4, 1, '<c r="A4">a</c>')
    rows.put(5, 1, '<c r="A5">x</c>')
    rows.put(3, 3, '<c r="C3">c</c>')
    rows.put(4, 7, '<c r="G4">g</c>')  # a joined row again
    rows.put(4, 2, '<c r="B4">B</c>')  # a cell written twice: the last one counts
    rows.touch(4, 1)  # an empty cell never hides a written one
    rows.touch(6, 9)  # ... but makes its row and the used range
    assert rows.rows(also=[8]) == [
        (3, '<c r="C3">c</c>'), (4, '<c r="A4">a</c><c r="B4">B</c><c r="G4">g</c>'),
        (5, '<c r="A5">x</c>'), (6, ""), (8, "")]
    assert rows.dimension() == "A3:I6"
    assert SheetRows().dimension() == "A1:A1"


def test_a_sheet_written_into_after_it_was_saved_fails_and_leaves_no_file(tmp_path, monkeypatch):
    modules = workbook_module.sheet_modules()
    first = modules[0]

    class Late:
        @staticmethod
        def build(ctx, workbook):
            write_value(ctx, workbook.worksheets[0], 1, 1, "late", "AIOS Text")

    monkeypatch.setattr(workbook_module, "sheet_modules", lambda: [first, Late])
    path = tmp_path / "late.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(RuntimeError, match="after their sheet was saved"):
        export_workbook(support_model(), path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["late.xlsx"]


def test_a_failing_sheet_leaves_the_previous_file(tmp_path, monkeypatch):
    modules = workbook_module.sheet_modules()

    class Broken:
        @staticmethod
        def build(ctx, workbook):
            raise ValueError("broken sheet")

    monkeypatch.setattr(workbook_module, "sheet_modules", lambda: [*modules[:3], Broken])
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(ValueError, match="broken sheet"):
        export_workbook(support_model(), path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["broken.xlsx"]


TEXT = st.text(alphabet=st.one_of(
    st.sampled_from([" ", "\t", "\n", "\xa0", "\u2028", "\u3000", "&", "<", ">", '"', "'", "]"]),
    st.characters(min_codepoint=1, max_codepoint=0x10FFFF)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(TEXT.map(clean_text), TEXT.map(lambda t: "=" + clean_text(t)),
                       st.floats(allow_nan=False, allow_infinity=False),
                       st.integers(min_value=-10**15, max_value=10**15), st.none()),
       styled=st.booleans())
def test_a_cell_is_spelt_as_openpyxl_spells_it(value, styled):
    """``cell_xml``, the hot path of the export, against openpyxl's own cell writer."""
    workbook = Workbook()
    ws = workbook.active
    cell = ws.cell(row=7, column=30)
    cell._value = value
    cell.data_type = "f" if isinstance(value, str) and value.startswith("=") else \
        "s" if isinstance(value, str) else "n"
    if styled:
        cell.font = Font(bold=True)
    buffer = io.BytesIO()
    with xmlfile(buffer) as xf:
        if value is not None or styled:  # openpyxl's row writer leaves unstyled blanks out
            etree_write_cell(xf, ws, cell, cell.has_style)
    style_id = cell.style_id if cell.has_style else None
    assert cell_xml(cell.coordinate, style_id, cell.data_type, value) == \
        buffer.getvalue().decode("utf-8")
