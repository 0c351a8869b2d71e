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
