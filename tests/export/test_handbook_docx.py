"""The handbook's content and its Word document, without Qt (no diagram then, with a note)."""
import docx

from aios_designer.handbook.content import Heading, Image, Paragraph, build_handbook
from aios_designer.handbook.docx_writer import write_docx
from aios_designer.templates import instantiate


def test_docx_without_a_diagram_says_how_to_get_one(tmp_path):
    model = instantiate("support-triage", "de")
    book = build_handbook(model)
    assert book.lang == "de" and not any(isinstance(b, Image) for b in book.blocks)
    assert any(isinstance(b, Paragraph) and "Diagramm" in b.text for b in book.blocks)
    path = write_docx(book, tmp_path / "h.docx")
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [book.title]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == \
        book.chapters()
    footer = document.sections[0].footer.paragraphs[0]
    assert "Seite" in footer.text
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temp file, nothing left


def test_every_exception_procedure_and_review_outcome_is_there():
    model = instantiate("invoice-processing", "en")
    book = build_handbook(model)
    headings = [b.text for b in book.blocks if isinstance(b, Heading)]
    for step in model.steps:
        if step.kind in ("exception", "ai_task"):
            assert step.name in headings
        if step.kind == "exception" and step.procedure:
            assert any(isinstance(b, Paragraph) and b.text == step.procedure
                       for b in book.blocks)
        if step.kind == "review":
            assert f"Outcomes: {step.name}" in headings


def test_measurement_calendar_counts_from_go_live_or_shows_the_measured_dates():
    from datetime import date

    from aios_designer.handbook.content import Bullets

    model = instantiate("support-triage", "de")
    model.business_case.go_live = date(2026, 10, 1)
    calendar = [b for b in build_handbook(model).blocks if isinstance(b, Bullets)
                and any(i.startswith("Produktivstart") for i in b.items)][0].items
    assert "Produktivstart: 01.10.2026" in calendar
    assert calendar[2].endswith("(31.10.2026)") and calendar[3].endswith("(30.12.2026)")
    model.kpis[0].day30_date = date(2026, 11, 2)
    calendar = [b for b in build_handbook(model).blocks if isinstance(b, Bullets)
                and any(i.startswith("Produktivstart") for i in b.items)][0].items
    assert calendar[2].endswith("(02.11.2026)")
