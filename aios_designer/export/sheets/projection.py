"""Projection sheet: the workload lines behind hours, FTE, cost per unit and cycle time.

One line per step that costs time or money (steps without work, waiting, latency or AI cost
add nothing to any sum and are left out), plus the review and QA lines of AI steps.

Items per month per step are solved by AIOS Designer from the flow equations (rework loops
included) and written as formulas of ONE volume cell: visits per entering item (a value,
fixed by the flow shares) × the volume. Everything computed from them - hours, cost, FTE,
cycle time, cost per unit - is a live formula, so a recipient can change the volume, minutes,
the run cost or hourly costs (each entered in one place) and see the effect. Recalculated,
the formulas give exactly what ``aios.project`` gives; queue waits (Erlang C) are values at
the exported volume. Defined names point to the headline cells (``NAMES``). Input cells are
styled as inputs, the rest is locked in a sheet protected without a password.

This module also contributes the projected columns of the Roles sheet and the headline
block of the Overview, both as formulas that point here.
"""
import math

from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from ...number_format import format_percent
from ..layout import HEADER_ROW, Column, Formula, finish_sheet, fit_header_height, \
    fit_widths, write_header, write_title_block, write_value
from .. import providers
from . import roles as roles_sheet

LABELS = {
    "sheet": ("Projection", "Hochrechnung"),
    "subtitle": ("Per month; items solved from the flow shares, everything else live formulas",
                 "Pro Monat; Vorgänge aus den Flussanteilen gelöst, alles andere Formeln"),
    "col.step": ("Step", "Prozessschritt"),
    "col.work": ("Work", "Tätigkeit"),
    "col.role": ("Role", "Rolle"),
    "col.role_id": ("Role id", "Rollen-Id"),
    "col.items": ("Items per month", "Vorgänge pro Monat"),
    "col.minutes": ("Work minutes per item", "Arbeitsminuten pro Vorgang"),
    "col.hours": ("Hours per month", "Stunden pro Monat"),
    "col.hourly_cost": ("Hourly cost", "Stundensatz"),
    "col.cost": ("Cost per month", "Kosten pro Monat"),
    "col.cycle": ("Elapsed minutes per item", "Durchlaufminuten pro Vorgang"),
    "col.ai_cost_item": ("AI cost per item", "KI-Kosten pro Vorgang"),
    "col.ai_cost": ("AI cost per month", "KI-Kosten pro Monat"),
    "col.residual": ("Residual errors per month", "Restfehler pro Monat"),
    "col.queue": ("Queue wait minutes per item (Erlang C, value)",
                  "Warteminuten pro Vorgang (Erlang C, Wert)"),
    "work.step": ("step", "Schritt"),
    "work.review": ("review before release (policy: {share} of items)",
                    "Prüfung vor Freigabe (Regel: {share} der Vorgänge)"),
    "work.qa": ("QA sample of auto-approved ({rate})",
                "QS-Stichprobe der automatisch freigegebenen ({rate})"),
    "sum.heading": ("Projection per month", "Hochrechnung pro Monat"),
    "sum.value": ("Value", "Wert"),
    "sum.how": ("How", "Berechnung"),
    "sum.volume": ("Volume (items entering)", "Volumen (eingehende Vorgänge)"),
    "sum.productive": ("Productive hours per FTE and month", "Produktive Stunden pro VZÄ und Monat"),
    "sum.run_cost": ("Monthly run cost", "Monatliche Betriebskosten"),
    "sum.hours": ("Human hours", "Personalstunden"),
    "sum.fte": ("FTE needed", "Benötigte VZÄ"),
    "sum.human_cost": ("Human cost", "Personalkosten"),
    "sum.ai_cost": ("AI cost", "KI-Kosten"),
    "sum.cost": ("Total cost", "Gesamtkosten"),
    "sum.cost_per_unit": ("Cost per unit", "Kosten pro Vorgang"),
    "sum.cycle": ("Cycle time (hours)", "Durchlaufzeit (Stunden)"),
    "sum.queue_wait": ("of which queue waits (hours)", "davon Wartezeit in Warteschlangen (Stunden)"),
    "sum.throughput": ("Throughput per person (items per FTE)",
                       "Durchsatz pro Person (Vorgänge pro VZÄ)"),
    "sum.residual": ("Residual errors", "Restfehler"),
    "sum.residual_rate": ("Residual error rate", "Restfehlerquote"),
    "sum.completed": ("Completed items", "Abgeschlossene Vorgänge"),
    "sum.staffed": ("FTE staffed (headcount of the roles)",
                    "Besetzte VZÄ (Kapazität der Rollen)"),
    "sum.throughput_staffed": ("Throughput per staffed person",
                               "Durchsatz pro besetzter Person"),
    "sum.staffed_cost": ("Staffed human cost", "Personalkosten der Besetzung"),
    "sum.cost_per_unit_staffed": ("Cost per unit on staffed cost",
                                  "Kosten pro Vorgang auf Besetzungskosten"),
    "sum.unassigned": ("Hours without a role (not costed, not in the FTE)",
                       "Stunden ohne Rolle (nicht bewertet, nicht in den VZÄ)"),
    "how.hours_roles": ("sum over the roles (Roles sheet)", "Summe über die Rollen (Blatt Rollen)"),
    "how.staffed": ("sum of the roles' FTE", "Summe der VZÄ der Rollen"),
    "how.throughput_staffed": ("volume / FTE staffed", "Volumen / besetzte VZÄ"),
    "how.staffed_cost": ("Σ roles max(FTE × productive hours, hours) × hourly cost",
                         "Σ Rollen max(VZÄ × produktive Stunden, Stunden) × Stundensatz"),
    "how.cost_per_unit_staffed": ("(staffed + AI + run cost) / volume",
                                  "(Besetzung + KI + Betrieb) / Volumen"),
    "how.unassigned": ("sum of hours − hours over roles", "Summe der Stunden − Stunden der Rollen"),
    "how.items": ("items = visits per entering item × volume",
                  "Vorgänge = Besuche pro eingehendem Vorgang × Volumen"),
    "legend": ("Inputs (pale yellow, blue figures): the volume, productive hours, monthly run "
               "cost, minutes, elapsed minutes and AI cost per item here, FTE and hourly costs "
               "on the Roles sheet. Everything else is a formula; the sheet is protected "
               "without a password.",
               "Eingaben (hellgelb, blaue Zahlen): Volumen, produktive Stunden, monatliche "
               "Betriebskosten, Minuten, Durchlaufminuten und KI-Kosten pro Vorgang hier, VZÄ "
               "und Stundensätze im Blatt Rollen. Alles andere ist Formel; das Blatt ist ohne "
               "Kennwort geschützt."),
    "how.input": ("input", "Eingabe"),
    "how.volume": ("sum of the triggers' volumes", "Summe der Auslöser-Volumen"),
    "how.hours": ("sum of hours", "Summe der Stunden"),
    "how.fte": ("hours / productive hours", "Stunden / produktive Stunden"),
    "how.cost": ("human + AI + run cost", "Personal + KI + Betrieb"),
    "how.cost_per_unit": ("total cost / volume", "Gesamtkosten / Volumen"),
    "how.cycle": ("Σ items × (elapsed + queue wait minutes) / volume / 60",
                  "Σ Vorgänge × (Durchlauf- + Warteminuten) / Volumen / 60"),
    "how.queue_wait": ("Σ items × queue wait minutes / volume / 60; waits are Erlang-C values "
                       "at the exported volume",
                       "Σ Vorgänge × Warteminuten / Volumen / 60; Wartezeiten sind Erlang-C-"
                       "Werte beim exportierten Volumen"),
    "how.throughput": ("volume / FTE needed", "Volumen / benötigte VZÄ"),
    "how.residual_rate": ("residual errors / volume", "Restfehler / Volumen"),
    "role.hours": ("Projected hours per month", "Hochgerechnete Stunden pro Monat"),
    "role.fte": ("Projected FTE", "Hochgerechnete VZÄ"),
    "role.utilisation": ("Utilisation", "Auslastung"),
    "role.id": ("Id", "Id"),
    "ov.heading": ("Projection (per month)", "Hochrechnung (pro Monat)"),
    "ov.volume": ("Volume", "Volumen"),
    "ov.cost_per_unit": ("Cost per unit", "Kosten pro Vorgang"),
    "ov.cycle": ("Cycle time (hours)", "Durchlaufzeit (Stunden)"),
    "ov.fte": ("FTE needed", "Benötigte VZÄ"),
    "ov.throughput": ("Throughput per person (items per FTE and month)",
                      "Durchsatz pro Person (Vorgänge pro VZÄ und Monat)"),
    "ov.residual": ("Residual error rate", "Restfehlerquote"),
}

