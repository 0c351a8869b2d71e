"""Table cells whose long words break at a syllable instead of being cut.

A table wraps its cells between words only; a German compound wider than its column
("Datenschutzbeauftragte", "Kostenstellenverantwortliche") is elided to "Datenschutzbeau…".
``HyphenatingDelegate`` shows the text with soft hyphens at its syllables (see
``scene/hyphenation.py``), so the word breaks there with a visible hyphen and the row grows
by a line. The model keeps the plain text; editing starts from it.
"""
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QStyledItemDelegate

from .scene.hyphenation import hyphenate


class HyphenatingDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            option.text = hyphenate(option.text)
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


def hyphenate_cells(view: QAbstractItemView, *columns: int) -> HyphenatingDelegate:
    """Let the cells of ``columns`` (every column when none is named) of ``view`` break
    their long words."""
    delegate = HyphenatingDelegate(view)
    view.setWordWrap(True)
    if columns:
        for column in columns:
            view.setItemDelegateForColumn(column, delegate)
    else:
        view.setItemDelegate(delegate)
    return delegate
