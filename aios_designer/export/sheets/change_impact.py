"""Change impact: per human role, what it does in the new workflow (items and hours per month),
its RACI letters, its team KPI before → after, and the training it needs before go-live."""
from ...analysis.change_impact import DUTIES, change_impact
from ...number_format import format_number
from ..layout import Column, write_table


def _number(value: float | None, lang: str, digits: int = 0) -> str:
    return format_number(value, digits, lang)


def _tasks(ctx, impact) -> str:
    lang = ctx.lang
    lines = []
    for task in impact.tasks:
        line = f"{DUTIES[task.duty].get(lang)}: {task.step_name}"
        figures = []
        if task.items_per_month is not None:
            figures.append(f"{_number(task.items_per_month, lang)} {ctx.t('impact.items')}")
        if task.hours_per_month is not None:
            figures.append(f"{_number(task.hours_per_month, lang)} {ctx.t('impact.hours')}")
        if figures:
            line += f" ({', '.join(figures)})"
        lines.append(line)
    return "\n".join(lines)


def _raci(impact) -> str:
    return "\n".join(f"{letters.replace('', '/').strip('/')}: {name}"
                     for _step, name, letters in impact.raci)


def _training(ctx, impact) -> str:
    return "\n".join(f"{t.title.get(ctx.lang)} – {t.reason.get(ctx.lang)}"
                     for t in impact.training)


def columns(ctx) -> list[Column]:
    return [
        Column("col.role", lambda i: i.name, "AIOS Wrap", max_width=24),
        Column("impact.tasks", lambda i: _tasks(ctx, i), "AIOS Wrap", max_width=55),
        Column("impact.hours_col", lambda i: i.hours_per_month, "AIOS Number", max_width=10),
        Column("impact.fte_col", lambda i: i.fte, "AIOS Number", max_width=10),
        Column("col.fte", lambda i: i.headcount, "AIOS Number", max_width=10),
        Column("impact.raci", _raci, "AIOS Wrap", max_width=40),
        Column("col.kpi_before", lambda i: i.kpi_before, "AIOS Wrap", max_width=30),
        Column("col.kpi_after", lambda i: i.kpi_after, "AIOS Wrap", max_width=30),
        Column("impact.training", lambda i: _training(ctx, i), "AIOS Wrap", max_width=60),
    ]


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.change_impact"))
    write_table(ctx, ws, columns(ctx), change_impact(ctx.model, ctx.projection,
                                                            ctx.raci.effective))
