"""``aios-designer kpis FILE [--json]``: the KPI table and the business case.

Per KPI: baseline, target, projected, the measured values at day 30 and day 90, the latest
measured value, its delta to the baseline (absolute and in %), to the target, and whether the
target is met — empty until something is measured. The business case shows the projected and
the actual monthly saving, payback and ROI side by side; actual figures come from the latest
measured cost per unit. Exit 0, or 2 for usage and file errors.
"""
import argparse
import json
import sys

from .common import language, open_model

NAME = "kpis"
HELP = "the KPI table (baseline, target, projected, measured) and the business case"

_T = {
    "en": {"kpi": "KPI", "unit": "Unit", "baseline": "Baseline", "target": "Target",
           "projected": "Projected", "day30": "Day 30", "day90": "Day 90",
           "latest": "Latest", "delta": "Δ baseline", "delta_pct": "Δ %",
           "delta_target": "Δ target", "met": "Target met", "yes": "yes", "no": "no",
           "case": "Business case", "figure": "", "proj_col": "projected",
           "actual_col": "actual", "saving": "Monthly saving", "payback": "Payback (months)",
           "roi12": "ROI after 12 months", "roi36": "ROI after 36 months",
           "cpu": "Cost per unit", "go_live": "Go-live", "measured_at": "measured",
           "basis": "Savings on workload cost: real only where freed hours are redeployed or "
                    "the team shrinks (with every staffed hour still paid: {staffed} a month).",
           "no_actual": "Actual figures appear once a cost per unit is measured (day 30 or "
                        "day 90 of the cost-per-unit KPI)."},
    "de": {"kpi": "Kennzahl", "unit": "Einheit", "baseline": "Ausgangswert", "target": "Ziel",
           "projected": "Hochrechnung", "day30": "Tag 30", "day90": "Tag 90",
           "latest": "Aktuell", "delta": "Δ Ausgangswert", "delta_pct": "Δ %",
           "delta_target": "Δ Ziel", "met": "Ziel erreicht", "yes": "ja", "no": "nein",
           "case": "Wirtschaftlichkeit", "figure": "", "proj_col": "Hochrechnung",
           "actual_col": "Ist", "saving": "Monatliche Einsparung",
           "payback": "Amortisation (Monate)", "roi12": "ROI nach 12 Monaten",
           "roi36": "ROI nach 36 Monaten", "cpu": "Kosten pro Vorgang", "go_live": "Start",
           "measured_at": "gemessen",
           "basis": "Einsparung auf Arbeitslast-Kosten: real nur, wo frei werdende Stunden "
                    "anders eingesetzt werden oder das Team kleiner wird (bleibt jede besetzte "
                    "Stunde bezahlt: {staffed} pro Monat).",
           "no_actual": "Ist-Werte erscheinen, sobald Kosten pro Vorgang gemessen sind (Tag 30 "
                        "oder Tag 90 der Kennzahl Kosten pro Vorgang)."},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--json", action="store_true",
                        help="print the KPIs and the business case as JSON")


def report(model) -> dict:
    """The JSON document of ``kpis --json``."""
    from ..analysis.kpi_values import business_case, kpi_status
    from ..analysis.projection import _finite, project

    projection = project(model)
    kpis = []
    for kpi in model.kpis:
        status = kpi_status(kpi, projection, model)
        kpis.append({
            "id": kpi.id, "name": kpi.name,
            "metric": None if kpi.metric is None else str(kpi.metric.value),
            "unit": kpi.unit, "direction": str(kpi.direction.value),
            "baseline": kpi.baseline, "target": kpi.target, "projected": status.projected,
            "day30": kpi.day30, "day30_date": _date(kpi.day30_date),
            "day90": kpi.day90, "day90_date": _date(kpi.day90_date),
            "latest": status.latest, "latest_source": status.latest_source,
            "delta": status.delta, "delta_pct": status.delta_pct,
            "delta_target": status.delta_target, "target_met": status.target_met})
    case = business_case(model, projection)
    return _finite({
        "go_live": _date(model.business_case.go_live),
        "kpis": kpis,
        "business_case": {
            "basis": case.basis,
            "monthly_saving_staffed": case.monthly_saving_staffed,
            "volume_per_month": case.volume_per_month,
            "one_off_investment": model.business_case.one_off_investment,
            "cost_per_unit_baseline": case.baseline_cost_per_unit,
            "cost_per_unit_projected": case.projected_cost_per_unit,
            "cost_per_unit_actual": case.measured_cost_per_unit,
            "actual_source": case.actual_source,
            "monthly_saving_projected": case.monthly_saving,
            "monthly_saving_actual": case.monthly_saving_actual,
            "payback_months_projected": case.payback_months,
            "payback_months_actual": case.payback_months_actual,
            "roi_12_projected": case.roi_12_months,
            "roi_12_actual": case.roi_12_actual,
            "roi_36_projected": case.roi_36_months,
            "roi_36_actual": case.roi_36_actual,
        },
    })


def _date(value) -> str | None:
    return None if value is None else value.isoformat()


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    model = open_model(args.file)
    document = report(model)
    if args.json:
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(document, model.settings.currency, lang))
    return 0


def report_text(document: dict, currency: str, lang: str = "en") -> str:
    from .project import _num, _table

    t = _T[lang]

    def num(value, digits=2):
        return _num(value, digits, lang)

    def met(value):
        return "–" if value is None else (t["yes"] if value else t["no"])

    rows = []
    for k in document["kpis"]:
        latest = num(k["latest"])
        if k["latest_source"]:
            latest += f" ({t[k['latest_source']]})"
        rows.append([k["name"], k["unit"], num(k["baseline"]), num(k["target"]),
                     num(k["projected"]), num(k["day30"]), num(k["day90"]), latest,
                     num(k["delta"]), _pct_points(k["delta_pct"], lang), num(k["delta_target"]),
                     met(k["target_met"])])
    lines = []
    if document["go_live"]:
        lines.append(f"{t['go_live']}: {document['go_live']}")
    lines += _table([t["kpi"], t["unit"], t["baseline"], t["target"], t["projected"],
                     t["day30"], t["day90"], t["latest"], t["delta"], t["delta_pct"],
                     t["delta_target"], t["met"]], rows, numeric_from=2)
    case = document["business_case"]
    lines += ["", t["case"]]

    def money(value):
        return "–" if value is None else f"{num(value)} {currency}"

    def pct(value):
        return "–" if value is None else f"{num(value * 100, 1)} %"

    lines += _table([t["figure"], t["proj_col"], t["actual_col"]], [
        [t["cpu"], money(case["cost_per_unit_projected"]), money(case["cost_per_unit_actual"])],
        [t["saving"], money(case["monthly_saving_projected"]),
         money(case["monthly_saving_actual"])],
        [t["payback"], num(case["payback_months_projected"], 1),
         num(case["payback_months_actual"], 1)],
        [t["roi12"], pct(case["roi_12_projected"]), pct(case["roi_12_actual"])],
        [t["roi36"], pct(case["roi_36_projected"]), pct(case["roi_36_actual"])],
    ])
    lines += ["", t["basis"].format(staffed=money(case["monthly_saving_staffed"]))]
    if case["cost_per_unit_actual"] is None:
        lines += [t["no_actual"]]
    return "\n".join(lines) + "\n"


def _pct_points(value, lang: str) -> str:
    from .project import _num

    return "–" if value is None else f"{_num(value, 1, lang)} %"
