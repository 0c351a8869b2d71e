"""German is complete: every string the GUI can show has a finished German translation.

Two checks, each listing every untranslated string it finds:

- static: every source string the code translates (found by Qt's ``pyside6-lupdate`` and by
  reading the code for the module helpers lupdate cannot see, such as the undo texts of the
  ``Document`` commands) has a finished German translation in ``aios_de.ts`` that is not
  just the English text copied, and every counted message (``%n``) has its singular and
  plural forms in both languages;
- running: a German window at 1280 × 720 with a template open performs every kind of edit
  and opens every panel, menu and dialog and the error message of a damaged file; every
  text it shows (widgets, actions, menus, tooltips, tables, the painted canvas, undo texts)
  is read and must contain no English word and be no English source string.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from aios_designer.gui.i18n import install_language
from aios_designer.resources import TRANSLATIONS

from .gui_texts import widget_texts
from .helpers import forget_changes, isolate_settings, open_window
from .translation_sources import (
    TS_DE,
    TS_EN,
    Message,
    code_messages,
    translations,
    untranslated_literals,
)

GUI = Path(__file__).resolve().parents[2] / "aios_designer" / "gui"
TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or \
    shutil.which("pyside6-lupdate")

#: Source strings whose German is the same text (a name, an abbreviation or a word German
#: uses as well). A translation equal to its source is accepted only for these.
SAME_IN_GERMAN = {
    "—", "API", "Definition", "English", "EU-US Data Privacy Framework", "Hosting", "Name",
    "Normal",
    "OK", "RACI", "SLA {hours} h", "System", "Team", "Version", "Zoom {percent} %",
    "Simulation", "SLA (h)",
}

#: Words English and German share (or names and units), never reported as English.
SHARED_WORDS = {
    "api", "app", "business", "case", "cloud", "designer", "dpia", "eur", "excel", "fte",
    "gdpr", "hosting", "json", "name", "normal", "pilot", "prompt", "raci", "sla", "status",
    "system", "team", "ticket", "tickets", "version", "workflow", "zoom", "aios", "aiosm",
    "xlsx", "csv", "framework", "data", "privacy", "definition", "start", "standard",
    "support", "level", "manager", "chatbot", "crm", "erp", "mail", "mailbox", "online",
    "feedback", "backlog", "audit", "legal", "compliance", "finance", "controlling",
    # German words spelt like English ones
    "alternative", "gas", "manipulative", "migration", "private", "social", "scoring", "vitro",
    "will", "art", "land", "bank", "hand", "rest", "also", "die", "man", "hat", "audio",
    "video", "internet", "relevant", "august", "profiling", "event", "stream", "english",
    "innovative", "profile", "mobile", "union", "digital", "omnibus",  # "Digital-Omnibus"
    "ba", "bb",  # Art. 5 Abs. 1 lit. ba, bb
    # key names in shortcuts
    "alt", "ctrl", "shift", "esc", "del", "f1", "f2", "f11",
}


def _lupdate_messages(tmp_path: Path) -> set[tuple[str, str]]:
    collected = tmp_path / "collected.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([LUPDATE, "-silent", *sources, "-ts", str(collected)], check=True,
                   capture_output=True, timeout=120)
    found = set()
    for context in ET.parse(collected).getroot().iter("context"):
        for message in context.iter("message"):
            found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def _listing(title: str, lines: list[str]) -> str:
    return f"{title} ({len(lines)}):\n" + "\n".join(f"  {line}" for line in sorted(lines))


# -- static ------------------------------------------------------------------------------------
def test_every_translated_string_in_the_code_has_a_finished_german_translation(tmp_path):
    german = translations(TS_DE)
    wanted: dict[tuple[str, str], Message] = {m.key: m for m in code_messages()}
    assert len(wanted) > 400, "the code reader found too few strings; is it broken?"
    if LUPDATE is not None:
        for context, source in _lupdate_messages(tmp_path):
            # lupdate names a module-level helper's context "" or after the module; the
            # code reader above gives those their real context.
            if context and context[0].isupper():
                wanted.setdefault((context, source), Message(context, source, where="lupdate"))
    missing, copied = [], []
    for key, message in wanted.items():
        found = german.get(key)
        label = f"[{message.context}] {message.source!r}  ({message.where})"
        if found is None or not found.finished:
            missing.append(label)
        elif found.text == message.source and message.source not in SAME_IN_GERMAN:
            copied.append(label)
    assert not missing and not copied, "\n".join(filter(None, (
        missing and _listing("no finished German translation in aios_de.ts for", missing),
        copied and _listing("German text is the English source (translate it, or list it in "
                            "SAME_IN_GERMAN if German really says the same)", copied))))


def test_counted_messages_have_singular_and_plural_in_both_languages():
    counted = {m.key: m for m in code_messages() if m.plural}
    assert counted, "no %n message found; the status bar counts use them"
    problems = []
    for ts in (TS_DE, TS_EN):
        catalogue = translations(ts)
        for key, message in counted.items():
            found = catalogue.get(key)
            if "%n" not in message.source and "%Ln" not in message.source:
                problems.append(f"[{key[0]}] {key[1]!r}: counted but has no %n")
            elif found is None or len(found.forms) != 2 or not found.finished:
                problems.append(f"{ts.name} [{key[0]}] {key[1]!r}: needs 2 numerus forms")
            elif not all("%n" in f or "%Ln" in f for f in found.forms):
                problems.append(f"{ts.name} [{key[0]}] {key[1]!r}: a form lost the number")
    assert not problems, _listing("counted messages", problems)


def test_the_ts_files_are_valid_qt_linguist_xml():
    for ts, language in ((TS_DE, "de_DE"), (TS_EN, "en_US")):
        root = ET.parse(ts).getroot()
        assert root.tag == "TS" and root.get("version") == "2.1"
        assert root.get("language") == language
        names = [c.findtext("name") for c in root.iter("context")]
        assert len(names) == len(set(names)), f"a context appears twice in {ts.name}"
    assert TS_DE.parent == TRANSLATIONS


# -- running -----------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Without mnemonic marks, soft hyphens and the line breaks the canvas adds."""
    return (text.replace("&", "").replace("\xad", "").replace("-\u2028", "")
            .replace("\u2028", " "))


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", _plain(text))}


