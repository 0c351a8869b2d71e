"""Every translatable string of the GUI has a finished German translation in aios_de.ts.

The source strings are collected with Qt's own ``pyside6-lupdate`` (what Qt will look up at
run time); the failure message lists every missing (context, text) pair.
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aios_designer.resources import TRANSLATIONS

GUI = Path(__file__).resolve().parents[2] / "aios_designer" / "gui"
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or \
    shutil.which("pyside6-lupdate")


def messages(ts: Path, finished_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else [
                (f.text or "").strip() for f in translation.iter("numerusform")]
            text = (translation.text or "").strip() if translation is not None else ""
            done = all(forms) if forms else bool(text)
            if finished_only and (translation is None or not done
                                  or translation.get("type") in ("unfinished", "vanished",
                                                                 "obsolete")):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_every_gui_string_has_a_german_translation(tmp_path):
    collected = tmp_path / "collected.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([LUPDATE, "-silent", *sources, "-ts", str(collected)], check=True,
                   capture_output=True, timeout=120)
    wanted = messages(collected, finished_only=False)
    assert wanted, "lupdate found no strings at all"
    translated = messages(TRANSLATIONS / "aios_de.ts", finished_only=True)
    anywhere = {text for _, text in translated}
    # lupdate cannot see the context through a module-level helper (``tr("...")`` defined as
    # ``QCoreApplication.translate("Canvas", text)``, called as ``styles.tr(...)``): it reports
    # "" or the module name. For those, a finished translation in any context must exist.
    missing = sorted((context, text) for context, text in wanted - translated
                     if not ((not context or context[0].islower()) and text in anywhere))
    assert not missing, "no German translation in aios_de.ts for:\n" + "\n".join(
        f"  [{context}] {text!r}" for context, text in missing)


def test_the_ts_file_is_valid_qt_linguist_xml():
    root = ET.parse(TRANSLATIONS / "aios_de.ts").getroot()
    assert root.tag == "TS" and root.get("version") == "2.1"
    assert root.get("language") == "de_DE"
    names = [c.findtext("name") for c in root.iter("context")]
    assert len(names) == len(set(names)), "a context appears twice"
