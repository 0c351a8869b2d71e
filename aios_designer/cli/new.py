"""``aios-designer new --template NAME [--lang de|en] OUT``: start a model from a template."""
import argparse
from pathlib import Path

from ..fileio import ModelFileError, save_model
from ..templates import TemplateError, instantiate
from .common import CliError, language, refuse_if_open_unsaved

NAME = "new"
HELP = "create a new operating-model file from a bundled template"

_CREATED = {"en": "created {out} from template '{name}' ({lang})",
            "de": "{out} aus Vorlage '{name}' ({lang}) angelegt"}
_EXISTS = {"en": "'{out}' already exists; choose another name or add --force to overwrite it",
           "de": "'{out}' existiert bereits; anderen Namen wählen oder mit --force überschreiben"}
_FOLDER = {"en": "'{out}' is a folder; give the name of the file to create",
           "de": "'{out}' ist ein Ordner; bitte den Namen der neuen Datei angeben"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", required=True, metavar="NAME",
                        help="template name (see: aios-designer templates)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite OUT if it exists (the old file is kept as OUT.bak)")
    parser.add_argument("out", metavar="OUT", help="the .aiosm file to create")


def run(args: argparse.Namespace) -> int:
    # --lang picks the template's language as well as the language of messages.
    lang = language(args)
    out = Path(args.out)
    if out.is_dir():
        raise CliError(_FOLDER[lang].format(out=out))
    if out.exists() and not args.force:
        raise CliError(_EXISTS[lang].format(out=out))
    if out.exists():
        # --force overwrites the file, but not work that a window has not saved yet.
        refuse_if_open_unsaved(out, False, lang, force_allowed=False)
    try:
        model = instantiate(args.template, lang)
        save_model(model, out)
    except TemplateError as exc:
        raise CliError(exc.message(lang)) from exc
    except ModelFileError as exc:
        raise CliError(str(exc), de=exc.message("de")) from exc
    print(_CREATED[lang].format(out=out, name=args.template, lang=lang))
    return 0
