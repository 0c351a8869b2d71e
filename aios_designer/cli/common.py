"""Helpers shared by the sub-commands: global options, errors, model loading."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ..languages import LANGUAGES, language_from_environment

if TYPE_CHECKING:
    from ..model import OperatingModel


class CliError(Exception):
    """A usage or file problem: printed as one line, exit code 2.

    ``de`` is the German sentence, printed instead under ``--lang de``.
    """

    def __init__(self, message: str, de: str | None = None):
        super().__init__(message)
        self.de = de

    def message(self, lang: str = "en") -> str:
        return self.de if lang == "de" and self.de else str(self)


def fail(message: str) -> NoReturn:
    print(f"aios-designer: {message}", file=sys.stderr)
    raise SystemExit(2)


def default_language() -> str:
    return language_from_environment() or "en"


def add_global_options(parser: argparse.ArgumentParser, suppress_defaults: bool = False) -> None:
    default = argparse.SUPPRESS if suppress_defaults else None
    parser.add_argument("--lang", choices=list(LANGUAGES), default=default,
                        help="language of messages and the user interface (default: system)")


def language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or default_language()


def open_model(path: str | Path) -> OperatingModel:
    # Imported here: the window starts through this package and must not wait for pydantic.
    from ..fileio import ModelFileError, load_model

    try:
        return load_model(path)
    except ModelFileError as exc:
        raise CliError(str(exc), de=exc.message("de")) from exc


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """``--force`` of the commands that write a model file: write it even while a window has
    it open with unsaved changes (see ``refuse_if_open_unsaved``)."""
    parser.add_argument("--force", action="store_true",
                        help="write FILE even while an AIOS Designer window has it open with "
                             "unsaved changes")


def refuse_if_open_unsaved(path: str | Path, force: bool, lang: str = "en",
                           force_allowed: bool = True) -> None:
    """Every command that writes a model file calls this first: a window that has the file
    open with unsaved changes would overwrite the command's result at its next save (or
    the command would overwrite the window's), so it is refused unless ``force``.

    Reads the registry of open documents in the application data folder (files and locks,
    no Qt). ``force_allowed=False`` for a command whose ``--force`` already means something
    else (``new --force`` overwrites an existing file, not a window's unsaved work)."""
    if force:
        return
    from ..fileio.open_documents import unsaved_elsewhere

    holders = unsaved_elsewhere(path)
    if not holders:
        return
    pids = ", ".join(str(h.pid) for h in holders if h.pid is not None) or "?"
    name = Path(path).name
    en = (f"'{name}' is open with unsaved changes in AIOS Designer (process {pids}); save or "
          "close it there first")
    de = (f"'{name}' ist im AIOS Designer mit ungespeicherten Änderungen geöffnet (Prozess "
          f"{pids}); dort erst speichern oder schließen")
    if force_allowed:
        en, de = en + ", or add --force to write it anyway", de + " oder mit --force trotzdem schreiben"
    raise CliError(en, de=de)
