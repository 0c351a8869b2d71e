"""Any text a user can type or paste reaches the workbook as a text cell Excel accepts."""
import io
from datetime import date

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.export.context import ExportContext
from aios_designer.export.layout import write_value
from aios_designer.export.styles import Styles
from aios_designer.export.text import clean_text
from aios_designer.model import OperatingModel

PREFIXES = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "=HYPERLINK(", " "])
# Every code point, including control characters, non-characters and lone surrogates.
TRICKY = st.sampled_from(["\x00", "\x07", "\x0b", "\x1f", "\r", "\n", "\t", "\ud800", "\udfff",
                          "\ufffe", "\uffff", "\u2028", "&", "<", ">", "]", "\U0001F600", " "])
TEXT = st.text(alphabet=st.one_of(TRICKY, st.characters(min_codepoint=0, max_codepoint=0x10FFFF)),
               max_size=40)


@settings(max_examples=60, deadline=None)
@given(prefix=PREFIXES, text=TEXT)
def test_any_text_round_trips_as_text(prefix, text):
    value = prefix + text
    workbook = openpyxl.Workbook()
    ctx = ExportContext(model=OperatingModel(), lang="en", exported=date(2026, 1, 1))
    ctx.styles = Styles(workbook)
    write_value(ctx, workbook.active, 1, 1, value, "AIOS Text")
    buffer = io.BytesIO()
    workbook.save(buffer)
    cell = openpyxl.load_workbook(buffer).active["A1"]
    expected = clean_text(value)
    if expected == "":
        assert cell.value is None
    else:
        assert cell.data_type == "s"
        assert cell.value == expected
