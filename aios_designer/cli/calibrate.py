"""``aios-designer calibrate FILE --step STEP --pilot PILOT [--max-error R] [--json] [--save]``

Computes the calibration curve of one AI step from a pilot export and recommends the lowest
threshold whose error among auto-approved items stays ≤ R: its 95 % upper bound by default
(``--rule point``: the measured rate), never on fewer than 30 auto-approved pilot items. The model file is only
written with ``--save`` (the curve; ``--apply`` also sets the threshold): a workshop file
should not change because someone looked at a curve.
"""
import argparse
import json
import sys

from ..fileio import ModelFileError, save_model
from ..fileio.errors import os_reason_de
from ..model import AiTaskStep, OperatingModel
from ..number_format import format_number, format_percent
from .common import CliError, add_force_option, language, open_model, refuse_if_open_unsaved

NAME = "calibrate"
HELP = "calibrate an AI step's review threshold on pilot data (CSV or XLSX)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..analysis.calibration import DEFAULT_MAX_ERROR

    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--step", required=True, metavar="STEP",
                        help="the AI step, by id or name")
    parser.add_argument("--pilot", required=True, metavar="PILOT",
                        help="pilot export (.csv or .xlsx) with confidence and correctness")
    parser.add_argument("--max-error", type=float, default=DEFAULT_MAX_ERROR, metavar="R",
                        help="highest acceptable error rate among auto-approved items "
                             f"(default {DEFAULT_MAX_ERROR})")
    parser.add_argument("--rule", choices=["upper_bound", "point"], default="upper_bound",
                        help="recommend by the one-sided 95 %% upper bound of the error among "
                             "auto-approved items (default) or by the measured rate")
    parser.add_argument("--confidence-column", metavar="NAME",
                        help="column with the confidence (default: detected by its header)")
    parser.add_argument("--correct-column", metavar="NAME",
                        help="column with correct yes/no (default: detected by its header)")
    parser.add_argument("--true-label-column", metavar="NAME",
                        help="with --predicted-label-column: correct = labels equal")
    parser.add_argument("--predicted-label-column", metavar="NAME")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--save", action="store_true",
                        help="store the curve in FILE (previous version kept as FILE.bak)")
    parser.add_argument("--apply", action="store_true",
                        help="with --save: also set the step's threshold to the recommendation")
    add_force_option(parser)


def find_ai_step(model: OperatingModel, key: str, lang: str = "en") -> AiTaskStep:
    """The AI step with id ``key``, else the one named ``key`` (case-insensitive)."""
    de = lang == "de"
    ai_steps = [s for s in model.steps if isinstance(s, AiTaskStep)]
    by_id = [s for s in ai_steps if s.id == key]
    if by_id:
        return by_id[0]
    by_name = [s for s in ai_steps if s.name.strip().lower() == key.strip().lower()]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        raise CliError(f"{len(by_name)} KI-Schritte heißen {key!r}; bitte die Id angeben" if de
                       else f"{len(by_name)} AI steps are named {key!r}; give the id instead")
    other = next((s for s in model.steps if s.id == key or s.name == key), None)
    if other is not None:
        raise CliError(f"Schritt {key!r} ist kein KI-Schritt ({other.kind})" if de
                       else f"step {key!r} is a {other.kind} step, not an AI step")
    names = ", ".join(repr(s.name or s.id) for s in ai_steps) or ("keine" if de else "none")
    raise CliError(f"kein KI-Schritt {key!r} im Modell (KI-Schritte: {names})" if de
                   else f"no AI step {key!r} in the model (AI steps: {names})")


def run(args: argparse.Namespace) -> int:
    from ..analysis.calibration import CalibrationError, calibrate, reason_text

    lang = language(args)
    if not 0.0 <= args.max_error <= 1.0:
        raise CliError("--max-error must be between 0 and 1",
                       de="--max-error muss zwischen 0 und 1 liegen")
    if args.apply and not args.save:
        raise CliError("--apply needs --save (it changes the model file)",
                       de="--apply braucht --save (es ändert die Modelldatei)")
    if args.save:
        refuse_if_open_unsaved(args.file, args.force, lang)
    model = open_model(args.file)
    step = find_ai_step(model, args.step, lang)
    try:
        result = calibrate(args.pilot, args.max_error, args.rule,
                           confidence_column=args.confidence_column,
                           correct_column=args.correct_column,
                           true_label_column=args.true_label_column,
                           predicted_label_column=args.predicted_label_column)
    except CalibrationError as exc:
        raise CliError(exc.message(lang)) from exc
    if args.save:
        step.calibration = result.calibration
        if args.apply and result.recommended is not None:
            step.review.threshold = result.recommended
        try:
            save_model(model, args.file)
        except ModelFileError as exc:
            raise CliError(str(exc), de=exc.message("de")) from exc
        except OSError as exc:
            raise CliError(f"cannot save {args.file}: {exc}",
                           de=f"{args.file} kann nicht gespeichert werden: "
                              f"{os_reason_de(exc)}") from exc
    if args.json:
        document = result.to_json(step.id)
        document["step_name"] = step.name
        document["saved"] = bool(args.save)
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(result, step, lang, args.save, reason_text))
    return 0


