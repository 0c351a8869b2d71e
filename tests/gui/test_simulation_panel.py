"""Simulation panel: a click runs the simulation off the GUI thread with a progress bar,
Cancel stops it, the histograms and SLA odds show the result, the model is never changed."""
import pytest
from PySide6.QtCore import Qt

from aios_designer.fileio import dumps_model
from aios_designer.gui.document import Document
from aios_designer.gui.i18n import install_language
from aios_designer.gui.panels.simulation_panel import SimulationPanel
from aios_designer.model import (EndStep, ExceptionStep, Flow, HumanTaskStep, OperatingModel,
                                 Role, Settings, TriggerStep)


def model(volume=1500.0) -> OperatingModel:
    role = Role(id="r", name="Desk", headcount=2, hourly_cost=40)
    steps = [TriggerStep(id="t", volume_per_month=volume),
             HumanTaskStep(id="h", role_id="r", handling_minutes=30),
             ExceptionStep(id="x", name="Complaint", role_id="r", sla_hours=1.0,
                           handling_minutes=30),
             EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e", share=0.8),
             Flow(source_id="h", target_id="x", share=0.2, kind="exception"),
             Flow(source_id="x", target_id="e")]
    return OperatingModel(roles=[role], steps=steps, flows=flows,
                          settings=Settings(productive_hours_per_fte_month=744))


@pytest.fixture
def panel(qtbot):
    install_language("en")
    widget = SimulationPanel(Document(model()))
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_run_shows_progress_histograms_and_sla_odds(panel, qtbot, tmp_path):
    before = dumps_model(panel.document.model)
    panel.days.setValue(10)
    panel.replications.setValue(4)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as done:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    result = done.args[0]
    assert panel.progress.value() == panel.progress.maximum() == 4
    assert "Cycle time" in panel.summary.text() and "median" in panel.summary.text()
    assert panel.cycle_plot.bars is not None and panel.wait_plot.bars is not None
    assert panel.role_combo.count() == 1 and "Desk" in panel.role_combo.currentText()
    assert panel.sla_table.rowCount() == 1
    assert panel.sla_table.item(0, 0).text() == "Complaint"
    assert panel.sla_table.item(0, 2).text().endswith("%")
    assert dumps_model(panel.document.model) == before       # the model is untouched
    assert panel.document.undo_stack.count() == 0
    # the same seed again: the same figures
    with qtbot.waitSignal(panel.finished, timeout=60_000) as again:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert again.args[0].to_json() == result.to_json()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    out = tmp_path / "with-results.xlsx"
    panel.export_to(str(out))
    from openpyxl import load_workbook

    assert "Simulation" in load_workbook(out).sheetnames


def test_cancel_stops_a_long_run(panel, qtbot):
    panel.days.setValue(3000)
    panel.replications.setValue(50)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.is_running()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    assert "Cancelled" in panel.summary.text()
    assert panel.result is None and not panel.export_button.isEnabled()
    assert panel.run_button.isEnabled()
