"""``aios-designer export FILE --xlsx OUT [--bpmn OUT]``: the hand-over workbook and the BPMN
2.0 process, without the GUI.

The workbook is written in the model's language (``meta.language``); ``--lang`` only sets the
language of this command's own messages.
"""
import argparse
import sys

from .common import CliError, language, open_model

NAME = "export"
HELP = "export the operating model (Excel workbook, BPMN 2.0)"

_WROTE = {"en": "wrote {path}", "de": "{path} geschrieben"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--xlsx", metavar="OUT", help="write the Excel workbook to OUT (.xlsx)")
    parser.add_argument("--bpmn", metavar="OUT",
                        help="write the workflow as BPMN 2.0 with diagram to OUT (.bpmn)")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    if not args.xlsx and not args.bpmn:
        raise CliError("nothing to export: give an output, e.g. --xlsx OUT.xlsx or --bpmn OUT.bpmn",
                       de="nichts zu exportieren: bitte eine Ausgabe angeben, z. B. "
                          "--xlsx AUSGABE.xlsx oder --bpmn AUSGABE.bpmn")
    if args.xlsx and not args.xlsx.lower().endswith((".xlsx", ".xlsm")):
        raise CliError(f"'{args.xlsx}': the workbook file name must end in .xlsx",
                       de=f"'{args.xlsx}': der Dateiname der Arbeitsmappe muss auf .xlsx enden")
    if args.bpmn and not args.bpmn.lower().endswith((".bpmn", ".xml", ".bpmn20.xml")):
        raise CliError(f"'{args.bpmn}': the BPMN file name must end in .bpmn",
                       de=f"'{args.bpmn}': der Name der BPMN-Datei muss auf .bpmn enden")
    model = open_model(args.file)
    if args.xlsx:
        from ..export.workbook import WorkbookExportError, export_workbook

        try:
            export_workbook(model, args.xlsx)
        except WorkbookExportError as exc:
            raise CliError(str(exc), de=exc.message("de")) from exc
        print(_WROTE[lang].format(path=args.xlsx), file=sys.stdout)
    if args.bpmn:
        from ..export.bpmn.writer import BpmnExportError, export_bpmn

        try:
            export_bpmn(model, args.bpmn)
        except BpmnExportError as exc:
            raise CliError(str(exc)) from exc
        print(_WROTE[lang].format(path=args.bpmn), file=sys.stdout)
    return 0
