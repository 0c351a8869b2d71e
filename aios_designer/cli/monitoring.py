"""``aios-designer monitoring FILE [--suggest] [--json]``: the monitoring plan.

Prints the model's plan; with ``--suggest`` the plan derived from the model (what "Suggest
plan" in the window would add), which is what a model without a plan needs. Exit 0, or 2 for
usage and file errors. Nothing is written.
"""
import argparse
import json
import sys

from .common import language, open_model

NAME = "monitoring"
HELP = "print the monitoring plan (--suggest: the plan derived from the model)"

_T = {
    "en": {"plan": "Monitoring plan", "suggested": "Suggested monitoring plan",
           "empty": "The model has no monitoring plan yet; `--suggest` derives one.",
           "metric": "Metric", "watches": "Watches", "owner": "Owner", "freq": "Frequency",
           "expected": "Expected", "alert": "Alert", "below": "below", "above": "above",
           "action": "Action", "daily": "daily", "weekly": "weekly", "monthly": "monthly"},
    "de": {"plan": "Überwachungsplan", "suggested": "Vorgeschlagener Überwachungsplan",
           "empty": "Das Modell hat noch keinen Überwachungsplan; `--suggest` leitet einen ab.",
           "metric": "Kennwert", "watches": "Beobachtet", "owner": "Verantwortlich",
           "freq": "Häufigkeit", "expected": "Erwartet", "alert": "Alarm", "below": "unter",
           "above": "über", "action": "Maßnahme", "daily": "täglich", "weekly": "wöchentlich",
           "monthly": "monatlich"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--suggest", action="store_true",
                        help="print the plan derived from the model instead of the stored one")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")


def format_value(value: float | None, unit: str, lang: str) -> str:
    if value is None:
        return "–"
    if unit == "share":
        text = f"{value * 100:.1f} %"
    elif unit == "hours":
        text = f"{value:g} h"
    else:
        text = f"{value:g}"
    return text.replace(".", ",") if lang == "de" else text


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    model = open_model(args.file)
    if args.suggest:
        from ..analysis.monitoring import suggest_plan

        metrics = suggest_plan(model)  # texts in the model's language, as they would be stored
    else:
        metrics = model.monitoring.metrics
    steps = {s.id: s.name for s in model.steps}
    roles = {r.id: r.name for r in model.roles}
    if args.json:
        rows = []
        for metric in metrics:
            row = metric.model_dump(mode="json")
            row["step_name"] = steps.get(metric.step_id) if metric.step_id else None
            row["owner_name"] = roles.get(metric.owner_role_id) if metric.owner_role_id else None
            rows.append(row)
        json.dump({"source": "suggested" if args.suggest else "model", "metrics": rows},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    t = _T[lang]
    out = [t["suggested"] if args.suggest else t["plan"], ""]
    if not metrics:
        out.append(t["empty"])
    for metric in metrics:
        watched = steps.get(metric.step_id) or roles.get(metric.role_id) or "–"
        alert = []
        if metric.alert_below is not None:
            alert.append(f"{t['below']} {format_value(metric.alert_below, metric.unit, lang)}")
        if metric.alert_above is not None:
            alert.append(f"{t['above']} {format_value(metric.alert_above, metric.unit, lang)}")
        out.append(f"- {metric.name}")
        out.append(f"    {t['watches']}: {watched} · {t['owner']}: "
                   f"{roles.get(metric.owner_role_id, '–')} · {t['freq']}: "
                   f"{t[metric.frequency] if metric.frequency else '–'}")
        out.append(f"    {t['expected']}: {format_value(metric.expected, metric.unit, lang)} · "
                   f"{t['alert']}: {', '.join(alert) or '–'}")
        if metric.action:
            out.append(f"    {t['action']}: {metric.action}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0
