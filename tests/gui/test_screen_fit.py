"""Every panel and dialog at 1280 × 720 (100 %) and 1920 × 1080 (150 %), German and English:
no label, button, header, tab or cell cut or elided, no panel scrolling sideways, every
dialog button on the screen. Each configuration runs in its own process: the screen size and
the scale factor are fixed when Qt starts."""
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

SCREENS = {"1280x720": (1280, 720, "1"), "1920x1080@150%": (1920, 1080, "1.5")}


def audit(tmp_path, screen: str, lang: str) -> list[str]:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "projector", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "aios_designer.gui.screen_fit", "--lang", lang, "--json"],
        env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def audits(tmp_path_factory):
    found = {}
    for screen in SCREENS:
        for lang in ("de", "en"):
            found[screen, lang] = audit(tmp_path_factory.mktemp("screen"), screen, lang)
    return found


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_panel_and_dialog_fits_the_screen(audits, screen, lang):
    found = audits[screen, lang]
    assert not found, "\n".join(found)


def test_the_audit_sees_a_cut_label_and_an_unreachable_button(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from aios_designer.gui.screen_fit import problems

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("Datenschutz-Folgenabschätzung erforderlich", dialog)
    layout.addWidget(label)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog))
    dialog.resize(400, 900)
    with qtbot.waitExposed(dialog):
        dialog.show()
    label.setFixedWidth(60)
    screen = QRect(0, 0, 1280, 720)
    found = problems(dialog, screen)
    assert any("label cut" in p for p in found)
    assert any("button out of reach" in p or "outside the screen" in p for p in found)


def _table_dialog(qtbot, titles, width):
    from PySide6.QtWidgets import QDialog, QTableWidget, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    table = QTableWidget(1, len(titles), dialog)
    table.setHorizontalHeaderLabels(titles)
    QVBoxLayout(dialog).addWidget(table)
    dialog.resize(width, 300)
    return dialog, table


def test_the_audit_looks_behind_every_tab(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

    from aios_designer.gui.screen_fit import problems, tab_pages

    dialog = QDialog()
    qtbot.addWidget(dialog)
    tabs = QTabWidget(dialog)
    QVBoxLayout(dialog).addWidget(tabs)
    tabs.addTab(QWidget(), "first")
    behind = QWidget()
    label = QLabel("Datenschutz-Folgenabschätzung erforderlich", behind)
    label.setFixedWidth(60)
    tabs.addTab(behind, "second")
    with qtbot.waitExposed(dialog):
        dialog.show()
    screen = QRect(0, 0, 1280, 720)
    assert not problems(dialog, screen)  # the cut label is behind the second tab
    seen = {where: problems(dialog, screen) for where in tab_pages(dialog, lambda: None)}
    assert any("label cut" in p for p in seen["tab 'second'"])
    assert not seen["tab 'first'"]
    assert tabs.currentIndex() == 0  # the page of before again


def test_a_wrapping_header_shows_long_german_titles_whole(qtbot):
    from PySide6.QtCore import QRect

    from aios_designer.gui.screen_fit import problems
    from aios_designer.gui.wrap_header import MAX_LINES, wrap_header

    titles = ["Name", "Garantie für Drittlandübermittlung", "Transfer-Folgenabschätzung"]
    dialog, table = _table_dialog(qtbot, titles, 420)
    for column, width in enumerate((80, 110, 100)):
        table.setColumnWidth(column, width)
    screen = QRect(0, 0, 1280, 720)
    with qtbot.waitExposed(dialog):
        dialog.show()
    # A plain header cuts them, and the audit says so.
    assert sum("header cut" in p for p in problems(dialog, screen)) == 2

    header = wrap_header(table)
    for column, width in enumerate((80, 110, 100)):
        table.setColumnWidth(column, width)
    qtbot.waitUntil(lambda: header.height() >= header.needed_height())
    assert not problems(dialog, screen)
    assert 1 < max(header.lines(c) for c in range(3)) <= MAX_LINES
    line = header.fontMetrics().lineSpacing()
    assert header.height() >= 2 * line
    # Narrower columns: the header grows to three lines (a word breaks at a syllable).
    table.setColumnWidth(1, 92)
    qtbot.waitUntil(lambda: header.height() >= header.needed_height())
    assert header.lines(1) == 3 and header.height() >= 3 * line
    assert not problems(dialog, screen)
    # Too narrow for three lines: the audit reports it.
    table.setColumnWidth(1, 40)
    qtbot.waitUntil(lambda: header.height() >= header.needed_height())
    assert any("header cut" in p for p in problems(dialog, screen))


def test_a_column_sized_to_its_contents_takes_two_lines_of_whole_words(qtbot):
    from PySide6.QtWidgets import QHeaderView

    from aios_designer.gui.wrap_header import wrap_header

    dialog, table = _table_dialog(qtbot, ["Garantie für Drittlandübermittlung"], 500)
    header = wrap_header(table)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    with qtbot.waitExposed(dialog):
        dialog.show()
    metrics = header.fontMetrics()
    assert header.lines(0) == 2
    assert header.sectionSize(0) < metrics.horizontalAdvance(header.title(0))
    assert header.sectionSize(0) >= metrics.horizontalAdvance("Drittlandübermittlung")


def test_long_words_in_cells_break_at_a_syllable_and_the_audit_sees_elided_ones(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

    from aios_designer.gui.hyphen_delegate import hyphenate_cells
    from aios_designer.gui.screen_fit import problems

    dialog, table = _table_dialog(qtbot, ["Rolle"], 300)
    table.setItem(0, 0, QTableWidgetItem("Datenschutzbeauftragte"))
    table.setColumnWidth(0, 110)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    screen = QRect(0, 0, 1280, 720)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert any("cell cut" in p and "Datenschutzbeauftragte" in p
               for p in problems(dialog, screen))  # "Datenschutzbeau…"
    hyphenate_cells(table, 0)
    table.resizeRowsToContents()
    assert not problems(dialog, screen)
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    assert table.item(0, 0).text() == "Datenschutzbeauftragte"  # the model keeps it plain


def test_the_art9_check_list_wraps_its_entries_and_shows_them_all(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout

    from aios_designer.gui.panels.check_list import CheckList
    from aios_designer.gui.screen_fit import problems

    entries = ["ethnische Herkunft", "religiöse oder weltanschauliche Überzeugungen",
               "Gewerkschaftszugehörigkeit", "Sexualleben oder sexuelle Orientierung"]
    screen = QRect(0, 0, 1280, 720)
    for kind in (QListWidget, CheckList):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        checks = kind(dialog)
        for text in entries:
            item = QListWidgetItem(text, checks)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(dialog)
        layout.addWidget(checks)
        layout.addStretch(1)
        dialog.resize(170, 500)
        with qtbot.waitExposed(dialog):
            dialog.show()
        qtbot.wait(20)
        found = problems(dialog, screen)
        if kind is QListWidget:
            assert any("list scrolls sideways" in p or "cell" in p for p in found), found
            continue
        assert not found, found
        last = checks.visualItemRect(checks.item(len(entries) - 1))
        assert checks.viewport().rect().contains(last)  # every entry in sight, unscrolled
        assert checks.visualItemRect(checks.item(1)).height() >= \
            2 * checks.fontMetrics().lineSpacing()
