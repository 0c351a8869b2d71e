"""Overview: what the workflow is, who sponsors it, its risk class; other modules add blocks.

A block is a heading with (label, value) rows. Other modules contribute blocks (readiness
lights, headline projection) by naming a provider in ``BLOCKS``: a function
``(ctx) -> OverviewBlock | list[OverviewBlock] | None``. Providers in modules that do not
exist yet are skipped.
"""
from dataclasses import dataclass, field
from typing import Any

from ...number_format import count_noun
from .. import providers
from ..layout import HEADER_ROW, finish_sheet, fit_row_heights, fit_widths, write_header, \
    write_title_block, write_value


@dataclass
class OverviewRow:
    label: str
    value: Any
    #: Named style of the value cell ("AIOS Good" / "AIOS Warning" / "AIOS Bad" for lights).
    style: str = "AIOS Wrap"
    note: str = ""


@dataclass
class OverviewBlock:
    heading: str
    rows: list[OverviewRow] = field(default_factory=list)
    #: Blocks are shown by ascending order; the model block is 0, compliance 50.
    order: int = 100


def model_block(ctx) -> OverviewBlock:
    meta = ctx.model.meta
    sponsor = meta.sponsor
    rows = [
        OverviewRow(ctx.t("overview.scope"), meta.scope),
        OverviewRow(ctx.t("overview.owner"), meta.owner),
        OverviewRow(ctx.t("overview.facilitator"), meta.facilitator),
        OverviewRow(ctx.t("overview.sponsor"), sponsor.name),
        OverviewRow(ctx.t("overview.sponsor_function"), sponsor.function),
        OverviewRow(ctx.t("overview.mandate"), sponsor.production_mandate,
                    "AIOS Good" if sponsor.production_mandate else "AIOS Warning"),
        OverviewRow(ctx.t("overview.process_owner"), ctx.role_name(meta.process_owner_role_id)),
        OverviewRow(ctx.t("overview.size"), ctx.t("overview.size_value").format(
            **{name: count_noun(len(getattr(ctx.model, name)),
                                *ctx.t(f"count.{name}").split("|"), ctx.lang)
               for name in ("steps", "flows", "roles")})),
    ]
    if meta.notes:
        rows.append(OverviewRow(ctx.t("overview.notes"), meta.notes))
    return OverviewBlock(ctx.t("overview.block.model"), rows, order=0)


def compliance_block(ctx) -> OverviewBlock:
    ai_act = ctx.model.compliance.ai_act
    risk = ai_act.risk_class
    if risk is None:
        value, style = ctx.t("value.not_decided"), "AIOS Warning"
    else:
        value = ctx.enum(risk)
        style = {"prohibited": "AIOS Bad", "high_risk": "AIOS Warning"}.get(str(risk.value),
                                                                             "AIOS Good")
    rows = [OverviewRow(ctx.t("overview.risk_class"), value, style)]
    if ai_act.rationale:
        rows.append(OverviewRow(ctx.t("overview.risk_rationale"), ai_act.rationale))
    return OverviewBlock(ctx.t("overview.block.compliance"), rows, order=50)


#: Block providers, "module:function"; add a line to contribute a block.
BLOCKS = [
    "aios_designer.export.sheets.overview:model_block",
    "aios_designer.export.sheets.overview:compliance_block",
    "aios_designer.export.sheets.projection:overview_block",
    "aios_designer.export.sheets.readiness:overview_block",
]


def collect_blocks(ctx) -> list[OverviewBlock]:
    blocks: list[OverviewBlock] = []
    for entry in BLOCKS:
        result = providers.load(entry)(ctx)
        if result is None:
            continue
        blocks.extend(result if isinstance(result, list) else [result])
    return sorted(blocks, key=lambda b: b.order)


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.overview"))
    write_title_block(ctx, ws)
    write_header(ctx, ws, [ctx.t("overview.item"), ctx.t("overview.value")])
    row = HEADER_ROW
    label_width = value_width = 10
    wrapped: dict[int, list[tuple[int, str]]] = {}
    for block in collect_blocks(ctx):
        row += 1
        write_value(ctx, ws, row, 1, block.heading, "AIOS Block")
        write_value(ctx, ws, row, 2, None, "AIOS Block")
        for item in block.rows:
            row += 1
            write_value(ctx, ws, row, 1, item.label, "AIOS Label Wrap")
            value_text = item.value
            if item.note:
                value_text = f"{value_text} ({item.note})" if value_text not in (None, "") \
                    else item.note
            write_value(ctx, ws, row, 2, value_text, item.style)
            label_width = max(label_width, len(item.label))
            if isinstance(value_text, str):
                value_width = max(value_width, min(len(value_text), 80))
                wrapped[row] = [(1, item.label), (2, value_text)]
    widths = {1: min(label_width, 45), 2: value_width}
    fit_widths(ws, widths)
    fit_row_heights(ws, wrapped, widths)
    finish_sheet(ws, 2, row)
