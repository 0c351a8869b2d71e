"""Recovery per document and window, and files changed elsewhere, as a facilitator meets them."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from aios_designer.fileio import dumps_model, load_model, save_model
from aios_designer.fileio.open_documents import claim_left_behind, sessions
from aios_designer.gui import recovery
from aios_designer.gui.recovery import data_folder, offer_recovery
from aios_designer.model import OperatingModel
from aios_designer.templates import instantiate

from .helpers import forget_changes, isolate_settings, open_window

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def windows(qtbot):
    isolate_settings()
    made = []

    def make():
        window = open_window(qtbot, size=(1280, 720))
        made.append(window)
        return window

    yield make
    for window in made:
        forget_changes(window)


@pytest.fixture
def model_file(tmp_path):
    path = tmp_path / "triage.aiosm"
    save_model(instantiate("support-triage", "en"), path)
    return path


def answer(qtbot, name: str, button: str, seen: list) -> None:
    """Click ``button`` in the modal dialog ``name`` as soon as it shows; its texts (and the
    entries of a list in it) go to ``seen``."""
    tries = [0]

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, act)
            return
        texts = [getattr(dialog, "text", lambda: "")(),
                 getattr(dialog, "informativeText", lambda: "")()]
        entries = dialog.findChild(object, "recovery_entries")
        if entries is not None:
            texts += [entries.item(i).text() for i in range(entries.count())]
        texts += [b.text() for b in dialog.findChildren(QPushButton)]
        seen.append(texts)
        qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def crashed_window(folder: Path, path: Path | None, model: OperatingModel,
                   disk: dict | None = None) -> None:
    """Another process that had ``model`` unsaved and died by kill -9."""
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from aios_designer.fileio.open_documents import Session
        s = Session(Path({str(folder)!r}))
        s.update({repr(str(path)) if path else None}, dirty=True, disk={disk!r})
        s.write_copy(sys.stdin.read())
        os.kill(os.getpid(), 9)
    """)
    done = subprocess.run([sys.executable, "-c", script], input=dumps_model(model),
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == -9, done.stderr


def press_save(qtbot, window) -> None:
    """Ctrl+S in ``window`` (a shortcut goes to the active window)."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)


def edit_title(window, title: str) -> None:
    window.document.set_fields(("meta",), {"title": title})


def test_copy_is_written_a_moment_after_the_last_edit(qtbot, windows, model_file):
    window = windows()
    window.files.open_path(model_file)
    assert window.keeper.timer.interval() == recovery.QUIET_MS <= 3_000
    assert recovery.MAX_WAIT_MS == 10_000
    edit_title(window, "Unsaved work")
    assert window.keeper.copy_path() is None
    qtbot.waitUntil(lambda: window.keeper.copy_path() is not None,
                    timeout=recovery.QUIET_MS + 3_000)
    assert load_model(window.keeper.copy_path()).meta.title == "Unsaved work"
    [info] = sessions(data_folder())
    assert info.running and info.dirty and info.path == model_file


def test_editing_without_a_pause_still_writes_by_the_deadline(qtbot, windows, monkeypatch):
    window = windows()
    keeper = window.keeper
    keeper.timer.setInterval(200)
    keeper.deadline.setInterval(600)
    titles = iter(range(1000))
    ticker = QTimer()
    ticker.timeout.connect(lambda: edit_title(window, f"edit {next(titles)}"))
    ticker.start(50)  # an edit every 50 ms: the quiet timer never fires
    try:
        qtbot.waitUntil(lambda: keeper.copy_path() is not None, timeout=3_000)
    finally:
        ticker.stop()


def test_each_window_has_its_own_copy_and_a_save_removes_only_its_own(qtbot, windows,
                                                                      model_file, tmp_path):
    one, two = windows(), windows()
    other = tmp_path / "other.aiosm"
    save_model(OperatingModel(), other)
    one.files.open_path(model_file)
    two.files.open_path(other)
    edit_title(one, "one"), edit_title(two, "two")
    copies = one.keeper.autosave(), two.keeper.autosave()
    assert copies[0] != copies[1] and all(c.exists() for c in copies)
    press_save(qtbot, one)
    assert not copies[0].exists()
    assert load_model(copies[1]).meta.title == "two"


def test_next_start_offers_every_copy_of_a_dead_window_but_not_of_a_running_one(
        qtbot, windows, model_file):
    folder = data_folder()
    running = windows()
    running.files.open_path(model_file)
    edit_title(running, "still open")
    running_copy = running.keeper.autosave()
    crashed_window(folder, model_file, OperatingModel.model_validate(
        {"meta": {"title": "crashed with a file"}}))
    crashed_window(folder, None, OperatingModel.model_validate(
        {"meta": {"title": "crashed untitled"}}))

    starting = windows()
    seen = []
    answer(qtbot, "recovery_dialog", "recovery_discard", seen)
    assert not offer_recovery(starting.keeper, starting)
    entries = seen[0]
    assert any(e.startswith("triage.aiosm — changes of ") for e in entries)
    assert any(e.startswith("Untitled (crashed untitled) — changes of ") for e in entries)
    assert not any("still open" in e for e in entries)
    # Discard removed the dead windows' copies, never the running window's.
    assert load_model(running_copy).meta.title == "still open"
    assert claim_left_behind(folder) == []


def test_recover_opens_each_copy_in_a_window_of_its_own(qtbot, windows, model_file):
    folder = data_folder()
    crashed_window(folder, model_file, OperatingModel.model_validate({"meta": {"title": "A"}}))
    crashed_window(folder, None, OperatingModel.model_validate({"meta": {"title": "B"}}))
    starting = windows()
    more = []
    seen = []
    answer(qtbot, "recovery_dialog", "recovery_recover", seen)
    assert offer_recovery(starting.keeper, starting,
                          open_more=lambda model, path, disk: more.append((model, path)))
    titles = {starting.document.model.meta.title, more[0][0].meta.title}
    assert titles == {"A", "B"} and starting.document.is_dirty
    # The recovering window holds the work in its own copy now; the dead one's is gone.
    assert load_model(starting.keeper.copy_path()).meta.title == \
        starting.document.model.meta.title
    assert claim_left_behind(folder) == []


def test_later_keeps_the_copies_for_the_next_start(qtbot, windows):
    folder = data_folder()
    crashed_window(folder, None, OperatingModel.model_validate({"meta": {"title": "kept"}}))
    starting = windows()
    answer(qtbot, "recovery_dialog", "recovery_later", [])
    assert not offer_recovery(starting.keeper, starting)
    [claim] = claim_left_behind(folder)
    claim.release()


def change_elsewhere(path: Path, title: str) -> None:
    model = load_model(path)
    model.meta.title = title
    path.write_text(dumps_model(model), encoding="utf-8")  # as another program would


def test_save_asks_when_the_file_changed_on_disk_and_cancel_keeps_both(qtbot, windows,
                                                                      model_file):
    window = windows()
    window.files.open_path(model_file)
    edit_title(window, "mine")
    change_elsewhere(model_file, "theirs")
    seen = []
    answer(qtbot, "changed_on_disk_dialog", "changed_cancel", seen)
    press_save(qtbot, window)
    assert seen and "'triage.aiosm' was changed by another program" in seen[0][0]
    assert load_model(model_file).meta.title == "theirs"
    assert window.document.is_dirty and window.document.model.meta.title == "mine"


def test_overwrite_keeps_the_other_version_as_backup(qtbot, windows, model_file):
    window = windows()
    window.files.open_path(model_file)
    edit_title(window, "mine")
    change_elsewhere(model_file, "theirs")
    answer(qtbot, "changed_on_disk_dialog", "changed_overwrite", [])
    press_save(qtbot, window)
    assert load_model(model_file).meta.title == "mine"
    assert load_model(model_file.with_name("triage.aiosm.bak")).meta.title == "theirs"
    assert not window.document.is_dirty


def test_reload_shows_theirs_and_keeps_mine_as_a_recovery_copy(qtbot, windows, model_file):
    window = windows()
    window.files.open_path(model_file)
    edit_title(window, "mine")
    change_elsewhere(model_file, "theirs")
    answer(qtbot, "changed_on_disk_dialog", "changed_reload", [])
    press_save(qtbot, window)
    assert window.document.model.meta.title == "theirs" and not window.document.is_dirty
    [kept] = claim_left_behind(data_folder())
    assert load_model(kept.info.copy).meta.title == "mine" and kept.info.path == model_file
    kept.release()


def test_save_as_leaves_their_file_alone(qtbot, windows, model_file, tmp_path, monkeypatch):
    window = windows()
    window.files.open_path(model_file)
    edit_title(window, "mine")
    change_elsewhere(model_file, "theirs")
    elsewhere = tmp_path / "mine.aiosm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(elsewhere), "")))
    answer(qtbot, "changed_on_disk_dialog", "changed_save_as", [])
    press_save(qtbot, window)
    assert load_model(model_file).meta.title == "theirs"
    assert load_model(elsewhere).meta.title == "mine" and window.document.path == elsewhere


def test_a_touched_file_with_the_same_content_is_not_a_change(qtbot, windows, model_file):
    window = windows()
    window.files.open_path(model_file)
    edit_title(window, "mine")
    os.utime(model_file, (1, 1))
    press_save(qtbot, window)  # no dialog: it would block here
    assert load_model(model_file).meta.title == "mine"


def come_back(qtbot, window) -> None:
    """The user switches back to the window from another program."""
    if window.isActiveWindow():
        QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    else:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)


def test_coming_back_to_the_window_reports_the_change_once(qtbot, windows, model_file):
    window = windows()
    window.files.open_path(model_file)
    change_elsewhere(model_file, "theirs")
    seen = []
    answer(qtbot, "changed_on_disk_dialog", "changed_cancel", seen)
    come_back(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Later" in seen[0]
    # Decided later: not asked again until the file changes again (a save still asks).
    come_back(qtbot, window)
    assert len(seen) == 1
    change_elsewhere(model_file, "theirs again")
    answer(qtbot, "changed_on_disk_dialog", "changed_reload", seen)
    come_back(qtbot, window)
    qtbot.waitUntil(lambda: window.document.model.meta.title == "theirs again")
    assert len(seen) == 2


def test_a_file_open_in_another_window_is_offered_read_only(qtbot, windows, model_file,
                                                           tmp_path, monkeypatch):
    first, second = windows(), windows()
    first.files.open_path(model_file)
    edit_title(first, "first's work")
    seen = []
    answer(qtbot, "open_elsewhere_dialog", "open_read_only", seen)
    assert second.files.open_path(model_file)
    assert f"(process {os.getpid()})" in seen[0][0] and "unsaved changes" in seen[0][1]
    assert second.displayed_title() == "triage.aiosm (read-only) — AIOS Designer"
    edit_title(second, "second's work")
    # Save becomes Save As; the same name is refused, another one is fine.
    names = iter([str(model_file), str(tmp_path / "copy.aiosm")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(names), "")))
    errors = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: errors.append(text)))
    press_save(qtbot, second)
    assert errors and "open read-only here" in errors[0]
    assert load_model(model_file).meta.title != "second's work"
    press_save(qtbot, second)
    assert load_model(tmp_path / "copy.aiosm").meta.title == "second's work"
    assert second.displayed_title() == "copy.aiosm — AIOS Designer"


@pytest.mark.qt_no_exception_capture
def test_the_error_dialog_says_a_copy_was_written_only_when_one_was(qtbot, windows,
                                                                     monkeypatch):
    from aios_designer.gui.app import ExceptionGuard

    window = windows()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.informativeText()))
    guard = ExceptionGuard(window)
    guard.install()
    try:
        def broken():
            raise RuntimeError("boom")

        window.commands.about.triggered.disconnect()
        window.commands.about.triggered.connect(broken)
        window.commands.about.trigger()  # a clean, empty document
        assert "no unsaved changes" in shown[-1] and "recovery copy was written" not in shown[-1]
        assert not list((data_folder() / "recovery").glob("*.aiosm"))
        edit_title(window, "work")
        monkeypatch.setattr(window.keeper.session, "write_copy",
                            lambda text: (_ for _ in ()).throw(OSError("disk full")))
        window.commands.about.trigger()
        assert "No recovery copy could be written" in shown[-1]
        monkeypatch.undo()
        monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.informativeText()))
        window.commands.about.trigger()
        assert "a recovery copy was written" in shown[-1]
    finally:
        guard.uninstall()


@pytest.mark.parametrize("case", ["unchanged", "changed meanwhile", "not known"])
def test_recovered_work_still_notices_a_change_made_to_its_file_meanwhile(
        qtbot, windows, model_file, case):
    from aios_designer.fileio.disk_state import DiskState

    disk = DiskState.of(model_file).to_json() if case != "not known" else None
    crashed_window(data_folder(), model_file,
                   OperatingModel.model_validate({"meta": {"title": "recovered"}}), disk)
    if case == "changed meanwhile":
        change_elsewhere(model_file, "theirs")
    window = windows()
    answer(qtbot, "recovery_dialog", "recovery_recover", [])
    seen = []
    if case != "unchanged":
        # Coming back from the recovery dialog may already report the change; "Later".
        answer(qtbot, "changed_on_disk_dialog", "changed_cancel", seen)
    assert offer_recovery(window.keeper, window)
    qtbot.wait(200)
    if seen:
        answer(qtbot, "changed_on_disk_dialog", "changed_cancel", seen)
    press_save(qtbot, window)
    if case == "unchanged":
        assert load_model(model_file).meta.title == "recovered"
    else:
        qtbot.waitUntil(lambda: bool(seen))
        assert load_model(model_file).meta.title != "recovered"
        assert window.document.is_dirty
