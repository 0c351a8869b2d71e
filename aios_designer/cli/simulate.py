"""``aios-designer simulate FILE [--days N] [--replications R] [--seed S] [--json]``

Simulates the workflow (routing, review shares, rework loops, role pools) to give what the
projection's means cannot: percentiles of the cycle time, waits per role and the odds of
breaching each exception's SLA, with 95 % intervals over the replications. Same seed, same
figures. ``--xlsx OUT`` also writes the hand-over workbook with a Simulation sheet. Exit 0,
1 when a role is at ≥ 100 % utilisation (its queue grows with the horizon, so the figures
mean little), 2 for usage or file errors.
"""
import argparse
import json
import os
import sys

from .common import CliError, language, open_model

NAME = "simulate"
HELP = "simulate the workflow: cycle-time percentiles, waits per role, SLA breach odds"

_T = {
    "en": {"head": "Simulation: {days:g} days × {reps} replications, seed {seed}, handling-time "
                   "CV {cv:g}; {items} items counted",
           "cycle": "Cycle time (h)", "mean": "mean", "ci": "95 % interval",
           "roles": "Roles", "role": "Role", "util": "Utilisation", "wait": "Mean wait h",
           "p90": "P90 wait h", "sla": "SLA breach odds (exception steps)", "step": "Step",
           "sla_h": "SLA h", "breach": "Breached", "none": "no exception step has an SLA",
           "saturated": "warning: {roles} at ≥ 100 % utilisation — the queue grows with the "
                        "horizon"},
    "de": {"head": "Simulation: {days:g} Tage × {reps} Läufe, Startwert {seed}, VK der "
                   "Bearbeitungszeit {cv:g}; {items} Vorgänge gezählt",
           "cycle": "Durchlaufzeit (h)", "mean": "Mittel", "ci": "95-%-Intervall",
           "roles": "Rollen", "role": "Rolle", "util": "Auslastung", "wait": "Mittl. Wartezeit h",
           "p90": "P90 Wartezeit h", "sla": "Wahrscheinlichkeit einer SLA-Verletzung "
                                              "(Ausnahmen)",
           "step": "Schritt", "sla_h": "SLA h", "breach": "Verletzt",
           "none": "keine Ausnahme hat eine SLA",
           "saturated": "Warnung: {roles} bei ≥ 100 % Auslastung – die Warteschlange wächst "
                        "mit der Dauer"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--days", type=float, default=90.0, metavar="N",
                        help="simulated days per replication (default 90)")
    parser.add_argument("--replications", type=int, default=20, metavar="R",
                        help="independent replications (default 20)")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="random seed: the same seed gives the same figures (default 1)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--xlsx", metavar="OUT",
                        help="also write the hand-over workbook with a Simulation sheet")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    if not 0 < args.days <= 3650:
        raise CliError("--days must be between 0 and 3650",
                       "--days muss zwischen 0 und 3650 liegen")
    if not 1 <= args.replications <= 1000:
        raise CliError("--replications must be between 1 and 1000",
                       "--replications muss zwischen 1 und 1000 liegen")
    model = open_model(args.file)
    from ..analysis.projection import project
    from ..analysis.simulation import SimulationError, simulate

    workers = min(os.cpu_count() or 1, args.replications) if args.replications >= 4 else 1
    try:
        result = simulate(model, args.days, args.replications, args.seed, workers=workers)
    except SimulationError as exc:
        raise CliError(exc.message_en, exc.message_de) from exc
    saturated = project(model).saturated_role_ids
    if args.xlsx:
        from ..export.workbook import export_workbook

        try:
            export_workbook(model, args.xlsx, simulation=result)
        except OSError as exc:
            raise CliError(f"cannot write {args.xlsx}: {exc.strerror or exc}",
                           f"{args.xlsx} nicht schreibbar: {exc.strerror or exc}") from exc
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(result, model, lang))
    if saturated:
        names = {r.id: r.name or r.id for r in model.roles}
        print(_T[lang]["saturated"].format(roles=", ".join(names[i] for i in saturated)),
              file=sys.stderr)
        return 1
    return 0


def report_text(result, model, lang: str = "en") -> str:
    from .project import _num, _pct, _table

    t = _T[lang]
    names = {r.id: r.name or r.id for r in model.roles}
    steps = {s.id: s.name or s.id for s in model.steps}
    c = result.cycle_time_hours

    def interval(ci, digits=2, pct=False):
        if ci is None:
            return "–"
        if pct:
            return f"{_pct(ci[0], lang)} – {_pct(ci[1], lang)}"
        return f"{_num(ci[0], digits, lang)} – {_num(ci[1], digits, lang)}"

    lines = [t["head"].format(days=result.days, reps=result.replications, seed=result.seed,
                              cv=result.handling_time_cv,
                              items=_num(result.items_completed, 0, lang)), ""]
    lines += _table([t["cycle"], t["mean"], "P50", "P90", "P95", t["ci"]],
                    [["", _num(c["mean"], 2, lang), _num(c["p50"], 2, lang),
                      _num(c["p90"], 2, lang), _num(c["p95"], 2, lang),
                      interval(c["ci95"])]])
    lines += ["", t["roles"]]
    lines += _table([t["role"], t["util"], t["wait"], t["ci"], t["p90"]],
                    [[names.get(r["role_id"], r["role_id"]), _pct(r["utilisation"], lang),
                      _num(r["mean_wait_hours"], 2, lang), interval(r["mean_wait_ci95"]),
                      _num(r["p90_wait_hours"], 2, lang)] for r in result.roles])
    lines += ["", t["sla"]]
    if result.sla:
        lines += _table([t["step"], t["sla_h"], t["breach"], t["ci"]],
                        [[steps.get(s["step_id"], s["step_id"]), _num(s["sla_hours"], 1, lang),
                          _pct(s["breach_share"], lang), interval(s["ci95"], pct=True)]
                         for s in result.sla])
    else:
        lines.append(t["none"])
    return "\n".join(lines) + "\n"
