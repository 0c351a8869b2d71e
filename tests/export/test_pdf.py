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