#: Table columns (A…M) and the summary block to the right of it (label O, value P, how Q).
COLUMNS = ["col.step", "col.work", "col.role", "col.role_id", "col.items", "col.minutes",
           "col.hours", "col.hourly_cost", "col.cost", "col.cycle", "col.ai_cost_item",
           "col.ai_cost", "col.residual", "col.queue"]
SUMMARY_LABEL_COL = len(COLUMNS) + 2
SUMMARY_VALUE_COL = SUMMARY_LABEL_COL + 1
SUMMARY_ROWS = ["volume", "productive", "run_cost", "hours", "fte", "human_cost", "ai_cost",
                "cost", "cost_per_unit", "cycle", "queue_wait", "throughput", "residual",
                "residual_rate", "completed", "staffed", "throughput_staffed", "staffed_cost",
                "cost_per_unit_staffed", "unassigned"]
#: Defined names of the workbook → summary row.
NAMES = {"Volume_per_month": "volume", "Monthly_run_cost": "run_cost",
         "Cost_per_unit": "cost_per_unit", "Cycle_time_hours": "cycle", "FTE_total": "fte"}
FIRST_LINE = HEADER_ROW + 1


def t(ctx, key: str) -> str:
    en, de = LABELS[key]
    return de if ctx.lang == "de" else en


