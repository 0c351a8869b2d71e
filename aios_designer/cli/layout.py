"""``aios-designer layout FILE [--auto] [--json] [--save]``: the diagram as the canvas draws it.

Lanes, step boxes, flow routes (from the source's border to the target's) and flow label
cards in scene coordinates, for tests and scripts. ``--auto`` lays the workflow out first
(nothing is written unless ``--save`` is given, which writes FILE atomically).
Exit 0, or 2 for usage and file errors.
"""
import argparse
import json
import sys

from .common import CliError, add_force_option, language, open_model, refuse_if_open_unsaved

NAME = "layout"
HELP = "print the geometry of the diagram (lanes, steps, flow routes, labels) in scene coordinates"

_T = {
    "en": {"lanes": "Lanes", "steps": "Steps", "flows": "Flows", "crossings": "Flow crossings",
           "unassigned": "(unassigned)", "label": "label", "saved": "saved", "points": "points"},
    "de": {"lanes": "Bahnen", "steps": "Prozessschritte", "flows": "Flüsse",
           "crossings": "Kreuzungen von Flüssen", "unassigned": "(ohne Rolle)",
           "label": "Beschriftung", "saved": "gespeichert", "points": "Punkte"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--auto", action="store_true",
                        help="apply auto-layout first (the file is not changed without --save)")
    parser.add_argument("--json", action="store_true", help="print the geometry as JSON")
    parser.add_argument("--save", action="store_true",
                        help="with --auto: write the new layout into FILE")
    add_force_option(parser)


def _number(value: float) -> str:
    return f"{value:g}"


def run(args: argparse.Namespace) -> int:
    from ..diagram import diagram_geometry
    from ..diagram.layered import apply_auto_layout

    lang = language(args)
    if args.save and not args.auto:
        raise CliError("--save needs --auto (it writes the new layout)",
                       de="--save braucht --auto (es schreibt das neue Layout)")
    if args.save:
        refuse_if_open_unsaved(args.file, args.force, lang)
    model = open_model(args.file)
    if args.auto:
        apply_auto_layout(model)
    if args.save:
        from ..fileio import ModelFileError, save_model

        try:
            save_model(model, args.file)
        except (ModelFileError, OSError) as exc:
            raise CliError(f"cannot save {args.file}: {exc}",
                           de=f"{args.file} kann nicht gespeichert werden: {exc}") from exc
    diagram = diagram_geometry(model, "," if lang == "de" else ".")
    if args.json:
        json.dump(diagram.to_json(), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    t = _T[lang]
    roles = {r.id: r.name for r in model.roles}
    names = {s.id: s.name for s in model.steps}
    lines = [f"{t['lanes']}:"]
    for lane in diagram.lanes:
        name = roles.get(lane.role_id, t["unassigned"])
        lines.append(f"  {name}: y {_number(lane.top)}, h {_number(lane.height)}")
    lines.append(f"{t['steps']}:")
    for step in diagram.steps.values():
        box = step.box
        lines.append(f"  {names[box.id]}: x {_number(box.left)}, y {_number(box.top)}, "
                     f"w {_number(box.w)}, h {_number(box.h)}")
    lines.append(f"{t['flows']}:")
    for flow in diagram.flows.values():
        route = " ".join(f"({_number(x)},{_number(y)})" for x, y in flow.points)
        lines.append(f"  {names[flow.source_id]} → {names[flow.target_id]}: {route}")
    lines.append(f"{t['crossings']}: {diagram.crossings()}")
    if args.save:
        lines.append(f"{t['saved']}: {args.file}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
