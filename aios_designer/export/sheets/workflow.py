"""Workflow: one row per step, in the canvas's reading order (DESIGN §5: id, name, kind, role,
description, policy, threshold, SLA). Minutes and waiting times are on the Projection sheet,
where they feed the formulas."""
from ...model import AiTaskStep, ExceptionStep
from ..layout import Column, write_table


def _policy(ctx, step):
    return ctx.enum(step.review.mode) if isinstance(step, AiTaskStep) else None


def _threshold(step):
    if isinstance(step, AiTaskStep) and str(step.review.mode.value) == "threshold":
        return step.review.threshold
    return None


def _sla(step):
    return step.sla_hours if isinstance(step, ExceptionStep) else None


def columns(ctx) -> list[Column]:
    return [
        Column("col.step", lambda s: s.name, "AIOS Wrap", max_width=34),
        Column("col.kind", lambda s: ctx.enum(s.kind), max_width=18),
        Column("col.lane", lambda s: ctx.role_name(s.role_id), max_width=30),
        Column("col.description", lambda s: s.description, "AIOS Wrap", max_width=50),
        Column("col.policy", lambda s: _policy(ctx, s), max_width=26),
        Column("col.threshold", _threshold, "AIOS Percent", max_width=12),
        Column("col.sla_hours", _sla, "AIOS Number", max_width=12),
        Column("col.id", lambda s: s.id, "AIOS Id", max_width=38, printed=False),
    ]


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.workflow"))
    write_table(ctx, ws, columns(ctx), ctx.ordered_steps, freeze_col=2)