def _german_words() -> set[str]:
    words = set(SHARED_WORDS)
    for found in translations(TS_DE).values():
        for text in (found.text, *found.forms):
            words |= _words(text)
    return words


def _english_sources() -> dict[str, str]:
    """English source text (without & marks) → its German translation, for every message."""
    german = translations(TS_DE)
    result = {}
    for message in code_messages():
        found = german.get(message.key)
        result[message.source.replace("&", "")] = found.text if found else ""
    return result


def _model_strings(model) -> set[str]:
    """Every string in the model (names, descriptions, …): user data, not interface text."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(model.model_dump(mode="json"))
    # Ids, enum values and dates are not shown as typed; free text is.
    return {s for s in found if s.strip() and not re.fullmatch(r"[a-z0-9_\-:.TZ]+", s)}


def _collect_modal(qtbot, trigger, texts: list, where: str) -> None:
    """Run ``trigger`` (which opens a modal dialog), read the dialog, close it."""
    seen: list = []
    errors: list = []

    polls = [0]

    def read_and_close():
        dialog = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if dialog is None:
            polls[0] += 1
            if polls[0] < 200:  # gives up after about 4 s; the wait below then fails
                QTimer.singleShot(20, read_and_close)
            return
        seen.append(dialog)
        try:
            if not isinstance(dialog, QFileDialog):  # Qt's own dialog, Qt's own German
                texts.extend((f"{where} › {w}", t) for w, t in widget_texts(dialog))
        except Exception as exc:  # noqa: BLE001 - reported after the dialog is closed
            errors.append(exc)
        finally:
            dialog.close() if isinstance(dialog, QMenu) else dialog.reject()
        if isinstance(dialog, QFileDialog):
            return
        # A dialog may open another (a file chooser first): read that one too.
        QTimer.singleShot(50, lambda: QApplication.activeModalWidget() and read_and_close())

    QTimer.singleShot(50, read_and_close)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(100)
    if errors:
        raise errors[0]


def _perform_every_kind_of_edit(window, qtbot) -> None:
    """One edit of every kind a user makes, through the same calls the GUI's buttons make."""
    from aios_designer.gui.palette import StepKind

    document, canvas, model = window.document, window.canvas, window.document.model
    steps = [s.id for s in model.steps]
    roles_before = {r.id for r in model.roles}
    ai_step = next(s for s in model.steps if s.kind == "ai_task")
    canvas.place_step(StepKind.HUMAN_TASK)                       # Add {kind}
    new_step = document.model.steps[-1].id
    document.connect_steps(steps[0], new_step)                   # Connect
    canvas.select_ids([new_step])
    canvas.nudge(20, 0)                                          # Move
    window.commands.duplicate.trigger()                          # Duplicate
    window.commands.copy.trigger()
    window.commands.paste.trigger()                              # Paste
    canvas.select_ids([document.model.steps[-1].id])
    window.commands.cut.trigger()                                # Cut
    canvas.select_ids([new_step])
    window.commands.delete.trigger()                             # Delete
    window.commands.auto_layout.trigger()                        # Auto-layout
    canvas.select_ids([steps[1]])
    window.commands.rename.trigger()                             # Rename step
    editor = canvas.workflow_scene.editor
    editor.setPlainText("Neu benannt")
    editor.finish(True)
    properties = window.panel("properties")
    window.select_elements([ai_step.id])
    editor = properties.editor("review.threshold")
    editor.widget.setValue(0.5)                                  # Set {field}
    raci = window.panel("raci")
    document.set_raci_cell(steps[1], model.roles[0].id, "C")    # Edit RACI
    raci.reset_rows(list(range(3)))                              # Reset RACI to derived
    roles = window.panel("roles")
    roles.add_role()                                             # Add role
    roles.select_role(document.model.roles[-1].id)
    roles.move_current(-1)                                       # Move role
    added = next(r.id for r in document.model.roles if r.id not in roles_before)
    roles.select_role(added)
    roles.delete_role()                                          # Delete role
    kpis = window.panel("kpis")
    kpis.add_kpi()                                               # Add KPI
    kpis.add_baseline_metrics()                                  # Add baseline metrics
    kpis.add_team_kpi()                                          # Add team KPI
    kpis._set_case("one_off_investment", 5000.0)                 # Edit business case
    whatif = window.panel("whatif")
    whatif.set_selection([ai_step.id])
    whatif.slider.setValue(whatif.slider.value() + 5)            # Set review threshold
    qtbot.wait(50)


