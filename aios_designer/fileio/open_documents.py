"""Which documents are open in running AIOS Designer windows, and their recovery copies.

Every open document of a window is a *session*: a lock file held while the window runs, an
info file (which model file, unsaved or not, read-only or not, process id) and, while there
are unsaved changes, a recovery copy. All three live in the application data folder, so the
registry is plain files and locks: the command line reads it without Qt, and a window
started later tells the work of a crashed run (its lock is free) from the work of a window
that is still open (its lock is held) — only the former is offered for recovery.

The lock is an operating-system file lock (``filelock``): the system releases it when the
process ends in any way, ``kill -9`` included, so a stale session is never mistaken for a
running one, nor the other way round, as a process id written to a file could be.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

ORGANIZATION = "AIOS"
APP_NAME = "AIOS Designer"
SESSIONS = "sessions"
RECOVERY = "recovery"
#: Where versions before per-document recovery kept their one copy; still offered.
LEGACY_COPY = "recovery.aiosm"


def default_data_folder() -> Path:
    """The application data folder as Qt's ``AppDataLocation`` names it for this app, found
    without Qt (the command line must not load it)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / ORGANIZATION / APP_NAME


def same_file(a: Path | str | None, b: Path | str | None) -> bool:
    if a is None or b is None:
        return False
    return _canonical(a) == _canonical(b)


