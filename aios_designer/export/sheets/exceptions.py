"""Exceptions: each exception route with trigger, handler, SLA, escalation and procedure."""
from ...model import ExceptionStep
from ..layout import Column, write_table


def _sources(ctx) -> dict[str, list[str]]:
    """Names of the steps that send items to each step (computed once per export)."""
    if "exceptions.sources" not in ctx.shared:
        sources: dict[str, list[str]] = {}
        for flow in ctx.model.flows:
            name = ctx.step_names.get(flow.source_id, "")
            if name:
                sources.setdefault(flow.target_id, []).append(name)
        ctx.shared["exceptions.sources"] = sources
    return ctx.shared["exceptions.sources"]


def _route(ctx, step: ExceptionStep) -> str:
    sources = _sources(ctx).get(step.id, [])
    return f"{', '.join(sources)} → {step.name}" if sources else step.name


def columns(ctx) -> list[Column]:
    return [
        Column("col.route", lambda s: _route(ctx, s), "AIOS Wrap", max_width=45),
        Column("col.trigger", lambda s: s.trigger_condition, "AIOS Wrap", max_width=45),
        Column("col.handler", lambda s: ctx.role_name(s.role_id), max_width=30),
        Column("col.sla_hours", lambda s: s.sla_hours, "AIOS Number", max_width=12),
        Column("col.escalation", lambda s: ctx.role_name(s.escalation_role_id), max_width=30),
        Column("col.minutes", lambda s: s.handling_minutes, "AIOS Number", max_width=12),
        Column("col.procedure", lambda s: s.procedure, "AIOS Wrap", max_width=60),
    ]


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.exceptions"))
    steps = [s for s in ctx.ordered_steps if isinstance(s, ExceptionStep)]
    write_table(ctx, ws, columns(ctx), steps, freeze_col=2)
