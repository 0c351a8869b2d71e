"""The main window as a facilitator meets it: title, files, recovery, errors, languages."""
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from aios_designer.fileio import load_model, save_model
from aios_designer.gui.i18n import install_language
from aios_designer.model import OperatingModel, Role, make_step
from aios_designer.templates import instantiate

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    yield window
    forget_changes(window)
    install_language("en")


@pytest.fixture
def model_file(tmp_path):
    path = tmp_path / "triage.aiosm"
    save_model(instantiate("support-triage", "en"), path)
    return path


def answer(monkeypatch, button):
    """Patch the message boxes to answer ``button`` and record what they asked."""
    asked = []

    def reply(*args, **kwargs):
        asked.append([a for a in args if isinstance(a, str)])
        return button

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(reply))
    return asked


def test_title_shows_name_and_unsaved_star(qtbot, window, model_file):
    assert window.files.open_path(model_file)
    assert window.displayed_title() == "triage.aiosm — AIOS Designer"
    step = window.document.model.steps[0]
    window.document.set_fields(("steps", step.id), {"name": "Renamed"})
    assert window.displayed_title() == "triage.aiosm* — AIOS Designer"
    assert window.saved_label.text() == "Unsaved changes"
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    assert window.displayed_title() == "triage.aiosm — AIOS Designer"


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window, monkeypatch,
                                                                    model_file):
    window.files.open_path(model_file)
    window.document.set_fields(("meta",), {"title": "Changed"})
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and asked and "triage.aiosm" in asked[0][1]
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert load_model(model_file).meta.title == "Changed"


def test_discard_on_close_leaves_the_file_alone(window, monkeypatch, model_file):
    window.files.open_path(model_file)
    window.document.set_fields(("meta",), {"title": "Changed"})
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert load_model(model_file).meta.title != "Changed"


def test_bad_file_shows_the_reason_and_keeps_the_document(window, monkeypatch, tmp_path,
                                                          model_file):
    window.files.open_path(model_file)
    before = window.document.model.model_dump()
    bad = tmp_path / "broken.aiosm"
    bad.write_text('{"format": "aios-operating-model", "schema_version": 1, "roles": [}',
                   encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Ok)
    assert not window.files.open_path(bad)
    assert len(asked) == 1 and "broken.aiosm" in asked[0][1]
    assert window.document.model.model_dump() == before
    assert window.document.path == model_file


def test_file_errors_are_told_in_the_interface_language(window, monkeypatch, tmp_path):
    from aios_designer.gui import i18n

    monkeypatch.setattr(i18n, "_current", "de")
    bad = tmp_path / "kaputt.aiosm"
    bad.write_text('{"format": "aios-operating-model", "schema_version": 1, "roles": [}',
                   encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Ok)
    assert not window.files.open_path(bad)
    assert "'kaputt.aiosm' (Zeile 1, Spalte 67)" in asked[0][1]
    assert "kein gültiges JSON" in asked[0][1]


def test_save_error_keeps_the_document_dirty(window, monkeypatch, tmp_path):
    window.document.set_fields(("meta",), {"title": "Draft"})
    asked = answer(monkeypatch, QMessageBox.StandardButton.Ok)
    window.document._set_path(tmp_path / "missing-folder" / "x.aiosm")
    assert not window.files.save()
    assert asked and window.document.is_dirty and window.isWindowModified()


def test_dropping_a_model_file_opens_it(qtbot, window, model_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(model_file))])
    point = QPointF(window.width() / 2, window.height() / 2)
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.document.path == model_file)
    assert len(window.document.model.steps) == len(load_model(model_file).steps)


