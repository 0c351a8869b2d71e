"""KPIs: baseline, target, projected, day 30 and day 90, with live delta and target checks,
and the business case (monthly saving, payback, ROI) as formulas.

Projected values of the four baseline metrics point at the Projection sheet (converted to
the KPI's unit), so the sheet keeps matching when someone edits the projection inputs.
"""
from ...analysis.kpi_values import PROJECTED_ATTRIBUTE, unit_factor
from ...model import BaselineMetric, KpiDirection
from ..layout import HEADER_ROW, Formula, finish_sheet, fit_header_height, fit_row_heights, \
    fit_widths, text_width, write_header, write_title_block, write_value
from . import projection as projection_sheet

LABELS = {
    "sheet": ("KPIs", "Kennzahlen"),
    "subtitle": ("Baseline before go-live, impact at day 30 and day 90",
                 "Ausgangswert vor dem Start, Wirkung nach 30 und 90 Tagen"),
    "col.kpi": ("KPI", "Kennzahl"),
    "col.metric": ("Baseline metric", "Basiskennzahl"),
    "col.unit": ("Unit", "Einheit"),
    "col.direction": ("Better when", "Besser wenn"),
    "col.definition": ("Definition", "Definition"),
    "col.baseline": ("Baseline", "Ausgangswert"),
    "col.period": ("Baseline period", "Messzeitraum"),
    "col.target": ("Target", "Ziel"),
    "col.projected": ("Projected", "Hochrechnung"),
    "col.day30": ("Day 30", "Tag 30"),
    "col.day90": ("Day 90", "Tag 90"),
    "col.latest": ("Latest (day 90, day 30, else projected)",
                   "Aktuell (Tag 90, Tag 30, sonst Hochrechnung)"),
    "col.delta": ("Delta vs baseline", "Abweichung zum Ausgangswert"),
    "col.met": ("Target met", "Ziel erreicht"),
    "col.source": ("Data source", "Datenquelle"),
    "dir.lower": ("lower", "niedriger"),
    "dir.higher": ("higher", "höher"),
    "yes": ("yes", "ja"),
    "no": ("no", "nein"),
    "custom": ("custom", "eigene"),
    "metric.throughput": ("Throughput", "Durchsatz"),
    "metric.error_rate": ("Error rate", "Fehlerquote"),
    "metric.cycle_time": ("Cycle time", "Durchlaufzeit"),
    "metric.cost_per_unit": ("Cost per unit", "Kosten pro Vorgang"),
    "bc.heading": ("Business case", "Wirtschaftlichkeit"),
    "bc.investment": ("One-off investment", "Einmalige Investition"),
    "bc.run_cost": ("Monthly run cost (in the projected cost per unit)",
                    "Monatliche Betriebskosten (in den hochgerechneten Kosten pro Vorgang)"),
    "bc.baseline_cpu": ("Cost per unit, baseline", "Kosten pro Vorgang, Ausgangswert"),
    "bc.projected_cpu": ("Cost per unit, projected", "Kosten pro Vorgang, Hochrechnung"),
    "bc.volume": ("Volume per month", "Volumen pro Monat"),
    "bc.saving": ("Monthly saving", "Monatliche Einsparung"),
    "bc.payback": ("Payback (months)", "Amortisation (Monate)"),
    "bc.roi12": ("ROI after 12 months", "ROI nach 12 Monaten"),
    "bc.roi36": ("ROI after 36 months", "ROI nach 36 Monaten"),
    "bc.how.saving": ("(baseline − projected cost per unit) × volume",
                      "(Ausgangswert − Hochrechnung Kosten pro Vorgang) × Volumen"),
    "bc.how.payback": ("investment / monthly saving", "Investition / monatliche Einsparung"),
    "bc.how.roi": ("(months × saving − investment) / investment",
                   "(Monate × Einsparung − Investition) / Investition"),
}

COLUMNS = ["col.kpi", "col.metric", "col.unit", "col.direction", "col.definition",
           "col.baseline", "col.period", "col.target", "col.projected", "col.day30",
           "col.day90", "col.latest", "col.delta", "col.met", "col.source"]
#: Free-text columns that wrap (with fitted row heights) and their width caps; the other
#: columns are as wide as their longest text up to ``_MAX_WIDTH``.
_WRAPPED = {1: 32, 5: 40, 7: 30, 15: 30}
_MAX_WIDTH = 24


def t(ctx, key: str) -> str:
    en, de = LABELS[key]
    return de if ctx.lang == "de" else en


