"""Flow label texts and their sizes, the same for the canvas and the command line.

Widths come from a table of the 10 pt sans-serif font the canvas draws labels with (DejaVu
Sans advances, a little rounded up), so no font engine is needed to know where a label goes;
the canvas breaks the lines where this module says and centres each in the label's box.
"""
from dataclasses import dataclass
from functools import lru_cache

#: Longest line of a label: long conditions wrap, so a label stays between its steps.
LABEL_MAX_WIDTH = 120.0
#: A single word may make its line this wide before it is broken (German compounds).
WORD_MAX_WIDTH = 170.0
LINE_HEIGHT = 16.0
#: Card padding around the text (each side).
PAD_X, PAD_Y = 5.0, 2.0
_SAFETY = 1.04

_WIDTHS = {
    " ": 4.12, "!": 5.2, '"': 5.97, "#": 10.89, "$": 8.27, "%": 12.34, "&": 10.12, "'": 3.56,
    "(": 5.06, ")": 5.06, "*": 6.5, "+": 10.89, ",": 4.12, "-": 4.69, ".": 4.12, "/": 4.38,
    ":": 4.38, ";": 4.38, "<": 10.89, "=": 10.89, ">": 10.89, "?": 6.89, "@": 13.0,
    "A": 8.89, "B": 8.91, "C": 9.06, "D": 10.0, "E": 8.2, "F": 7.47, "G": 10.06, "H": 9.77,
    "I": 3.83, "J": 3.83, "K": 8.52, "L": 7.23, "M": 11.2, "N": 9.72, "O": 10.22, "P": 7.83,
    "Q": 10.22, "R": 9.03, "S": 8.25, "T": 7.94, "U": 9.5, "V": 8.89, "W": 12.84, "X": 8.89,
    "Y": 7.94, "Z": 8.89, "[": 5.06, "\\": 4.38, "]": 5.06, "^": 10.89, "_": 6.5, "`": 6.5,
    "a": 7.95, "b": 8.25, "c": 7.14, "d": 8.25, "e": 7.98, "f": 4.56, "g": 8.25, "h": 8.23,
    "i": 3.61, "j": 3.61, "k": 7.52, "l": 3.61, "m": 12.66, "n": 8.23, "o": 7.95, "p": 8.25,
    "q": 8.25, "r": 5.34, "s": 6.77, "t": 5.09, "u": 8.23, "v": 7.69, "w": 10.62, "x": 7.69,
    "y": 7.69, "z": 6.81, "{": 8.27, "|": 4.38, "}": 8.27, "~": 10.89, "ä": 7.95, "ö": 7.95,
    "ü": 8.23, "Ä": 8.89, "Ö": 10.22, "Ü": 9.5, "ß": 8.19, "€": 8.27, "·": 4.12, "–": 6.5,
    "≥": 10.89, "≤": 10.89, "\u00a0": 4.12, "\u202f": 4.12,
}
_DIGIT = 8.27
#: Letters not in the table (accents, other scripts) count as a wide lower-case letter.
_OTHER = 9.0


def text_width(text: str) -> float:
    get = _WIDTHS.get
    return _SAFETY * sum(_DIGIT if c.isdigit() else get(c, _OTHER) for c in text)


def percent_text(share: float, decimal: str = ".") -> str:
    """0.05 -> "5", 0.125 -> "12.5" (one decimal at most)."""
    value = round(share * 100, 1)
    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return text.replace(".", decimal)


def flow_label_text(condition: str, share: float | None, decimal: str = ".") -> str:
    """What a flow's label says: its condition and, for a partial share, the percentage."""
    parts = [condition.strip()] if condition.strip() else []
    # A flow that takes everything needs no number; partial shares are what matter.
    if share is not None and share < 1.0:
        parts.append(f"{percent_text(share, decimal)}\u00a0%")
    return " · ".join(parts)


@dataclass(frozen=True)
class LabelBox:
    lines: tuple[str, ...]
    width: float
    height: float


def _break_word(word: str) -> list[str]:
    """A word wider than a line, in pieces that fit (no hyphenation: conditions are short)."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char) > WORD_MAX_WIDTH:
            pieces.append(current)
            current = ""
        current += char
    return pieces + [current]


@lru_cache(maxsize=8192)
def label_box(text: str) -> LabelBox:
    """``text`` word-wrapped into lines of at most ``LABEL_MAX_WIDTH``, and the card's size."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate) <= LABEL_MAX_WIDTH:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _break_word(word) if text_width(word) > WORD_MAX_WIDTH else [word]
            lines += pieces[:-1]
            line = pieces[-1]
        lines.append(line)
    width = max(text_width(line) for line in lines)
    return LabelBox(tuple(lines), round(width + 2 * PAD_X, 1),
                    len(lines) * LINE_HEIGHT + 2 * PAD_Y)
