"""Change impact panel: follows the model, German, user text escaped."""
import pytest
from PySide6.QtCore import Qt

from aios_designer.gui.i18n import install_language
from aios_designer.templates import instantiate

from .helpers import forbid_dialogs, forget_changes, isolate_settings, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    isolate_settings()
    forbid_dialogs(monkeypatch)
    window = open_window(qtbot)
    window.document.replace_model(instantiate("support-triage", "en"))
    window.docks["change_impact"].show()
    window.docks["change_impact"].raise_()
    qtbot.waitUntil(lambda: window.panel("change_impact").isVisible())
    yield window
    forget_changes(window)


def test_roles_tasks_and_training_follow_edits(qtbot, window):
    panel = window.panel("change_impact")
    text = panel.view.toPlainText()
    model = window.document.model
    for role in model.roles:
        assert (role.name in text) == (role.kind in ("human", "team"))
    assert "AI literacy (EU AI Act Art. 4)" in text and "Training before go-live" in text
    agent = next(r for r in window.document.model.roles if "1st" in r.name)
    window.document.set_fields(("roles", agent.id), {"name": "<b>Agents</b>"})
    qtbot.waitUntil(lambda: "<b>Agents</b>" in panel.view.toPlainText())
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "<b>Agents</b>" not in panel.view.toPlainText())


def test_german(qtbot, window):
    install_language("de")
    try:
        panel = window.panel("change_impact")
        qtbot.waitUntil(lambda: "Schulung vor dem Produktivstart" in panel.view.toPlainText())
        assert "VZÄ Arbeitslast" in panel.view.toPlainText()
    finally:
        install_language("en")
