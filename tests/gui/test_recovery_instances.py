"""Two real AIOS Designer processes, killed with kill -9 in every order: no unsaved edit is
lost, and no window's copy is discarded while it runs (offscreen, separate processes)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aios_designer.fileio import load_model, save_model
from aios_designer.fileio.open_documents import sessions
from aios_designer.model import OperatingModel

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("real_instance.py")
#: Generous: eight test runs may share the two cores.
WAIT_S = 60


class Desktop:
    """A home folder of its own, and the app processes started in it."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.env = dict(os.environ, HOME=str(tmp_path / "home"),
                        XDG_DATA_HOME=str(tmp_path / "data"),
                        XDG_CONFIG_HOME=str(tmp_path / "config"),
                        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
                        QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        (tmp_path / "runtime").mkdir(mode=0o700)
        self.folder = tmp_path / "data" / "AIOS" / "AIOS Designer"
        self.processes: list[subprocess.Popen] = []
        self.count = 0

    def start(self, action: str, *app_args: str, answer: str = "later") -> tuple:
        self.count += 1
        report = self.tmp / f"report-{self.count}.json"
        process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(report), answer, action, "--lang", "en",
             *app_args], env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE)
        self.processes.append(process)
        return process, report

    def report(self, report: Path, process, key: str = "pid") -> dict:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if report.exists():
                data = json.loads(report.read_text())
                if key in data:
                    return data
            if process.poll() is not None and not report.exists():
                raise AssertionError(process.stderr.read().decode())
            time.sleep(0.05)
        raise AssertionError(f"no report from process {process.pid}")

    def edited(self, action: str, *app_args: str) -> subprocess.Popen:
        """A running instance whose unsaved edit is in its recovery copy."""
        process, report = self.start(action, *app_args)
        title = action.partition(":")[2]
        self.report(report, process)
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            for info in sessions(self.folder):
                if info.pid == process.pid and info.copy is not None:
                    if load_model(info.copy).meta.title == title:
                        return process
            time.sleep(0.1)
        raise AssertionError(f"no recovery copy of {title!r}")

    def kill(self, process) -> None:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(WAIT_S)

    def next_start(self, answer: str) -> list[str]:
        """What a new start offers; it answers ``answer`` and quits."""
        process, report = self.start("quit", answer=answer)
        assert process.wait(WAIT_S) == 0, process.stderr.read().decode()
        return json.loads(report.read_text())["offered"]

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(WAIT_S)


@pytest.fixture
def desktop(tmp_path):
    desktop = Desktop(tmp_path)
    yield desktop
    desktop.close()


@pytest.fixture
def files(tmp_path):
    one, two = tmp_path / "one.aiosm", tmp_path / "two.aiosm"
    for path in (one, two):
        save_model(OperatingModel(), path)
    return one, two


def _names(offered: list[str]) -> list[str]:
    return sorted(entry.split(" — ")[0] for entry in offered)


@pytest.mark.parametrize("same_file", [False, True], ids=["two files", "same file"])
def test_both_killed_both_offered(desktop, files, same_file):
    """Two unsaved instances killed (first, then second; and the other way round): at the
    next start both edits are offered, each with its file name."""
    one, two = files
    second_file = one if same_file else two
    for order in ("first-then-second", "second-then-first"):
        first = desktop.edited(f"edit:{order} A", str(one))
        second = desktop.edited(f"edit:{order} B", str(second_file))
        for process in (first, second) if order == "first-then-second" else (second, first):
            desktop.kill(process)
        offered = desktop.next_start("recover")
        assert _names(offered) == sorted([one.name, second_file.name]), offered
        # Recovered into the new start's windows, which quit; their copies are offered
        # again (nothing is lost), then discarded for the next round.
        assert len(desktop.next_start("discard")) == 2
        assert desktop.next_start("later") == []


@pytest.mark.parametrize("same_file", [False, True], ids=["two files", "same file"])
def test_a_running_instance_is_not_offered_and_discard_keeps_its_copy(desktop, files,
                                                                      same_file):
    one, two = files
    running = desktop.edited("edit:still running", str(one))
    crashed = desktop.edited("edit:crashed", str(one if same_file else two))
    desktop.kill(crashed)
    offered = desktop.next_start("discard")
    assert len(offered) == 1 and offered[0].startswith((one if same_file else two).name)
    [info] = [s for s in sessions(desktop.folder) if s.pid == running.pid]
    assert info.running and load_model(info.copy).meta.title == "still running"
    desktop.kill(running)
    offered = desktop.next_start("later")
    assert _names(offered) == [one.name]


@pytest.mark.parametrize("same_file", [False, True], ids=["two files", "same file"])
def test_a_clean_save_in_one_instance_keeps_the_other_s_copy(desktop, files, same_file):
    one, two = files
    other = desktop.edited("edit:unsaved elsewhere", str(one if same_file else two))
    saver, report = desktop.start("edit-save:saved here", str(one) if not same_file else
                                  str(two))
    desktop.report(report, saver, key="saved")
    desktop.kill(other)
    offered = desktop.next_start("later")
    assert _names(offered) == [(one if same_file else two).name]
    desktop.kill(saver)
    assert _names(desktop.next_start("later")) == [(one if same_file else two).name]
