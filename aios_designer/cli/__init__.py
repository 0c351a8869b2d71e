"""``aios-designer``: the GUI by default, headless sub-commands otherwise.

Exit codes: 0 ok, 1 the model has errors, 2 usage or file error (one line on stderr).
Each sub-command is one module in this package exposing ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; listing it in ``COMMANDS`` adds it.
"""
import argparse
import gc
import importlib
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

    def error(self, message: str):  # noqa: D401 - argparse override
        fail(f"{message} (see --help)")


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
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="aios-designer", description="Open the AIOS Designer window.")
    add_global_options(parser)
    parser.add_argument("file", nargs="?", help="operating-model file (.aiosm) to open")
    parser.add_argument("--template", metavar="NAME",
                        help="start a new, untitled model from a bundled template")
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
