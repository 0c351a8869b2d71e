"""Saving is atomic: a failed save never costs the facilitator the file they already had."""
import errno
import os
import stat
from pathlib import Path

import pytest

from aios_designer.fileio import ModelFileError, aiosm, dumps_model, load_model, save_model
from aios_designer.model import OperatingModel

GOLDEN = Path(__file__).parent / "data" / "schema-v1.aiosm"


@pytest.fixture
def model() -> OperatingModel:
    return load_model(GOLDEN)


@pytest.fixture
def saved(tmp_path, model) -> tuple[Path, bytes]:
    """A model file on disk, saved twice, so that a .bak exists too."""
    path = tmp_path / "support.aiosm"
    save_model(model, path)
    model.meta.title = "Support-Triage v2"
    save_model(model, path)
    return path, path.read_bytes()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_first_save_writes_exactly_the_file(tmp_path, model):
    path = tmp_path / "support.aiosm"
    save_model(model, path)
    assert _names(tmp_path) == ["support.aiosm"]
    assert path.read_bytes() == dumps_model(model).encode("utf-8")


def test_second_save_keeps_the_previous_version_as_bak(tmp_path, model):
    path = tmp_path / "support.aiosm"
    save_model(model, path)
    first = path.read_bytes()
    model.meta.title = "changed"
    save_model(model, path)
    assert _names(tmp_path) == ["support.aiosm", "support.aiosm.bak"]
    assert (tmp_path / "support.aiosm.bak").read_bytes() == first
    assert load_model(path).meta.title == "changed"


def test_same_model_saves_to_the_same_bytes(tmp_path, model):
    a, b = tmp_path / "a.aiosm", tmp_path / "b.aiosm"
    save_model(model, a)
    save_model(load_model(a), b)
    assert a.read_bytes() == b.read_bytes()


def _fail_on_final_replace(monkeypatch, target: Path):
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == target:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(aiosm.os, "replace", replace)


def test_failed_replace_leaves_the_file_intact_and_no_temp_files(saved, model, monkeypatch):
    path, before = saved
    _fail_on_final_replace(monkeypatch, path)
    model.meta.title = "never written"
    with pytest.raises(ModelFileError) as caught:
        save_model(model, path)
    assert "support.aiosm" in str(caught.value) and "unchanged" in str(caught.value)
    assert path.read_bytes() == before
    assert _names(path.parent) == ["support.aiosm", "support.aiosm.bak"]
    assert load_model(path.with_name("support.aiosm.bak"))  # still a readable model


def test_failed_write_leaves_the_file_and_bak_intact(saved, model, monkeypatch):
    path, before = saved
    bak_before = path.with_name("support.aiosm.bak").read_bytes()

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aiosm.os, "fsync", disk_full)
    model.meta.title = "never written"
    with pytest.raises(ModelFileError, match="No space left on device"):
        save_model(model, path)
    assert path.read_bytes() == before
    assert path.with_name("support.aiosm.bak").read_bytes() == bak_before
    assert _names(path.parent) == ["support.aiosm", "support.aiosm.bak"]


def test_interrupted_save_cleans_up_too(saved, model, monkeypatch):
    path, before = saved

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(aiosm.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_model(model, path)
    assert path.read_bytes() == before
    assert _names(path.parent) == ["support.aiosm", "support.aiosm.bak"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions that apply to this user (root ignores them)")
def test_read_only_folder(saved, model):
    path, before = saved
    folder = path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ModelFileError, match="could not be saved"):
            save_model(model, path)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert path.read_bytes() == before
    assert _names(folder) == ["support.aiosm", "support.aiosm.bak"]


def test_missing_folder_is_a_file_error(tmp_path, model):
    with pytest.raises(ModelFileError, match="could not be saved"):
        save_model(model, tmp_path / "no" / "such" / "folder.aiosm")


def test_file_permissions_are_kept(saved, model):
    path, _ = saved
    path.chmod(0o640)
    save_model(model, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_saving_through_a_symlink_updates_the_target(tmp_path, model):
    real = tmp_path / "real.aiosm"
    save_model(model, real)
    link = tmp_path / "link.aiosm"
    link.symlink_to(real)
    model.meta.title = "through the link"
    save_model(model, link)
    assert link.is_symlink()
    assert load_model(real).meta.title == "through the link"


def test_folder_without_write_permission(saved, model, monkeypatch):
    """As the skipped test above, for users (like root in CI) whom permissions do not stop."""
    path, before = saved

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(aiosm.tempfile, "mkstemp", denied)
    with pytest.raises(ModelFileError, match="Permission denied"):
        save_model(model, path)
    assert path.read_bytes() == before
    assert _names(path.parent) == ["support.aiosm", "support.aiosm.bak"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_new_file_gets_the_usual_mode_not_the_private_temp_file_mode(tmp_path, model):
    path = tmp_path / "new.aiosm"
    save_model(model, path)
    assert stat.S_IMODE(path.stat().st_mode) == aiosm._NEW_FILE_MODE
