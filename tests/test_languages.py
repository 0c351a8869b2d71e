"""The language the environment asks for, shared by the CLI and the window."""
import pytest

from aios_designer.cli.common import default_language
from aios_designer.languages import language_from_environment


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LC_ALL": "C.UTF-8", "LANG": "de_AT.UTF-8"}, "de"),  # "C" names no language
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, None),
    ({}, None),
])
def test_language_from_environment(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert language_from_environment() == expected
    assert default_language() == (expected or "en")
