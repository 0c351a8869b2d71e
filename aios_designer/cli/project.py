"""``aios-designer project FILE [--json]``: projected volumes, workload, cost and error.

Exit 0 with a projection, 1 when the model has a loop items can never leave (its volumes are
unbounded, so totals are undefined) or a role at ≥ 100 % utilisation (its queue, hence the
cycle time, is unbounded), 2 for usage or file errors.
"""
import argparse
import json
import sys

from ..number_format import format_number, format_percent
from .common import language, open_model

NAME = "project"
HELP = "project volumes, hours and FTE per role, cost per unit, cycle time and residual error"

_T = {
    "en": {
        "volume": "Volume", "per_month": "items/month", "completed": "Completed",
        "cost_per_unit": "Cost per unit", "cycle": "Cycle time", "hours": "h",
        "throughput": "Throughput per person", "per_fte": "items/FTE/month",
        "residual": "Residual error rate", "bound": "95 % upper bound", "fte": "FTE needed", "cost": "Cost per month",
        "human": "people", "ai": "AI", "run": "run cost",
        "roles": "Roles", "role": "Role", "hours_col": "h/month", "fte_col": "FTE",
        "head": "Headcount", "util": "Utilisation", "ai_steps": "AI steps",
        "step": "Step", "mode": "Policy", "thr": "Threshold", "auto": "Auto",
        "reviewed": "Reviewed/month", "rev_h": "Review+QA h", "basis": "Basis",
        "steps": "Steps", "kind": "Kind", "items": "Items/month",
        "unassigned": "Hours without a role (not costed)",
        "unbounded": "Unbounded: items can never leave a loop through",
        "staffed": "staffed", "workload": "workload", "on_staffed": "on staffed cost",
        "queues": "Queues (Erlang-C, productive time)", "servers": "People",
        "p_wait": "P(wait)", "wait": "Mean wait h", "cycle_parts": "of which queue waits",
        "saturated": "Unbounded queue (utilisation ≥ 100 %) at",
        "none": "–",
    },
    "de": {
        "volume": "Volumen", "per_month": "Vorgänge/Monat", "completed": "Abgeschlossen",
        "cost_per_unit": "Kosten pro Vorgang", "cycle": "Durchlaufzeit", "hours": "h",
        "throughput": "Durchsatz pro Person", "per_fte": "Vorgänge/VZÄ/Monat",
        "residual": "Restfehlerquote", "bound": "Obergrenze 95 %", "fte": "Benötigte VZÄ", "cost": "Kosten pro Monat",
        "human": "Personal", "ai": "KI", "run": "Betrieb",
        "roles": "Rollen", "role": "Rolle", "hours_col": "h/Monat", "fte_col": "VZÄ",
        "head": "Kapazität", "util": "Auslastung", "ai_steps": "KI-Schritte",
        "step": "Schritt", "mode": "Regel", "thr": "Schwelle", "auto": "Auto",
        "reviewed": "Geprüft/Monat", "rev_h": "Prüf+QS h", "basis": "Grundlage",
        "steps": "Prozessschritte", "kind": "Art", "items": "Vorgänge/Monat",
        "unassigned": "Stunden ohne Rolle (nicht bewertet)",
        "unbounded": "Unbegrenzt: Vorgänge verlassen eine Schleife nie über",
        "staffed": "besetzt", "workload": "Arbeitslast", "on_staffed": "auf Besetzungskosten",
        "queues": "Warteschlangen (Erlang C, produktive Zeit)", "servers": "Personen",
        "p_wait": "P(Warten)", "wait": "Mittl. Wartezeit h", "cycle_parts": "davon Wartezeit",
        "saturated": "Unbegrenzte Warteschlange (Auslastung ≥ 100 %) bei",
        "none": "–",
    },
}


