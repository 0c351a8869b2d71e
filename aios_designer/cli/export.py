"""``aios-designer export FILE --xlsx OUT``: the hand-over workbook, without the GUI.

The workbook is written in the model's language (``meta.language``); ``--lang`` only sets the
language of this command's own messages.
"""
import argparse
import sys

from .common import CliError, language, open_model

NAME = "export"
HELP = "export the operating model (Excel workbook)"

_WROTE = {"en": "wrote {path}", "de": "{path} geschrieben"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--xlsx", metavar="OUT", help="write the Excel workbook to OUT (.xlsx)")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    if not args.xlsx:
        raise CliError("nothing to export: give an output, e.g. --xlsx OUT.xlsx",
                       de="nichts zu exportieren: bitte eine Ausgabe angeben, z. B. "
                          "--xlsx AUSGABE.xlsx")
    if not args.xlsx.lower().endswith((".xlsx", ".xlsm")):
        raise CliError(f"'{args.xlsx}': the workbook file name must end in .xlsx",
                       de=f"'{args.xlsx}': der Dateiname der Arbeitsmappe muss auf .xlsx enden")
    model = open_model(args.file)
    from ..export.workbook import WorkbookExportError, export_workbook

    try:
        export_workbook(model, args.xlsx)
    except WorkbookExportError as exc:
        raise CliError(str(exc), de=exc.message("de")) from exc
    print(_WROTE[lang].format(path=args.xlsx), file=sys.stdout)
    return 0
