"""The workbook opens in LibreOffice (headless) and prints to PDF, all sheets, with pages."""
import os
import re
import shutil
import subprocess

import pytest

from aios_designer.export.workbook import export_workbook

from .models import support_model

pytestmark = pytest.mark.slow


def test_libreoffice_converts_the_workbook_to_pdf(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) not installed")
    xlsx = tmp_path / "support.xlsx"
    export_workbook(support_model(), xlsx)
    profile = tmp_path / "lo-profile"  # own profile: no clash with a running LibreOffice
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(xlsx)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "support.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert pages >= 7  # at least one page per sheet


def test_libreoffice_recalculates_the_raci_check_column(tmp_path):
    """The COUNTIF wildcards of the check column give the same verdicts as the RACI panel."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required on CI")
        pytest.skip("LibreOffice (soffice) not installed")
    import openpyxl

    from aios_designer.export.raci_cells import raci_grid, row_status

    model = support_model()
    model.step("s-in").raci_overrides = {"r-it": "R", "r-lead": "A", "r-agent": "A"}  # two A
    model.step("s-rev").raci_overrides = {"r-agent": "C", "r-lead": "A"}  # no R
    model.step("s-send").raci_overrides = {"r-agent": "R", "r-it": "R"}  # two R
    source = tmp_path / "src" / "raci.xlsx"
    source.parent.mkdir()
    export_workbook(model, source)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(tmp_path), str(source)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(tmp_path / "raci.xlsx", data_only=True)["RACI"]
    verdicts = {ws.cell(r, 1).value: ws.cell(r, 7).value for r in range(5, 10)}
    assert verdicts == {"s-in": "several A", "s-ai": "OK", "s-rev": "no R",
                        "s-exc": "OK", "s-send": "several R (warning)"}
    grid = raci_grid(model)
    expected = {"ok": "OK", "several_a": "several A", "no_r": "no R",
                "several_r": "several R (warning)"}
    assert {s: expected[row_status(grid.effective[s])] for s in verdicts} == verdicts
