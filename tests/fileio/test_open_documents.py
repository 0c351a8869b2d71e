"""The registry of open documents: locks tell running windows from crashed ones, headless."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from aios_designer.fileio.open_documents import (
    Session,
    claim_left_behind,
    default_data_folder,
    is_running,
    keep_detached_copy,
    open_elsewhere,
    sessions,
    unsaved_elsewhere,
)

ROOT = Path(__file__).resolve().parents[2]


def _crashed_session(folder: Path, path: Path | None, text: str) -> str:
    """A session whose process died with kill -9 while it had unsaved work."""
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from aios_designer.fileio.open_documents import Session
        s = Session(Path({str(folder)!r}))
        s.update({repr(str(path)) if path else None}, dirty=True)
        s.write_copy({text!r})
        print(s.id, flush=True)
        os.kill(os.getpid(), 9)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == -9, done.stderr
    return done.stdout.strip()


def test_a_running_session_holds_its_lock_and_a_closed_one_leaves_nothing(tmp_path):
    session = Session(tmp_path)
    session.update(tmp_path / "a.aiosm", dirty=True)
    copy = session.write_copy("work")
    assert is_running(tmp_path, session.id)
    [info] = sessions(tmp_path)
    assert info.running and info.dirty and info.copy == copy and info.pid == os.getpid()
    session.close()
    assert not copy.exists() and sessions(tmp_path) == []
    assert not list((tmp_path / "sessions").iterdir())


def test_only_the_copies_of_dead_windows_are_claimed_all_of_them(tmp_path):
    running = Session(tmp_path)
    running.update(tmp_path / "open.aiosm", dirty=True)
    running_copy = running.write_copy("still being edited")
    first = _crashed_session(tmp_path, tmp_path / "one.aiosm", "first")
    second = _crashed_session(tmp_path, None, "second")
    claims = claim_left_behind(tmp_path)
    assert {c.info.id for c in claims} == {first, second}
    assert sorted(c.info.copy.read_text() for c in claims) == ["first", "second"]
    # Held while this run decides: a window starting now does not offer them too.
    assert claim_left_behind(tmp_path) == []
    for claim in claims:
        claim.forget()  # "Discard"
    assert running_copy.read_text() == "still being edited"
    assert claim_left_behind(tmp_path) == []
    assert [s.id for s in sessions(tmp_path)] == [running.id]
    running.close()


def test_a_released_claim_is_offered_again(tmp_path):
    _crashed_session(tmp_path, None, "later")
    [claim] = claim_left_behind(tmp_path)
    claim.release()
    [again] = claim_left_behind(tmp_path)
    assert again.info.copy.read_text() == "later"
    again.release()


def test_a_save_in_one_window_removes_only_its_own_copy(tmp_path):
    path = tmp_path / "same.aiosm"
    one, two = Session(tmp_path), Session(tmp_path)
    for session in (one, two):
        session.update(path, dirty=True)
    copies = one.write_copy("one"), two.write_copy("two")
    assert copies[0] != copies[1]
    one.update(path, dirty=False)
    one.remove_copy()
    assert not copies[0].exists() and copies[1].read_text() == "two"
    one.close(), two.close()


def test_open_elsewhere_and_unsaved_elsewhere_name_the_running_windows(tmp_path):
    path = tmp_path / "shared.aiosm"
    clean, dirty = Session(tmp_path), Session(tmp_path)
    clean.update(path, dirty=False)
    dirty.update(tmp_path / "." / "shared.aiosm", dirty=True)
    assert {s.id for s in open_elsewhere(path, tmp_path)} == {clean.id, dirty.id}
    assert [s.id for s in open_elsewhere(path, tmp_path, exclude=clean.id)] == [dirty.id]
    assert [s.id for s in unsaved_elsewhere(path, tmp_path)] == [dirty.id]
    dirty.close()
    assert unsaved_elsewhere(path, tmp_path) == []
    clean.close()
    # A crashed window's file counts as open nowhere.
    _crashed_session(tmp_path, path, "x")
    assert open_elsewhere(path, tmp_path) == []


def test_a_detached_copy_is_offered_at_once(tmp_path):
    copy = keep_detached_copy(tmp_path, "set aside", tmp_path / "m.aiosm", "Title")
    [claim] = claim_left_behind(tmp_path)
    assert claim.info.copy == copy and claim.info.path == tmp_path / "m.aiosm"
    claim.forget()
    assert not copy.exists()


def test_the_single_copy_of_earlier_versions_is_still_offered(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "recovery.aiosm").write_text("old")
    (folder / "recovery.json").write_text(json.dumps({"path": "/x/old.aiosm",
                                                      "written": "2026-01-01T10:00:00+00:00"}))
    [claim] = claim_left_behind(tmp_path)
    assert claim.info.path.name == "old.aiosm" and claim.info.written.startswith("2026")
    claim.forget()
    assert not (folder / "recovery.aiosm").exists()


def test_the_data_folder_is_found_without_qt(monkeypatch, tmp_path):
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
        assert default_data_folder() == tmp_path / "AIOS" / "AIOS Designer"
