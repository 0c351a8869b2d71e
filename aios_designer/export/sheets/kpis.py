"""KPIs: baseline, target, projected, day 30 and day 90 with their dates, the latest
*measured* value with live deltas and target checks, and the business case — projected and
actual side by side — as formulas.

Projected values of the four baseline metrics point at the Projection sheet (converted to
the KPI's unit), so the sheet keeps matching when someone edits the projection inputs. The
cells a follow-up meeting types into (baseline, target, day 30/90 and their dates, go-live,
investment) are input cells; ``aios-designer import-kpis`` reads them back by the KPI ids in
the last column.
"""
from datetime import date
from ...analysis.kpi_values import PROJECTED_ATTRIBUTE, unit_factor
from ...model import BaselineMetric, KpiDirection
from openpyxl.utils import get_column_letter

from ..layout import HEADER_ROW, Formula, finish_sheet, fit_header_height, fit_row_heights, \
    fit_widths, text_width, write_date, write_header, write_title_block, write_value
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
    "col.day30_date": ("Day 30 measured on", "Tag 30 gemessen am"),
    "col.day90": ("Day 90", "Tag 90"),
    "col.day90_date": ("Day 90 measured on", "Tag 90 gemessen am"),
    "col.latest": ("Latest measured (day 90, else day 30)",
                   "Zuletzt gemessen (Tag 90, sonst Tag 30)"),
    "col.delta": ("Delta vs baseline", "Abweichung zum Ausgangswert"),
    "col.delta_pct": ("Delta vs baseline (%)", "Abweichung zum Ausgangswert (%)"),
    "col.delta_target": ("Delta vs target", "Abweichung zum Ziel"),
    "col.met": ("Target met", "Ziel erreicht"),
    "col.source": ("Data source", "Datenquelle"),
    "col.id": ("Id", "Id"),
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
    "bc.projected": ("Projected", "Hochrechnung"),
    "bc.actual": ("Actual (measured)", "Ist (gemessen)"),
    "bc.go_live": ("Go-live", "Produktivstart"),
    "bc.investment": ("One-off investment", "Einmalige Investition"),
    "bc.run_cost": ("Monthly run cost (entered on the Projection sheet)",
                    "Monatliche Betriebskosten (Eingabe im Blatt Hochrechnung)"),
    "bc.baseline_cpu": ("Cost per unit, baseline", "Kosten pro Vorgang, Ausgangswert"),
    "bc.projected_cpu": ("Cost per unit (projected | latest measured)",
                         "Kosten pro Vorgang (Hochrechnung | zuletzt gemessen)"),
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
    "bc.how.basis": ("Saving on workload cost: real only where the freed hours are redeployed "
                     "or the team shrinks",
                     "Einsparung auf Arbeitslast-Kosten: real nur, wo frei werdende Stunden "
                     "anders eingesetzt werden oder das Team kleiner wird"),
    "legend": ("Pale yellow cells with blue figures are inputs; everything else is computed "
               "(the sheet is protected without a password).",
               "Hellgelbe Zellen mit blauen Zahlen sind Eingaben; alles andere wird berechnet "
               "(das Blatt ist ohne Kennwort geschützt)."),
}

COLUMNS = ["col.kpi", "col.metric", "col.unit", "col.direction", "col.definition",
           "col.baseline", "col.period", "col.target", "col.projected", "col.day30",
           "col.day30_date", "col.day90", "col.day90_date", "col.latest", "col.delta",
           "col.delta_pct", "col.delta_target", "col.met", "col.source", "col.id"]
#: 1-based column of each field, for the formulas and for reading the sheet back.
COL = {key.removeprefix("col."): i + 1 for i, key in enumerate(COLUMNS)}
#: Columns ``import-kpis`` reads back into the model: field → column.
IMPORTED = {"baseline": COL["baseline"], "target": COL["target"], "day30": COL["day30"],
            "day30_date": COL["day30_date"], "day90": COL["day90"],
            "day90_date": COL["day90_date"]}
