"""``aios-designer``: the GUI by default, headless sub-commands otherwise.

Exit codes: 0 ok, 1 the model has errors, 2 usage or file error (one line on stderr).
Each sub-command is one module in this package exposing ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; listing it in ``COMMANDS`` adds it.
"""
import argparse
import gc
import importlib
import re
import sys

from ..languages import LANGUAGES
from .common import CliError, add_global_options, default_language, fail

COMMANDS = [
    "templates",
    "new",
    "check",
    "project",
    "calibrate",
    "kpis",
    "simulate",
    "export",
    "import_raci",
    "import_bpmn",
    "import_kpis",
    "monitoring",
    "diagram",
    "handbook",
    "screenshot",
    "layout",
]


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit code 2, as for every other failure."""

    #: The language of the error line, set by ``main`` from ``--lang`` before parsing.
    lang = "en"

    def error(self, message: str):  # noqa: D401 - argparse override
        if self.lang == "de":
            fail(f"{usage_error_de(message)} (siehe --help)")
        fail(f"{message} (see --help)")


#: argparse's own error sentences (English only), in German.
_USAGE_DE = [
    (r"the following arguments are required: (.+)", "diese Angaben fehlen: {0}"),
    (r"unrecognized arguments: (.+)", "unbekannte Angaben: {0}"),
    (r"argument (\S+): expected one argument", "zu {0} fehlt der Wert"),
    (r"argument (\S+): expected at least one argument", "zu {0} fehlt der Wert"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)",
     "{0}: {1} ist nicht möglich (möglich: {2})"),
    (r"argument (\S+): invalid \w+ value: (.+)", "{0}: {1} ist kein gültiger Wert"),
    (r"argument (\S+): ignored explicit argument (.+)", "{0}: nimmt keinen Wert ({1})"),
    (r"argument (\S+): not allowed with argument (.+)", "{0} geht nicht zusammen mit {1}"),
    (r"ambiguous option: (\S+) could match (.+)", "{0} ist mehrdeutig: {1}"),
]


def usage_error_de(message: str) -> str:
    """argparse's error in German; one it words in a way not listed here is not shown in
    English inside a German line."""
    for pattern, german in _USAGE_DE:
        match = re.fullmatch(pattern, message)
        if match:
            return german.format(*match.groups())
    return "ungültiger Aufruf"


def _load_commands(only: str | None = None) -> dict:
    """Sub-command modules by command name; with ``only``, just that one (fast start)."""
    modules = {}
    for name in COMMANDS:
        if only is not None and name != only.replace("-", "_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # not built yet
            raise
        modules[module.NAME] = module
    return modules


def build_parser(commands: dict) -> argparse.ArgumentParser:
    parser = _Parser(prog="aios-designer",
                     description="Design the operating model of one AI workflow.")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in commands.items():
        command_parser = sub.add_parser(name, help=module.HELP, description=module.HELP)
        add_global_options(command_parser, suppress_defaults=True)
        module.add_arguments(command_parser)
    if _Parser.lang == "de":
        from .help_de import germanize

        germanize(parser)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="aios-designer", description="Open the AIOS Designer window.")
    add_global_options(parser)
    parser.add_argument("file", nargs="?", help="operating-model file (.aiosm) to open")
    parser.add_argument("--template", metavar="NAME",
                        help="start a new, untitled model from a bundled template")
    if _Parser.lang == "de":
        from .help_de import germanize

        germanize(parser)
    return parser


#: Options given before any sub-command that take the next argument as their value.
_VALUE_OPTIONS = ("--lang", "--template")


def _plain_window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """``[FILE] [--template NAME] [--lang en|de]`` read without a parser; None for anything
    else (help, abbreviations, mistakes), which ``_gui_parser`` then reads or reports.

    Building the parser (message catalogues, terminal size, patterns) costs the start of the
    window about a millisecond, for arguments that are nearly always these few."""
    found: dict[str, str | None] = {"file": None, "template": None, "lang": None}
    rest = iter(argv)
    for arg in rest:
        option, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if option in _VALUE_OPTIONS:
            value = value if equals else next(rest, None)
            if value is None or value.startswith("-") or (
                    option == "--lang" and value not in LANGUAGES):
                return None
            found[option.removeprefix("--")] = value
        elif arg.startswith("-") or found["file"] is not None:
            return None
        else:
            found["file"] = arg
    return argparse.Namespace(**found)


def _first_positional(argv: list[str]) -> str | None:
    """The sub-command name, if any; option values (`--lang de`, `--template NAME`) are not."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg == "--":
            continue
        elif not arg.startswith("-"):
            return arg
    return None


def _language_of(argv: list[str]) -> str:
    """--lang as given (last one wins, as in argparse), else the system language."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang if lang in LANGUAGES else default_language()


def _run_window(argv: list[str]) -> int:
    # Starting the window creates some hundred thousand long-lived objects (Qt's enums and
    # classes, the widgets); the collector would walk them again and again before the first
    # frame. The window switches it back on once its workspace is built; at the latest it is
    # back on when the window is gone.
    gc.disable()
    try:
        args = _plain_window_arguments(argv) or _gui_parser().parse_args(argv)
        from ..gui.app import run_gui

        return run_gui(args)
    finally:
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _Parser.lang = _language_of(argv)
    first = _first_positional(argv)
    wants_help = "-h" in argv or "--help" in argv
    # Importing every sub-command costs start-up time (the model layer and pydantic): the
    # one named is enough, and the window needs none; only the overview lists them all.
    if first is not None:
        commands = _load_commands(first)
    else:
        commands = _load_commands() if wants_help else {}
    try:
        if first in commands or wants_help and first is None:
            args = build_parser(commands).parse_args(argv)
            if args.command is None:
                build_parser(commands).print_help()
                return 0
            return int(commands[args.command].run(args) or 0)
        return _run_window(argv)
    except CliError as exc:
        fail(exc.message(_language_of(argv)))
    except KeyboardInterrupt:
        return 130