def test_recent_files_remember_what_was_opened(window, model_file):
    window.files.open_path(model_file)
    names = [a.text() for a in window.recent_menu.actions()]
    assert names == ["&1 triage.aiosm"]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_dialog_autosaves_and_the_app_lives_on(qtbot, window,
                                                                         monkeypatch):
    from aios_designer.gui.app import ExceptionGuard

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    window.document.set_fields(("meta",), {"title": "Work in progress"})
    guard = ExceptionGuard(window)
    guard.install()
    try:
        def broken():
            raise RuntimeError("boom")

        window.commands.about.triggered.disconnect()
        window.commands.about.triggered.connect(broken)
        window.commands.about.trigger()
    finally:
        guard.uninstall()
    assert shown and "boom" in shown[0]
    copy = window.keeper.copy_path()
    assert load_model(copy).meta.title == "Work in progress"
    assert window.isVisible()
    window.document.set_fields(("meta",), {"title": "Still editing"})
    assert window.document.model.meta.title == "Still editing"


def test_language_switch_retranslates_menus_and_panels(qtbot, window):
    assert window.file_menu.title() == "&File"
    window.language_actions["de"].trigger()
    # Qt delivers LanguageChange as posted events.
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Datei")
    assert window.docks["properties"].windowTitle() == "Eigenschaften"
    assert window.commands.save.text() == "&Speichern"
    assert window.panel("properties").header.text() == "Betriebsmodell"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_presentation_mode_hides_docks_and_f11_leaves_it(qtbot, window):
    assert window.docks["properties"].isVisible()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    assert window.is_presenting() and window.isFullScreen()
    assert not any(d.isVisible() for d in window.docks.values())
    assert not window.step_palette.isVisible() and not window.menuBar().isVisible()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    assert not window.is_presenting() and not window.isFullScreen()
    assert window.docks["properties"].isVisible() and window.menuBar().isVisible()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    assert window.is_presenting()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not window.is_presenting() and window.step_palette.isVisible()
    # Outside presentation mode Esc belongs to the canvas again (clears the selection).
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not window.is_presenting()


def test_leaving_presentation_mode_keeps_the_panel_that_was_in_front(qtbot, window):
    roles, properties = window.docks["roles"], window.docks["properties"]
    assert roles in window.tabifiedDockWidgets(properties)
    roles.raise_()
    qtbot.waitUntil(lambda: not roles.visibleRegion().isEmpty())
    assert properties.visibleRegion().isEmpty()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not roles.visibleRegion().isEmpty())
    assert properties.visibleRegion().isEmpty()


def test_properties_form_refuses_invalid_values_and_marks_them(qtbot, window):
    form = window.panel("properties")
    hours = form.editor("productive_hours_per_fte_month")
    window.docks["properties"].raise_()
    form.scroll.ensureWidgetVisible(hours.widget)
    line = hours.widget.lineEdit()
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(line, "800")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.document.model.settings.productive_hours_per_fte_month == 133.0
    assert hours.has_error and "744" in hours.error_label.text()
    assert not window.document.undo_stack.canUndo()


def test_every_field_of_every_step_kind_has_an_editor(window):
    from aios_designer.model import StepKind

    role = Role(name="Agent")
    steps = [make_step(kind, name=kind.value, role_id=role.id) for kind in StepKind]
    window.document.replace_model(OperatingModel(roles=[role], steps=steps))
    form = window.panel("properties")
    for step in steps:
        window.select_elements([step.id])
        edited = {e.dotted.split(".")[0] for _, e in form.editors}
        expected = set(type(step).model_fields) - {"position", "raci_overrides", "kind",
                                                   "review", "data_protection"}
        assert expected <= edited, step.kind
        if step.kind == StepKind.AI_TASK:
            assert {"review.mode", "review.threshold", "review.qa_sample_rate",
                    "review.reviewer_role_id", "review.review_minutes"} <= {
                e.dotted for _, e in form.editors}


def test_german_menus_with_lang_de(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    install_language("de")
    try:
        window = open_window(qtbot, (1280, 720))
        titles = [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu)]
        assert titles == ["&Datei", "&Bearbeiten", "&Ansicht"]
        # Qt's own texts (standard buttons of the unsaved-changes prompt) are German too.
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Verwerfen"
        forget_changes(window)
    finally:
        install_language("en")


