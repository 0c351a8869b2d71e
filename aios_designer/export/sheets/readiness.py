"""Readiness: the five production blockers with a coloured status, evidence and what is
missing; and the traffic lights for the Overview sheet."""
from ...analysis.readiness import STATUS_LABELS, Blocker, Status, overall
from ..layout import Column, write_table

_STYLE = {Status.GREEN: "AIOS Good", Status.AMBER: "AIOS Warning", Status.RED: "AIOS Bad"}
_LIGHT = {Status.GREEN: "●", Status.AMBER: "◐", Status.RED: "○"}

_TEXT = {
    "sheet": ("Readiness", "Produktionsreife"),
    "number": ("#", "Nr."),
    "blocker": ("Production blocker", "Produktionsblocker"),
    "status": ("Status", "Status"),
    "evidence": ("Evidence found in the model", "Nachweise im Modell"),
    "missing": ("Missing", "Fehlt noch"),
    "overview": ("Production readiness", "Produktionsreife"),
    "overall": ("Overall", "Gesamt"),
}


def _t(ctx, key: str) -> str:
    en, de = _TEXT[key]
    return de if ctx.lang == "de" else en


def blockers(ctx) -> list[Blocker]:
    """Computed once per export (``ExportContext.readiness``) for this sheet and the Overview."""
    return ctx.readiness


def status_text(ctx, status: Status) -> str:
    return f"{_LIGHT[status]} {STATUS_LABELS[status].get(ctx.lang)}"


def _lines(ctx, texts) -> str:
    return "\n".join(f"• {t.get(ctx.lang)}" for t in texts)


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(_t(ctx, "sheet"))
    columns = [
        Column(_t(ctx, "number"), lambda b: b.number, "AIOS Integer", max_width=5, literal=True),
        Column(_t(ctx, "blocker"), lambda b: b.title.get(ctx.lang), "AIOS Label", max_width=32,
               literal=True),
        # The fill of the status cell is the traffic light.
        Column(_t(ctx, "status"), lambda b: status_text(ctx, b.status), "AIOS Text",
               max_width=20, literal=True, style_of=lambda b: _STYLE[b.status]),
        Column(_t(ctx, "evidence"), lambda b: _lines(ctx, b.evidence), "AIOS Wrap",
               max_width=70, literal=True),
        Column(_t(ctx, "missing"), lambda b: _lines(ctx, b.missing), "AIOS Wrap",
               max_width=60, literal=True),
    ]
    write_table(ctx, ws, columns, blockers(ctx), freeze_col=3)


def overview_block(ctx):
    """Five lights and the overall status on the Overview sheet."""
    from .overview import OverviewBlock, OverviewRow

    items = blockers(ctx)
    rows = [OverviewRow(f"{b.number}. {b.title.get(ctx.lang)}", status_text(ctx, b.status),
                        _STYLE[b.status]) for b in items]
    total = overall(items)
    rows.append(OverviewRow(_t(ctx, "overall"), status_text(ctx, total), _STYLE[total]))
    return OverviewBlock(_t(ctx, "overview"), rows, order=60)
