"""``aios-designer screenshot FILE OUT.png``: the main window with FILE open, as a PNG.

Runs offscreen when there is no display, so it works on a build server and makes the README
screenshot reproducible.
"""
import os
import re
import sys
from pathlib import Path

from .common import CliError, language, open_model

NAME = "screenshot"
_WROTE = {"en": "wrote {path} ({width}x{height})",
          "de": "{path} geschrieben ({width}x{height})"}
HELP = "render the main window with FILE open to a PNG image (no display needed)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("out", metavar="OUT.png", help="where to write the PNG image")
    parser.add_argument("--size", default="1600x900", metavar="WxH",
                        help="window size in pixels (default 1600x900)")


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise CliError(f"--size must look like 1600x900, not '{text}'",
                       de=f"--size muss die Form 1600x900 haben, nicht '{text}'")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise CliError(f"--size {width}x{height} is out of range (320x240 to 10000x10000)",
                       de=f"--size {width}x{height} liegt außerhalb des Bereichs (320x240 bis "
                          "10000x10000)")
    return width, height


def run(args) -> int:
    width, height = parse_size(args.size)
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise CliError(f"'{out.name}': the screenshot is written as PNG; name it *.png",
                       de=f"'{out.name}': das Bildschirmfoto wird als PNG geschrieben; bitte "
                          "*.png als Namen wählen")
    if not out.parent.exists():
        raise CliError(f"the folder '{out.parent}' does not exist",
                       de=f"der Ordner '{out.parent}' existiert nicht")
    model = open_model(args.file)  # a bad file fails here, before any window exists
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.screenshot import render_window

    image = render_window(model, Path(args.file), width, height, language(args))
    if not image.save(str(out), "PNG"):
        raise CliError(f"cannot write '{out}'", de=f"'{out}' kann nicht geschrieben werden")
    print(_WROTE[language(args)].format(path=out, width=image.width(), height=image.height()))
    return 0
