"""``aios-designer [options] [COMMAND …]``: which arguments name a sub-command, and what the
start of the window has to import for it."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("argv", [
    [],
    ["model.aiosm"],
    ["--lang", "de"],
    ["--lang=de"],
    ["--template", "support-triage"],
    ["--template=order-intake", "--lang", "en"],
    ["--lang", "en", "model.aiosm", "--lang", "de"],
    ["--template", ""],
])
def test_the_window_reads_its_plain_arguments_as_its_parser_does(argv):
    assert cli._plain_window_arguments(argv) == cli._gui_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [
    ["--lang", "fr"], ["--lang"], ["--lang="], ["--template"], ["--template", "--lang"],
    ["a.aiosm", "b.aiosm"], ["--lan", "de"], ["-h"], ["--help"], ["--", "x.aiosm"], ["-"],
    ["--verbose"],
])
def test_every_other_argument_list_is_left_to_the_parser(argv):
    assert cli._plain_window_arguments(argv) is None


TOKENS = ["--lang", "--template", "de", "en", "fr", "", "model.aiosm", "other.aiosm", "-x",
          "--lang=de", "--lang=", "--template=order-intake", "--", "-", "-h", "--lan"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=6))
def test_the_plain_reading_never_differs_from_the_parser(argv):
    plain = cli._plain_window_arguments(argv)
    try:
        parsed = cli._gui_parser().parse_args(argv)
    except SystemExit:
        assert plain is None  # a mistake: the parser must see it and report it
        return
    assert plain is None or plain == parsed
