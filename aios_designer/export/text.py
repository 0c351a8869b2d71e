"""Text safety: what users typed reaches the workbook as text, and Excel accepts it.

- A value beginning with ``=`` would become a formula in openpyxl (and ``+ - @``, tab or CR
  are read as formula starts when a user edits the cell in Excel), so user text is always
  stored as a string cell and marked with Excel's quote prefix (the leading apostrophe).
- Control characters Excel rejects are removed (openpyxl refuses them otherwise); line
  ends become "\n", Excel's line break in a cell (a bare CR would not survive the XML).
- Excel's cell limit is 32,767 characters; longer text is cut with a visible mark.
"""
import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

#: Not allowed in XML 1.0 either, and not caught by openpyxl: lone surrogates (from a badly
#: decoded paste) and the non-characters U+FFFE/U+FFFF. Excel would have to repair the file.
_NOT_XML_RE = re.compile("[\ud800-\udfff\ufffe\uffff]")
MAX_CELL_CHARS = 32_767
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: str, cut_mark: str = "… [cut]") -> str:
    """``value`` without illegal characters and within Excel's cell limit."""
    if not isinstance(value, str):
        value = str(value)
    if value.isascii() and value.isprintable():  # the common case: nothing to remove
        if len(value) > MAX_CELL_CHARS:
            value = value[: MAX_CELL_CHARS - len(cut_mark)] + cut_mark
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    value = _NOT_XML_RE.sub("", value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - len(cut_mark)] + cut_mark
    return value


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)

