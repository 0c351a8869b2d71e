"""Numbers and counted nouns as each language writes them, without Qt.

The GUI formats through ``QLocale`` (set by the interface language); the headless parts (CLI
text, finding messages) use these functions, which write the same digits: German
``20.769,65``, English ``20,769.65``.
"""
import math

#: (thousands separator, decimal separator) per language.
_SEPARATORS = {"de": (".", ","), "en": (",", ".")}


def format_number(value: float | None, decimals: int = 0, lang: str = "en",
                  none: str = "–", trim: bool = False) -> str:
    """``value`` rounded to ``decimals`` places (``trim``: without trailing zeros), digits
    grouped in thousands; ``none`` for a missing or non-finite value."""
    if value is None or not math.isfinite(value):
        return none
    thousands, decimal = _SEPARATORS.get(lang, _SEPARATORS["en"])
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # rounding a tiny negative number must not show "-0,00"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate({ord(","): thousands, ord("."): decimal})


def format_percent(share: float | None, decimals: int = 1, lang: str = "en",
                   none: str = "–") -> str:
    """A share (0.25) as a percentage ("25,0 %" / "25.0 %")."""
    if share is None or not math.isfinite(share):
        return none
    return f"{format_number(share * 100, decimals, lang)} %"


def count_noun(count: int, singular: str, plural: str, lang: str = "en") -> str:
    """"1 Warnung", "2 Warnungen", "1,234 steps": the count grouped, the noun in agreement."""
    return f"{format_number(count, 0, lang)} {singular if count == 1 else plural}"
