"""``aios-designer templates``: the bundled templates a new model can start from."""
import argparse
import json
import sys

from ..templates import list_templates
from .common import language

NAME = "templates"
HELP = "list the bundled templates (use one with: aios-designer new --template NAME OUT)"

_HEADER = {"en": ("TEMPLATE", "LANGUAGES", "TITLE"), "de": ("VORLAGE", "SPRACHEN", "TITEL")}
_NONE = {"en": "no templates installed", "de": "keine Vorlagen installiert"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print name, languages, title and scope of each template as JSON")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    infos = list_templates()
    if args.json:
        document = {"templates": [
            {"name": i.name, "languages": list(i.languages), "title": i.title(lang),
             "scope": i.scope(lang)} for i in infos]}
        json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not infos:
        print(_NONE[lang])
        return 0
    rows = [_HEADER[lang]] + [(i.name, ", ".join(i.languages), i.title(lang)) for i in infos]
    widths = [max(len(row[c]) for row in rows) for c in range(2)]
    for row in rows:
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}".rstrip())
    return 0
