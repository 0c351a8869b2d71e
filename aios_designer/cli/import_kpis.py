"""``aios-designer import-kpis FILE --xlsx IN [--dry-run]``: take back measured KPI values.

Reads the measured values (day 30, day 90), their dates, baselines, targets and the go-live
date typed into the KPIs sheet of an exported workbook. Prints every change (KPI, field, old →
new) and every cell that could not be used; without ``--dry-run`` the changes are saved into
FILE (atomic save, previous version kept as ``FILE.bak``). Exit 0 when the sheet was read
(problems are listed, not fatal), 2 when the workbook cannot be read at all — then nothing is
changed.
"""
import argparse

from . import sheet_import

NAME = "import-kpis"
HELP = "take over measured KPI values and dates from an edited workbook"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sheet_import.add_arguments(parser, "KPIs")


def run(args: argparse.Namespace) -> int:
    from ..export.kpi_import import KpiImportError, import_kpis

    return sheet_import.run_import(args, import_kpis, KpiImportError)
