"""``aios-designer import-bpmn IN.bpmn OUT.aiosm [--force] [--lang de|en]``: a process from a
BPMN 2.0 tool as a new operating model.

Prints the import report: every element that could not be taken over as it was, with its id,
its type and what was done. Exit 0 when the model was written (the report is information,
not failure), 2 when the file cannot be imported at all (one line, nothing written).
"""
import argparse
from pathlib import Path

from ..fileio import ModelFileError, save_model
from .common import CliError, language, refuse_if_open_unsaved

NAME = "import-bpmn"
HELP = "create an operating model from a BPMN 2.0 file"

_TEXT = {
    "en": {"wrote": "wrote {out}: {steps} steps, {flows} flows, {roles} roles",
           "report": "{n} element(s) not taken over as they were:",
           "exists": "'{out}' already exists; choose another name or add --force to overwrite it",
           "suffix": "'{out}': the operating-model file name must end in .aiosm"},
    "de": {"wrote": "{out} geschrieben: {steps} Schritte, {flows} Flüsse, {roles} Rollen",
           "report": "{n} Element(e) nicht unverändert übernommen:",
           "exists": "'{out}' existiert bereits; anderen Namen wählen oder mit --force überschreiben",
           "suffix": "'{out}': der Name der Betriebsmodell-Datei muss auf .aiosm enden"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="IN.bpmn", help="the BPMN 2.0 file to import")
    parser.add_argument("out", metavar="OUT.aiosm", help="the operating-model file to create")
    parser.add_argument("--force", action="store_true",
                        help="overwrite OUT if it exists (the old file is kept as OUT.bak)")


def run(args: argparse.Namespace) -> int:
    lang = language(args)
    text = _TEXT[lang]
    out = Path(args.out)
    if out.suffix.lower() != ".aiosm":
        raise CliError(text["suffix"].format(out=out))
    if out.exists() and not args.force:
        raise CliError(text["exists"].format(out=out))
    if out.exists():
        # --force overwrites the file, but not work that a window has not saved yet.
        refuse_if_open_unsaved(out, False, lang, force_allowed=False)
    from ..export.bpmn.reader import import_bpmn
    from ..export.bpmn.report import BpmnImportError

    try:
        model, notes = import_bpmn(args.file, lang)
    except BpmnImportError as exc:
        raise CliError(exc.message("en"), de=exc.message("de")) from exc
    try:
        save_model(model, out)
    except ModelFileError as exc:
        raise CliError(str(exc), de=exc.message("de")) from exc
    print(text["wrote"].format(out=out, steps=len(model.steps), flows=len(model.flows),
                               roles=len(model.roles)))
    if notes:
        print(text["report"].format(n=len(notes)))
        for note in notes:
            print(f"  {note.message(lang)}")
    return 0
