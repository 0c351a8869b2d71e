"""Whatever is installed beside it, the program has openpyxl read through defusedxml and write
through its own fast cell writer, not through lxml."""
import os
import subprocess
import sys

import pytest


def test_importing_the_package_keeps_openpyxl_off_lxml():
    pytest.importorskip("lxml")
    env = {k: v for k, v in os.environ.items() if k != "OPENPYXL_LXML"}
    code = ("import aios_designer.export.workbook, openpyxl.xml as x; "
            "import lxml; print(x.LXML, x.DEFUSEDXML)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    assert done.stdout.split() == ["False", "True"]
