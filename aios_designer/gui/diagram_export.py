"""The workflow picture for slides and documents: the canvas's own scene rendered to SVG, PDF
or PNG, so the file shows exactly what the canvas draws (lanes, steps, flows, labels).

SVG and PDF are vector files with the text as text (selectable, searchable); PNG is rendered
at a chosen scale (2 = twice the canvas's 100 % size, sharp on a slide).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsItem

from ..model import OperatingModel
from .app import ensure_application
from .scene.hyphenation import SOFT_HYPHEN

FORMATS = ("svg", "pdf", "png")
#: White space around the workflow, in scene units.
MARGIN = 24.0
#: Largest PNG side in pixels: beyond it an image is rather a poster than a slide.
MAX_PNG_SIDE = 20_000


class DiagramExportError(Exception):
    """The picture could not be written; one sentence a facilitator understands."""


def _scene(model: OperatingModel):
    from .document import Document
    from .scene.workflow_scene import WorkflowScene

    document = Document(model)
    scene = WorkflowScene(document)
    scene.clearSelection()
    # Cached items would arrive in an SVG or PDF as bitmaps of themselves: paint them afresh.
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return document, scene


def _area(scene) -> QRectF:
    rect = scene.itemsBoundingRect()
    return rect.marginsAdded(QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN))


def _paint(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def export_diagram(model: OperatingModel, path: str | Path, scale: float = 2.0,
                   title: str | None = None) -> Path:
    """Write the workflow of ``model`` to ``path`` (.svg, .pdf or .png); returns the path."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise DiagramExportError(f"'{path.name}': the diagram is written as SVG, PDF or PNG; "
                                 "name the file *.svg, *.pdf or *.png")
    if not path.parent.exists():
        raise DiagramExportError(f"the folder '{path.parent}' does not exist")
    ensure_application()
    document, scene = _scene(model)
    source = _area(scene)
    title = title if title is not None else (model.meta.title or "Workflow")
    try:
        if kind == "svg":
            _write_svg(scene, source, path, title)
        elif kind == "pdf":
            _write_pdf(scene, source, path, title)
        else:
            _write_png(scene, source, path, scale)
    finally:
        scene.clear()
        del scene, document
    return path


def _write_svg(scene, source: QRectF, path: Path, title: str) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("AIOS Designer")
    generator.setResolution(96)  # the screen's: text wraps exactly as on the canvas
    painter = QPainter()
    if not painter.begin(generator):
        raise DiagramExportError(f"cannot write '{path}'")
    try:
        _paint(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    _visible_hyphens(path)


_TEXT = re.compile(r"(<text\b[^>]*>)(.*?)(</text>)", re.S)


def _visible_hyphens(path: Path) -> None:
    """Soft hyphens as the canvas shows them: a hyphen where a line breaks at one, nothing
    inside a line (viewers differ in what they do with U+00AD, and search would miss words)."""
    text = path.read_text(encoding="utf-8")

    def fix(match: re.Match) -> str:
        body = match.group(2)
        stripped = body.rstrip()
        if stripped.endswith(SOFT_HYPHEN):
            body = stripped[:-1] + "-" + body[len(stripped):]
        return match.group(1) + body.replace(SOFT_HYPHEN, "") + match.group(3)

    path.write_text(_TEXT.sub(fix, text), encoding="utf-8")


def _write_pdf(scene, source: QRectF, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("AIOS Designer")
    writer.setResolution(96)  # one scene unit = one pixel at 96 dpi, as on the screen
    points = QSizeF(source.width() * 72 / 96, source.height() * 72 / 96)
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise DiagramExportError(f"cannot write '{path}'")
    try:
        target = QRectF(0, 0, writer.width(), writer.height())
        _paint(scene, painter, target, source)
    finally:
        painter.end()


def _write_png(scene, source: QRectF, path: Path, scale: float) -> None:
    if not 0.1 <= scale <= 10:
        raise DiagramExportError(f"scale {scale:g} is out of range (0.1 to 10)")
    width, height = round(source.width() * scale), round(source.height() * scale)
    if max(width, height) > MAX_PNG_SIDE:
        raise DiagramExportError(
            f"at scale {scale:g} the picture would be {width} × {height} pixels; choose a "
            f"smaller scale (at most {MAX_PNG_SIDE} pixels a side)")
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(scene, painter, QRectF(0, 0, width, height), source)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise DiagramExportError(f"cannot write '{path}'")