def _metric_order(kpi) -> int:
    order = list(BaselineMetric)
    return order.index(kpi.metric) if kpi.metric is not None else len(order)


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(t(ctx, "sheet"))
    write_title_block(ctx, ws, t(ctx, "subtitle"))
    headings = [t(ctx, key) for key in COLUMNS]
    write_header(ctx, ws, headings)
    kpis = sorted(ctx.model.kpis, key=_metric_order)
    lower, higher = t(ctx, "dir.lower"), t(ctx, "dir.higher")
    yes, no = t(ctx, "yes"), t(ctx, "no")
    has_projection = ctx.projection is not None
    cost_row = None
    row = HEADER_ROW
    widths = {i + 1: min(max(len(w) for w in h.split()), 14) for i, h in enumerate(headings)}
    wrapped: dict[int, list[tuple[int, str]]] = {}
    for kpi in kpis:
        row += 1
        r = row
        if kpi.metric == BaselineMetric.COST_PER_UNIT and cost_row is None:
            cost_row = r
        metric = t(ctx, f"metric.{kpi.metric.value}") if kpi.metric else t(ctx, "custom")
        projected = None
        if kpi.metric is not None and has_projection:
            cell = projection_sheet.summary_cell(ctx, _SUMMARY_KEY[kpi.metric])
            factor = unit_factor(kpi.metric, kpi.unit, ctx.model)
            scaled = cell if factor == 1.0 else f"{cell}*{factor!r}"
            projected = Formula(f'=IF(ISNUMBER({cell}),{scaled},"")')
        direction = lower if kpi.direction == KpiDirection.LOWER_IS_BETTER else higher
        percent = kpi.metric == BaselineMetric.ERROR_RATE and "%" not in kpi.unit
        number = "AIOS Percent" if percent else "AIOS Number"
        values = [
            (kpi.name, "AIOS Wrap"), (metric, "AIOS Text"), (kpi.unit, "AIOS Text"),
            (direction, "AIOS Text"), (kpi.definition, "AIOS Wrap"),
            (kpi.baseline, number), (kpi.baseline_period, "AIOS Wrap"), (kpi.target, number),
            (projected, number), (kpi.day30, number), (kpi.day90, number),
            (Formula(f'=IF(ISNUMBER(K{r}),K{r},IF(ISNUMBER(J{r}),J{r},'
                     f'IF(ISNUMBER(I{r}),I{r},"")))'), number),
            (Formula(f'=IF(AND(ISNUMBER(L{r}),ISNUMBER(F{r})),L{r}-F{r},"")'), number),
            (Formula(f'=IF(AND(ISNUMBER(L{r}),ISNUMBER(H{r})),IF(D{r}="{lower}",'
                     f'IF(L{r}<=H{r},"{yes}","{no}"),IF(L{r}>=H{r},"{yes}","{no}")),"")'),
             "AIOS Check"),
            (kpi.source, "AIOS Wrap"),
        ]
        for col, (value, style) in enumerate(values, start=1):
            write_value(ctx, ws, r, col, value, style)
            if isinstance(value, str) and value:
                cap = _WRAPPED.get(col, _MAX_WIDTH)
                widths[col] = max(widths[col], min(text_width(value), cap))
                if col in _WRAPPED:
                    wrapped.setdefault(r, []).append((col, value))
    last_table_row = row
    widths[1] = max(widths[1], 12)
    widths[2] = max(widths[2], 16)
    widths[5] = max(widths[5], 20)
    wrapped.update(_business_case(ctx, ws, last_table_row + 2, cost_row, has_projection))
    fit_widths(ws, widths)
    fit_header_height(ws, headings, widths)
    fit_row_heights(ws, wrapped, widths)
    finish_sheet(ws, len(COLUMNS), last_table_row)


_SUMMARY_KEY = {
    BaselineMetric.THROUGHPUT: "throughput",
    BaselineMetric.ERROR_RATE: "residual_rate",
    BaselineMetric.CYCLE_TIME: "cycle",
    BaselineMetric.COST_PER_UNIT: "cost_per_unit",
}
assert set(_SUMMARY_KEY) == set(PROJECTED_ATTRIBUTE)


def _business_case(ctx, ws, top: int, cost_row: int | None, has_projection: bool
                   ) -> dict[int, list[tuple[int, str]]]:
    """Label in A, value in B, how it is computed in E (the definition column); returns
    the wrapping label cells for the row heights."""
    bc = ctx.model.business_case
    write_value(ctx, ws, top, 1, t(ctx, "bc.heading"), "AIOS Block")
    write_value(ctx, ws, top, 2, None, "AIOS Block")
    rows = ["investment", "run_cost", "baseline_cpu", "projected_cpu", "volume", "saving",
            "payback", "roi12", "roi36"]
    at = {key: f"$B${top + 1 + i}" for i, key in enumerate(rows)}
    cpu = projection_sheet.summary_cell(ctx, "cost_per_unit") if has_projection else None
    volume = projection_sheet.summary_cell(ctx, "volume") if has_projection else None
    inv, sav = at["investment"], at["saving"]
    base, proj, vol = at["baseline_cpu"], at["projected_cpu"], at["volume"]

    def roi(months: int) -> Formula:
        return Formula(f'=IF(AND(ISNUMBER({sav}),{inv}>0),({months}*{sav}-{inv})/{inv},"")')

    values = {
        "investment": (bc.one_off_investment, "AIOS Money", None),
        "run_cost": (bc.monthly_run_cost, "AIOS Money", None),
        "baseline_cpu": (Formula(f'=IF(ISNUMBER(F{cost_row}),F{cost_row},"")')
                         if cost_row else None, "AIOS Money", None),
        "projected_cpu": (Formula(f'=IF(ISNUMBER({cpu}),{cpu},"")') if cpu else None,
                          "AIOS Money", None),
        "volume": (Formula(f"={volume}") if volume else None, "AIOS Number", None),
        "saving": (Formula(f'=IF(AND(ISNUMBER({base}),ISNUMBER({proj})),'
                           f'({base}-{proj})*{vol},"")'), "AIOS Money", "bc.how.saving"),
        "payback": (Formula(f'=IF(ISNUMBER({sav}),IF(AND({sav}>0,{inv}>0),{inv}/{sav},""),"")'),
                    "AIOS Number", "bc.how.payback"),
        "roi12": (roi(12), "AIOS Percent", "bc.how.roi"),
        "roi36": (roi(36), "AIOS Percent", "bc.how.roi"),
    }
    wrapped = {}
    for i, key in enumerate(rows):
        r = top + 1 + i
        value, style, how = values[key]
        label = t(ctx, f"bc.{key}")
        write_value(ctx, ws, r, 1, label, "AIOS Label Wrap")
        wrapped[r] = [(1, label)]
        write_value(ctx, ws, r, 2, value, style)
        if how:
            write_value(ctx, ws, r, 5, t(ctx, how), "AIOS Legend")
    return wrapped