#: Free-text columns that wrap (with fitted row heights) and their width caps; the other
#: columns are as wide as their longest text up to ``_MAX_WIDTH``.
_WRAPPED = {1: 32, 5: 40, 7: 30, 19: 30}
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
        entered = "AIOS Input Percent" if percent else "AIOS Input"
        c = {key: get_column_letter(col) for key, col in COL.items()}
        latest, base, target = f"{c['latest']}{r}", f"{c['baseline']}{r}", f"{c['target']}{r}"
        delta = f"{c['delta']}{r}"
        values = [
            (kpi.name, "AIOS Wrap"), (metric, "AIOS Text"), (kpi.unit, "AIOS Text"),
            (direction, "AIOS Text"), (kpi.definition, "AIOS Wrap"),
            (kpi.baseline, entered), (kpi.baseline_period, "AIOS Wrap"), (kpi.target, entered),
            (projected, number), (kpi.day30, entered), (kpi.day30_date, "AIOS Input Date"),
            (kpi.day90, entered), (kpi.day90_date, "AIOS Input Date"),
            (Formula(f'=IF(ISNUMBER({c["day90"]}{r}),{c["day90"]}{r},'
                     f'IF(ISNUMBER({c["day30"]}{r}),{c["day30"]}{r},""))'), number),
            (Formula(f'=IF(AND(ISNUMBER({latest}),ISNUMBER({base})),{latest}-{base},"")'),
             number),
            (Formula(f'=IF(AND(ISNUMBER({delta}),ISNUMBER({base})),'
                     f'IF({base}<>0,{delta}/ABS({base}),""),"")'), "AIOS Percent"),
            (Formula(f'=IF(AND(ISNUMBER({latest}),ISNUMBER({target})),{latest}-{target},"")'),
             number),
            (Formula(f'=IF(AND(ISNUMBER({latest}),ISNUMBER({target})),IF({c["direction"]}{r}='
                     f'"{lower}",IF({latest}<={target},"{yes}","{no}"),'
                     f'IF({latest}>={target},"{yes}","{no}")),"")'), "AIOS Check"),
            (kpi.source, "AIOS Wrap"), (kpi.id, "AIOS Id"),
        ]
        for col, (value, style) in enumerate(values, start=1):
            write_date_or_value(ctx, ws, r, col, value, style)
            if isinstance(value, str) and value:
                cap = _WRAPPED.get(col, _MAX_WIDTH)
                widths[col] = max(widths[col], min(text_width(value), cap))
                if col in _WRAPPED:
                    wrapped.setdefault(r, []).append((col, value))
    last_table_row = row
    widths[1] = max(widths[1], 12)
    widths[2] = max(widths[2], 16)
    widths[5] = max(widths[5], 20)
    widths[COL["id"]] = 10
    for key in ("day30_date", "day90_date"):
        widths[COL[key]] = max(widths[COL[key]], 11)
    legend_row = last_table_row + 2
    write_value(ctx, ws, legend_row, 1, t(ctx, "legend"), "AIOS Legend")
    wrapped.update(_business_case(ctx, ws, legend_row + 2, cost_row, has_projection))
    fit_widths(ws, widths)
    fit_header_height(ws, headings, widths)
    fit_row_heights(ws, wrapped, widths)
    finish_sheet(ws, len(COLUMNS), last_table_row)
    protect(ws)


def write_date_or_value(ctx, ws, row: int, col: int, value, style):
    """``write_value``, but a date becomes a real date cell (Excel's date arithmetic and
    filters work on it; text would not)."""
    if isinstance(value, date):
        return write_date(ctx, ws, row, col, value, style)
    return write_value(ctx, ws, row, col, value, style)


def protect(ws) -> None:
    """Lock the formula cells (input cells are unlocked by their style); no password, so a
    recipient who must change a formula can lift it. Filtering, sorting and resizing stay
    allowed."""
    protection = ws.protection
    protection.sheet = True
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


_SUMMARY_KEY = {
    BaselineMetric.THROUGHPUT: "throughput",
    BaselineMetric.ERROR_RATE: "residual_rate",
    BaselineMetric.CYCLE_TIME: "cycle",
    BaselineMetric.COST_PER_UNIT: "cost_per_unit",
}
assert set(_SUMMARY_KEY) == set(PROJECTED_ATTRIBUTE)


