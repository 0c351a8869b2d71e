"""Saving a workbook: openpyxl's own writer, minus its slow spots for big sheets.

1. openpyxl writes every worksheet to a temporary file and copies it into the zip; here
   each sheet is written to memory (``save_workbook``) or straight into the zip.
2. Without lxml, openpyxl builds an ElementTree element per cell and serialises it through
   a generic namespace-aware writer — most of the save time of a 1,000 × 40 RACI matrix.
   The cell kinds the export writes (inline text, numbers, booleans, formulas, styled
   blanks) are written here as the very same XML text directly; anything else in a row
   (merged cells, comments, hyperlinks, dates, rich text, array formulas) leaves the whole
   row to openpyxl. tests/export/test_xlsx_writer.py checks the output is byte-identical.
3. An export does not keep its cells as openpyxl cells at all: they are XML text from the
   start (``sheet_rows``), and ``StreamedSave`` writes each sheet into the file as soon as it
   is complete, so only one sheet's text is in memory at a time. The rest of the package
   (styles, workbook, content types) is openpyxl's, written at the end.
4. The zip is compressed at level 2 instead of 6: less than half the compression time (about
   half a second less at 50,000 steps), a file about a fifth larger.
"""
import datetime
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell.cell import Cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.writer.excel import ExcelWriter

from .sheet_rows import SheetRows, cell_xml, escape


def _attributes(attrs: dict) -> str:
    return "".join(f' {key}="{escape(value).replace(chr(34), "&quot;")}"'
                   for key, value in attrs.items())


def _cell_xml(cell) -> str | None:
    """The ``<c>`` element of ``cell`` as openpyxl would write it; None when this writer
    does not handle the cell's kind (the row then goes through openpyxl)."""
    kind = cell.data_type
    if kind not in ("s", "f", "n", "b"):
        return None  # dates, errors and anything newer
    value = cell._value
    if kind == "s" and value is not None and not isinstance(value, str):
        return None  # rich text
    if kind == "f" and value is not None and not isinstance(value, str):
        return None  # array or data-table formula
    if kind in ("n", "b") and isinstance(value, str):
        return None
    style_id = _style_id(cell) if cell.has_style else None
    return cell_xml(cell.coordinate, style_id, kind, value)


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


#: zlib level of the workbook file (see the module docstring).
COMPRESS_LEVEL = 2


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer; with ``rows`` (``SheetRows``), the cells come from there."""

    def __init__(self, ws, out=None, rows: SheetRows | None = None):
        super().__init__(ws, out)
        self._streamed = rows

    def write_dimensions(self):
        if self._streamed is None:
            return super().write_dimensions()
        self.xf.send(SheetDimension(self._streamed.dimension()).to_tree())

    def write_rows(self):
        if self._streamed is None:
            return super().write_rows()
        xf = self.xf.send(True)
        write = getattr(xf, "_file", None)
        if write is None:  # lxml's writer would escape the text (test_openpyxl_mode)
            raise RuntimeError("streamed sheets need openpyxl without lxml")
        dims = self.ws.row_dimensions
        with xf.element("sheetData"):
            for row_idx, cells in self._streamed.rows(also=dims.keys()):
                attrs = {"r": f"{row_idx}"}
                attrs.update(dims.get(row_idx, {}))
                write(f"<row{_attributes(attrs)}>{cells}</row>")
        self.xf.send(None)

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
    def __init__(self, workbook, archive):
        super().__init__(workbook, archive)
        #: Sheets already in the archive (``write_streamed``) -> the number they were given.
        self._written: dict = {}

    def write_worksheet(self, ws):
        if ws in self._written:
            if self._written[ws] != ws._id:  # its file name would no longer match
                raise RuntimeError(f"sheet '{ws.title}' moved after it was written")
            self.manifest.append(ws)
            return
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

    def write_streamed(self, ws, rows: SheetRows) -> None:
        """Write ``ws`` now, its cells from ``rows`` (and any openpyxl cell it holds)."""
        ws._id = self.workbook.worksheets.index(ws) + 1
        for (row, col), cell in sorted(ws._cells.items()):
            xml = _cell_xml(cell)
            if xml is None:
                raise TypeError(f"sheet '{ws.title}', {cell.coordinate}: a cell kind the "
                                "export does not write; use layout.write_value")
            if xml:
                rows.put(row, col, xml)
            else:  # an empty cell made by ws.cell(), e.g. for the frozen panes
                rows.touch(row, col)
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        with self._archive.open(ws.path[1:], "w") as out:
            writer = _SheetWriter(ws, out=out, rows=rows)
            writer.write()
        ws._rels = writer._rels
        self._written[ws] = ws._id


class StreamedSave:
    """Write a workbook into ``handle`` sheet by sheet while it is built: ``write_sheet``
    when a sheet is complete, ``finish`` once all are; ``abandon`` after a failure."""

    def __init__(self, workbook, handle):
        self._workbook = workbook
        self._archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True,
                                compresslevel=COMPRESS_LEVEL)
        self._writer = _ExcelWriter(workbook, self._archive)
        _STYLE_IDS.clear()

    def write_sheet(self, ws, rows: SheetRows | None) -> None:
        self._writer.write_streamed(ws, rows if rows is not None else SheetRows())

    def finish(self) -> None:
        self._workbook.properties.modified = datetime.datetime.now(
            tz=datetime.timezone.utc).replace(tzinfo=None)
        try:
            self._writer.save()
        finally:
            _STYLE_IDS.clear()

    def abandon(self) -> None:
        """Close the archive of a failed export (the caller removes the file)."""
        _STYLE_IDS.clear()
        try:
            self._archive.close()
        except (OSError, ValueError):
            pass


def save_workbook(workbook, handle) -> None:
    """``workbook.save(handle)``, the same file, faster (``handle``: a path or binary file)."""
    archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL)
    workbook.properties.modified = datetime.datetime.now(
        tz=datetime.timezone.utc).replace(tzinfo=None)
    _STYLE_IDS.clear()
    try:
        _ExcelWriter(workbook, archive).save()
    finally:
        _STYLE_IDS.clear()
