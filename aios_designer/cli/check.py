"""``aios-designer check FILE [--json]``: the model's findings, for people and for scripts.

Exit 0 when there are no errors (warnings and hints allowed), 1 when the model has errors.
"""
import argparse
import json
import sys

from ..analysis.findings import Finding, Severity
from ..model import OperatingModel
from ..number_format import count_noun
from .common import language, open_model

NAME = "check"
HELP = "check an operating model and list its findings"

_SUMMARY = {
    "en": {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"),
           Severity.INFO: ("hint", "hints")},
    "de": {Severity.ERROR: ("Fehler", "Fehler"), Severity.WARNING: ("Warnung", "Warnungen"),
           Severity.INFO: ("Hinweis", "Hinweise")},
}
_LABEL = {
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "hint"},
    "de": {Severity.ERROR: "Fehler", Severity.WARNING: "Warnung", Severity.INFO: "Hinweis"},
}
_CLEAN = {"en": "no findings", "de": "keine Befunde"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--json", action="store_true",
                        help="print the findings as JSON instead of text")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    model = open_model(args.file)
    findings = run_checks(model)
    if args.json:
        json.dump(report_json(model, findings, lang), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(model, findings, lang))
    return exit_code(findings)


def run_checks(model: OperatingModel) -> list[Finding]:
    # Imported here so that `--help` and file errors do not pay for networkx.
    from ..analysis.checks import check

    return check(model)  # sorted by severity, rule and elements already


def exit_code(findings: list[Finding]) -> int:
    return 1 if any(f.severity == Severity.ERROR for f in findings) else 0


def report_json(model: OperatingModel, findings: list[Finding], lang: str) -> dict:
    """The ``--json`` document. Further sections (e.g. readiness) are added as sibling keys."""
    from ..analysis.ai_act import ai_act_report
    from ..analysis.readiness import readiness

    return {"findings": [f.to_json(lang) for f in findings],
            "readiness": [b.to_json(lang) for b in readiness(model, findings)],
            "ai_act": ai_act_report(model, lang)}


def report_text(model: OperatingModel, findings: list[Finding], lang: str) -> str:
    names = _element_names(model)
    lines = []
    for finding in findings:
        label = _LABEL[lang][finding.severity]
        message = finding.message(lang)
        line = f"{label}: {message} [{finding.rule}]"
        shown = [names.get(e) or e for e in finding.elements]
        # The elements line helps only when the message does not already name them all.
        if any(name not in message for name in shown):
            line += f"\n    {', '.join(shown)}"
        lines.append(line)
    lines.append(summary_line(findings, lang))
    lines.extend(readiness_lines(model, findings, lang))
    lines.extend(obligation_lines(model, lang))
    return "\n".join(lines) + "\n"


def obligation_lines(model: OperatingModel, lang: str) -> list[str]:
    """The AI Act obligations with the date each applies from, marked when already in force."""
    from datetime import date

    from ..analysis.ai_act import recorded_obligations, source_label

    obligations = recorded_obligations(model)
    if not obligations:
        return []
    today = date.today()
    def day(value) -> str:
        return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()

    lines = ["", (f"Pflichten nach KI-Verordnung (Stand {day(today)}):" if lang == "de"
                  else f"AI Act obligations (as of {day(today)}):")]
    for o in obligations:
        since = ("gilt seit" if lang == "de" else "applies since") if o.applies_on(today) else (
            "gilt ab" if lang == "de" else "applies from")
        lines.append(f"  - {o.title.get(lang)} ({source_label(o.source, lang)}): "
                     f"{since} {day(o.applies_from)}")
    return lines


_LIGHT = {"green": "●", "amber": "◐", "red": "○"}
#: The light's colour in words, for terminals and printouts without colour.
_COLOUR = {"en": {"green": "green", "amber": "amber", "red": "red"},
           "de": {"green": "grün", "amber": "gelb", "red": "rot"}}


def readiness_lines(model: OperatingModel, findings: list[Finding], lang: str) -> list[str]:
    """The five production blockers as traffic lights, with what is missing."""
    from ..analysis.readiness import STATUS_LABELS, readiness

    lines = ["", "Produktionsreife:" if lang == "de" else "Production readiness:"]
    for blocker in readiness(model, findings):
        status = STATUS_LABELS[blocker.status].get(lang)
        lines.append(f"  {_LIGHT[blocker.status]} {blocker.number}. {blocker.title.get(lang)}: "
                     f"{status} ({_COLOUR[lang][blocker.status]})")
        for gap in blocker.missing:
            lines.append(f"      - {gap.get(lang)}")
    return lines


def summary_line(findings: list[Finding], lang: str) -> str:
    if not findings:
        return _CLEAN[lang]
    parts = []
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        count = sum(1 for f in findings if f.severity == severity)
        singular, plural = _SUMMARY[lang][severity]
        parts.append(count_noun(count, singular, plural, lang))
    return ", ".join(parts)


def _element_names(model: OperatingModel) -> dict[str, str]:
    """Element id -> a name a facilitator recognises (flows named by their ends)."""
    names: dict[str, str] = {}
    for role in model.roles:
        names[role.id] = role.name or role.id
    for step in model.steps:
        # Unnamed steps as the check messages call them: kind and short id.
        names[step.id] = step.name or f"{step.kind} {step.id[:8]}"
    for flow in model.flows:
        source = names.get(flow.source_id, flow.source_id)
        target = names.get(flow.target_id, flow.target_id)
        names[flow.id] = f"{source} → {target}"
    return names
