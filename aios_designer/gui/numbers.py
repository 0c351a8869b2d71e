"""Numbers in the interface language: digits grouped in thousands, the language's decimal sign.

``QLocale()`` is the interface language's locale (``i18n.install_language`` sets it), so
German shows ``20.769,65`` and English ``20,769.65``, as the headless
``number_format`` writes them for the command line.
"""
import math

from PySide6.QtCore import QLocale


def format_number(value: float | None, decimals: int = 2, trim: bool = False,
                  none: str = "") -> str:
    """``value`` with ``decimals`` places (``trim``: without trailing zeros); ``none`` for a
    missing or non-finite value."""
    if value is None or not math.isfinite(value):
        return none
    locale = QLocale()
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # never "-0,00"
    text = locale.toString(rounded, "f", decimals)
    if trim and decimals:
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").removesuffix(point)
    return text


def format_percent(share: float | None, decimals: int = 1, none: str = "–") -> str:
    """A share (0.25) as "25,0 %" / "25.0 %"."""
    if share is None or not math.isfinite(share):
        return none
    return f"{format_number(share * 100, decimals)} %"


def parse_number(text: str) -> float | None:
    """"" → None; a number as the interface language writes it ("20.769,65" in German),
    or with either decimal sign and no grouping ("1,5", "1.5"); ValueError otherwise."""
    text = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value