def sheet_name(ctx) -> str:
    return t(ctx, "sheet")


def _quoted(ctx) -> str:
    return "'" + sheet_name(ctx).replace("'", "''") + "'"


def summary_cell(ctx, key: str, absolute: bool = True) -> str:
    """Address of a summary figure, e.g. ``'Projection'!$P$13``."""
    row = HEADER_ROW + 1 + SUMMARY_ROWS.index(key)
    col = get_column_letter(SUMMARY_VALUE_COL)
    return f"{_quoted(ctx)}!${col}${row}"


def _lines(ctx) -> list[dict]:
    """One line per step, plus per AI step its review-before-release (when no review step
    is connected) and QA sample lines; cached per export."""
    cached = ctx.shared.get("projection.lines")
    if cached is not None:
        return cached
    projection = ctx.projection
    steps = {s.id: s for s in ctx.model.steps}
    ai = {a.id: a for a in projection.ai_steps}
    lines = []
    for sp in projection.steps:
        step = steps[sp.id]
        if (sp.id not in ai and sp.work_minutes_per_visit == 0 and sp.minutes_per_visit == 0):
            continue  # a trigger, decision, end or instant system step adds nothing to any sum
        row = FIRST_LINE + len(lines)
        lines.append({"step": sp.name, "work": t(ctx, "work.step"), "role_id": sp.work_role_id,
                      "items": sp.items_per_month, "minutes": sp.work_minutes_per_visit,
                      "cycle": sp.minutes_per_visit, "queue": sp.queue_wait_minutes,
                      "ai_cost": getattr(step, "cost_per_item", 0.0) if sp.id in ai else 0.0,
                      "residual": ai[sp.id].residual_errors_per_month if sp.id in ai else 0.0})
        a = ai.get(sp.id)
        if a is None:
            continue
        role_id = a.qa_role_id
        if not a.review_step_ids and a.review_share > 0:
            lines.append({"step": sp.name,
                          "work": t(ctx, "work.review").format(
                              share=format_percent(a.review_share, 0, ctx.lang)),
                          "role_id": role_id, "items_of": row,
                          "factor": a.review_share, "minutes": a.review_minutes,
                          "cycle": a.review_minutes, "ai_cost": 0.0, "residual": 0.0,
                          "queue": _role_wait_minutes(projection, role_id)})
        if a.qa_rate > 0 and a.auto_share > 0:
            lines.append({"step": sp.name, "work": t(ctx, "work.qa").format(
                              rate=format_percent(a.qa_rate, 0, ctx.lang)),
                          "role_id": role_id, "items_of": row,
                          "factor": a.auto_share * a.qa_rate, "minutes": a.review_minutes,
                          "cycle": 0.0, "ai_cost": 0.0, "residual": 0.0, "queue": 0.0})
    ctx.shared["projection.lines"] = lines
    return lines


