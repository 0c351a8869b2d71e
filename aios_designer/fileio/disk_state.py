"""What a model file on disk looked like when it was loaded or saved: size, time, content.

Size and modification time are cheap to compare; the SHA-256 of the content decides when
they differ (a sync client or ``touch`` may change the time and nothing else).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskState:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str) -> "DiskState | None":
        """The state of ``path`` now; None when it does not exist or cannot be read."""
        try:
            info = os.stat(path)
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return None
        return cls(info.st_size, info.st_mtime_ns, digest.hexdigest())

    def to_json(self) -> dict:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: object) -> "DiskState":
        """The state written by ``to_json``; ``UNKNOWN`` for anything else."""
        try:
            return cls(int(data["size"]), int(data["mtime_ns"]), str(data["sha256"]))
        except (TypeError, KeyError, ValueError):
            return UNKNOWN

    def changed_on_disk(self, path: Path | str) -> tuple[bool, "DiskState | None"]:
        """(changed, the state now): changed when the content differs or the file is gone;
        a new time with the same content is not a change."""
        try:
            info = os.stat(path)
        except OSError:
            return True, None
        if info.st_size == self.size and info.st_mtime_ns == self.mtime_ns:
            return False, self
        now = DiskState.of(path)
        return (now is None or now.sha256 != self.sha256), now


#: The state of a file whose loaded version is not known (work recovered from an older
#: version's copy): any file found there counts as changed, so saving over it asks first.
UNKNOWN = DiskState(-1, -1, "")
