"""``aios-designer [options] [COMMAND …]``: which arguments name a sub-command, and what the
start of the window has to import for it."""
import pytest

from aios_designer import cli


@pytest.fixture
def window_starts(monkeypatch) -> list[list[str]]:
    """The argument lists the window would have been started with (no window is shown)."""
    started = []
    monkeypatch.setattr(cli, "_run_window", lambda argv: started.append(argv) or 0)
    return started


@pytest.fixture
def loaded_commands(monkeypatch) -> list[str]:
    """The names of the sub-command modules each call imported."""
    loaded = []
    load = cli._load_commands

    def recording(only=None):
        modules = load(only)
        loaded.extend(modules)
        return modules

    monkeypatch.setattr(cli, "_load_commands", recording)
    return loaded


@pytest.mark.parametrize("argv", [
    [],
    ["--lang", "de"],
    ["model.aiosm"],
    ["--template", "check"],
    ["--lang", "de", "--template", "export"],
    ["--template", "support-triage", "model.aiosm"],
])
def test_the_window_starts_without_importing_any_sub_command(window_starts, loaded_commands,
                                                             argv):
    assert cli.main(argv) == 0
    assert window_starts == [argv]
    assert loaded_commands == []


def test_a_sub_command_after_the_global_options_imports_only_itself(window_starts,
                                                                    loaded_commands, capsys):
    assert cli.main(["--lang", "en", "templates"]) == 0
    assert window_starts == [] and loaded_commands == ["templates"]
    assert "support-triage" in capsys.readouterr().out


def test_the_overview_lists_every_sub_command(window_starts, loaded_commands, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0 and window_starts == []
    out = capsys.readouterr().out
    for name in ("templates", "new", "check", "project", "export"):
        assert name in loaded_commands and name in out
