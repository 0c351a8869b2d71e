"""``aios-designer import-kpis FILE --xlsx IN [--dry-run]``: take back measured KPI values.

Reads the measured values (day 30, day 90), their dates, baselines, targets and the go-live
date typed into the KPIs sheet of an exported workbook. Prints every change (KPI, field, old →
new) and every cell that could not be used; without ``--dry-run`` the changes are saved into
FILE (atomic save, previous version kept as ``FILE.bak``). Exit 0 when the sheet was read
(problems are listed, not fatal), 2 when the workbook cannot be read at all — then nothing is
changed.
"""
import argparse

from ..fileio import ModelFileError, save_model
from .common import CliError, add_force_option, language, open_model, refuse_if_open_unsaved

NAME = "import-kpis"
HELP = "take over measured KPI values and dates from an edited workbook"

_TEXT = {
    "en": {"changes": "{n} change(s) in sheet '{sheet}':", "none": "no changes",
           "problems": "{n} problem(s), these cells were not taken over:",
           "saved": "saved {path}", "dry": "dry run: {path} not changed"},
    "de": {"changes": "{n} Änderung(en) in Tabelle '{sheet}':", "none": "keine Änderungen",
           "problems": "{n} Problem(e), diese Zellen wurden nicht übernommen:",
           "saved": "{path} gespeichert", "dry": "Probelauf: {path} nicht geändert"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm) to update")
    parser.add_argument("--xlsx", metavar="IN", required=True,
                        help="the edited workbook (.xlsx) with the KPIs sheet")
    parser.add_argument("--dry-run", action="store_true",
                        help="only list the changes and problems, do not save")
    add_force_option(parser)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    text = _TEXT[lang]
    if not args.dry_run:
        refuse_if_open_unsaved(args.file, args.force, lang)
    model = open_model(args.file)
    from ..export.kpi_import import KpiImportError, import_kpis

    try:
        new_model, changes = import_kpis(model, args.xlsx)
    except KpiImportError as exc:
        raise CliError(str(exc)) from exc
    if changes:
        print(text["changes"].format(n=len(changes), sheet=changes.sheet))
        for change in changes:
            print(f"  {change.cell}: {change.describe(lang)}")
    else:
        print(text["none"])
    if changes.problems:
        print(text["problems"].format(n=len(changes.problems)))
        for problem in changes.problems:
            print(f"  {problem.message(lang)}")
    if args.dry_run:
        print(text["dry"].format(path=args.file))
        return 0
    if changes:
        try:
            save_model(new_model, args.file)
        except ModelFileError as exc:
            raise CliError(str(exc)) from exc
        print(text["saved"].format(path=args.file))
    return 0
