"""What every sheet shares: title block, header row, frozen panes, autofilter, fitted widths,
print setup, and writing cells safely.

A plain table sheet is a list of ``Column`` specs and a list of items; ``write_table`` does
the rest, so most sheet modules are a column list.
"""
import math
import numbers
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.properties import PageSetupProperties

from .styles import BOX as GRID_BORDER
from .sheet_rows import SheetRows
from .text import FORMULA_STARTS, MAX_CELL_CHARS, clean_text

#: Rows 1-2 hold the title block, row 3 is free (the RACI sheet keeps its hidden ids there).
HEADER_ROW = 4
MIN_WIDTH = 6
MAX_WIDTH = 60
#: Points per line of 10-pt text.
LINE_HEIGHT = 13.0
WRAP_STYLES = {"AIOS Wrap"}
#: ``Cell.__init__`` minus its keyword handling; ``write_value`` sets every slot itself.
_new_cell = Cell.__new__


@dataclass(frozen=True)
class Formula:
    """A live formula (our own, never user text), e.g. ``Formula("=B5-C5")``."""

    text: str


@dataclass
class Column:
    #: Heading label key (see labels.py) or, with ``literal=True``, the heading itself.
    heading: str
    value: Callable[[Any], Any]
    style: str = "AIOS Text"
    #: Cap of the fitted width in characters; long text wraps within it.
    max_width: int = 40
    literal: bool = False
    #: False for columns that matter on screen only (ids): left out of the print area.
    printed: bool = True
    #: The style of one item's cell, where it depends on the item (a traffic light); a cell
    #: whose style differs from ``style`` is written even when empty, as a styled blank.
    style_of: Callable[[Any], str] | None = None


def write_value(ctx, ws, row: int, col: int, value, style: str | None = None):
    """Write one cell: text always as text, numbers as numbers, ``Formula`` as a formula.

    This is the hot path of the export (a million cells at 50,000 steps), so the value is
    typed here instead of by openpyxl's type guessing — which also means user text can never
    be guessed into a formula. Plain ``str``, ``float`` and ``int`` are recognised by their
    exact type before the slower ``isinstance`` checks.

    In an export (``ctx.sheet_rows`` set) the cell becomes XML text at once
    (``sheet_rows``) and there is no cell object: sheets write cells only through this
    module and never read them back. Otherwise the openpyxl cell is returned.
    """
    data_type = "n"
    if value is not None:
        kind = type(value)
        if kind is str:
            # clean_text's own first test, without the call: most text needs nothing done
            if not (value.isascii() and value.isprintable()) or len(value) > MAX_CELL_CHARS:
                value = clean_text(value, ctx.cut_mark)
            data_type = "s"
        elif kind is float:
            if not math.isfinite(value):
                value = None  # NaN or infinity would make Excel "repair" the file
        elif kind is int:
            pass
        elif kind is Formula:
            value, data_type = value.text, "f"
        elif isinstance(value, bool):
            value, data_type = clean_text(ctx.t("value.yes" if value else "value.no")), "s"
        elif isinstance(value, numbers.Real):  # also numpy numbers
            value = int(value) if isinstance(value, numbers.Integral) else float(value)
            if not math.isfinite(value):
                value = None
        else:
            value, data_type = clean_text(value, ctx.cut_mark), "s"
    streamed = ctx.sheet_rows
    if streamed is None:
        return _cell(ctx, ws, row, col, data_type, value, style)
    rows = streamed.get(ws)
    if rows is None:
        rows = streamed[ws] = SheetRows()
    if data_type == "s" and value.startswith(FORMULA_STARTS):
        style_id = ctx.styles.style_id(style, quoted=True)
    elif style is None:
        style_id = None
    else:
        style_id = ctx.styles.ids.get(style)
        if style_id is None:
            style_id = ctx.styles.style_id(style)
    rows.add(row, col, style_id, data_type, value)
    return None


def write_date(ctx, ws, row: int, col: int, value, style: str):
    """A date as a real date cell (Excel's date arithmetic and filters work on it; text
    would not); ``style`` carries the date format."""
    streamed = ctx.sheet_rows
    if streamed is None:
        return _cell(ctx, ws, row, col, "d", value, style)
    rows = streamed.get(ws)
    if rows is None:
        rows = streamed[ws] = SheetRows()
    # As openpyxl writes a date cell: its serial number, a number cell.
    rows.add(row, col, ctx.styles.style_id(style), "n", to_excel(value, ws.parent.epoch))
    return None


def _cell(ctx, ws, row: int, col: int, data_type: str, value, style: str | None):
    """The openpyxl cell of ``write_value`` (no export running: ``build_workbook``). Text
    that Excel would read as a formula when edited gets the quote prefix, through the quoted
    variant of the shared style (set on the shared array, it would mark every cell of the
    style)."""
    quoted = data_type == "s" and value.startswith(FORMULA_STARTS)
    cell = _new_cell(Cell)
    cell.parent = ws
    cell._style = ctx.styles.shared(style, quoted) if style is not None or quoted else None
    cell.row = row
    cell.column = col
    cell._value = value
    cell.data_type = data_type
    cell._hyperlink = None
    cell._comment = None
    ws._cells[(row, col)] = cell
    return cell


def write_title_block(ctx, ws, subtitle: str | None = None, col: int = 1) -> None:
    """Model title, version and export date in rows 1-2."""
    write_value(ctx, ws, 1, col, ctx.title, "AIOS Title")
    line = f"{ctx.t('title.version')} {ctx.model.meta.version} · {ctx.t('title.exported')} " \
           f"{ctx.exported.isoformat()}"
    if subtitle:
        line = f"{subtitle} · {line}"
    write_value(ctx, ws, 2, col, line, "AIOS Subtitle")
    ws.row_dimensions[1].height = 24


