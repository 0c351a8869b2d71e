"""``aios-designer handbook``: the operating handbook as DOCX and PDF, in the model's language."""
import shutil
import subprocess
import sys

import docx
import pytest

from aios_designer.analysis.raci import effective_raci
from aios_designer.fileio import save_model
from aios_designer.handbook.content import build_handbook
from aios_designer.templates import instantiate, template_names

pytest.importorskip("PySide6")

CHAPTERS = {
    "en": ["The workflow", "Roles and what changes for each", "Review procedures",
           "Exception procedures", "Responsibilities (RACI)", "KPIs and measurement calendar",
           "Monitoring plan", "Compliance", "Production readiness"],
    "de": ["Der Arbeitsablauf", "Rollen und was sich für jede ändert", "Prüfverfahren",
           "Ausnahmeverfahren", "Verantwortlichkeiten (RACI)", "Kennzahlen und Messkalender",
           "Überwachungsplan", "Compliance", "Produktionsreife"],
}


def _run(*args, home):
    return subprocess.run([sys.executable, "-m", "aios_designer", *args], capture_output=True,
                          text=True, timeout=180,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(home)})


def _texts(document) -> tuple[list[str], list[str]]:
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return headings, cells


@pytest.mark.slow
@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("lang", ["en", "de"])
def test_docx_and_pdf_of_each_template(tmp_path, name, lang):
    model = instantiate(name, lang)
    source = tmp_path / "m.aiosm"
    save_model(model, source)
    run = _run("handbook", str(source), "--docx", str(tmp_path / "h.docx"), "--pdf",
               str(tmp_path / "h.pdf"), home=tmp_path)
    assert run.returncode == 0, run.stderr
    document = docx.Document(str(tmp_path / "h.docx"))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1 == CHAPTERS[lang]
    headings, cells = _texts(document)
    named = set(headings) | set(cells)
    for role in model.roles:
        if role.kind in ("human", "team"):
            assert role.name in headings
    for step in model.steps:
        if step.kind in ("ai_task", "exception"):
            assert step.name in headings
    raci = next(t for t in document.tables if t.rows[0].cells[0].text in ("Step",
                                                                          "Prozessschritt"))
    assert [r.cells[0].text for r in raci.rows[1:]] == [
        s.name for s in model.steps if s.id in effective_raci(model)]
    assert named and any(s.inline_shapes for s in [document])  # the diagram is embedded
    assert any("TOC" in t for t in (e.text or "" for e in document.element.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")))
    pdf = (tmp_path / "h.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tmp_path / "h.pdf")], capture_output=True,
                              text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines()
                         if line.startswith("Pages:")))
        assert "595.276 x 841.89" in info or "595 x 842" in info  # A4
        text = subprocess.run(["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True,
                              text=True).stdout
        word = "Seite" if lang == "de" else "Page"
        for n in range(1, pages + 1):
            assert f"{word} {n} / {pages}" in text


def test_hostile_names_are_literal_text(tmp_path):
    model = instantiate("order-intake", "en")
    ai = next(s for s in model.steps if s.kind == "ai_task")
    ai.name = "=cmd|' /C calc'!A0"
    exception = next(s for s in model.steps if s.kind == "exception")
    exception.name = "<script>alert(1)</script>"
    exception.procedure = "line one\x07\nline <b>two</b>"
    book = build_handbook(model, "en")
    from aios_designer.handbook.docx_writer import write_docx

    write_docx(book, tmp_path / "h.docx")
    headings, _ = _texts(docx.Document(str(tmp_path / "h.docx")))
    assert "=cmd|' /C calc'!A0" in headings and "<script>alert(1)</script>" in headings
    from aios_designer.gui.handbook_pdf import handbook_html

    page = handbook_html(book)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;two" in page


def test_without_an_output_it_says_what_to_give(tmp_path):
    run = _run("handbook", "nothing.aiosm", home=tmp_path)
    assert run.returncode == 2 and "--docx" in run.stderr and run.stderr.count("\n") == 1