@pytest.mark.slow
def test_screenshot_command_writes_a_png_of_the_requested_size(tmp_path, model_file):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "aios_designer", "screenshot", str(model_file), str(out),
         "--size", "1280x720", "--lang", "de"],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_screenshot_command_fails_in_one_line_for_a_bad_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "aios_designer", "screenshot", str(tmp_path / "nope.aiosm"),
         str(tmp_path / "x.png")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def _run_gui_and_inspect(qtbot, monkeypatch, argv, inspect):
    """``aios-designer ARGS`` up to the event loop; ``inspect(window)`` instead of the loop."""
    from aios_designer.cli import main
    from aios_designer.gui.main_window import MainWindow

    seen = []

    def fake_exec(*_args):
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        # The workspace and the initial file/template follow the first frame.
        qtbot.waitUntil(lambda: window.has_workspace)
        QApplication.processEvents()
        seen.append(inspect(window))
        forget_changes(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert main(argv) == 0
    return seen[0]


def test_lang_de_and_file_argument_open_a_german_window_with_the_file(qtbot, monkeypatch,
                                                                      model_file):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    try:
        menus, path = _run_gui_and_inspect(
            qtbot, monkeypatch, ["--lang", "de", str(model_file)],
            lambda w: ([m.title() for m in (w.file_menu, w.edit_menu)], w.document.path))
    finally:
        install_language("en")
    assert menus == ["&Datei", "&Bearbeiten"]
    assert path == model_file


def test_template_argument_starts_an_untitled_unsaved_model(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    title, dirty, path, steps = _run_gui_and_inspect(
        qtbot, monkeypatch, ["--lang", "en", "--template", "support-triage"],
        lambda w: (w.displayed_title(), w.document.is_dirty, w.document.path,
                   len(w.document.model.steps)))
    install_language("en")
    assert (title, dirty, path) == ("Untitled* — AIOS Designer", True, None)
    assert steps > 5


def test_tools_and_file_dialogs_of_other_parts_open_from_the_menus(qtbot, window, monkeypatch,
                                                                   model_file):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from aios_designer.gui.main_window import DIALOG_ACTIONS

    window.files.open_path(model_file)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    for name in DIALOG_ACTIONS:
        action = window.commands.by_name[name]
        if action.isEnabled():
            action.trigger()
    assert window.document.model.model_dump() == load_model(model_file).model_dump()
    expected = {"import_raci": "RaciImportDialog", "calibrate": "CalibrationDialog",
                "ai_act": "AiActDialog", "data_protection": "DataProtectionDialog"}
    for name, dialog in expected.items():
        if window.commands.by_name[name].isEnabled():
            assert dialog in opened


def test_new_offers_templates_and_an_empty_model(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from aios_designer.gui.file_controller import TemplateDialog

    chosen = {}

    def pick(self):
        names = [self.choices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.choices.count())]
        chosen["names"] = names
        self.choices.setCurrentRow(names.index(chosen.get("want")))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", pick)
    chosen["want"] = "support-triage"
    qtbot.keyClick(window.canvas, Qt.Key.Key_N, CTRL)
    assert chosen["names"][0] is None and "support-triage" in chosen["names"]
    assert len(window.document.model.steps) > 5 and window.document.is_dirty
    assert window.displayed_title() == "Untitled* — AIOS Designer"
    chosen["want"] = None
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(window.canvas, Qt.Key.Key_N, CTRL)
    assert window.document.model.steps == [] and not window.document.is_dirty


def test_snap_to_grid_can_be_switched_off_in_the_view_menu(window):
    assert window.commands.snap.isChecked() and window.canvas.snap_enabled()
    window.commands.snap.trigger()
    assert not window.canvas.snap_enabled()


def test_the_window_comes_back_in_the_size_it_was_closed(qtbot, window):
    from aios_designer.gui.main_window import MainWindow

    window.resize(700, 500)  # within the 800 × 600 offscreen screen
    assert window.close()
    again = MainWindow()
    again.restore_window()
    assert (again.width(), again.height()) == (700, 500)
    forget_changes(again)


def test_language_comes_from_lang_then_the_menu_choice_then_the_system(qapp, monkeypatch):
    from aios_designer.gui.i18n import choose_language, save_language

    isolate_settings()
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert choose_language(None) == "de"  # system
    save_language("en")
    assert choose_language(None) == "en"  # picked in View → Language last time
    assert choose_language("de") == "de"  # --lang wins


def test_without_a_display_the_gui_command_fails_in_one_line(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "aios_designer"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_opened_model_is_shown_at_a_readable_size(qtbot, window, model_file):
    from aios_designer.gui.main_window import READABLE_ZOOM

    window.resize(1280, 720)
    window.files.open_path(model_file)
    qtbot.waitUntil(lambda: window.zoom_label.text() == f"Zoom {round(READABLE_ZOOM * 100)} %")
    assert window.canvas.zoom() == pytest.approx(READABLE_ZOOM)
    window.zoom_to_fit()
    # The whole workflow would need less: zoom to fit stays where names are legible, fits
    # the width if it can and scrolls to the start.
    assert window.canvas.zoom() >= READABLE_ZOOM - 1e-9
    assert window.canvas.horizontalScrollBar().value() == \
        window.canvas.horizontalScrollBar().minimum()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_two_entries_of_a_menu_share_their_alt_key(qtbot, window, lang):
    """Alt+letter must reach one entry, not cycle between two (keyboard users, and the
    facilitator at a projector without a mouse at hand)."""
    import re

    install_language(lang)  # Qt re-labels the menus as the LanguageChange events arrive
    qtbot.waitUntil(lambda: window.file_menu.title() == {"en": "&File", "de": "&Datei"}[lang])
    menus = [("menu bar", window.menuBar().actions())]
    for entry in window.menuBar().actions():
        menus.append((entry.text(), entry.menu().actions()))
        menus += [(sub.text(), sub.menu().actions()) for sub in entry.menu().actions()
                  if sub.menu() is not None]
    for title, actions in menus:
        keys: dict[str, list[str]] = {}
        for action in actions:
            key = re.search(r"&([^&])", action.text().replace("&&", ""))
            if key:
                keys.setdefault(key.group(1).lower(), []).append(action.text())
        shared = {key: texts for key, texts in keys.items() if len(texts) > 1}
        assert not shared, f"{title}: {shared}"


def test_presentation_mode_shows_names_and_labels_at_least_at_full_size(qtbot, window):
    from aios_designer.gui.main_window import PRESENTATION_ZOOM

    window.files.new_from_template("support-triage", "de", prompt=False)
    qtbot.wait(50)  # the opened model is shown first
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.canvas.zoom() >= PRESENTATION_ZOOM - 1e-9, timeout=15_000)
    qtbot.wait(50)
    assert window.canvas.zoom() >= PRESENTATION_ZOOM - 1e-9
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)


def test_leaving_presentation_mode_brings_back_zoom_and_scroll_position(qtbot, window):
    from aios_designer.gui.main_window import PRESENTATION_ZOOM

    window.files.new_from_template("support-triage", "de", prompt=False)
    qtbot.wait(50)  # the opened model is shown first
    canvas = window.canvas
    canvas.set_zoom(0.8)
    h, v = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h.setValue(h.maximum() // 2)
    v.setValue(v.maximum() // 3)
    before = canvas.view_state()
    assert before[1] > 0 and before[2] > 0
    qtbot.keyClick(canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: canvas.zoom() >= PRESENTATION_ZOOM - 1e-9, timeout=15_000)
    assert canvas.view_state() != before
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not window.is_presenting()
    qtbot.wait(100)  # the window is back at its size and laid out
    assert canvas.view_state() == pytest.approx(before)
    assert window.zoom_label.text() == "Zoom 80 %"
