"""The RACI panel, used like a person would: click, double-click, type, context menu."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from aios_designer.fileio import dumps_model
from aios_designer.gui.document import Document
from aios_designer.gui.panels.raci_panel import OVERRIDDEN_ROLE, STATUS_ROLE, RaciPanel

from tests.export.models import support_model

# Rows in canvas order: Ticket arrives, Classify and draft, Review draft, Unclear ticket,
# Send answer. Columns: Support agent, Team lead, IT operations, Check.
ARRIVES, CLASSIFY, REVIEW, UNCLEAR, SEND = range(5)
AGENT, LEAD, IT, CHECK = range(4)


@pytest.fixture
def panel(qtbot):
    document = Document(support_model())
    widget = RaciPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def cell_center(panel, row, column) -> QPoint:
    return panel.table.visualRect(panel.table_model.index(row, column)).center()


def text(panel, row, column) -> str:
    return panel.table_model.index(row, column).data()


def click(qtbot, panel, row, column):
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=cell_center(panel, row, column))


def test_shows_effective_raci_derived_and_overridden_apart(panel):
    model = panel.table_model
    assert model.rowCount() == 5 and model.columnCount() == 4
    assert model.headerData(AGENT, Qt.Orientation.Horizontal) == "Support agent"
    assert model.headerData(CHECK, Qt.Orientation.Horizontal) == "Check"
    assert model.headerData(ARRIVES, Qt.Orientation.Vertical) == "Ticket arrives"
    assert text(panel, CLASSIFY, IT) == "A/R"
    overridden = model.index(CLASSIFY, IT)
    derived = model.index(CLASSIFY, LEAD)
    assert overridden.data(OVERRIDDEN_ROLE) and overridden.data(Qt.ItemDataRole.FontRole).bold()
    assert not derived.data(OVERRIDDEN_ROLE) and derived.data(Qt.ItemDataRole.FontRole).italic()
    assert text(panel, ARRIVES, CHECK) == "OK"


def test_click_cycles_and_undo_restores_exactly(qtbot, panel):
    document = panel.document
    before = dumps_model(document.model)
    assert text(panel, ARRIVES, AGENT) == ""
    click(qtbot, panel, ARRIVES, AGENT)
    assert text(panel, ARRIVES, AGENT) == "R"
    assert document.model.step("s-in").raci_overrides["r-agent"] == "R"
    # Two R now: a warning, shown live in the check column.
    assert text(panel, ARRIVES, CHECK) == "several R"
    click(qtbot, panel, ARRIVES, AGENT)
    assert text(panel, ARRIVES, AGENT) == "A"
    assert panel.table_model.index(ARRIVES, AGENT).data(STATUS_ROLE) == "several_a"
    assert document.undo_stack.count() == 2  # one click, one undo step
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dumps_model(document.model) == before
    assert text(panel, ARRIVES, AGENT) == "" and text(panel, ARRIVES, CHECK) == "OK"


def test_typing_sets_a_cell(qtbot, panel):
    panel.cycle_button.click()  # typing works either way; clicks only select now
    assert not panel.table.cycle_on_click
    click(qtbot, panel, REVIEW, IT)
    assert text(panel, REVIEW, IT) == ""
    qtbot.keyClicks(panel.table, "c")
    editor = panel.table.findChild(QComboBox, "raci_editor")
    assert editor is not None
    qtbot.keyClicks(editor.lineEdit(), "i")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    assert text(panel, REVIEW, IT) == "C/I"
    assert panel.document.model.step("s-rev").raci_overrides["r-it"] == "CI"
    assert panel.document.undo_stack.count() == 1


def test_invalid_typing_changes_nothing(qtbot, panel):
    panel.table.setCurrentIndex(panel.table_model.index(REVIEW, IT))
    qtbot.keyClicks(panel.table, "x")
    editor = panel.table.findChild(QComboBox, "raci_editor")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    assert panel.document.undo_stack.count() == 0
    assert "'x' is not RACI" in panel.summary.text()


def test_double_click_opens_drop_down_without_cycling(qtbot, panel):
    center = cell_center(panel, UNCLEAR, AGENT)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = panel.table.findChild(QComboBox, "raci_editor")
    assert editor is not None and editor.isVisible()
    editor.setCurrentIndex(editor.findText("A/I"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert text(panel, UNCLEAR, AGENT) == "A/I"
    assert panel.document.model.step("s-exc").raci_overrides["r-agent"] == "AI"
    # The click that began the double-click cycled the cell; that was taken back.
    assert panel.document.undo_stack.count() == 1


def test_reset_to_derived_button_is_one_undo_step(qtbot, panel):
    document = panel.document
    # IT on "Classify and draft" is set by hand to A/R; the graph gives R.
    panel.table.selectionModel().clearSelection()
    table = panel.table
    table.setCurrentIndex(panel.table_model.index(CLASSIFY, IT))
    table.selectionModel().select(panel.table_model.index(CLASSIFY, AGENT),
                                  table.selectionModel().SelectionFlag.Select)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert "r-it" not in document.model.step("s-ai").raci_overrides
    assert "r-agent" not in document.model.step("s-ai").raci_overrides
    assert text(panel, CLASSIFY, IT) == "R"
    assert not panel.table_model.index(CLASSIFY, IT).data(OVERRIDDEN_ROLE)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert text(panel, CLASSIFY, IT) == "A/R"


def test_space_and_delete_keys(qtbot, panel):
    panel.table.setCurrentIndex(panel.table_model.index(SEND, IT))
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert text(panel, SEND, IT) == "R"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert text(panel, SEND, IT) == ""


def test_violations_follow_changes_elsewhere(panel):
    document = panel.document
    document.set_raci_cell("s-rev", "r-lead", "")  # the only A of "Review draft" gone
    assert text(panel, REVIEW, CHECK) == "no A"
    background = panel.table_model.index(REVIEW, AGENT).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert panel.summary.text() == "Steps breaking the RACI rules: 1"


def test_model_replaced_and_selection(qtbot, panel):
    with qtbot.waitSignal(panel.elements_selected) as signal:
        panel.table.verticalHeader().sectionDoubleClicked.emit(SEND)
    assert signal.args == [["s-send"]]
    panel.set_selection(["s-exc"])
    assert panel.table.selectionModel().isRowSelected(UNCLEAR)
    panel.document.replace_model(support_model("de"))
    assert panel.table_model.rowCount() == 5


def test_role_rename_and_new_step_show_up(panel):
    document = panel.document
    document.set_fields(("roles", "r-it"), {"name": "Platform team"})
    assert panel.table_model.headerData(IT, Qt.Orientation.Horizontal) == "Platform team"
    from aios_designer.model import HumanTaskStep

    document.add_elements("Add", steps=[HumanTaskStep(id="s-new", name="Archive", role_id="r-it",
                                                      position={"x": 700, "y": 40})])
    assert panel.table_model.rowCount() == 6
    row = panel.table_model.row_of("s-new")
    assert text(panel, row, IT) == "R"  # derived: the lane does the work


def test_hidden_panel_catches_up_when_shown(qtbot, panel):
    panel.hide()
    panel.document.set_raci_cell("s-rev", "r-it", "C")
    assert text(panel, REVIEW, IT) == ""  # not re-derived while nobody looks
    with qtbot.waitExposed(panel):
        panel.show()
    assert text(panel, REVIEW, IT) == "C"
