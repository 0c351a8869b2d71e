"""Roles: who works in the workflow, with capacity and cost.

Other modules add columns (projected hours, utilisation) by naming a provider in
``COLUMN_PROVIDERS``: a function ``(ctx) -> list[Column]`` whose values take a ``Role``.
Providers in modules that do not exist yet are skipped.
"""

from .. import providers
from ..layout import Column, write_table

#: "module:function" entries contributing extra columns; add a line to contribute.
COLUMN_PROVIDERS: list[str] = [
    "aios_designer.export.sheets.projection:role_columns",
]


def columns(ctx) -> list[Column]:
    currency = ctx.model.settings.currency
    return [
        Column("col.role", lambda r: r.name, max_width=35),
        Column("col.role_kind", lambda r: ctx.enum(r.kind), max_width=18),
        Column("col.description", lambda r: r.description, "AIOS Wrap", max_width=50),
        Column("col.fte", lambda r: r.headcount, "AIOS Input", max_width=12),
        Column(f"{ctx.t('col.hourly_cost')} ({currency})", lambda r: r.hourly_cost, "AIOS Input",
               max_width=14, literal=True),
    ]


def extra_columns(ctx) -> list[Column]:
    extra: list[Column] = []
    for entry in COLUMN_PROVIDERS:
        extra.extend(providers.load(entry)(ctx))
    return extra


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.roles"))
    write_table(ctx, ws, columns(ctx) + extra_columns(ctx), ctx.model.roles)
