"""The handbook as a PDF, written with Qt's own PDF writer: A4 pages with the title in the
header and "page n / N" in the footer; each chapter starts on a new page.

Qt's writer is part of the application already (no office suite needed on the laptop), and
its text layout paginates tables and long texts by whole lines.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QTextDocument)

from .scene.hyphenation import hyphenate
from ..handbook.content import Bullets, Facts, Handbook, Heading, Image, Paragraph, Table

_PAGE = {"en": "Page {n} / {total}", "de": "Seite {n} / {total}"}
_RESOLUTION = 300
#: Margins in millimetres: room for the header and footer lines.
_MARGIN_MM = 18.0
_CSS = """
body { font-size: 10pt; }
h1 { font-size: 17pt; color: #1f3864; page-break-before: always; margin-top: 0; }
h2 { font-size: 13pt; color: #1f3864; margin-top: 14px; }
h3 { font-size: 11pt; color: #2f5496; margin-top: 10px; }
p.note { font-size: 8.5pt; color: #595959; }
p.lead { font-size: 11pt; font-style: italic; color: #1f3864; }
table { border-collapse: collapse; margin-bottom: 8px; }
th { background-color: #d9e2f3; font-weight: bold; text-align: left; }
td, th { border: 1px solid #8eaadb; padding: 3px; vertical-align: top; }
table.small td, table.small th { font-size: 8pt; }
td.label { font-weight: bold; background-color: #f2f2f2; }
"""


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def handbook_html(book: Handbook) -> str:
    """The handbook as the HTML Qt's text layout understands (user text escaped)."""
    parts = [f"<p style='font-size:22pt; color:#1f3864'><b>{_e(book.title)}</b></p>",
             f"<p style='color:#595959'>{_e(book.subtitle)}</p>"]
    for block in book.blocks:
        if isinstance(block, Heading):
            level = min(3, max(1, block.level))
            parts.append(f"<h{level}>{_e(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            css = f" class='{block.kind}'" if block.kind in ("note", "lead") else ""
            parts.append(f"<p{css}>{_e(block.text)}</p>")
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Facts):
            rows = "".join(f"<tr><td class='label' width='32%'>{_e(k)}</td><td>{_e(v)}</td></tr>"
                           for k, v in block.rows)
            parts.append(f"<table width='100%' cellspacing='0'>{rows}</table>")
        elif isinstance(block, Table):
            widths = block.widths or (1.0,) * len(block.header)
            total = sum(widths)
            # Narrow columns (a RACI role each): long names break at a syllable with a
            # hyphen, not at any letter.
            head = "".join(f"<th width='{100 * w / total:.0f}%'>{_e(hyphenate(h))}</th>"
                           for h, w in zip(block.header, widths))
            body = "".join("<tr>" + "".join(f"<td>{_e(str(v))}</td>" for v in row) + "</tr>"
                           for row in block.rows)
            css = " class='small'" if block.small else ""
            parts.append(f"<table{css} width='100%' cellspacing='0'><thead><tr>{head}</tr>"
                         f"</thead>{body}</table>")
        elif isinstance(block, Image):
            parts.append(f"<p align='center'><img src='aios-diagram' width='{{width}}' "
                         f"height='{{height}}'/></p>"
                         f"<p class='note' align='center'>{_e(block.caption)}</p>")
    return "".join(parts)


def write_pdf(book: Handbook, path: str | Path) -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(book.title)
    writer.setCreator("AIOS Designer")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    width, height = writer.width(), writer.height()  # the printable area, in device pixels

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_CSS)
    text = handbook_html(book)
    image = next((b for b in book.blocks if isinstance(b, Image)), None)
    if image is not None:
        picture = QImage(str(image.path))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("aios-diagram"),
                             picture)
        # As wide as the text, but never taller than two thirds of a page.
        scale = min(width / max(1, picture.width()),
                    height * 0.66 / max(1, picture.height()))
        # Qt's text layout sizes images in 96-dpi pixels and scales them to the device.
        scale *= 96 / writer.logicalDpiX()
        text = text.replace("{width}", str(int(picture.width() * scale)))
        text = text.replace("{height}", str(int(picture.height() * scale)))
    document.setHtml(text)
    document.setPageSize(QSizeF(width, height))
    total = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write '{path}'")
    try:
        margin = writer.resolution() * _MARGIN_MM / 25.4
        small = QFont(font)
        small.setPointSizeF(8)
        for page in range(total):
            if page:
                writer.newPage()
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor("#7f7f7f"))
            band = margin * 0.6
            painter.drawText(QRectF(0, -band, width, band * 0.8),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             book.title)
            painter.drawText(QRectF(0, height + band * 0.2, width, band * 0.8),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             _PAGE[book.lang].format(n=page + 1, total=total))
            painter.restore()
            painter.save()
            painter.setClipRect(QRectF(0, 0, width, height))
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return path