def _canonical(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _lock(path: Path) -> FileLock:
    # thread_local=False: the window's timers and dialogs all run on one thread anyway, and
    # a lock acquired there must count as held wherever it is released.
    return FileLock(str(path), thread_local=False)


@dataclass(frozen=True)
class SessionInfo:
    """What a session's info file says, and whether its window still runs."""

    id: str
    running: bool
    pid: int | None
    path: Path | None
    dirty: bool
    read_only: bool
    title: str
    #: The recovery copy (exists) or None.
    copy: Path | None
    #: When the copy was last written (ISO 8601, UTC), or None.
    written: str | None
    #: The model file as the window loaded or last saved it (``DiskState.to_json``).
    disk: dict | None = None

    def display_name(self) -> str | None:
        return self.path.name if self.path else None


class Session:
    """One open document of this process: holds its lock until ``close``."""

    def __init__(self, folder: Path | str, session_id: str | None = None):
        self.folder = Path(folder)
        self.id = session_id or uuid.uuid4().hex
        (self.folder / SESSIONS).mkdir(parents=True, exist_ok=True)
        (self.folder / RECOVERY).mkdir(parents=True, exist_ok=True)
        self._lock = _lock(self._file(".lock"))
        self._lock.acquire(timeout=0)
        self.path: Path | None = None
        self.dirty = False
        self.read_only = False
        self.title = ""
        self.written: str | None = None
        self.copy: Path | None = None
        self.disk: dict | None = None
        self.closed = False
        self._save_info()

    def _file(self, suffix: str) -> Path:
        return self.folder / SESSIONS / f"{self.id}{suffix}"

    def copy_path(self) -> Path:
        """The recovery copy's name: the model file's name and a digest of its full path
        (two files called the same in different folders stay apart), plus the session."""
        if self.path is None:
            name = f"untitled-{self.id}"
        else:
            stem = re.sub(r"[^\w.-]+", "_", self.path.stem)[:40] or "model"
            digest = hashlib.sha256(_canonical(self.path).encode("utf-8")).hexdigest()[:12]
            name = f"{stem}-{digest}-{self.id[:12]}"
        return self.folder / RECOVERY / f"{name}.aiosm"

    def update(self, path: Path | None, dirty: bool, read_only: bool = False,
               title: str = "", disk: dict | None = None) -> None:
        """The document's file, unsaved state or title changed: say so in the registry.
        ``disk``: the file as loaded or saved, so that work recovered after a crash still
        notices a change made to the file meanwhile."""
        path = Path(path) if path else None
        if path != self.path and self.copy is not None:
            self.remove_copy()  # the copy is named for the file; a new one follows
        self.path, self.dirty, self.read_only, self.title = path, dirty, read_only, title
        self.disk = disk
        self._save_info()

    def write_copy(self, text: str) -> Path:
        """Write the recovery copy (atomically); raises OSError."""
        target = self.copy_path()
        _write_atomically(target, text.encode("utf-8"))
        if self.copy is not None and self.copy != target:
            self.copy.unlink(missing_ok=True)
        self.copy, self.written = target, _now()
        self._save_info()
        return target

    def remove_copy(self) -> None:
        if self.copy is not None:
            self.copy.unlink(missing_ok=True)
        self.copy, self.written = None, None
        self._save_info()

    def _save_info(self) -> None:
        info = {"pid": os.getpid(), "path": str(self.path) if self.path else None,
                "dirty": self.dirty, "read_only": self.read_only, "title": self.title,
                "copy": self.copy.name if self.copy else None, "written": self.written,
                "disk": self.disk}
        with suppress(OSError):
            _write_atomically(self._file(".json"),
                              json.dumps(info, ensure_ascii=False).encode("utf-8"))

    def close(self) -> None:
        """The document is closed knowingly (saved or discarded): nothing of it remains."""
        if self.closed:
            return
        self.closed = True
        with suppress(OSError):
            if self.copy is not None:
                self.copy.unlink(missing_ok=True)
            self._file(".json").unlink(missing_ok=True)
        self._lock.release()
        with suppress(OSError):
            self._file(".lock").unlink(missing_ok=True)


def _info_files(folder: Path) -> list[Path]:
    """The sessions' info files, oldest first; one vanishing meanwhile is skipped."""
    def age(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    try:
        return sorted((folder / SESSIONS).glob("*.json"), key=age)
    except OSError:
        return []


def _read_info(info_file: Path, running: bool) -> SessionInfo | None:
    try:
        info = json.loads(info_file.read_text(encoding="utf-8"))
        copy = info.get("copy")
        copy_path = info_file.parent.parent / RECOVERY / copy if copy else None
        return SessionInfo(
            id=info_file.stem, running=running, pid=info.get("pid"),
            path=Path(info["path"]) if info.get("path") else None,
            dirty=bool(info.get("dirty")), read_only=bool(info.get("read_only")),
            title=str(info.get("title") or ""),
            copy=copy_path if copy_path is not None and copy_path.is_file() else None,
            written=info.get("written"), disk=info.get("disk"))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def is_running(folder: Path | str, session_id: str) -> bool:
    """True while the session's window holds its lock (in this or another process)."""
    probe = _lock(Path(folder) / SESSIONS / f"{session_id}.lock")
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    return False


def sessions(folder: Path | str | None = None) -> list[SessionInfo]:
    """Every session in the registry, running or left behind, oldest first."""
    folder = Path(folder) if folder else default_data_folder()
    found = []
    for info_file in _info_files(folder):
        info = _read_info(info_file, is_running(folder, info_file.stem))
        if info is not None:
            found.append(info)
    return found


def open_elsewhere(path: Path | str, folder: Path | str | None = None,
                   exclude: str | None = None) -> list[SessionInfo]:
    """The running sessions (other than ``exclude``) that have the file ``path`` open."""
    return [s for s in sessions(folder)
            if s.running and s.id != exclude and same_file(s.path, path)]


def unsaved_elsewhere(path: Path | str, folder: Path | str | None = None) -> list[SessionInfo]:
    """The running sessions that have ``path`` open with unsaved changes: a program writing
    the file now would have its change overwritten, or overwrite theirs, at their next save."""
    return [s for s in open_elsewhere(path, folder) if s.dirty]


class Claim:
    """The work a crashed run left behind, held (its lock taken) while this run decides
    about it, so that a window starting at the same moment does not offer it too."""

    def __init__(self, folder: Path, info: SessionInfo, lock: FileLock | None):
        self.folder, self.info, self._lock = folder, info, lock

    def forget(self) -> None:
        """Remove the copy and the entry (after it was recovered elsewhere or discarded)."""
        with suppress(OSError):
            if self.info.copy is not None:
                self.info.copy.unlink(missing_ok=True)
            if self.info.id == "legacy":
                (self.folder / RECOVERY / "recovery.json").unlink(missing_ok=True)
            else:
                (self.folder / SESSIONS / f"{self.info.id}.json").unlink(missing_ok=True)
        self.release(remove_lock=True)

    def release(self, remove_lock: bool = False) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()
            if remove_lock:
                with suppress(OSError):
                    (self.folder / SESSIONS / f"{self.info.id}.lock").unlink(missing_ok=True)


def claim_left_behind(folder: Path | str) -> list[Claim]:
    """The recovery copies whose window is no longer running, each held by its lock; the
    sessions left behind without a copy (nothing unsaved) are tidied away."""
    folder = Path(folder)
    claims: list[Claim] = []
    for info_file in _info_files(folder):
        lock = _lock(folder / SESSIONS / f"{info_file.stem}.lock")
        try:
            lock.acquire(timeout=0)
        except (Timeout, OSError):
            continue  # its window runs (or someone else is deciding about it)
        info = _read_info(info_file, running=False)
        claim = Claim(folder, info or SessionInfo(info_file.stem, False, None, None,
                                                  False, False, "", None, None), lock)
        if info is None and info_file.exists() or info is not None and info.copy is None:
            claim.forget()  # nothing unsaved left behind (or an unreadable entry)
        elif info is None:
            claim.release()  # closed meanwhile by its owner
        else:
            claims.append(claim)
    legacy = _legacy_copy(folder)
    if legacy is not None:
        claims.append(legacy)
    return claims


def _legacy_copy(folder: Path) -> Claim | None:
    copy = folder / RECOVERY / LEGACY_COPY
    if not copy.is_file():
        return None
    path = written = None
    with suppress(OSError, ValueError, KeyError, TypeError):
        side = json.loads((folder / RECOVERY / "recovery.json").read_text(encoding="utf-8"))
        path, written = side.get("path"), side.get("written")
    info = SessionInfo("legacy", False, None, Path(path) if path else None, True, False, "",
                       copy, written)
    return Claim(folder, info, None)


def keep_detached_copy(folder: Path | str, text: str, path: Path | None,
                       title: str = "", disk: dict | None = None) -> Path:
    """A recovery copy owned by no running window: offered at the next start (and
    by any window starting meanwhile). For changes set aside when the file is reloaded."""
    folder = Path(folder)
    session = Session(folder)
    session.update(path, dirty=True, title=title, disk=disk)
    copy = session.write_copy(text)
    # Released, not closed: the entry stays and counts as left behind.
    session._lock.release()
    session.closed = True
    return copy
