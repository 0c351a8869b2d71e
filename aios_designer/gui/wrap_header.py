"""Table headers whose titles wrap onto up to three lines instead of being cut.

German column titles ("Garantie für Drittlandübermittlung", "Transfer-Folgenabschätzung")
are wider than the columns of a table at 1280 × 720. ``WrapHeader`` breaks them between
words and, in long words, at a syllable (soft hyphens, see ``scene/hyphenation.py``), and
makes the header as high as its tallest title needs at the columns' current widths. A column
sized to its contents asks for the narrowest width at which its title takes two lines of
whole words.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from .scene.hyphenation import hyphenate

#: Most lines a title takes; a column narrower than that needs is a defect (the audit says so).
MAX_LINES = 3
#: Lines a column sized to its contents aims for.
CONTENT_LINES = 2
_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrapHeader(QHeaderView):
    """A horizontal header that wraps its titles (at most ``MAX_LINES`` lines)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_FLAGS)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        # Owned by the header: a measurement due after the header is gone never runs.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._apply_height)
        self.sectionResized.connect(self._remeasure)

    # -- measuring --------------------------------------------------------------------------
    def title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        text = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if text is None else str(text)

    def _margins(self) -> int:
        """Horizontal room the style takes from a section (margins and frame)."""
        return 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 4

    def text_rect(self, section: int, width: int | None = None) -> QRect:
        """The rectangle the title of ``section`` takes at ``width`` (default: its width)."""
        width = self.sectionSize(section) if width is None else width
        inner = max(1, width - self._margins())
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, inner, 10_000), _FLAGS,
                                                      hyphenate(self.title(section)))

    def fits(self, section: int) -> bool:
        """Whether every line of the title fits the width of its column (the bounding
        rectangle counts a pixel of each glyph's overhang at either end)."""
        inner = self.sectionSize(section) - self._margins()
        return self.text_rect(section).width() - 2 <= inner

    def lines(self, section: int, width: int | None = None) -> int:
        """How many lines the title of ``section`` takes at ``width``."""
        if not self.title(section):
            return 0
        return max(1, round(self.text_rect(section, width).height()
                            / QFontMetrics(self.font()).lineSpacing()))

    def content_width(self, section: int) -> int:
        """The narrowest width at which the title is at most two lines of whole words."""
        metrics = QFontMetrics(self.font())
        text = self.title(section)
        words = text.split()
        if not words:
            return 0
        widest = max(metrics.horizontalAdvance(word) for word in words)
        whole = metrics.horizontalAdvance(text)
        low, high = widest, max(widest, whole)
        spacing = metrics.lineSpacing()
        while low < high:  # the smallest width giving CONTENT_LINES lines of whole words
            middle = (low + high) // 2
            height = metrics.boundingRect(QRect(0, 0, middle, 10_000),
                                          Qt.TextFlag.TextWordWrap, text).height()
            if round(height / spacing) <= CONTENT_LINES:
                high = middle
            else:
                low = middle + 1
        return low + self._margins() + 2  # rounding of fractional glyph widths

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802 - Qt override
        size = super().sectionSizeFromContents(logicalIndex)
        if not self.title(logicalIndex):
            return size
        width = self.content_width(logicalIndex)
        return QSize(max(width, 24), self._height_for(
            max(1, min(MAX_LINES, self.lines(logicalIndex, width)))))

    def _height_for(self, lines: int) -> int:
        return lines * QFontMetrics(self.font()).lineSpacing() + 8

    def needed_height(self) -> int:
        """The height the titles need at the columns' current widths (at most three lines)."""
        lines = [min(MAX_LINES, self.lines(section)) for section in range(self.count())
                 if not self.isSectionHidden(section) and self.sectionSize(section) > 0]
        return self._height_for(max(lines, default=1))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.needed_height(),
                                       self._height_for(1)))

    def initStyleOptionForIndex(self, option: QStyleOptionHeader,  # noqa: N802 - Qt override
                                logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        option.text = hyphenate(option.text)
        option.textAlignment = _FLAGS

    # -- following the columns --------------------------------------------------------------
    def _remeasure(self, *_args) -> None:
        self._timer.start()

    def _apply_height(self) -> None:
        self.updateGeometry()
        # The view places its viewport below the header's height hint.
        self.geometriesChanged.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._remeasure()


def wrap_header(view: QTableView) -> WrapHeader:
    """Give ``view`` a wrapping horizontal header, keeping the old one's settings."""
    old = view.horizontalHeader()
    header = WrapHeader(view)
    header.setStretchLastSection(old.stretchLastSection())
    header.setMinimumSectionSize(old.minimumSectionSize())
    header.setVisible(not old.isHidden())
    view.setHorizontalHeader(header)
    return header
