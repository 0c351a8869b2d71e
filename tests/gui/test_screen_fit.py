"""Every panel and dialog at 1280 × 720 (100 %) and 1920 × 1080 (150 %), German and English:
no label, button, header, tab or cell cut or elided, no panel scrolling sideways, every
dialog button on the screen. Each configuration runs in its own process: the screen size and
the scale factor are fixed when Qt starts."""
import json
import os
import subprocess
import sys

import pytest

SCREENS = {"1280x720": (1280, 720, "1"), "1920x1080@150%": (1920, 1080, "1.5")}


def audit(tmp_path, screen: str, lang: str) -> list[str]:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "projector", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "aios_designer.gui.screen_fit", "--lang", lang, "--json"],
        env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def audits(tmp_path_factory):
    found = {}
    for screen in SCREENS:
        for lang in ("de", "en"):
            found[screen, lang] = audit(tmp_path_factory.mktemp("screen"), screen, lang)
    return found


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_panel_and_dialog_fits_the_screen(audits, screen, lang):
    found = audits[screen, lang]
    assert not found, "\n".join(found)


def test_the_audit_sees_a_cut_label_and_an_unreachable_button(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from aios_designer.gui.screen_fit import problems

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("Datenschutz-Folgenabschätzung erforderlich", dialog)
    layout.addWidget(label)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog))
    dialog.resize(400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    label.setFixedWidth(60)
    screen = QRect(0, 0, 1280, 720)
    found = problems(dialog, screen)
    assert any("label cut" in p for p in found)
    assert any("button out of reach" in p or "outside the screen" in p for p in found)
