"""Temporary files an interrupted save left beside a model, and their removal.

``save_model`` writes ``.NAME.xxxxxxxx.tmp`` (and ``….tmp.bak``) next to the model and
renames it over the file; a process killed in between leaves it behind, as large as the
model. The next save or open of that model removes them. A temp file younger than
``MIN_AGE_S`` may belong to a save running in another window right now and is left alone.
"""
from __future__ import annotations

import re
import time
from contextlib import suppress
from pathlib import Path

#: Seconds after which a temp file cannot belong to a save still in progress.
MIN_AGE_S = 10.0


def stale_temp_files(path: Path | str, min_age_s: float = MIN_AGE_S) -> list[Path]:
    """The left-over temp files of saves of ``path``, oldest first."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    # mkstemp's random part: 8 characters of [a-z0-9_].
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[a-z0-9_]{{8}}\.tmp(\.bak)?")
    deadline = time.time() - min_age_s
    found = []
    with suppress(OSError):
        for candidate in folder.iterdir():
            if not pattern.fullmatch(candidate.name):
                continue
            with suppress(OSError):
                info = candidate.lstat()
                if info.st_mtime <= deadline and candidate.is_file():
                    found.append((info.st_mtime, candidate))
    return [p for _, p in sorted(found)]


def remove_stale_temp_files(path: Path | str, min_age_s: float = MIN_AGE_S) -> list[Path]:
    """Remove them; returns what was removed. Never raises (a tidy-up must not block work)."""
    removed = []
    for leftover in stale_temp_files(path, min_age_s):
        with suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed
