"""The workflow diagram as SVG, PDF and PNG: the canvas's picture, text as text."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from aios_designer.gui.diagram_export import DiagramExportError, export_diagram
from aios_designer.resources import TEMPLATES
from aios_designer.templates import instantiate, template_names

SVG = "{http://www.w3.org/2000/svg}"


def _svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return [" ".join((t.text or "").split()) for t in root.iter(f"{SVG}text")]


def _shown(name: str, texts: list[str]) -> bool:
    """Whether consecutive text lines of the picture spell ``name`` (or its start, cut with
    "…" as the canvas cuts what does not fit). A line ends at a space or at a hyphen: the
    name's own, or one added where a word was broken."""
    target = " ".join(name.split())
    for first in range(len(texts)):
        spelled = {texts[first]}
        for line in texts[first + 1:first + 4]:
            if any(s == target or (s.endswith("…") and target.startswith(s[:-1].rstrip()))
                   for s in spelled):
                return True
            spelled = {joined for s in spelled for joined in
                       (f"{s} {line}", s + line) + ((s[:-1] + line,) if s.endswith("-") else ())}
        if any(s == target or (s.endswith("…") and target.startswith(s[:-1].rstrip()))
               for s in spelled):
            return True
    return False


@pytest.mark.parametrize("name", template_names())
def test_svg_has_every_step_name_as_text(qapp, tmp_path, name):
    model = instantiate(name, "de")
    out = export_diagram(model, tmp_path / "d.svg")
    texts = _svg_texts(out)
    assert "<image" not in out.read_text(encoding="utf-8")  # vector, no bitmaps of items
    assert not any("\u00ad" in t for t in texts)
    for element in [*model.steps, *model.roles]:
        assert _shown(element.name, texts), (element.name, texts)


def test_hostile_names_stay_literal_text(qapp, tmp_path):
    model = instantiate("order-intake", "en")
    model.steps[1].name = "<script>alert(1)</script>"
    model.steps[2].name = "=cmd|' /C calc'!A0"
    out = export_diagram(model, tmp_path / "d.svg")
    raw = out.read_text(encoding="utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    ET.parse(out)  # still well-formed XML


def test_png_at_scale_and_pdf_with_text(qapp, tmp_path):
    model = instantiate("invoice-processing", "en")
    one = QImage(str(export_diagram(model, tmp_path / "one.png", scale=1)))
    two = QImage(str(export_diagram(model, tmp_path / "two.png", scale=2)))
    assert abs(two.width() - 2 * one.width()) <= 2 and abs(two.height() - 2 * one.height()) <= 2
    # Not blank: the lanes and steps put many colours on it.
    colours = {one.pixel(x, y) for x in range(0, one.width(), 7) for y in range(0, one.height(), 7)}
    assert len(colours) > 20
    pdf = export_diagram(model, tmp_path / "d.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Extract invoice" in " ".join(text.split())


def test_bad_target_is_a_clear_error(qapp, tmp_path):
    model = instantiate("order-intake", "en")
    with pytest.raises(DiagramExportError, match=r"\*\.svg, \*\.pdf or \*\.png"):
        export_diagram(model, tmp_path / "d.jpg")
    with pytest.raises(DiagramExportError, match="does not exist"):
        export_diagram(model, tmp_path / "nowhere" / "d.svg")
    with pytest.raises(DiagramExportError, match="out of range"):
        export_diagram(model, tmp_path / "d.png", scale=50)


def test_cli_writes_each_format_and_reports_errors(tmp_path):
    source = str(TEMPLATES / "support-triage.de.aiosm")
    for suffix in ("svg", "pdf", "png"):
        out = tmp_path / f"d.{suffix}"
        run = subprocess.run([sys.executable, "-m", "aios_designer", "diagram", source, str(out),
                              "--lang", "de"], capture_output=True, text=True, timeout=120,
                             env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                  "HOME": str(tmp_path)})
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip().endswith("geschrieben") and out.stat().st_size > 1000
    bad = subprocess.run([sys.executable, "-m", "aios_designer", "diagram", source,
                          str(tmp_path / "d.gif")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_file_menu_export_writes_the_chosen_format(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from aios_designer.gui.dialogs import diagram_export_dialog
    from aios_designer.gui.document import Document

    document = Document(instantiate("support-triage", "en"), path=tmp_path / "t.aiosm")
    asked = {}

    def fake_dialog(parent, title, suggestion, filters):
        asked["suggestion"], asked["filters"] = suggestion, filters
        return str(tmp_path / "slide"), "PNG image (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    path = diagram_export_dialog.export_diagram_interactive(None, document)
    assert asked["suggestion"].endswith(".svg") and "PDF document (*.pdf)" in asked["filters"]
    assert path == tmp_path / "slide.png" and QImage(str(path)).width() > 1000
    assert not document.is_dirty


def test_file_menu_handbook_writes_docx_and_pdf(qtbot, tmp_path, monkeypatch):
    import docx
    from PySide6.QtWidgets import QFileDialog

    from aios_designer.gui.dialogs import handbook_export_dialog
    from aios_designer.gui.document import Document

    document = Document(instantiate("order-intake", "de"), path=tmp_path / "o.aiosm")
    for name, chosen in (("hb", "Word document (*.docx)"), ("hb.pdf", "")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, n=name, c=chosen: (str(tmp_path / n), c)))
        handbook_export_dialog.export_handbook_interactive(None, document)
    written = docx.Document(str(tmp_path / "hb.docx"))
    assert written.inline_shapes and written.paragraphs[0].text.startswith("Betriebshandbuch")
    assert (tmp_path / "hb.pdf").read_bytes().startswith(b"%PDF")
