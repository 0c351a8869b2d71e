"""The cells of one worksheet as the XML text of the file, made while the sheet is built.

An openpyxl cell costs about 250 bytes (the object, its coordinate key, its slot in the
sheet's dict) and is turned into XML a second time on saving; a 50,000-step workbook has
about a million cells. In an export, ``layout.write_value`` makes each cell's ``<c>`` element
right away instead, and the cells of a row are kept as one string; ``xlsx_writer`` writes the
rows into the file when the sheet is complete. ``cell_xml`` is the one place that spells a
cell: openpyxl cells saved by ``xlsx_writer`` go through it too, and
tests/export/test_streamed_export.py compares whole workbooks with openpyxl's own save.
"""
import math
import re

from openpyxl.compat import safe_string
from openpyxl.utils import column_index_from_string, get_column_letter

_PRESERVE = ' xml:space="preserve"'
#: Start of a cell element in a row's text; text and formulas are escaped, so "<c " appears
#: nowhere else.
_CELL_START = re.compile(r'<c r="([A-Z]+)')


def escape(text: str) -> str:
    """XML character data, escaped exactly as ElementTree does it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def cell_xml(coordinate: str, style_id: int | None, data_type: str, value) -> str:
    """The ``<c>`` element openpyxl writes for a cell: ``data_type`` "s" (inline text), "f"
    (formula, "=" first), "n" or "b"; ``style_id`` None for an unstyled cell, which is left
    out when it is empty. (A date is written as its serial number, "n".) This runs for every
    cell of an export, a million at 50,000 steps: the usual cases come first and skip what
    they do not need (``str.strip`` only changes text with white space at either end)."""
    if style_id is None:
        if value is None:
            return ""
        start = f'<c r="{coordinate}"'
    else:
        start = f'<c r="{coordinate}" s="{style_id}"'
    if data_type == "s" and value:
        space = _PRESERVE if (value[0].isspace() or value[-1].isspace()) \
            and not value.isspace() else ""
        if "&" in value or "<" in value or ">" in value:
            value = escape(value)
        return f'{start} t="inlineStr"><is><t{space}>{value}</t></is></c>'
    if value is None or value == "":
        if data_type == "s":
            return start + ' t="inlineStr" />'
        if data_type == "f":
            return start + " />"
        return f'{start} t="{data_type}" />'
    if data_type == "f":
        if value == "=":
            return f"{start}><f /><v /></c>"
        return f"{start}><f>{escape(value[1:])}</f><v /></c>"
    kind = type(value)
    if kind is float:
        text = "%.16g" % value if math.isfinite(value) else ""  # as openpyxl's safe_string
    elif kind is int:
        text = "%.16g" % value
    else:
        text = safe_string(value)
    if not text:
        return f'{start} t="{data_type}"><v /></c>'
    return f'{start} t="{data_type}"><v>{text}</v></c>'


#: Column letters A…ZZ by number (index 0 unused), without a function call per cell.
_LETTERS = ["", *(get_column_letter(col) for col in range(1, 703))]


class SheetRows:
    """Cell elements by row. The row being written is a dict by column (cells may come in any
    order, and a later write replaces a cell); when writing moves to another row, the row is
    joined into one string in column order. Writing to a joined row again (a summary block
    beside a table) splits it back."""

    __slots__ = ("_rows", "_row", "_cells", "_min_col", "_max_col")

    def __init__(self):
        self._rows: dict[int, str | dict[int, str]] = {}
        self._row: int | None = None
        self._cells: dict[int, str] | None = None
        self._min_col = self._max_col = None

    def add(self, row: int, col: int, style_id: int | None, data_type: str, value) -> None:
        """The cell at ``row``, ``col`` (``cell_xml``)."""
        if row != self._row:
            self._open(row)
        self._cells[col] = cell_xml(
            f"{_LETTERS[col] if col < len(_LETTERS) else get_column_letter(col)}{row}",
            style_id, data_type, value)

    def put(self, row: int, col: int, xml: str) -> None:
        """``xml`` as the cell at ``row``, ``col`` ("" for a cell that is there but empty)."""
        if row != self._row:
            self._open(row)
        self._cells[col] = xml

    def touch(self, row: int, col: int) -> None:
        """An empty cell at ``row``, ``col`` unless a written one is there."""
        if row != self._row:
            self._open(row)
        self._cells.setdefault(col, "")

    def _open(self, row: int) -> None:
        self._close()
        cells = self._rows.get(row)
        if cells is None:
            cells = {}
        elif isinstance(cells, str):
            cells = _split(cells)
        self._rows[row] = self._cells = cells
        self._row = row

    def _close(self) -> None:
        cells = self._cells
        if cells is None:
            return
        if cells:
            cols = sorted(cells)
            if self._min_col is None or cols[0] < self._min_col:
                self._min_col = cols[0]
            if self._max_col is None or cols[-1] > self._max_col:
                self._max_col = cols[-1]
            self._rows[self._row] = "".join([cells[col] for col in cols])
        else:
            self._rows[self._row] = ""
        self._row = self._cells = None

    def rows(self, also=()) -> list[tuple[int, str]]:
        """(row, its cell elements) in row order; ``also``: row numbers that are written even
        without cells (rows with a height or hidden)."""
        self._close()
        rows = self._rows
        extra = [(row, "") for row in also if row not in rows]
        return sorted([*rows.items(), *extra])

    def dimension(self) -> str:
        """The used range, "A1:A1" when there are no cells (``Worksheet.calculate_dimension``)."""
        self._close()
        if not self._rows or self._min_col is None:
            return "A1:A1"
        return (f"{get_column_letter(self._min_col)}{min(self._rows)}:"
                f"{get_column_letter(self._max_col)}{max(self._rows)}")


def _split(text: str) -> dict[int, str]:
    """A joined row back into its cells by column. Empty cells ("") are not in the text; the
    row and the column range still count them (``_close`` noted the range)."""
    starts = [(m.start(), column_index_from_string(m.group(1)))
              for m in _CELL_START.finditer(text)]
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {col: text[start:end] for (start, col), end in zip(starts, ends)}
