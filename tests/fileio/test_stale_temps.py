"""Temp files of an interrupted save are removed by the next save or open of the model."""
import os
import time

from aios_designer.fileio import load_model, save_model
from aios_designer.fileio.stale_temps import MIN_AGE_S, stale_temp_files
from aios_designer.model import OperatingModel


def _leftovers(path, age=MIN_AGE_S + 5):
    made = [path.with_name(f".{path.name}.ab12_x9z.tmp"),
            path.with_name(f".{path.name}.q0w9e8r7.tmp.bak")]
    for leftover in made:
        leftover.write_bytes(b"x" * 1000)
        old = time.time() - age
        os.utime(leftover, (old, old))
    return made


def test_the_next_save_removes_temp_files_of_an_interrupted_one(tmp_path):
    path = tmp_path / "m.aiosm"
    other = tmp_path / ".other.aiosm.ab12_x9z.tmp"
    other.write_bytes(b"not ours")
    os.utime(other, (0, 0))
    leftovers = _leftovers(path)
    save_model(OperatingModel(), path)
    assert not any(p.exists() for p in leftovers)
    assert other.exists()  # another model's temp file is not this save's business
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.aiosm.ab12_x9z.tmp",
                                                          "m.aiosm"]


def test_the_next_open_removes_them(tmp_path):
    path = tmp_path / "m.aiosm"
    save_model(OperatingModel(), path)
    leftovers = _leftovers(path)
    load_model(path)
    assert not any(p.exists() for p in leftovers)


def test_a_fresh_temp_file_may_be_a_save_in_progress_and_stays(tmp_path):
    path = tmp_path / "m.aiosm"
    fresh = _leftovers(path, age=0)
    assert stale_temp_files(path) == []
    save_model(OperatingModel(), path)
    assert all(p.exists() for p in fresh)