_WORDS = {
    "en": {"trigger": "trigger", "ai_task": "AI task", "human_task": "task", "review": "review",
           "decision": "decision", "exception": "exception", "system_task": "system task",
           "end": "end", "always": "always", "threshold": "threshold",
           "sample_only": "sample only", "none": "none", "calibration": "calibration",
           "estimate": "estimate", "policy": "policy", "graph": "graph (all paths reviewed)"},
    "de": {"trigger": "Auslöser", "ai_task": "KI-Aufgabe", "human_task": "Aufgabe",
           "review": "Prüfung", "decision": "Entscheidung", "exception": "Ausnahme",
           "system_task": "Systemaufgabe", "end": "Ende", "always": "immer",
           "threshold": "Schwellenwert", "sample_only": "nur Stichprobe", "none": "keine",
           "calibration": "Kalibrierung", "estimate": "Schätzung", "policy": "Regel",
           "graph": "Graph (alle Wege geprüft)"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--json", action="store_true", help="print the projection as JSON")


def run(args: argparse.Namespace) -> int:
    from ..analysis.projection import project

    lang = language(args)
    model = open_model(args.file)
    projection = project(model)
    if args.json:
        json.dump(projection.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(projection, lang))
    return 1 if projection.unbounded_step_ids or projection.saturated_role_ids else 0


def _num(value, digits: int, lang: str, none: str = "–") -> str:
    return format_number(value, digits, lang, none)


def _pct(value, lang: str) -> str:
    return format_percent(value, 1, lang)


def _table(headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.rjust(w) if i >= numeric_from else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def report_text(projection, lang: str = "en") -> str:
    t = _T[lang]
    words = _WORDS[lang]
    p = projection
    cur = p.currency
    lines = [
        f"{t['volume']}: {_num(p.volume_per_month, 0, lang)} {t['per_month']}"
        f"  ({t['completed']}: {_num(p.completed_per_month, 0, lang)})",
        f"{t['cost_per_unit']}: {_num(p.cost_per_unit, 2, lang)} {cur}"
        f"  ({t['on_staffed']}: {_num(p.cost_per_unit_staffed, 2, lang)} {cur})",
        f"{t['cost']}: {_num(p.cost_per_month, 0, lang)} {cur}  ({t['human']} "
        f"{_num(p.human_cost_per_month, 0, lang)}, {t['ai']} {_num(p.ai_cost_per_month, 0, lang)}"
        f", {t['run']} {_num(p.run_cost_per_month, 0, lang)})",
        f"{t['cycle']}: {_num(p.cycle_time_hours, 2, lang)} {t['hours']}"
        f"  ({t['cycle_parts']} {_num(p.queue_wait_hours, 2, lang)} {t['hours']})",
        f"{t['fte']}: {_num(p.fte, 2, lang)} ({t['workload']}),"
        f" {_num(p.headcount, 2, lang)} ({t['staffed']})",
        f"{t['throughput']}: {_num(p.throughput_per_person, 0, lang)} {t['per_fte']}"
        f" ({t['workload']}), {_num(p.throughput_per_staffed_person, 0, lang)}"
        f" ({t['staffed']})",
        f"{t['residual']}: {_pct(p.residual_error_rate, lang)}"
        f"  ({t['bound']}: {_pct(p.residual_error_rate_upper, lang)})",
    ]
    if p.unassigned_hours_per_month > 0:
        lines.append(f"{t['unassigned']}: {_num(p.unassigned_hours_per_month, 1, lang)}")
    if p.unbounded_step_ids:
        names = {s.id: s.name or s.id for s in p.steps}
        lines.append(f"{t['unbounded']} {', '.join(names[i] for i in p.unbounded_step_ids)}")
    if p.saturated_role_ids:
        role_names = {r.id: r.name or r.id for r in p.roles}
        lines.append(f"{t['saturated']} {', '.join(role_names[i] for i in p.saturated_role_ids)}")
    lines += ["", t["roles"]]
    lines += _table([t["role"], t["hours_col"], t["fte_col"], t["head"], t["util"]],
                    [[r.name, _num(r.hours_per_month, 1, lang), _num(r.fte, 2, lang),
                      _num(r.headcount, 2, lang), _pct(r.utilisation, lang)] for r in p.roles])
    if p.queues:
        role_names = {r.id: r.name or r.id for r in p.roles}
        lines += ["", t["queues"]]
        lines += _table([t["role"], t["servers"], t["util"], t["p_wait"], t["wait"]],
                        [[role_names.get(q.role_id, q.role_id), str(q.servers),
                          _pct(q.utilisation, lang), _pct(q.p_wait, lang),
                          _num(q.mean_wait_hours, 2, lang, "∞")] for q in p.queues])
    if p.ai_steps:
        lines += ["", t["ai_steps"]]
        lines += _table(
            [t["step"], t["mode"], t["thr"], t["auto"], t["reviewed"], t["rev_h"], t["basis"]],
            [[a.name, words.get(a.mode, a.mode), _num(a.threshold, 2, lang),
              _pct(a.auto_share, lang), _num(a.reviewed_per_month, 0, lang),
              _num(a.review_hours_per_month + a.qa_hours_per_month, 1, lang),
              words.get(a.basis, a.basis)]
             for a in p.ai_steps], numeric_from=2)
    lines += ["", t["steps"]]
    lines += _table([t["step"], t["kind"], t["items"], t["hours_col"]],
                    [[s.name, words.get(s.kind, s.kind), _num(s.items_per_month, 1, lang),
                      _num(s.hours_per_month, 1, lang)] for s in p.steps], numeric_from=2)
    return "\n".join(lines) + "\n"
