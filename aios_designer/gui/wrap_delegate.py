"""Tree rows as high as their wrapped text.

A QTreeView with word wrap measures a row without knowing its column's width, so a long
finding keeps one line and is cut. This delegate measures at the column's width, and the
view measures again whenever a column is resized.
"""
from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        # Owned by the delegate (a child of the view): a measurement due after the view is
        # gone never runs.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(self._measure_again)
        view.viewport().installEventFilter(self)

    def _measure_again(self, *_args) -> None:
        # Later, once every column has its new width.
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._measure_again()
        return False

    def sizeHint(self, option, index) -> QSize:
        header = self.view.header()
        if header.sectionResizeMode(index.column()) == QHeaderView.ResizeMode.ResizeToContents:
            # The column takes its width from this hint: measured at the current width it
            # would only ever shrink (a rule id broken at its hyphen).
            return super().sizeHint(option, index)
        width = header.sectionSize(index.column())
        if width > 0:
            # A valid rectangle (the view passes one of height 0): Qt wraps only then.
            option.rect.setWidth(width)
            option.rect.setHeight(max(option.rect.height(), 1))
        return super().sizeHint(option, index)


def wrap_rows(view: QTreeView) -> WrappingDelegate:
    delegate = WrappingDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
