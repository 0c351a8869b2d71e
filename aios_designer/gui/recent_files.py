"""The Open Recent list, kept in the user's settings (newest first)."""
from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a bare string for a one-element list
        value = [value]
    return [str(v) for v in (value or [])][:MAX_RECENT]


def remember_recent(path: Path) -> None:
    name = str(Path(path).resolve())
    files = [name] + [f for f in recent_files() if f != name]
    QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])


def forget_recent(path: str) -> None:
    QSettings().setValue(RECENT_KEY, [f for f in recent_files() if f != path])
