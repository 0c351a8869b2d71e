"""Where long words may break, for names in narrow places (lane labels, step boxes).

German role and step names are long compounds ("Vertriebsinnendienst") that do not fit a
lane's label column. Without break points Qt splits them at any letter ("Vertriebsinnendi" /
"enst"); with soft hyphens at syllable boundaries it breaks at the last one that fits and
shows a hyphen there ("Vertriebsinnen-" / "dienst").

Plain rules of German syllable division, which serve English names well enough:
- of the consonants between two vowels the next syllable takes the last one, or the longest
  group a syllable can start with (sch, schr, st, str, sp, spr, ch, ck, and a consonant with
  its l or r: "Be-schrei-bung", "Kun-den-stamm", "Auf-trag");
- an s after b, g, k or t ends the syllable when what follows can start one, as the linking
  s of a compound does ("Auftrags-erfassung", "Rechnungs-prüfung", "Geschäfts-stelle");
- the prefix ver- keeps its r ("Prozess-ver-ant-wort-li-che");
- vowels next to each other stay together, and every part keeps at least two letters.
Without a dictionary the joints of a compound are not known: a part that starts with a
vowel takes the consonant before it ("Mi-tar-bei-te-rin"), and Qt takes the last break that
fits, not the joint ("Stammdatenma-" / "nagement").
"""
import re
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
#: Words shorter than this fit anywhere a name is shown.
MIN_WORD = 8
#: Letters a part keeps at least, before and after a break.
MIN_PART = 2

#: A syllable's vowels: those next to each other stay together.
_NUCLEUS = re.compile("[aeiouyäöüAEIOUYÄÖÜ]+")
#: Consonant groups a syllable can start with, longest first.
_ONSETS = ("schl", "schm", "schn", "schr", "schw", "spr", "str", "sch", "bl", "br", "ch", "ck",
           "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sp", "st", "tr")
#: A linking s (after b, g, k or t), not the start of "sch".
_LINKING_S = re.compile("[bgkt]s(?!ch)")
_WORD = re.compile(r"[^\W\d_]+")


def _onset(cluster: str) -> str:
    """The consonants of ``cluster`` (lower case) that go to the next syllable."""
    return next((onset for onset in _ONSETS if cluster.endswith(onset)), cluster[-1])


def _split(cluster: str, before: str) -> int:
    """Where the consonant ``cluster`` between two vowels divides, as an index into it;
    ``before`` is what precedes it in the word (lower case)."""
    linking = _LINKING_S.search(cluster)
    if linking is not None:
        rest = cluster[linking.end():]
        if not rest or len(rest) == 1 or rest in _ONSETS:
            return linking.end()
    if cluster == "r" and before.endswith("ve"):
        return 1  # "ver-ant", not "ve-rant"
    return len(cluster) - len(_onset(cluster))


def break_points(word: str) -> list[int]:
    """The places ``i`` where ``word`` may be broken as ``word[:i] + "-"`` and ``word[i:]``."""
    if len(word) < 2 * MIN_PART or not word.isalpha() or word.isupper():
        return []
    lower = word.lower()
    nuclei = [m.span() for m in _NUCLEUS.finditer(word)]
    points: list[int] = []
    for (_, end), (start, _) in zip(nuclei, nuclei[1:]):
        if start == end:
            continue
        point = end + _split(lower[end:start], lower[:end])
        previous = points[-1] if points else 0
        if point - previous >= MIN_PART and point <= len(word) - MIN_PART:
            points.append(point)
    return points


@lru_cache(maxsize=1024)
def hyphenate(text: str) -> str:
    """``text`` with soft hyphens at the break points of its long words (instead of any it
    had): invisible unless a line breaks there."""
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

    return _WORD.sub(mark, text.replace(SOFT_HYPHEN, ""))


def text_break_points(text: str) -> list[int]:
    """The break points of every long word in ``text`` (which has no soft hyphens of its
    own), as indexes into ``text``."""
    points: list[int] = []
    for index, char in enumerate(hyphenate(text)):
        if char == SOFT_HYPHEN:
            points.append(index - len(points))
    return points
