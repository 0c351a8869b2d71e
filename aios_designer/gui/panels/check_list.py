"""A list of check boxes whose entries wrap (the Art. 9 categories in the Properties panel).

In a narrow dock "religiöse oder weltanschauliche Überzeugungen" is wider than the list; a
plain list cuts it and scrolls sideways under the mouse wheel. Here every entry wraps (long
words at a syllable), the list never scrolls sideways, and it is as high as its entries at
its current width, so nothing is hidden and the form around it scrolls instead.
"""
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (QAbstractItemView, QListView, QListWidget, QSizePolicy,
                               QStyleOptionViewItem, QWidget)

from ..hyphen_delegate import hyphenate_cells


class CheckList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        hyphenate_cells(self)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def content_height(self) -> int:
        """The height every entry needs, wrapped at the list's current width."""
        width = self.viewport().width() or self.width() - 2 * self.frameWidth()
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.rect = QRect(0, 0, max(width, 1), 1)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        rows = 0
        for row in range(self.count()):
            index = self.indexFromItem(self.item(row))
            rows += self.itemDelegateForIndex(index).sizeHint(option, index).height()
        return rows + 2 * self.frameWidth() + 2

    def fit_height(self) -> None:
        height = self.content_height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def event(self, event) -> bool:  # noqa: N802 - Qt override
        handled = super().event(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.doItemsLayout()
            self.fit_height()
        return handled
