"""The handbook as a Word document (python-docx), with Word's own styles — Title, Heading 1–3,
List Bullet, a table style — a table-of-contents field and page numbers, so a consultant can
restyle and edit it like any other document. Word fills the table of contents when the
document is opened (it asks to update fields); LibreOffice updates it on Tools › Update.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..export.workbook import new_file_mode
from .content import Bullets, Facts, Handbook, Heading, Image, Paragraph, Table

_TOC_TITLE = {"en": "Contents", "de": "Inhalt"}
_TOC_HINT = {"en": "Right-click and choose “Update field” to fill in the table of contents.",
             "de": "Rechtsklick und „Feld aktualisieren“ wählen, um das Inhaltsverzeichnis zu "
                   "füllen."}
_PAGE = {"en": "Page", "de": "Seite"}
_TABLE_STYLE = "Light Grid Accent 1"
#: Characters XML 1.0 does not allow; users paste them from other programs.
_ILLEGAL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def _clean(text: str) -> str:
    return text.translate(_ILLEGAL)


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE, TOC, …) as the begin/instruction/separate/end runs Word writes."""
    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")  # Word recomputes it on opening
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _add_text(paragraph, text: str) -> None:
    lines = _clean(text).split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def write_docx(book: Handbook, path: str | Path) -> Path:
    """Write ``book`` to ``path`` atomically (a temp file beside it, then replace)."""
    path = Path(path)
    doc = new_document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    doc.core_properties.title = _clean(book.title)
    doc.core_properties.author = "AIOS Designer"
    doc.core_properties.language = book.lang

    header = section.header.paragraphs[0]
    _add_text(header, book.title)
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(f"{_PAGE[book.lang]} ")
    _field(footer, "PAGE", "1")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES", "1")

    doc.add_paragraph(_clean(book.title), style="Title")
    doc.add_paragraph(_clean(book.subtitle), style="Subtitle")
    doc.add_paragraph(_TOC_TITLE[book.lang], style="TOC Heading") if "TOC Heading" in \
        [s.name for s in doc.styles] else doc.add_paragraph(_TOC_TITLE[book.lang],
                                                            style="Heading 1")
    _field(doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', _TOC_HINT[book.lang])
    doc.add_page_break()

    width = section.page_width - section.left_margin - section.right_margin
    for block in book.blocks:
        if isinstance(block, Heading):
            doc.add_heading(_clean(block.text), level=block.level)
        elif isinstance(block, Paragraph):
            paragraph = doc.add_paragraph(style="Intense Quote" if block.kind == "lead"
                                          else None)
            _add_text(paragraph, block.text)
            if block.kind == "note":
                for run in paragraph.runs:
                    run.font.size = Pt(9)
                    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif isinstance(block, Bullets):
            for item in block.items:
                _add_text(doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Facts):
            _table(doc, None, block.rows, (1.0, 2.6), width, bold_first=True)
        elif isinstance(block, Table):
            _table(doc, block.header, block.rows, block.widths, width, small=block.small)
        elif isinstance(block, Image):
            doc.add_picture(str(block.path), width=width)
            caption = doc.add_paragraph(_clean(block.caption), style="Caption")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER

    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, new_file_mode())  # mkstemp makes it private; a handbook is shared
        with os.fdopen(fd, "wb") as handle:
            doc.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _table(doc, header, rows, widths, width, small: bool = False,
           bold_first: bool = False) -> None:
    columns = len(header) if header else len(rows[0]) if rows else 0
    if not columns:
        return
    table = doc.add_table(rows=0, cols=columns)
    table.style = doc.styles[_TABLE_STYLE] if not bold_first else doc.styles["Table Grid"]
    widths = widths or (1.0,) * columns
    total = sum(widths)
    size = Pt(8) if small else None

    def fill(cells, values, bold=False):
        for i, (cell, value) in enumerate(zip(cells, values)):
            cell.width = int(width * widths[i] / total)
            paragraph = cell.paragraphs[0]
            _add_text(paragraph, str(value))
            for run in paragraph.runs:
                run.bold = bold or (bold_first and i == 0)
                if size is not None:
                    run.font.size = size

    if header:
        row = table.add_row()
        fill(row.cells, header, bold=True)
        # Repeat the header row on every page the table spans.
        properties = row._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)
    for values in rows:
        fill(table.add_row().cells, values)
    doc.add_paragraph()