def _role_wait_minutes(projection, role_id: str | None) -> float | None:
    queue = projection.queue(role_id) if role_id else None
    if queue is None:
        return 0.0
    return None if queue.mean_wait_hours is None else queue.mean_wait_hours * 60.0


def _line_count(ctx) -> int:
    count = ctx.shared.get("projection.line_count")
    if count is None:
        count = ctx.shared["projection.line_count"] = len(_lines(ctx))
    return count


def _range(ctx, col: int, absolute: bool = True) -> str:
    last = FIRST_LINE + max(_line_count(ctx), 1) - 1
    letter = get_column_letter(col)
    return f"{_quoted(ctx)}!${letter}${FIRST_LINE}:${letter}${last}"


def _number(value: float):
    return value if math.isfinite(value) else None


def _roles_layout(ctx) -> dict:
    """Columns of the Roles sheet: its own, other providers', then ours (hours, FTE,
    utilisation, id)."""
    own = roles_sheet.columns(ctx)
    before = 0
    for entry in roles_sheet.COLUMN_PROVIDERS:
        if entry == f"{__name__}:role_columns":
            break
        before += len(providers.load(entry)(ctx))
    base = len(own) + before
    headcount = next(i for i, c in enumerate(own) if c.heading == "col.fte") + 1
    cost = next(i for i, c in enumerate(own)
                if c.literal and c.heading.startswith(ctx.t("col.hourly_cost"))) + 1
    name = "'" + ctx.t("sheet.roles").replace("'", "''") + "'"
    last = HEADER_ROW + max(len(ctx.model.roles), 1)
    return {"hours": base + 1, "fte": base + 2, "utilisation": base + 3, "id": base + 4,
            "headcount": headcount, "cost": cost, "sheet": name, "last": last}


