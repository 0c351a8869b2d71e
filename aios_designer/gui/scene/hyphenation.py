"""Where long words may break, for names in narrow places (lane labels, step boxes).

German role and step names are long compounds ("Vertriebsinnendienst") that do not fit a
lane's label column. Without break points Qt splits them at any letter ("Vertriebsinnendi" /
"enst"); with soft hyphens at syllable boundaries it breaks at the last one that fits and
shows a hyphen there ("Vertriebsinnen-" / "dienst").

The rules are the plain ones of German syllable division, which serve English names well
enough: of the consonants between two vowels the last goes to the next syllable; ch, ck and
sch count as one consonant, and a consonant followed by l or r (tr, pl, …) stays with it, as
in "Ver-trieb" and "Auf-trag"; the prefix ver- keeps its r ("Prozess-ver-ant-wort-li-che");
an s after b, g, k or t before a vowel ends the syllable, as the linking s of a compound
does ("Auftrags-erfassung", "Vertriebs-innendienst"); vowels next to each other stay
together; every part keeps at least two letters. Without a dictionary a compound may break
inside one of its words ("Kreditmanage-ment"), which is still a correct syllable break.
"""
import re
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
#: Words shorter than this fit anywhere a name is shown.
MIN_WORD = 8
#: Letters a part keeps at least, before and after a break.
MIN_PART = 2

_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")
#: Consonant groups that go to the next syllable together: one sound, or a consonant with
#: the l or r it is spoken with.
_UNITS = ("sch", "ch", "ck", "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr",
          "tr")
_WORD = re.compile(r"[^\W\d_]+")


def break_points(word: str) -> list[int]:
    """The places ``i`` where ``word`` may be broken as ``word[:i] + "-"`` and ``word[i:]``."""
    if len(word) < 2 * MIN_PART or not word.isalpha() or word.isupper():
        return []
    nuclei = [m.span() for m in re.finditer(f"[{''.join(_VOWELS)}]+", word)]
    points = []
    for (_, end), (start, _) in zip(nuclei, nuclei[1:]):
        cluster = word[end:start].lower()
        if not cluster:
            continue
        last = len(cluster) - 1  # the last consonant, or the group it ends
        for unit in _UNITS:
            if cluster.endswith(unit):
                last = len(cluster) - len(unit)
                break
        point = end + last
        if cluster == "r" and word[end - 2:end].lower() == "ve":
            point += 1  # "ver-ant", not "ve-rant"
        elif len(cluster) >= 2 and cluster[-1] == "s" and cluster[-2] in "bgkt":
            point = start  # "Auftrags-erfassung", not "Auftrag-serfassung"
        previous = points[-1] if points else 0
        if point - previous >= MIN_PART and point <= len(word) - MIN_PART:
            points.append(point)
    return points


@lru_cache(maxsize=1024)
def hyphenate(text: str) -> str:
    """``text`` with soft hyphens at the break points of its long words: invisible unless
    a line breaks there."""
    def mark(match: re.Match) -> str:
        word = match.group()
        if len(word) < MIN_WORD:
            return word
        pieces, previous = [], 0
        for point in break_points(word):
            pieces.append(word[previous:point])
            previous = point
        pieces.append(word[previous:])
        return SOFT_HYPHEN.join(pieces)

    return _WORD.sub(mark, text)


def text_break_points(text: str) -> list[int]:
    """The break points of every long word in ``text``, as indexes into ``text``."""
    points: list[int] = []
    for index, char in enumerate(hyphenate(text)):
        if char == SOFT_HYPHEN:
            points.append(index - len(points))
    return points
