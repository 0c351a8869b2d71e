"""``aios-designer import-raci FILE --xlsx IN [--dry-run]``: take back an edited RACI sheet.

Prints every change (step, role, old → new) and every cell or row that could not be used;
without ``--dry-run`` the changes are saved into FILE (atomic save, previous version kept as
``FILE.bak``). Exit 0 when the sheet was read (problems are listed, not fatal), 2 when the
workbook cannot be read at all — then nothing is changed.
"""
import argparse

from . import sheet_import

NAME = "import-raci"
HELP = "take over the RACI sheet of an edited workbook"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sheet_import.add_arguments(parser, "RACI")


def run(args: argparse.Namespace) -> int:
    from ..export.raci_import import RaciImportError, import_raci

    return sheet_import.run_import(args, import_raci, RaciImportError)
