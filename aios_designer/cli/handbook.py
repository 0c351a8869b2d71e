"""``aios-designer handbook FILE [--docx OUT.docx] [--pdf OUT.pdf]``: the operating handbook.

In the model's language (or ``--lang``). The diagram is drawn with the canvas (offscreen when
there is no display); without Qt the DOCX is written without it, with a note.
"""
import os
import sys
import tempfile
from pathlib import Path

from .common import CliError, language, open_model

NAME = "handbook"
HELP = "write the operating handbook for the team as DOCX and/or PDF"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="operating-model file (.aiosm)")
    parser.add_argument("--docx", metavar="OUT.docx", help="write the Word document")
    parser.add_argument("--pdf", metavar="OUT.pdf", help="write the PDF")
    parser.epilog = "The handbook is written in the model's language unless --lang is given."


def _target(name: str | None, suffix: str) -> Path | None:
    if name is None:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        raise CliError(f"'{path.name}': name the file *{suffix}",
                       f"„{path.name}“: Die Datei als *{suffix} benennen")
    if not path.parent.exists():
        raise CliError(f"the folder '{path.parent}' does not exist",
                       f"Der Ordner „{path.parent}“ existiert nicht")
    return path


def _qt_available() -> bool:
    try:
        import PySide6.QtGui  # noqa: F401
    except ImportError:
        return False
    return True


def run(args) -> int:
    docx_path, pdf_path = _target(args.docx, ".docx"), _target(args.pdf, ".pdf")
    if docx_path is None and pdf_path is None:
        raise CliError("give --docx OUT.docx, --pdf OUT.pdf or both",
                       "--docx AUSGABE.docx, --pdf AUSGABE.pdf oder beides angeben")
    messages = language(args)
    model = open_model(args.file)
    lang = getattr(args, "lang", None) or str(model.meta.language)
    from ..handbook.content import build_handbook
    from ..handbook.docx_writer import write_docx

    qt = _qt_available()
    if pdf_path is not None and not qt:
        raise CliError("the PDF needs PySide6 (Qt's PDF writer); write --docx instead",
                       "Das PDF braucht PySide6 (Qt-PDF-Ausgabe); stattdessen --docx schreiben")
    with tempfile.TemporaryDirectory() as folder:
        diagram = None
        if qt:
            if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
                    and sys.platform.startswith("linux"):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from ..gui.app import ensure_application
            from ..gui.diagram_export import export_diagram
            from ..gui.i18n import install_language

            ensure_application()
            install_language(lang)
            diagram = export_diagram(model, Path(folder) / "diagram.png", scale=2.0)
        book = build_handbook(model, lang, diagram)
        written = []
        try:
            if docx_path is not None:
                written.append(write_docx(book, docx_path))
            if pdf_path is not None:
                from ..gui.handbook_pdf import write_pdf

                written.append(write_pdf(book, pdf_path))
        except OSError as exc:
            raise CliError(f"cannot write the handbook: {exc.strerror or exc}",
                           f"Das Handbuch kann nicht geschrieben werden: {exc.strerror or exc}")
    for path in written:
        print(f"{path} geschrieben" if messages == "de" else f"wrote {path}")
    return 0
