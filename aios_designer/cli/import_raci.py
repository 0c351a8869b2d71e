"""``aios-designer import-raci FILE --xlsx IN [--dry-run]``: take back an edited RACI sheet.

Prints every change (step, role, old → new) and every cell or row that could not be used;
without ``--dry-run`` the changes are saved into FILE (atomic save, previous version kept as
``FILE.bak``). Exit 0 when the sheet was read (problems are listed, not fatal), 2 when the
workbook cannot be read at all — then nothing is changed.
"""
import argparse

from ..fileio import ModelFileError, save_model
from ..number_format import count_noun
from .common import CliError, add_force_option, language, open_model, refuse_if_open_unsaved

NAME = "import-raci"
HELP = "take over the RACI sheet of an edited workbook"

_TEXT = {
    "en": {"changes": "{n} in sheet '{sheet}':", "change": ("change", "changes"),
           "none": "no changes", "problems": "{n}, these cells were not taken over:",
           "problem": ("problem", "problems"),
           "saved": "saved {path}", "dry": "dry run: {path} not changed"},
    "de": {"changes": "{n} in Tabelle '{sheet}':", "change": ("Änderung", "Änderungen"),
           "none": "keine Änderungen", "problems": "{n}, diese Zellen wurden nicht übernommen:",
           "problem": ("Problem", "Probleme"),
           "saved": "{path} gespeichert", "dry": "Probelauf: {path} nicht geändert"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm) to update")
    parser.add_argument("--xlsx", metavar="IN", required=True,
                        help="the edited workbook (.xlsx) with the RACI sheet")
    parser.add_argument("--dry-run", action="store_true",
                        help="only list the changes and problems, do not save")
    add_force_option(parser)


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    text = _TEXT[lang]
    if not args.dry_run:
        refuse_if_open_unsaved(args.file, args.force, lang)
    model = open_model(args.file)
    from ..export.raci_import import RaciImportError, import_raci

    try:
        new_model, changes = import_raci(model, args.xlsx)
    except RaciImportError as exc:
        raise CliError(str(exc), de=exc.message("de")) from exc
    if changes:
        print(text["changes"].format(n=count_noun(len(changes), *text["change"], lang),
                                     sheet=changes.sheet))
        for change in changes:
            print(f"  {change.cell}: {change.describe(lang)}")
    else:
        print(text["none"])
    if changes.problems:
        print(text["problems"].format(
            n=count_noun(len(changes.problems), *text["problem"], lang)))
        for problem in changes.problems:
            print(f"  {problem.message(lang)}")
    if args.dry_run:
        print(text["dry"].format(path=args.file))
        return 0
    if changes:
        try:
            save_model(new_model, args.file)
        except ModelFileError as exc:
            raise CliError(str(exc), de=exc.message("de")) from exc
        print(text["saved"].format(path=args.file))
    return 0
