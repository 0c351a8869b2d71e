"""KPI panel: typed values become undoable edits; projected values are read-only."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aios_designer.analysis.kpi_values import projected_value
from aios_designer.analysis.projection import project
from aios_designer.gui.document import Document
from aios_designer.gui.i18n import install_language
from aios_designer.gui.panels.kpi_panel import KpiPanel, parse_number
from aios_designer.model import (
    BusinessCase, EndStep, Flow, HumanTaskStep, Kpi, OperatingModel, Role, TeamKpi, TriggerStep,
)


def model() -> OperatingModel:
    agent = Role(id="agent", name="Agent", headcount=4, hourly_cost=40)
    steps = [TriggerStep(id="t", volume_per_month=2660),
             HumanTaskStep(id="h", role_id="agent", handling_minutes=6), EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="h"), Flow(source_id="h", target_id="e")]
    kpis = [Kpi(id="k-cost", name="Cost per ticket", metric="cost_per_unit", unit="EUR",
                baseline=6.5, target=3),
            Kpi(id="k-cycle", name="Time to answer", metric="cycle_time", unit="min")]
    return OperatingModel(roles=[agent], steps=steps, flows=flows, kpis=kpis,
                          team_kpis=[TeamKpi(id="tk", role_id="agent", kpi_before="tickets/day")],
                          business_case=BusinessCase(one_off_investment=12_000))


@pytest.fixture
def panel(qtbot):
    install_language("en")
    widget = KpiPanel(Document(model()))
    qtbot.addWidget(widget)
    widget.resize(1100, 360)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def type_into(qtbot, table, row, col, text):
    """Select the cell and type over it, as a person does (typing starts the editor)."""
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's data on the next turn


def test_typing_a_day30_value_is_one_undo_step(panel, qtbot):
    document = panel.document
    type_into(qtbot, panel.kpi_table, 0, 8, "4,2")
    assert document.model.kpis[0].day30 == 4.2
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model.kpis[0].day30 is None
    qtbot.waitUntil(lambda: panel.kpi_table.item(0, 8).text() == "")


def test_not_a_number_changes_nothing(panel, qtbot):
    type_into(qtbot, panel.kpi_table, 0, 4, "six")
    assert panel.document.model.kpis[0].baseline == 6.5
    assert panel.document.undo_stack.count() == 0
    assert "not a number" in panel.message.text()
    qtbot.waitUntil(lambda: panel.kpi_table.item(0, 4).text() == "6.5")


def test_projected_values_are_read_only_and_in_the_kpis_unit(panel):
    p = project(panel.document.model)
    cost = panel.kpi_table.item(0, 7)
    assert not cost.flags() & Qt.ItemFlag.ItemIsEditable
    assert parse_number(cost.text()) == pytest.approx(p.cost_per_unit, abs=0.01)
    cycle = parse_number(panel.kpi_table.item(1, 7).text())
    assert cycle == pytest.approx(projected_value(panel.document.model.kpis[1], p,
                                                  panel.document.model), abs=0.01)
    # 6 minutes of handling plus the wait for one of 4 agents at 50 % (Erlang C)
    assert cycle == pytest.approx(6.0 + p.queue("agent").mean_wait_hours * 60, abs=0.01)


def test_business_case_edit_and_figures(panel, qtbot):
    panel.tabs.setCurrentIndex(1)
    box = panel.investment
    box.selectAll()
    qtbot.keyClicks(box, "24000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    document = panel.document
    assert document.model.business_case.one_off_investment == 24_000
    assert document.undo_stack.count() == 1
    # 6.5 − 4.00 (6 min × 40 €/h) = 2.50 per ticket × 2,660 = 6,650 per month
    qtbot.waitUntil(lambda: panel.case_labels["payback"].text() == "3.6")
    assert panel.case_labels["saving"].text() == "6,650.00 EUR"  # thousands grouped
    document.undo_stack.undo()
    assert document.model.business_case.one_off_investment == 12_000


def test_add_baseline_metrics_adds_the_missing_two_in_one_step(panel, qtbot):
    qtbot.mouseClick(panel.add_baseline_button, Qt.MouseButton.LeftButton)
    metrics = [k.metric for k in panel.document.model.kpis]
    assert sorted(str(m) for m in metrics) == ["cost_per_unit", "cycle_time", "error_rate",
                                              "throughput"]
    assert panel.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: panel.kpi_table.rowCount() == 4)
    panel.document.undo_stack.undo()
    assert len(panel.document.model.kpis) == 2


def test_team_kpi_edit_and_remove(panel, qtbot):
    panel.tabs.setCurrentIndex(2)
    type_into(qtbot, panel.team_table, 0, 2, "AI drafts reviewed per day")
    assert panel.document.model.team_kpis[0].kpi_after == "AI drafts reviewed per day"
    panel.team_table.selectRow(0)
    qtbot.mouseClick(panel.remove_team_button, Qt.MouseButton.LeftButton)
    assert panel.document.model.team_kpis == []
    panel.document.undo_stack.undo()
    assert panel.document.model.team_kpis[0].kpi_after == "AI drafts reviewed per day"


def test_measured_values_drive_latest_target_met_and_the_actual_case(panel, qtbot):
    table = panel.kpi_table
    assert table.item(0, 12).text() == "" and table.item(0, 15).text() == ""  # nothing measured
    assert panel.case_labels["saving_actual"].text() == "–"
    type_into(qtbot, table, 0, 8, "4,5")          # day 30 cost per ticket
    qtbot.waitUntil(lambda: table.item(0, 12).text().startswith("4.5"))
    assert "day 30" in table.item(0, 12).text()
    assert table.item(0, 15).text() == "no"       # target 3, lower is better
    assert panel.case_labels["saving_actual"].text() == "5,320.00 EUR"   # (6.5 − 4.5) × 2660
    assert panel.case_labels["payback_actual"].text() == "2.3"       # 12,000 / 5,320
    type_into(qtbot, table, 0, 11, "2026-06-30")  # day 90 date
    qtbot.waitUntil(lambda: panel.document.model.kpis[0].day90_date is not None)
    assert panel.document.model.kpis[0].day90_date.isoformat() == "2026-06-30"
    type_into(qtbot, table, 0, 10, "someday")     # not a date: refused, nothing changes
    qtbot.waitUntil(lambda: "not a date" in panel.message.text())
    assert panel.document.model.kpis[0].day30_date is None
    panel.tabs.setCurrentIndex(1)
    panel.go_live.clear()
    qtbot.keyClicks(panel.go_live, "01.04.2026")
    qtbot.keyClick(panel.go_live, Qt.Key.Key_Return)
    assert panel.document.model.business_case.go_live.isoformat() == "2026-04-01"
