"""Simulation sheet: what a simulation run found, as values (only when the export is given
a ``SimulationResult``: ``aios-designer simulate --xlsx`` or the Simulation panel's export).

Cycle-time percentiles with the 95 % interval of the mean, per role utilisation and waits,
per exception step the share of visits that breached its SLA. Values, not formulas: a
spreadsheet cannot re-run the simulation.
"""
from ..layout import HEADER_ROW, finish_sheet, fit_widths, write_header, write_title_block, \
    write_value

LABELS = {
    "sheet": ("Simulation", "Simulation"),
    "subtitle": ("{days:g} days × {reps} replications, seed {seed}, handling-time CV {cv:g}; "
                 "{items} items counted; times in productive hours",
                 "{days:g} Tage × {reps} Läufe, Startwert {seed}, VK der Bearbeitungszeit "
                 "{cv:g}; {items} Vorgänge gezählt; Zeiten in produktiven Stunden"),
    "col.what": ("Figure", "Kennzahl"),
    "col.value": ("Value", "Wert"),
    "col.low": ("95 % interval from", "95-%-Intervall von"),
    "col.high": ("to", "bis"),
    "col.extra": ("P90 wait (h)", "P90 Wartezeit (h)"),
    "cycle.mean": ("Cycle time, mean (h)", "Durchlaufzeit, Mittel (h)"),
    "cycle.p50": ("Cycle time, median (h)", "Durchlaufzeit, Median (h)"),
    "cycle.p90": ("Cycle time, 90th percentile (h)", "Durchlaufzeit, 90. Perzentil (h)"),
    "cycle.p95": ("Cycle time, 95th percentile (h)", "Durchlaufzeit, 95. Perzentil (h)"),
    "role.util": ("{role}: utilisation", "{role}: Auslastung"),
    "role.wait": ("{role}: mean wait (h)", "{role}: mittlere Wartezeit (h)"),
    "sla": ("{step}: SLA {sla:g} h breached", "{step}: SLA {sla:g} h verletzt"),
}


def t(ctx, key: str) -> str:
    en, de = LABELS[key]
    return de if ctx.lang == "de" else en


def build(ctx, workbook) -> None:
    result = ctx.shared.get("simulation")
    if result is None:
        return
    ws = workbook.create_sheet(t(ctx, "sheet"))
    write_title_block(ctx, ws, t(ctx, "subtitle").format(
        days=result.days, reps=result.replications, seed=result.seed,
        cv=result.handling_time_cv, items=result.items_completed))
    headings = [t(ctx, k) for k in ("col.what", "col.value", "col.low", "col.high",
                                    "col.extra")]
    write_header(ctx, ws, headings)
    rows = []
    c = result.cycle_time_hours
    rows.append((t(ctx, "cycle.mean"), c["mean"], c["ci95"], None, "AIOS Number"))
    for key in ("p50", "p90", "p95"):
        rows.append((t(ctx, f"cycle.{key}"), c[key], None, None, "AIOS Number"))
    for role in result.roles:
        name = ctx.role_name(role["role_id"]) or role["role_id"]
        rows.append((t(ctx, "role.util").format(role=name), role["utilisation"], None, None,
                     "AIOS Percent"))
        rows.append((t(ctx, "role.wait").format(role=name), role["mean_wait_hours"],
                     role["mean_wait_ci95"], role["p90_wait_hours"], "AIOS Number"))
    for sla in result.sla:
        step = ctx.step_names.get(sla["step_id"], sla["step_id"])
        rows.append((t(ctx, "sla").format(step=step, sla=sla["sla_hours"]),
                     sla["breach_share"], sla["ci95"], None, "AIOS Percent"))
    r = HEADER_ROW
    for label, value, interval, extra, style in rows:
        r += 1
        write_value(ctx, ws, r, 1, label, "AIOS Text")
        write_value(ctx, ws, r, 2, value, style)
        if interval is not None:
            write_value(ctx, ws, r, 3, interval[0], style)
            write_value(ctx, ws, r, 4, interval[1], style)
        if extra is not None:
            write_value(ctx, ws, r, 5, extra, "AIOS Number")
    widths = {1: min(max([len(row[0]) for row in rows] + [20]), 60), 2: 12, 3: 14, 4: 12,
              5: 14}
    fit_widths(ws, widths)
    finish_sheet(ws, len(headings), r)
