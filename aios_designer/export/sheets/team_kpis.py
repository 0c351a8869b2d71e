"""Team KPIs: per role, what the team is measured on before and after the change."""
from ..layout import Column, write_table


def columns(ctx) -> list[Column]:
    return [
        Column("col.role", lambda k: ctx.role_name(k.role_id), max_width=30),
        Column("col.kpi_before", lambda k: k.kpi_before, "AIOS Wrap", max_width=40),
        Column("col.kpi_after", lambda k: k.kpi_after, "AIOS Wrap", max_width=40),
        Column("col.target", lambda k: k.target, "AIOS Wrap", max_width=30),
        Column("col.measurement", lambda k: k.measurement, "AIOS Wrap", max_width=50),
    ]


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.team_kpis"))
    write_table(ctx, ws, columns(ctx), ctx.model.team_kpis)
