"""What a file looked like when loaded: a change of content counts, a new time alone does not."""
import os

from aios_designer.fileio.disk_state import DiskState


def test_content_change_is_a_change_a_touch_is_not(tmp_path):
    path = tmp_path / "m.aiosm"
    path.write_text("one")
    state = DiskState.of(path)
    assert state.changed_on_disk(path) == (False, state)
    os.utime(path, ns=(0, state.mtime_ns + 5_000_000_000))
    changed, now = state.changed_on_disk(path)
    assert not changed and now.sha256 == state.sha256
    path.write_text("two")
    assert state.changed_on_disk(path)[0]
    path.unlink()
    assert state.changed_on_disk(path) == (True, None)
    assert DiskState.of(path) is None