def report_text(result, step: AiTaskStep, lang: str, saved: bool, reason_text) -> str:
    de = lang == "de"
    data = result.data

    def pct(x):
        return format_percent(x, 1, lang)

    lines = [
        (f"Schritt: {step.name or step.id}" if de else f"Step: {step.name or step.id}"),
        (f"Pilotdatei: {data.source} ({data.columns.describe(lang)})" if de
         else f"Pilot file: {data.source} ({data.columns.describe()})"),
        (f"Zeilen verwendet: {format_number(data.rows_used, 0, lang)}, verworfen: "
         f"{format_number(data.rows_rejected, 0, lang)}" if de
         else f"Rows used: {format_number(data.rows_used, 0, lang)}, rejected: "
              f"{format_number(data.rows_rejected, 0, lang)}"),
    ]
    for code, count in sorted(data.rejected_by_reason().items()):
        rows = [str(r) for r, c in data.rejected if c == code][:10]
        more = " …" if count > len(rows) else ""
        label = "Zeilen" if de else "rows"
        lines.append(f"  {reason_text(code, lang)}: {count} ({label} {', '.join(rows)}{more})")
    head = ("Schwelle", "Auto-Anteil", "n Auto", "Fehler", "Fehler unter Auto",
            "Obergrenze 95 %") if de else (
        "Threshold", "Auto share", "n auto", "Errors", "Error among auto", "Upper 95 %")
    lines += ["", f"{head[0]:>9}  {head[1]:>11}  {head[2]:>6}  {head[3]:>6}  {head[4]:>17}  "
                  f"{head[5]:>14}"]
    for p in result.calibration.points:
        mark = " ◀" if p.threshold == result.recommended else ""
        threshold = format_number(p.threshold, 2, lang)
        n_auto = "–" if p.n_auto is None else str(p.n_auto)
        errors = "–" if p.errors_auto is None else str(p.errors_auto)
        lines.append(f"{threshold:>9}  {pct(p.auto_share):>11}  {n_auto:>6}  {errors:>6}  "
                     f"{pct(p.error_rate_auto):>17}  {pct(p.error_upper):>14}{mark}")
    lines.append("")
    lines.append(recommendation_text(result, lang))
    if saved:
        lines.append("Kurve im Modell gespeichert." if de else "Curve saved in the model.")
    return "\n".join(lines) + "\n"


def recommendation_text(result, lang: str = "en") -> str:
    """One sentence: the recommendation and the rule behind it, or why there is none."""
    from ..analysis.calibration import MIN_AUTO_ITEMS

    de = lang == "de"
    limit = f"{result.max_error * 100:.1f} %"
    limit = limit.replace(".", ",") if de else limit
    upper = result.rule == "upper_bound"
    if result.recommended is None:
        if result.no_recommendation_reason == "pilot_too_small":
            return (f"Keine Empfehlung: die Pilotdaten sind zu klein – kein Schwellenwert hat "
                    f"mindestens {MIN_AUTO_ITEMS} automatisch freigegebene Vorgänge." if de else
                    f"No recommendation: the pilot is too small – no threshold has at least "
                    f"{MIN_AUTO_ITEMS} auto-approved items.")
        if upper:
            return (f"Kein Schwellenwert hält die Obergrenze (95 %) des Fehlers unter Auto "
                    f"≤ {limit}." if de else
                    f"No threshold keeps the 95 % upper bound of the error among "
                    f"auto-approved ≤ {limit}.")
        return (f"Kein Schwellenwert hält die Fehlerquote ≤ {limit}." if de
                else f"No threshold keeps the error among auto-approved ≤ {limit}.")
    rec = f"{result.recommended:.2f}"
    if upper:
        text = (f"Empfohlener Schwellenwert: {rec.replace('.', ',')} (Obergrenze 95 % des "
                f"Fehlers unter Auto ≤ {limit} bei geringstem Prüfaufwand)" if de else
                f"Recommended threshold: {rec} (95 % upper bound of the error among "
                f"auto-approved ≤ {limit} with the least review)")
        if result.recommended_point is not None and result.recommended_point != result.recommended:
            point = f"{result.recommended_point:.2f}"
            text += (f"; nach dem Messwert allein wäre es {point.replace('.', ',')}" if de else
                     f"; by the measured rate alone it would be {point}")
        return text
    return (f"Empfohlener Schwellenwert: {rec.replace('.', ',')} (Fehler unter Auto "
            f"≤ {limit} bei geringstem Prüfaufwand)" if de else
            f"Recommended threshold: {rec} (error among auto-approved ≤ {limit} "
            "with the least review)")