def build(ctx, workbook) -> None:
    if ctx.projection is None:
        return
    ws = workbook.create_sheet(sheet_name(ctx))
    write_title_block(ctx, ws, t(ctx, "subtitle"))
    headings = [t(ctx, key) for key in COLUMNS]
    write_header(ctx, ws, headings)
    roles = {r.id: r.name for r in ctx.model.roles}
    layout = _roles_layout(ctx)
    id_col = get_column_letter(layout["id"])
    cost_col = get_column_letter(layout["cost"])
    roles_ids = f"{layout['sheet']}!${id_col}${HEADER_ROW + 1}:${id_col}${layout['last']}"
    roles_cost = f"{layout['sheet']}!${cost_col}${HEADER_ROW + 1}:${cost_col}${layout['last']}"
    lines = _lines(ctx)
    # Written here, the lines are needed no more (their number is): 50,000 steps make
    # about 30 MB of them.
    ctx.shared["projection.line_count"] = len(lines)
    del ctx.shared["projection.lines"]
    p = ctx.projection
    value_letter = get_column_letter(SUMMARY_VALUE_COL)

    def ref(key: str) -> str:
        return f"{value_letter}{HEADER_ROW + 1 + SUMMARY_ROWS.index(key)}"

    volume_ref = f"${value_letter}${HEADER_ROW + 1 + SUMMARY_ROWS.index('volume')}"
    for offset, line in enumerate(lines):
        r = FIRST_LINE + offset
        write_value(ctx, ws, r, 1, line["step"], "AIOS Text")
        write_value(ctx, ws, r, 2, line["work"], "AIOS Text")
        write_value(ctx, ws, r, 3, roles.get(line["role_id"], ""), "AIOS Text")
        write_value(ctx, ws, r, 4, line["role_id"] or "", "AIOS Id")
        if "items_of" in line:
            items = Formula(f"=E{line['items_of']}*{line['factor']!r}")
        elif p.volume_per_month > 0 and math.isfinite(line["items"]):
            # Visits per entering item are fixed by the flow shares: scale with the volume.
            items = Formula(f"={line['items'] / p.volume_per_month!r}*{volume_ref}")
        else:
            items = _number(line["items"])
        write_value(ctx, ws, r, 5, items, "AIOS Number")
        write_value(ctx, ws, r, 6, line["minutes"], "AIOS Input")
        write_value(ctx, ws, r, 7, Formula(f"=E{r}*F{r}/60"), "AIOS Number")
        write_value(ctx, ws, r, 8, Formula(
            f'=IF(D{r}="",0,IFERROR(INDEX({roles_cost},MATCH(D{r},{roles_ids},0)),0))'),
            "AIOS Money")
        write_value(ctx, ws, r, 9, Formula(f"=G{r}*H{r}"), "AIOS Money")
        write_value(ctx, ws, r, 10, line["cycle"], "AIOS Input")
        write_value(ctx, ws, r, 11, line["ai_cost"], "AIOS Input")
        write_value(ctx, ws, r, 12, Formula(f"=E{r}*K{r}"), "AIOS Money")
        write_value(ctx, ws, r, 13, _number(line["residual"]), "AIOS Number")
        queue = line.get("queue", 0.0)
        write_value(ctx, ws, r, 14, None if queue is None else _number(queue), "AIOS Number")
    last = FIRST_LINE + max(len(lines), 1) - 1

    def col(letter: str) -> str:
        return f"{letter}{FIRST_LINE}:{letter}{last}"

    def roles_range(key: str) -> str:
        letter = get_column_letter(layout[key])
        return f"{layout['sheet']}!${letter}${HEADER_ROW + 1}:${letter}${layout['last']}"

    hc, hrs, rate = roles_range("headcount"), roles_range("hours"), roles_range("cost")
    productive = ref("productive")
    # max(FTE × productive hours, hours) per role without an array formula: a comparison
    # is 1 or 0, so (x>y)*x + (x<=y)*y picks the larger one inside SUMPRODUCT.
    staffed_cost = Formula(
        f"=SUMPRODUCT(({hc}*{productive}>{hrs})*{hc}*{productive}"
        f"+({hc}*{productive}<={hrs})*{hrs},{rate})")
    summary = {
        "volume": (p.volume_per_month, "AIOS Input", "how.items"),
        "productive": (p.productive_hours_per_fte_month, "AIOS Input", "how.input"),
        "run_cost": (p.run_cost_per_month, "AIOS Input", "how.input"),
        "hours": (Formula(f"=SUM({hrs})"), "AIOS Number", "how.hours_roles"),
        "fte": (Formula(f"={ref('hours')}/{ref('productive')}"), "AIOS Number", "how.fte"),
        "human_cost": (Formula(f"=SUM({col('I')})"), "AIOS Money", None),
        "ai_cost": (Formula(f"=SUM({col('L')})"), "AIOS Money", None),
        "cost": (Formula(f"={ref('human_cost')}+{ref('ai_cost')}+{ref('run_cost')}"),
                 "AIOS Money", "how.cost"),
        "cost_per_unit": (Formula(f'=IF({ref("volume")}>0,{ref("cost")}/{ref("volume")},"")'),
                          "AIOS Money", "how.cost_per_unit"),
        "cycle": (Formula(f'=IF({ref("volume")}>0,SUMPRODUCT({col("E")},{col("J")})'
                          f'/{ref("volume")}/60+{ref("queue_wait")},"")'), "AIOS Number",
                  "how.cycle"),
        "queue_wait": (Formula(f'=IF({ref("volume")}>0,SUMPRODUCT({col("E")},{col("N")})'
                               f'/{ref("volume")}/60,"")'), "AIOS Number", "how.queue_wait"),
        "throughput": (Formula(f'=IF({ref("fte")}>0,{ref("volume")}/{ref("fte")},"")'),
                       "AIOS Number", "how.throughput"),
        "residual": (Formula(f"=SUM({col('M')})"), "AIOS Number", None),
        "residual_rate": (Formula(f'=IF({ref("volume")}>0,{ref("residual")}/{ref("volume")},"")'),
                          "AIOS Percent", "how.residual_rate"),
        "completed": (Formula(f"={p.completed_per_month / p.volume_per_month!r}*{volume_ref}")
                      if p.volume_per_month > 0 and math.isfinite(p.completed_per_month)
                      else _number(p.completed_per_month), "AIOS Number", None),
        "staffed": (Formula(f"=SUM({hc})"), "AIOS Number", "how.staffed"),
        "throughput_staffed": (Formula(f'=IF({ref("staffed")}>0,{ref("volume")}/'
                                       f'{ref("staffed")},"")'), "AIOS Number",
                               "how.throughput_staffed"),
        "staffed_cost": (staffed_cost, "AIOS Money", "how.staffed_cost"),
        "cost_per_unit_staffed": (Formula(
            f'=IF({ref("volume")}>0,({ref("staffed_cost")}+{ref("ai_cost")}+{ref("run_cost")})'
            f'/{ref("volume")},"")'), "AIOS Money", "how.cost_per_unit_staffed"),
        "unassigned": (Formula(f"=SUM({col('G')})-{ref('hours')}"), "AIOS Number",
                       "how.unassigned"),
    }
    write_value(ctx, ws, HEADER_ROW, SUMMARY_LABEL_COL, t(ctx, "sum.heading"), "AIOS Header")
    write_value(ctx, ws, HEADER_ROW, SUMMARY_VALUE_COL, t(ctx, "sum.value"), "AIOS Header")
    write_value(ctx, ws, HEADER_ROW, SUMMARY_VALUE_COL + 1, t(ctx, "sum.how"), "AIOS Header")
    for offset, key in enumerate(SUMMARY_ROWS):
        value, style, how = summary[key]
        r = HEADER_ROW + 1 + offset
        write_value(ctx, ws, r, SUMMARY_LABEL_COL, t(ctx, f"sum.{key}"), "AIOS Label")
        write_value(ctx, ws, r, SUMMARY_VALUE_COL, value, style)
        write_value(ctx, ws, r, SUMMARY_VALUE_COL + 1, t(ctx, how) if how else "", "AIOS Text")
    widths = {i + 1: min(max(len(h) // 2, 10), 24) for i, h in enumerate(headings)}
    widths[1] = min(max([len(line["step"]) for line in lines] + [12]), 40)
    widths[2] = min(max([len(line["work"]) for line in lines] + [10]), 50)
    widths[3] = 20
    widths[4] = 10
    widths[SUMMARY_LABEL_COL - 1] = 2
    widths[SUMMARY_LABEL_COL] = max(len(t(ctx, f"sum.{k}")) for k in SUMMARY_ROWS)
    widths[SUMMARY_VALUE_COL] = 14
    widths[SUMMARY_VALUE_COL + 1] = 40
    legend_row = max(last, HEADER_ROW + len(SUMMARY_ROWS)) + 2
    write_value(ctx, ws, legend_row, 1, t(ctx, "legend"), "AIOS Legend")
    fit_widths(ws, widths)
    fit_header_height(ws, headings, widths)
    finish_sheet(ws, len(COLUMNS), last)
    _define_names(ctx, workbook)
    from .kpis import protect

    protect(ws)


def _define_names(ctx, workbook) -> None:
    """Workbook-wide names for the headline cells, so formulas elsewhere (and people) can say
    ``=Cost_per_unit`` instead of a cell address."""
    for name, key in NAMES.items():
        workbook.defined_names[name] = DefinedName(name, attr_text=summary_cell(ctx, key))


# -- contributions to other sheets --------------------------------------------------------

def role_columns(ctx) -> list[Column]:
    """Projected hours, FTE and utilisation on the Roles sheet, as formulas over this sheet."""
    if ctx.projection is None:
        return []
    layout = _roles_layout(ctx)
    id_col = get_column_letter(layout["id"])
    hours_col = get_column_letter(layout["hours"])
    fte_col = get_column_letter(layout["headcount"])
    productive = summary_cell(ctx, "productive")
    index = {r.id: i for i, r in enumerate(ctx.model.roles)}

    def row(role) -> int:
        return HEADER_ROW + 1 + index[role.id]

    line_roles = _range(ctx, 4)
    line_hours = _range(ctx, 7)
    return [
        Column(t(ctx, "role.hours"), lambda r: Formula(
            f"=SUMIF({line_roles},{id_col}{row(r)},{line_hours})"), "AIOS Number",
            literal=True, max_width=14),
        Column(t(ctx, "role.fte"), lambda r: Formula(f"={hours_col}{row(r)}/{productive}"),
               "AIOS Number", literal=True, max_width=12),
        Column(t(ctx, "role.utilisation"), lambda r: Formula(
            f'=IF({fte_col}{row(r)}>0,{hours_col}{row(r)}/({fte_col}{row(r)}*{productive}),"")'),
            "AIOS Percent", literal=True, max_width=12),
        Column(t(ctx, "role.id"), lambda r: r.id, "AIOS Id", literal=True, max_width=10),
    ]


def overview_block(ctx):
    """Headline projection on the Overview, pointing at the summary here."""
    if ctx.projection is None:
        return None
    from .overview import OverviewBlock, OverviewRow

    rows = [
        OverviewRow(t(ctx, "ov.volume"), Formula(f"={summary_cell(ctx, 'volume')}"),
                    "AIOS Number"),
        OverviewRow(t(ctx, "ov.cost_per_unit"),
                    Formula(f"={summary_cell(ctx, 'cost_per_unit')}"), "AIOS Money"),
        OverviewRow(t(ctx, "ov.cycle"), Formula(f"={summary_cell(ctx, 'cycle')}"),
                    "AIOS Number"),
        OverviewRow(t(ctx, "ov.fte"), Formula(f"={summary_cell(ctx, 'fte')}"), "AIOS Number"),
        OverviewRow(t(ctx, "ov.throughput"), Formula(f"={summary_cell(ctx, 'throughput')}"),
                    "AIOS Number"),
        OverviewRow(t(ctx, "ov.residual"), Formula(f"={summary_cell(ctx, 'residual_rate')}"),
                    "AIOS Percent"),
    ]
    return OverviewBlock(t(ctx, "ov.heading"), rows, order=30)
