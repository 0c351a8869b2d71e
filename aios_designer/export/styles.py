"""The workbook's named styles, registered once per workbook.

Cells get a named style by copying its style array, which is what ``cell.style = name``
does, minus the look-up. A style object per cell would multiply the workbook's style
table and the export time (DESIGN §6); named styles also show up in Excel's style gallery,
so a recipient can restyle the whole workbook in one place.
"""
from copy import copy

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray

FONT = "Calibri"
HEADER_FILL = "1F3864"
GRID = Side(style="thin", color="BFBFBF")
BOX = Border(left=GRID, right=GRID, top=GRID, bottom=GRID)
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center")
#: Input cells: the spreadsheet convention of blue figures on pale yellow, and unlocked, so
#: that a protected sheet lets a recipient change exactly these.
INPUT_FONT = Font(name=FONT, size=10, color="1F4E9E")
INPUT_FILL = PatternFill("solid", fgColor="FFF5CC")
UNLOCKED = Protection(locked=False)


def _definitions() -> list[NamedStyle]:
    def style(name, **kw) -> NamedStyle:
        kw.setdefault("font", Font(name=FONT, size=10))
        return NamedStyle(name=name, **kw)

    return [
        style("AIOS Title", font=Font(name=FONT, size=16, bold=True, color=HEADER_FILL)),
        style("AIOS Subtitle", font=Font(name=FONT, size=9, italic=True, color="595959")),
        style("AIOS Header", font=Font(name=FONT, size=10, bold=True, color="FFFFFF"),
              fill=PatternFill("solid", fgColor=HEADER_FILL), border=BOX,
              alignment=Alignment(vertical="center", wrap_text=True)),
        style("AIOS Header Vertical", font=Font(name=FONT, size=10, bold=True, color="FFFFFF"),
              fill=PatternFill("solid", fgColor=HEADER_FILL), border=BOX,
              alignment=Alignment(horizontal="center", vertical="bottom", text_rotation=90,
                                  wrap_text=True)),
        style("AIOS Text", border=BOX, alignment=TOP),
        style("AIOS Wrap", border=BOX, alignment=TOP_WRAP),
        style("AIOS Label", font=Font(name=FONT, size=10, bold=True), border=BOX, alignment=TOP),
        # Only where the row height is fitted to it (layout.fit_row_heights): a wrapped cell
        # in a row of default height overlaps the next row in print.
        style("AIOS Label Wrap", font=Font(name=FONT, size=10, bold=True), border=BOX,
              alignment=TOP_WRAP),
        style("AIOS Block", font=Font(name=FONT, size=11, bold=True, color=HEADER_FILL),
              fill=PatternFill("solid", fgColor="D9E1F2"), border=BOX, alignment=TOP),
        style("AIOS Integer", border=BOX, alignment=TOP, number_format="#,##0"),
        style("AIOS Number", border=BOX, alignment=TOP, number_format="#,##0.00"),
        style("AIOS Percent", border=BOX, alignment=TOP, number_format="0.0%"),
        style("AIOS Money", border=BOX, alignment=TOP, number_format="#,##0.00"),
        style("AIOS Id", font=Font(name=FONT, size=8, color="808080"), alignment=TOP),
        style("AIOS RACI Derived", font=Font(name=FONT, size=10, italic=True, color="6B6B6B"),
              border=BOX, alignment=CENTER),
        style("AIOS RACI Override", font=Font(name=FONT, size=10, bold=True),
              border=BOX, alignment=CENTER),
        style("AIOS Check", font=Font(name=FONT, size=10, bold=True), border=BOX, alignment=CENTER),
        style("AIOS Legend", font=Font(name=FONT, size=9), alignment=Alignment(vertical="top")),
        style("AIOS Good", font=Font(name=FONT, size=10, bold=True, color="006100"),
              fill=PatternFill("solid", fgColor="C6EFCE"), border=BOX, alignment=TOP),
        style("AIOS Warning", font=Font(name=FONT, size=10, bold=True, color="9C5700"),
              fill=PatternFill("solid", fgColor="FFEB9C"), border=BOX, alignment=TOP),
        style("AIOS Bad", font=Font(name=FONT, size=10, bold=True, color="9C0006"),
              fill=PatternFill("solid", fgColor="FFC7CE"), border=BOX, alignment=TOP),
        style("AIOS Input", font=INPUT_FONT, fill=INPUT_FILL, border=BOX, alignment=TOP,
              number_format="#,##0.00", protection=UNLOCKED),
        style("AIOS Input Percent", font=INPUT_FONT, fill=INPUT_FILL, border=BOX,
              alignment=TOP, number_format="0.0%", protection=UNLOCKED),
        style("AIOS Input Date", font=INPUT_FONT, fill=INPUT_FILL, border=BOX, alignment=TOP,
              number_format="yyyy-mm-dd", protection=UNLOCKED),
    ]


class Styles:
    """Named styles of one workbook; ``apply(cell, name)`` is the fast ``cell.style = name``."""

    def __init__(self, workbook):
        self._workbook = workbook
        self._arrays = {}
        self._shared: dict[str, StyleArray] = {}
        self._quoted: dict[str, StyleArray] = {}
        #: Named style -> number of its shared array (``style_id``), once it is used.
        self.ids: dict[str | None, int] = {}
        self._quoted_ids: dict[str | None, int] = {}
        for named in _definitions():
            self.add(named)

    def add(self, named: NamedStyle) -> None:
        """Register another named style (sheets of other modules may bring their own)."""
        if named.name in self._arrays:
            return
        self._workbook.add_named_style(named)
        self._arrays[named.name] = named.as_tuple()

    def __contains__(self, name: str) -> bool:
        return name in self._arrays

    def apply(self, cell, name: str) -> None:
        """Give ``cell`` the named style; a quote prefix it carries (user text that looks
        like a formula) stays."""
        quoted = cell._style is not None and cell._style.quotePrefix
        cell._style = copy(self._arrays[name])
        if quoted:
            cell._style.quotePrefix = 1

    def array(self, name: str):
        """The style array of ``name`` (copied by whoever stores it in a cell)."""
        return self._arrays[name]

    def shared(self, name: str | None, quoted: bool = False) -> StyleArray:
        """One style array of ``name`` for every cell of that style: a copy per cell is a
        hundred bytes each, a hundred MB for a 50,000-step workbook. Cells holding it must
        never have a style attribute set in place (``cell.font = …``, ``cell.quotePrefix =
        …`` change the array of every cell sharing it); the export only ever gives a cell a
        whole named style (``write_value``, ``apply``). ``quoted``: the same style with
        Excel's quote prefix, for user text that looks like a formula (``name`` None: the
        prefix alone).

        The array takes its place in the workbook's cell-style table when it is first used,
        so its number is known while the sheets are built (``style_id``, for cells written
        as XML right away) and is the same when openpyxl saves cells it holds."""
        table = self._quoted if quoted else self._shared
        array = table.get(name)
        if array is None:
            array = StyleArray(self._arrays[name]) if name is not None else StyleArray()
            if quoted:
                array.quotePrefix = 1
            table[name] = array
            ids = self._quoted_ids if quoted else self.ids
            ids[name] = self._workbook._cell_styles.add(array)
        return array

    def style_id(self, name: str | None, quoted: bool = False) -> int:
        """The number of ``shared(name, quoted)`` in the workbook's cell-style table."""
        style_id = (self._quoted_ids if quoted else self.ids).get(name)
        if style_id is None:
            self.shared(name, quoted)
            style_id = (self._quoted_ids if quoted else self.ids)[name]
        return style_id