def _business_case(ctx, ws, top: int, cost_row: int | None, has_projection: bool
                   ) -> dict[int, list[tuple[int, str]]]:
    """Label in A, projected in B, actual (from the latest measured cost per unit) in C, how
    it is computed in E (the definition column); returns the wrapping label cells."""
    bc = ctx.model.business_case
    write_value(ctx, ws, top, 1, t(ctx, "bc.heading"), "AIOS Block")
    write_value(ctx, ws, top, 2, t(ctx, "bc.projected"), "AIOS Block")
    write_value(ctx, ws, top, 3, t(ctx, "bc.actual"), "AIOS Block")
    rows = ["go_live", "investment", "run_cost", "volume", "baseline_cpu", "projected_cpu",
            "saving", "payback", "roi12", "roi36"]
    at = {key: top + 1 + i for i, key in enumerate(rows)}
    cpu = projection_sheet.summary_cell(ctx, "cost_per_unit") if has_projection else None
    volume = projection_sheet.summary_cell(ctx, "volume") if has_projection else None
    run_cost = projection_sheet.summary_cell(ctx, "run_cost") if has_projection else None
    inv = f"$B${at['investment']}"
    base, vol = f"$B${at['baseline_cpu']}", f"$B${at['volume']}"
    latest = f"{get_column_letter(COL['latest'])}{cost_row}" if cost_row else None

    def saving(col: str) -> Formula:
        cpu_cell = f"{col}{at['projected_cpu']}"
        return Formula(f'=IF(AND(ISNUMBER({base}),ISNUMBER({cpu_cell})),'
                       f'({base}-{cpu_cell})*{vol},"")')

    def payback(col: str) -> Formula:
        sav = f"{col}{at['saving']}"
        return Formula(f'=IF(ISNUMBER({sav}),IF(AND({sav}>0,{inv}>0),{inv}/{sav},""),"")')

    def roi(col: str, months: int) -> Formula:
        sav = f"{col}{at['saving']}"
        return Formula(f'=IF(AND(ISNUMBER({sav}),{inv}>0),({months}*{sav}-{inv})/{inv},"")')

    values = {
        "go_live": ((bc.go_live, "AIOS Input Date"), None, None),
        "investment": ((bc.one_off_investment, "AIOS Input"), None, None),
        "run_cost": ((Formula(f"={run_cost}") if run_cost else bc.monthly_run_cost,
                      "AIOS Money"), None, None),
        "volume": ((Formula(f"={volume}") if volume else None, "AIOS Number"), None, None),
        "baseline_cpu": ((Formula(f'=IF(ISNUMBER(F{cost_row}),F{cost_row},"")')
                          if cost_row else None, "AIOS Money"), None, None),
        "projected_cpu": ((Formula(f'=IF(ISNUMBER({cpu}),{cpu},"")') if cpu else None,
                           "AIOS Money"),
                          (Formula(f'=IF(ISNUMBER({latest}),{latest},"")') if latest else None,
                           "AIOS Money"), None),
        "saving": ((saving("B"), "AIOS Money"), (saving("C"), "AIOS Money"), "bc.how.saving"),
        "payback": ((payback("B"), "AIOS Number"), (payback("C"), "AIOS Number"),
                    "bc.how.payback"),
        "roi12": ((roi("B", 12), "AIOS Percent"), (roi("C", 12), "AIOS Percent"),
                  "bc.how.roi"),
        "roi36": ((roi("B", 36), "AIOS Percent"), (roi("C", 36), "AIOS Percent"),
                  "bc.how.roi"),
    }
    wrapped = {}
    for key in rows:
        r = at[key]
        projected, actual, how = values[key]
        label = t(ctx, f"bc.{key}")
        write_value(ctx, ws, r, 1, label, "AIOS Label Wrap")
        wrapped[r] = [(1, label)]
        write_date_or_value(ctx, ws, r, 2, *projected)
        if actual is not None:
            write_value(ctx, ws, r, 3, *actual)
        if how:
            write_value(ctx, ws, r, 5, t(ctx, how), "AIOS Legend")
    write_value(ctx, ws, at["roi36"] + 1, 5, t(ctx, "bc.how.basis"), "AIOS Legend")
    return wrapped
