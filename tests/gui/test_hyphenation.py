"""Long words in narrow places break at a syllable, with a hyphen, not at any letter."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextLayout

from aios_designer.gui.scene import styles
from aios_designer.gui.scene.hyphenation import MIN_PART, MIN_WORD, SOFT_HYPHEN, hyphenate
from aios_designer.gui.scene.lane_item import HEADER_WIDTH, LaneItem, _label_option
from aios_designer.gui.scene.step_item import fit_lines


@pytest.mark.parametrize("text, divided", [
    ("Stammdatenmanagement", "Stamm-da-ten-ma-na-ge-ment"),
    ("Vertriebsinnendienst", "Ver-triebs-in-nen-dienst"),
    ("KI-Auftragserfassung (System)", "KI-Auf-trags-er-fas-sung (System)"),
    ("Rechnungsprüfung", "Rech-nungs-prü-fung"),
    ("Geschäftsstelle", "Ge-schäfts-stel-le"),
    ("Arbeitsschritt", "Ar-beits-schritt"),
    ("Arbeitsablauf", "Ar-beits-ablauf"),
    ("Beschreibung", "Be-schrei-bung"),
    ("Abschluss", "Ab-schluss"),
    ("Kundenstamm", "Kun-den-stamm"),
    ("Ansprechpartner", "An-sprech-part-ner"),
    ("Datenschutzbeauftragte", "Da-ten-schutz-beauf-trag-te"),
    ("Prozessverantwortliche", "Pro-zess-ver-ant-wort-li-che"),
    ("Administration", "Ad-mi-ni-stra-tion"),
    ("ERP-System Agent", "ERP-System Agent"),  # short words and acronyms stay whole
    ("Vertriebs\u00adleitung", "Ver-triebs-lei-tung"),  # its own soft hyphens replaced
])
def test_long_words_get_break_points_at_syllables(text, divided):
    assert hyphenate(text).replace(SOFT_HYPHEN, "-") == divided


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abcdeiorstuäöüchkAEST -()1" + SOFT_HYPHEN), max_size=40))
def test_break_points_are_invisible_and_keep_two_letters_each_side(text):
    marked = hyphenate(text)
    assert marked.replace(SOFT_HYPHEN, "") == text.replace(SOFT_HYPHEN, "")
    for word in re.findall(f"[^\\W\\d_{SOFT_HYPHEN}]+(?:{SOFT_HYPHEN}[^\\W\\d_]+)*", marked):
        parts = word.split(SOFT_HYPHEN)
        if len(parts) > 1:
            assert len(word) - len(parts) + 1 >= MIN_WORD
            assert all(len(part) >= MIN_PART for part in parts), parts


def _lines(text: str, font, width: float) -> list[str]:
    layout = QTextLayout(text, font)
    layout.setTextOption(_label_option())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("name", ["Stammdatenmanagement",
                                  "Vertriebsinnendienst (Auftragserfassung)",
                                  "Leitung Vertriebsinnendienst"])
def test_a_lane_name_breaks_only_between_words_or_at_a_syllable(qapp, name):
    lane = LaneItem("role-1", name, 0, QRectF(0, 0, 1000, 120))
    lines = _lines(lane.label_text(), styles.font("lane"), HEADER_WIDTH - 18)
    assert len(lines) > 1  # too long for one line: the test means something
    for line in lines[:-1]:
        assert line.endswith((" ", SOFT_HYPHEN, "-")), lines


@pytest.mark.parametrize("name, width, first, second", [
    ("Stammdatenabgleich durchführen", 150, "Stammdatenab-", "gleich"),
    ("Auftrags-Dokumentation prüfen", 80, "Auftrags-", "Dokum"),  # at its own hyphen
    ("Kredit-/Debitorenprüfung", 100, "Kredit-/De-", "bitoren"),
    ("Vertriebs\u00adinnendienstleitung", 120, "Vertriebsin-", "nendienst"),
])
def test_a_step_name_too_long_for_its_box_breaks_at_a_hyphen_or_syllable(qapp, name, width,
                                                                          first, second):
    lines = fit_lines(name, "name", width, 2).split("\u2028")
    assert lines[0] == first and lines[1].startswith(second), lines
