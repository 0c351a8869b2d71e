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
HELP = "render the main window with FILE open to a PNG image (no display needed)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("out", metavar="OUT.png", help="where to write the PNG image")
    parser.add_argument("--size", default="1600x900", metavar="WxH",
                        help="window size in pixels (default 1600x900)")


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise CliError(f"--size must look like 1600x900, not '{text}'")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise CliError(f"--size {width}x{height} is out of range (320x240 to 10000x10000)")
    return width, height


def run(args) -> int:
    width, height = parse_size(args.size)
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise CliError(f"'{out.name}': the screenshot is written as PNG; name it *.png")
    if not out.parent.exists():
        raise CliError(f"the folder '{out.parent}' does not exist")
    model = open_model(args.file)  # a bad file fails here, before any window exists
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.screenshot import render_window

    image = render_window(model, Path(args.file), width, height, language(args))
    if not image.save(str(out), "PNG"):
        raise CliError(f"cannot write '{out}'")
    print(f"wrote {out} ({image.width()}x{image.height()})")
    return 0