def _undo_texts(stack) -> list[str]:
    texts = []
    for i in range(stack.count()):
        command = stack.command(i)
        texts.append(command.text())
        texts.extend(command.child(j).text() for j in range(command.childCount()))
    return texts


def _run_scenario(qtbot, monkeypatch, tmp_path, lang: str, start: str | None = None):
    """Everything a facilitator sees in one session, in ``lang``: (texts, undo texts, model).

    With ``start``, the window starts in that language, every panel is built, and then the
    language is switched to ``lang`` from the menu (what a widget that does not retranslate
    would get wrong)."""
    from aios_designer.fileio import load_model

    isolate_settings()
    install_language(start or lang)
    window = open_window(qtbot, (1280, 720))
    texts: list = []
    try:
        model = load_model(TEMPLATES / "support-triage.de.aiosm")
        window.document.replace_model(model)
        qtbot.wait(50)
        for name in list(window.docks):
            window.panel(name)
        if start:
            next(a for a in window.language_group.actions()
                 if a.objectName().endswith(lang)).trigger()
            qtbot.wait(50)
        _perform_every_kind_of_edit(window, qtbot)
        undo = _undo_texts(window.document.undo_stack)
        texts += [("Edit menu › undo", window.commands.undo.text())]
        window.document.undo_stack.undo()
        texts += [("Edit menu › redo", window.commands.redo.text())]
        window.document.undo_stack.redo()
        for name in ("ai_act", "data_protection", "calibrate", "import_raci", "new"):
            _collect_modal(qtbot, window.commands.by_name[name].trigger, texts, name)
        _collect_modal(qtbot, window.show_about, texts, "about")
        _collect_modal(qtbot, window.commands.close.trigger, texts, "unsaved changes")
        roles = window.panel("roles")
        lane_role = next(s.role_id for s in window.document.model.steps if s.role_id)
        roles.select_role(lane_role)
        _collect_modal(qtbot, roles.delete_role, texts, "delete role")
        raci = window.panel("raci")
        cell = raci.table.visualRect(raci.table_model.index(0, 0)).center()
        _collect_modal(qtbot, lambda: raci._context_menu(cell), texts, "RACI context menu")
        damaged = tmp_path / "damaged.aiosm"
        damaged.write_text('{"format": "aios-operating-model", "schema_version": 1,',
                           encoding="utf-8")
        _collect_modal(qtbot, lambda: window.files.open_path(damaged, prompt=False), texts,
                       "open error")
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(tmp_path / "a.aiosm"), "")))
        texts += list(widget_texts(window, monkeypatch))
        for dock in window.docks.values():
            texts += list(widget_texts(dock, monkeypatch))
        return texts, undo, _model_strings(window.document.model) | _model_strings(model)
    finally:
        forget_changes(window)
        install_language("en")


def _english_left(text: str, english_words: set[str], sources: dict[str, str],
                  model_strings: list[str]) -> list[str]:
    """Why ``text`` (seen in the German interface) is not German, or []."""
    plain = _plain(text)
    if plain in sources and sources[plain] != plain and plain not in SAME_IN_GERMAN:
        return [f"is the English source {plain!r}"]
    stem = plain.removesuffix("…").strip()
    if plain.endswith("…") and any(value.startswith(stem) for value in model_strings):
        return []  # a name the canvas shortened
    for value in model_strings:  # user data is what the user typed, in any language
        if value in plain:
            plain = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", plain)
    plain = re.sub(r"<[^>]+>", " ", plain)  # rich-text tags
    plain = re.sub(r"\bAIOS-[A-Z]\d+\b|\b[\w.-]+\.(?:aiosm|xlsx|csv|png)\b"
                   r"|\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b", " ", plain)
    english = sorted(_words(plain) & english_words)
    return [f"English word(s) {', '.join(english)}"] if english else []


