"""What-if panel: dragging the threshold slider recomputes live without touching the model;
releasing it is one undo step."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from aios_designer.gui.document import Document
from aios_designer.gui.i18n import install_language
from aios_designer.gui.panels.whatif_panel import WhatIfPanel
from aios_designer.model import (
    AiTaskStep,
    Calibration,
    CalibrationPoint,
    EndStep,
    Flow,
    OperatingModel,
    ReviewPolicy,
    ReviewStep,
    Role,
    TriggerStep,
)


def model() -> OperatingModel:
    reviewer = Role(id="rev", name="Reviewer", headcount=1, hourly_cost=45)
    cal = Calibration(source="pilot.csv", rows_used=1797, overall_error_rate=0.15, points=[
        CalibrationPoint(threshold=h / 100, auto_share=1 - (h - 50) / 55,
                         error_rate_auto=0.06 * (100 - h) / 50) for h in range(50, 100)])
    steps = [TriggerStep(id="t", volume_per_month=3000),
             AiTaskStep(id="ai", name="Classify", calibration=cal,
                        review=ReviewPolicy(threshold=0.8, reviewer_role_id="rev")),
             ReviewStep(id="rv", role_id="rev", handling_minutes=4), EndStep(id="e")]
    flows = [Flow(source_id="t", target_id="ai"), Flow(source_id="ai", target_id="rv"),
             Flow(source_id="ai", target_id="e"), Flow(source_id="rv", target_id="e")]
    return OperatingModel(roles=[reviewer], steps=steps, flows=flows)


@pytest.fixture
def panel(qtbot):
    install_language("en")
    document = Document(model())
    widget = WhatIfPanel(document)
    qtbot.addWidget(widget)
    widget.resize(360, 560)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def handle_center(slider) -> QPoint:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    rect = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                         QStyle.SubControl.SC_SliderHandle, slider)
    return rect.center()


def test_drag_updates_labels_live_and_release_is_one_undo_step(panel, qtbot):
    document = panel.document
    slider = panel.slider
    assert slider.value() == 80
    hours_before = panel.figures["reviewer_hours"].text()
    cost_before = panel.figures["cost_per_unit"].text()
    start = handle_center(slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    seen = []
    panel.recomputed.connect(seen.append)
    for dx in (10, 25, 40, 60):
        qtbot.mouseMove(slider, start + QPoint(dx, 0))
    assert slider.isSliderDown()
    assert seen and slider.value() > 80
    # Live: labels follow the hypothetical threshold, the model does not.
    assert panel.figures["reviewer_hours"].text() != hours_before
    assert panel.figures["cost_per_unit"].text() != cost_before
    assert document.model.step("ai").review.threshold == 0.8
    assert document.undo_stack.count() == 0
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    moved = slider.value() / 100
    assert moved > 0.8
    assert document.undo_stack.count() == 1
    assert document.model.step("ai").review.threshold == pytest.approx(moved)
    document.undo_stack.undo()
    assert document.model.step("ai").review.threshold == 0.8
    qtbot.waitUntil(lambda: slider.value() == 80)


def test_higher_threshold_means_more_review_hours(panel):
    low = panel.projection_at(0.6)
    high = panel.projection_at(0.95)
    assert high.role("rev").hours_per_month > low.role("rev").hours_per_month
    assert high.residual_error_rate < low.residual_error_rate
    assert panel.document.model.step("ai").review.threshold == 0.8


def test_arrow_keys_commit_and_merge(panel, qtbot):
    panel.slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    assert panel.document.model.step("ai").review.threshold == pytest.approx(0.83)
    assert panel.document.undo_stack.count() == 1
    panel.document.undo_stack.undo()
    assert panel.document.model.step("ai").review.threshold == 0.8


def test_no_threshold_policy_disables_slider(panel, qtbot):
    panel.document.set_fields(("steps", "ai"), {"review.mode": "always"})
    qtbot.waitUntil(lambda: not panel.slider.isEnabled())
    assert "always" in panel.note.text()


def test_hidden_panel_catches_up_when_shown(panel, qtbot):
    panel.hide()
    panel.document.set_fields(("steps", "ai"), {"review.threshold": 0.9})
    qtbot.wait(10)
    assert panel.slider.value() == 80  # not refreshed while hidden
    panel.show()
    qtbot.waitUntil(lambda: panel.slider.value() == 90)


def test_queue_wait_and_cycle_time_follow_the_threshold(panel, qtbot):
    """One reviewer: more review means a longer queue; past full load the wait is unbounded."""
    wait = panel.figures["review_wait"]
    cycle = panel.figures["cycle_time"]
    assert "%" in wait.text() and wait.text() != "–"
    before = wait.text()
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_Home)       # threshold 0: little review
    assert panel.slider.value() == 0
    assert wait.text() != before
    qtbot.keyClick(panel.slider, Qt.Key.Key_End)        # threshold 1: all reviewed, 150 % load
    assert wait.text().startswith("unbounded")
    assert "red" in wait.styleSheet() or "#c0392b" in wait.styleSheet()
    assert cycle.text().startswith("unbounded")
