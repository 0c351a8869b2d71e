"""What ``import-raci`` and ``import-kpis`` share: arguments, the report of changes and
problems, the dry run and the atomic save."""
import argparse

from ..fileio import ModelFileError, save_model
from ..number_format import count_noun
from .common import CliError, add_force_option, language, open_model, refuse_if_open_unsaved

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


def add_arguments(parser: argparse.ArgumentParser, sheet: str) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm) to update")
    parser.add_argument("--xlsx", metavar="IN", required=True,
                        help=f"the edited workbook (.xlsx) with the {sheet} sheet")
    parser.add_argument("--dry-run", action="store_true",
                        help="only list the changes and problems, do not save")
    add_force_option(parser)


def run_import(args: argparse.Namespace, import_sheet, error: type[Exception]) -> int:
    """``import_sheet(model, path)`` → ``(new_model, changes)``; ``error`` is what it raises
    when the workbook cannot be read at all (exit 2, nothing changed)."""
    lang = language(args)
    text = _TEXT[lang]
    if not args.dry_run:
        refuse_if_open_unsaved(args.file, args.force, lang)
    model = open_model(args.file)
    try:
        new_model, changes = import_sheet(model, args.xlsx)
    except error as exc:
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
