"""Monitoring: the plan (what is watched, by whom, how often, against which alert band) and
13 week columns where the team enters the measured values; a value outside its band turns red.
"""
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from ...model import MetricUnit
from ..layout import HEADER_ROW, Column, write_table, write_value

WEEKS = 13
INPUT = "AIOS Monitoring Input"
INPUT_PERCENT = "AIOS Monitoring Input Percent"
_THIN = Side(style="thin", color="BFBFBF")
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")  # the pale yellow of input cells


def _input_styles(ctx) -> None:
    box = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    top = Alignment(vertical="top")
    ctx.styles.add(NamedStyle(name=INPUT, fill=_INPUT_FILL, border=box, alignment=top,
                              number_format="#,##0.00"))
    ctx.styles.add(NamedStyle(name=INPUT_PERCENT, fill=_INPUT_FILL, border=box, alignment=top,
                              number_format="0.0%"))


def _number_style(value):
    """Shares are shown as percentages; an empty figure is left unwritten."""
    def style(metric) -> str:
        if metric.unit == MetricUnit.SHARE and value(metric) is not None:
            return "AIOS Percent"
        return "AIOS Number"
    return style


def columns(ctx) -> list[Column]:
    steps = ctx.step_names
    return [
        Column("col.metric", lambda m: m.name, "AIOS Wrap", max_width=36),
        Column("col.metric_kind", lambda m: ctx.enum(m.kind), max_width=22),
        Column("col.watches", lambda m: steps.get(m.step_id) or ctx.role_name(m.role_id),
               "AIOS Wrap", max_width=30),
        Column("col.owner", lambda m: ctx.role_name(m.owner_role_id), "AIOS Wrap", max_width=24),
        Column("col.frequency", lambda m: ctx.enum(m.frequency), max_width=12),
        Column("col.unit", lambda m: ctx.enum(m.unit), max_width=10),
        Column("col.expected", lambda m: m.expected, "AIOS Number", max_width=10,
               style_of=_number_style(lambda m: m.expected)),
        Column("col.alert_below", lambda m: m.alert_below, "AIOS Number", max_width=10,
               style_of=_number_style(lambda m: m.alert_below)),
        Column("col.alert_above", lambda m: m.alert_above, "AIOS Number", max_width=10,
               style_of=_number_style(lambda m: m.alert_above)),
        Column("col.definition", lambda m: m.definition, "AIOS Wrap", max_width=45),
        Column("col.data_source", lambda m: m.data_source, "AIOS Wrap", max_width=30),
        Column("col.action", lambda m: m.action, "AIOS Wrap", max_width=40),
    ]


def build(ctx, workbook) -> None:
    _input_styles(ctx)
    ws = workbook.create_sheet(ctx.t("sheet.monitoring"))
    metrics = ctx.model.monitoring.metrics
    plan = columns(ctx)
    weeks = [Column(ctx.t("col.week").format(n=n), lambda m: None, INPUT, max_width=8,
                    literal=True) for n in range(1, WEEKS + 1)]
    last_row = write_table(ctx, ws, plan + weeks, metrics, freeze_col=2)
    expected_col = next(i for i, c in enumerate(plan, 1) if c.heading == "col.expected")
    first_week = len(plan) + 1
    for row, metric in enumerate(metrics, start=HEADER_ROW + 1):
        share = metric.unit == MetricUnit.SHARE
        for col in range(first_week, first_week + WEEKS):
            write_value(ctx, ws, row, col, None, INPUT_PERCENT if share else INPUT)
    if not metrics:
        return
    below = get_column_letter(expected_col + 1)
    above = get_column_letter(expected_col + 2)
    first = get_column_letter(first_week)
    area = f"{first}{HEADER_ROW + 1}:{get_column_letter(first_week + WEEKS - 1)}{last_row}"
    cell = f"{first}{HEADER_ROW + 1}"
    r = HEADER_ROW + 1
    outside = (f"AND(ISNUMBER({cell}),OR(AND(ISNUMBER(${below}{r}),{cell}<${below}{r}),"
               f"AND(ISNUMBER(${above}{r}),{cell}>${above}{r})))")
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[outside], fill=PatternFill("solid", bgColor="FFC7CE"), stopIfTrue=True))
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"ISNUMBER({cell})"], fill=PatternFill("solid", bgColor="C6EFCE")))
