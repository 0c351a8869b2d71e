"""Pictures and documents for the hand-over: the diagram of the 2,000-step model as SVG (budget
3 s), and the operating handbook of a template as DOCX and as PDF (figures, no budget)."""
import tempfile
from functools import cache
from pathlib import Path

from .generate import make_model
from .runner import Benchmark

N_STEPS, N_ROLES = 2_000, 20


@cache
def _app():
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


@cache
def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="aios-bench-documents-"))


def _svg_setup():
    _app()
    return make_model(N_STEPS, N_ROLES, seed=N_STEPS)


def _svg(model) -> None:
    from aios_designer.gui.diagram_export import export_diagram

    export_diagram(model, _folder() / "diagram.svg")


def _handbook_setup():
    _app()
    from aios_designer.gui.diagram_export import export_diagram
    from aios_designer.handbook.content import build_handbook
    from aios_designer.templates import instantiate

    model = instantiate("support-triage", "de")
    diagram = export_diagram(model, _folder() / "triage.png")
    return build_handbook(model, diagram=diagram)


def _docx(book) -> None:
    from aios_designer.handbook.docx_writer import write_docx

    write_docx(book, _folder() / "handbook.docx")


def _pdf(book) -> None:
    from aios_designer.gui.handbook_pdf import write_pdf

    write_pdf(book, _folder() / "handbook.pdf")


BENCHMARKS = [
    Benchmark("diagram.svg.2000", _svg, _svg_setup, budget_ms=3000, min_rounds=3, max_rounds=5,
              note="the canvas's scene of the 2,000-step model rendered to SVG; budget 3 s"),
    Benchmark("handbook.docx.template", _docx, _handbook_setup, min_rounds=3, max_rounds=10,
              note="support-triage handbook written as DOCX (content built once)"),
    Benchmark("handbook.pdf.template", _pdf, _handbook_setup, min_rounds=3, max_rounds=10,
              note="the same handbook through Qt's PDF writer"),
]
