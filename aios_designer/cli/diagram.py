"""``aios-designer diagram FILE OUT.(svg|png|pdf) [--scale S]``: the workflow picture.

The canvas's own drawing (lanes, steps, flows, labels) as vector SVG or PDF with selectable
text, or as a PNG at a scale; runs offscreen when there is no display.
"""
import os
import sys
from pathlib import Path

from .common import CliError, language, open_model

NAME = "diagram"
HELP = "write the workflow diagram as SVG, PDF or PNG (no display needed)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("out", metavar="OUT", help="the picture: OUT.svg, OUT.pdf or OUT.png")
    parser.add_argument("--scale", type=float, default=2.0, metavar="S",
                        help="PNG pixels per canvas unit (default 2; 0.1 to 10)")
    parser.epilog = "The diagram's words follow the model's language unless --lang is given."


def run(args) -> int:
    out = Path(args.out)
    lang = language(args)
    if out.suffix.lower() not in (".svg", ".pdf", ".png"):
        raise CliError(f"'{out.name}': name the picture *.svg, *.pdf or *.png",
                       f"„{out.name}“: Das Bild als *.svg, *.pdf oder *.png benennen")
    model = open_model(args.file)  # a bad file fails here, before Qt starts
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.app import ensure_application
    from ..gui.diagram_export import DiagramExportError, export_diagram
    from ..gui.i18n import install_language

    ensure_application()
    # The picture goes into the model's documents: its words (policy, SLA) follow the
    # model's language unless --lang says otherwise.
    install_language(getattr(args, "lang", None) or str(model.meta.language))
    try:
        export_diagram(model, out, scale=args.scale)
    except DiagramExportError as exc:
        raise CliError(str(exc)) from None
    print(("{out} geschrieben" if lang == "de" else "wrote {out}").format(out=out))
    return 0
