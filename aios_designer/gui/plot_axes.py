"""Plot axes whose tick labels use the interface language's decimal sign (0,85 in German)."""
import pyqtgraph as pg
from PySide6.QtCore import QLocale


class LocaleAxis(pg.AxisItem):
    """pyqtgraph writes tick labels with Python's number formatting ("0.85"); this axis
    writes them as the interface language does."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        # No "(x0.001)" scale note in the axis title: it would carry an English decimal point
        # and means nothing to a workshop; shares and rates are plotted as they are.
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        strings = super().tickStrings(values, scale, spacing)
        point = QLocale().decimalPoint()
        return strings if point == "." else [s.replace(".", point) for s in strings]


def locale_axes() -> dict[str, LocaleAxis]:
    """Axis items for a plot's ``axisItems``: left, bottom and right."""
    return {side: LocaleAxis(side) for side in ("left", "bottom", "right")}
