"""Saving a workbook: openpyxl's own writer, minus its two slow spots for big sheets.

1. openpyxl writes every worksheet to a temporary file and copies it into the zip; here
   each sheet is written to memory (the sheets of one export are a few MB at most).
2. Without lxml, openpyxl builds an ElementTree element per cell and serialises it through
   a generic namespace-aware writer — most of the save time of a 1,000 × 40 RACI matrix.
   The cell kinds the export writes (inline text, numbers, booleans, formulas, styled
   blanks) are written here as the very same XML text directly; anything else in a row
   (merged cells, comments, hyperlinks, dates, rich text, array formulas) leaves the whole
   row to openpyxl. tests/export/test_xlsx_writer.py checks the output is byte-identical.
"""
import datetime
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


def _escape(text: str) -> str:
    """XML character data, escaped exactly as ElementTree does it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attributes(attrs: dict) -> str:
    return "".join(f' {key}="{_escape(value).replace(chr(34), "&quot;")}"'
                   for key, value in attrs.items())


def _cell_xml(cell) -> str | None:
    """The ``<c>`` element of ``cell`` as openpyxl would write it; None when this writer
    does not handle the cell's kind (the row then goes through openpyxl)."""
    kind = cell.data_type
    if kind not in ("s", "f", "n", "b"):
        return None  # dates, errors and anything newer
    value = cell._value
    if value is None and not cell.has_style:
        return ""  # openpyxl skips unstyled blanks too
    start = f'<c r="{cell.coordinate}"'
    if cell.has_style:
        start += f' s="{_style_id(cell)}"'
    if value is None or value == "":
        return start + {"s": ' t="inlineStr"', "f": ""}.get(kind, f' t="{kind}"') + " />"
    if kind == "s":
        if not isinstance(value, str):
            return None  # rich text
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f'{start} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
    if kind == "f":
        if not isinstance(value, str):
            return None  # array or data-table formula
        return f"{start}><f>{_escape(value[1:])}</f><v /></c>"
    if kind in ("n", "b"):
        if isinstance(value, str):
            return None
    text = safe_string(value)  # "" for NaN and infinity
    return f'{start} t="{kind}"><v>{text}</v></c>' if text else f'{start} t="{kind}"><v /></c>'


#: Style index by style array object, for the save running now: the export's cells share
#: one array per named style (``Styles.shared``), and hashing an array for every cell to
#: look it up in the workbook's style list was a fifth of the save time of big sheets.
_STYLE_IDS: dict[int, tuple[object, object, int]] = {}


def _style_id(cell) -> int:
    array, workbook = cell._style, cell.parent.parent
    known = _STYLE_IDS.get(id(array))
    if known is not None and known[0] is array and known[1] is workbook:
        return known[2]
    style_id = cell.style_id
    if len(_STYLE_IDS) < 4096:  # cells with arrays of their own are looked up each time
        _STYLE_IDS[id(array)] = (array, workbook, style_id)
    return style_id


class _SheetWriter(WorksheetWriter):
    def write_row(self, xf, row, row_idx):
        write = getattr(xf, "_file", None)  # et_xmlfile's raw writer (absent with lxml)
        if write is None or any(type(c) is not Cell or c._comment is not None
                                or c._hyperlink is not None for c in row):  # merged, …
            return super().write_row(xf, row, row_idx)
        parts = []
        for cell in row:
            xml = _cell_xml(cell)
            if xml is None:
                return super().write_row(xf, row, row_idx)
            parts.append(xml)
        attrs = {"r": f"{row_idx}"}
        attrs.update(self.ws.row_dimensions.get(row_idx, {}))
        write(f"<row{_attributes(attrs)}>{''.join(parts)}</row>")


class _ExcelWriter(ExcelWriter):
    def write_worksheet(self, ws):
        if self.workbook.write_only:
            return super().write_worksheet(ws)
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def save_workbook(workbook, handle) -> None:
    """``workbook.save(handle)``, the same file, faster (``handle``: a path or binary file)."""
    archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(
        tz=datetime.timezone.utc).replace(tzinfo=None)
    _STYLE_IDS.clear()
    try:
        _ExcelWriter(workbook, archive).save()
    finally:
        _STYLE_IDS.clear()