_english_run: list = []


def _english_scenario(qtbot, monkeypatch, tmp_path):
    """The English run, once per test session: both German runs compare against it."""
    if not _english_run:
        english, english_undo, _ = _run_scenario(qtbot, monkeypatch, tmp_path, "en")
        _english_run.append((english, english_undo))
    return _english_run[0]


_german_run: list = []


@pytest.fixture
def scenario_texts(qtbot, monkeypatch, tmp_path):
    english, english_undo = _english_scenario(qtbot, monkeypatch, tmp_path)
    if not _german_run:
        _german_run.append(_run_scenario(qtbot, monkeypatch, tmp_path, "de"))
    german, german_undo, model_strings = _german_run[0]
    return english, english_undo, german, german_undo, model_strings


def test_the_german_window_shows_no_english_text_after_every_kind_of_edit(scenario_texts):
    _assert_german(*scenario_texts)


def test_switching_to_german_while_running_leaves_no_english_text(qtbot, monkeypatch, tmp_path):
    english, english_undo = _english_scenario(qtbot, monkeypatch, tmp_path)
    german, german_undo, model_strings = _run_scenario(qtbot, monkeypatch, tmp_path, "de",
                                                       start="en")
    _assert_german(english, english_undo, german, german_undo, model_strings)


def _assert_german(english, english_undo, german, german_undo, model_strings) -> None:
    sources = _english_sources()
    german_words = _german_words() | {w for s in model_strings for w in _words(s)}
    english_words = set()
    for text in [t for _, t in english] + english_undo + list(sources):
        english_words |= _words(text)
    english_words -= german_words
    by_length = sorted(model_strings, key=len, reverse=True)
    problems = set()
    for where, text in german:
        if not text or not text.strip():
            continue
        for reason in _english_left(text, english_words, sources, by_length):
            problems.add(f"{where}: {text!r} — {reason}")
    assert len(german_undo) == len(english_undo) >= 15, (german_undo, english_undo)
    for index, (de, en) in enumerate(zip(german_undo, english_undo)):
        if de == en and de not in SAME_IN_GERMAN:
            problems.add(f"undo text {index}: {de!r} is the same as in English")
        for reason in _english_left(de, english_words, sources, by_length):
            problems.add(f"undo text {index}: {de!r} — {reason}")
    assert not problems, _listing("English text in the German interface", list(problems))


def test_the_scenario_reads_what_it_claims_to(scenario_texts):
    """The running check must see the places where English used to be left over."""
    english, english_undo, german, german_undo, _ = scenario_texts
    seen = {t for _, t in german}
    assert any(t.startswith("&Rückgängig") for t in seen), "Edit menu undo text not read"
    assert any("Zeile" in t and "JSON" in t for t in seen), "open-error message not read"
    assert any(re.search(r"\b1 Warnung\b|\d+ Warnungen?\b", t) for t in seen)
    assert "Verbinden" in german_undo and "Connect" in english_undo
    assert any(w.endswith("(painted)") for w, _ in german), "canvas texts not read"
    read = {w.partition(" › ")[0] for w, _ in german}
    assert {"ai_act", "data_protection", "calibrate", "import_raci", "new", "about",
            "open error", "unsaved changes", "delete role", "RACI context menu"} <= read
    assert any("Speichern" in t for w, t in german if w.startswith("unsaved changes"))
    assert len(german) > 1000


def test_screenshot_command_reports_in_german(tmp_path):
    out = tmp_path / "bild.png"
    result = subprocess.run(
        [sys.executable, "-m", "aios_designer", "screenshot",
         str(TEMPLATES / "support-triage.de.aiosm"), str(out), "--size", "640x400",
         "--lang", "de"],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out} geschrieben (640x400)"
    assert result.stderr.strip() == "", "no English platform notes after the German line"


def test_no_text_is_shown_without_going_through_tr():
    found = untranslated_literals()
    assert not found, _listing("text shown without tr()/translate() (wrap it and add the "
                               "German to aios_de.ts)", found)


def test_an_empty_model_in_the_german_window_is_a_german_model(qtbot):
    """Its workbook is exported in German, as the facilitator works."""
    isolate_settings()
    install_language("de")
    window = open_window(qtbot, (1280, 720))
    try:
        assert window.document.model.meta.language == "de"
        window.document.replace_model(window.document.model.model_copy(deep=True))
        assert window.files.close()
        assert window.document.model.meta.language == "de"
    finally:
        forget_changes(window)
        install_language("en")