def write_header(ctx, ws, headings: Sequence[str], row: int = HEADER_ROW, first_col: int = 1,
                 style: str = "AIOS Header") -> None:
    for offset, heading in enumerate(headings):
        write_value(ctx, ws, row, first_col + offset, heading, style)


def text_width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, Formula):
        return 8
    if isinstance(value, float):
        return 10
    text = value if isinstance(value, str) else str(value)
    if "\n" in text:
        return max(len(line) for line in text.split("\n"))
    return len(text)


def fit_widths(ws, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, width) + 2


def fit_header_height(ws, headings: Sequence[str], widths: dict[int, int],
                      row: int = HEADER_ROW, first_col: int = 1) -> None:
    """Tall enough for the wrapped headings (spreadsheets do not grow rows on their own)."""
    lines = 1
    for offset, heading in enumerate(headings):
        width = max(MIN_WIDTH, widths.get(first_col + offset, MIN_WIDTH))
        needed, used = 1, 0
        for word in heading.split():
            if used and used + 1 + len(word) > width:
                needed, used = needed + 1, len(word)
            else:
                used += (1 if used else 0) + len(word)
        lines = max(lines, needed)
    if lines > 1:
        ws.row_dimensions[row].height = 14 * lines + 2


def finish_sheet(ws, last_col: int, last_row: int, header_row: int = HEADER_ROW,
                 freeze_col: int = 1, landscape: bool = True) -> None:
    """Frozen header, autofilter over the table, print setup with repeated header rows."""
    ws.freeze_panes = ws.cell(row=header_row + 1, column=freeze_col)
    last = get_column_letter(max(last_col, 1))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row)}"
    print_setup(ws, header_row, landscape)


def print_setup(ws, header_row: int = HEADER_ROW, landscape: bool = True) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "&P / &N"


def write_table(ctx, ws, columns: Sequence[Column], items: Iterable[Any],
                subtitle: str | None = None, freeze_col: int = 1) -> int:
    """Title block, header and one row per item; returns the last row written."""
    write_title_block(ctx, ws, subtitle)
    headings = [c.heading if c.literal else ctx.t(c.heading) for c in columns]
    write_header(ctx, ws, headings)
    widths = {i + 1: min(max(len(w) for w in h.split()) if h.strip() else 0, MAX_WIDTH)
              for i, h in enumerate(headings)}
    # Per column, looked up once: a table of 50,000 steps has hundreds of thousands of cells.
    specs = [(col, c.value, c.style, c.style_of, c.max_width, c.style in WRAP_STYLES)
             for col, c in enumerate(columns, start=1)]
    wrapped: dict[int, list[tuple[int, str]]] = {}
    row = HEADER_ROW
    empty_cells = False
    for item in items:
        row += 1
        for col, value_of, column_style, style_of, max_width, wraps in specs:
            value = value_of(item)
            style = column_style if style_of is None else style_of(item)
            if value is None or value == "":
                empty_cells = True  # not written: the grid rule below draws its border
                if style != column_style:
                    write_value(ctx, ws, row, col, None, style)
                continue
            write_value(ctx, ws, row, col, value, style)
            width = len(value) if type(value) is str and "\n" not in value else text_width(value)
            if width > max_width:
                width = max_width
            if width > widths[col]:
                widths[col] = width
            # One line of at most max_width characters fits the fitted width (at least its
            # length): only longer text and text with line breaks can make the row taller.
            if wraps and isinstance(value, str) and ("\n" in value or len(value) > max_width):
                wrapped.setdefault(row, []).append((col, value))
    fit_widths(ws, widths)
    fit_header_height(ws, headings, widths)
    fit_row_heights(ws, wrapped, widths)
    if empty_cells:
        draw_grid(ws, f"A{HEADER_ROW + 1}:{get_column_letter(len(columns))}{row}")
    finish_sheet(ws, len(columns), row, freeze_col=freeze_col)
    printed = [col for col, c in enumerate(columns, start=1) if c.printed]
    if printed and len(printed) < len(columns):
        ws.print_area = f"A1:{get_column_letter(max(printed))}{row}"
    return row


def draw_grid(ws, area: str) -> None:
    """Cell borders for a whole table area from one conditional-format rule.

    Empty cells of a table are not written at all (a styled empty cell costs as much to
    write as a filled one); this rule gives them the same thin grid as the written cells.
    """
    ws.conditional_formatting.add(area, Rule(type="expression", formula=["TRUE"],
                                             dxf=DifferentialStyle(border=GRID_BORDER)))


def wrapped_lines(text: str, width: int) -> int:
    """Lines ``text`` takes in a wrapping cell ``width`` characters wide (an estimate:
    proportional fonts fit a little more than the column's width in characters)."""
    per_line = max(1.0, width * 1.15)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def fit_row_heights(ws, wrapped: dict[int, list[tuple[int, str]]], widths: dict[int, int]) -> None:
    """Explicit heights for rows with wrapped text: neither Excel nor LibreOffice reliably
    grows a row on opening a file, and overlapping lines do not print."""
    for row, cells in wrapped.items():
        lines = max(wrapped_lines(text, max(MIN_WIDTH, widths.get(col, MIN_WIDTH)))
                    for col, text in cells)
        if lines > 1:
            ws.row_dimensions[row].height = min(409, LINE_HEIGHT * lines + 3)
