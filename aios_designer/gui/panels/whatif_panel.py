"""The What-if panel: move an AI step's review threshold and watch workload, cost and error.

The curve is the step's calibration (share auto-approved and error rate among them over the
threshold, from the pilot data). While the slider is dragged nothing in the model changes:
each position is projected as a hypothetical threshold on a prepared ``Projector`` (a few
milliseconds even at 2,000 steps). Releasing the slider commits the threshold as ONE undoable
change through the Document; arrow keys commit each step (merged into one undo step).
"""
import math

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...analysis.projection import Projector
from ...model import AiTaskStep, ReviewMode
from ..document import Change, Document
from ..numbers import format_number
from ..plot_axes import locale_axes

AUTO_COLOR = "#1f5fa8"
ERROR_COLOR = "#c0392b"
#: Wider than this the curve and the controls sit side by side.
SIDE_BY_SIDE_WIDTH = 640


def _fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return format_number(value, digits) + suffix


def _pct(value: float | None, digits: int = 1) -> str:
    return _fmt(None if value is None else value * 100, digits, " %")


class CurvePlot(pg.PlotWidget):
    """Auto share (left axis) and error rate among auto-approved (right axis, %) over the
    threshold, with a vertical line at the threshold shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background="w", axisItems=locale_axes())
        self.setObjectName("curve")
        self.setMinimumHeight(170)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        item.setXRange(0.5, 1.0, padding=0.02)
        item.setYRange(0.0, 1.0, padding=0.02)
        item.getAxis("left").setTextPen("#333")
        item.getAxis("bottom").setTextPen("#333")
        self.auto_curve = item.plot([], [], pen=pg.mkPen(AUTO_COLOR, width=2))
        # The error rate lives on its own scale (a few percent next to a share up to 100 %).
        self.error_box = pg.ViewBox(enableMouse=False)
        item.showAxis("right")
        item.scene().addItem(self.error_box)
        item.getAxis("right").linkToView(self.error_box)
        item.getAxis("right").setTextPen(ERROR_COLOR)
        self.error_box.setXLink(item)
        self.error_curve = pg.PlotDataItem([], [], pen=pg.mkPen(ERROR_COLOR, width=2))
        # The 95 % upper bound: a thin dashed line, the band between it and the measured
        # rate is the uncertainty a small pilot leaves.
        self.upper_curve = pg.PlotDataItem(
            [], [], pen=pg.mkPen(ERROR_COLOR, width=1, style=Qt.PenStyle.DashLine))
        self.upper_band = pg.FillBetweenItem(self.error_curve, self.upper_curve,
                                             brush=pg.mkBrush(192, 57, 43, 50))
        self.error_box.addItem(self.upper_band)
        self.error_box.addItem(self.error_curve)
        self.error_box.addItem(self.upper_curve)
        item.getViewBox().sigResized.connect(self._sync_boxes)
        self.stored_line = pg.InfiniteLine(angle=90, movable=False,
                                           pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DashLine))
        self.current_line = pg.InfiniteLine(angle=90, movable=False,
                                            pen=pg.mkPen("#222", width=2))
        item.addItem(self.stored_line)
        item.addItem(self.current_line)
        self.estimate_point = item.plot([], [], pen=None, symbol="o", symbolSize=9,
                                        symbolBrush=AUTO_COLOR)

    def _sync_boxes(self) -> None:
        item = self.getPlotItem()
        self.error_box.setGeometry(item.getViewBox().sceneBoundingRect())
        self.error_box.linkedViewChanged(item.getViewBox(), self.error_box.XAxis)

    def set_labels(self, x: str, left: str, right: str) -> None:
        item = self.getPlotItem()
        item.setLabel("bottom", x)
        item.setLabel("left", left, color=AUTO_COLOR)
        item.setLabel("right", right, color=ERROR_COLOR)

    def set_step(self, step: AiTaskStep | None) -> None:
        points = step.calibration.points if step is not None and step.calibration else []
        xs = [p.threshold for p in points]
        self.auto_curve.setData(xs, [p.auto_share for p in points])
        from ...analysis.calibration import point_upper

        errors = [(p.threshold, p.error_rate_auto * 100, point_upper(p)) for p in points
                  if p.error_rate_auto is not None]
        self.error_curve.setData([e[0] for e in errors], [e[1] for e in errors])
        if errors and all(e[2] is not None for e in errors):
            self.upper_curve.setData([e[0] for e in errors], [e[2] * 100 for e in errors])
        else:  # a curve without counts has no band
            self.upper_curve.setData([e[0] for e in errors], [e[1] for e in errors])
        # Scale to the measured rate (with room for the band near it), not to the bound of a
        # handful of items at the top end, which would flatten everything else.
        top = max([e[1] for e in errors] + [1.0])
        self.error_box.setYRange(0.0, top * 1.1, padding=0)
        low = min(xs + [0.5])
        if step is not None:
            low = min(low, step.review.threshold)
        self.getPlotItem().setXRange(max(0.0, low), 1.0, padding=0.02)
        if step is not None and not points and step.review.mode == ReviewMode.THRESHOLD:
            self.estimate_point.setData([step.review.threshold],
                                        [step.review.auto_share_estimate])
        else:
            self.estimate_point.setData([], [])

    def set_thresholds(self, stored: float, current: float) -> None:
        self.stored_line.setValue(stored)
        self.current_line.setValue(current)


class WhatIfPanel(QWidget):
    """Per AI step: threshold slider beside the calibration curve, live projection."""

    elements_selected = Signal(list)
    #: Emitted after every live recompute with the hypothetical threshold (tests, status bar).
    recomputed = Signal(float)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whatif_panel")
        self.document = document
        self._projector: Projector | None = None
        self._baseline = None
        self._step_id: str | None = None
        self._stale = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.step_label = QLabel(self)
        top.addWidget(self.step_label)
        self.step_combo = QComboBox(self)
        self.step_combo.setObjectName("step")
        # A long step name must not widen the dock: the combo elides, the popup shows all.
        self.step_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo.setMinimumContentsLength(12)
        self.step_combo.currentIndexChanged.connect(self._on_step_chosen)
        top.addWidget(self.step_combo, 1)
        outer.addLayout(top)

        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        outer.addLayout(self.body, 1)
        self.plot = CurvePlot(self)
        self.body.addWidget(self.plot, 3)

        controls = QWidget(self)
        side = QVBoxLayout(controls)
        side.setContentsMargins(0, 0, 0, 0)
        slider_row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("threshold")
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.slider.valueChanged.connect(self._on_value_changed)
        self.slider.sliderReleased.connect(self._on_released)
        slider_row.addWidget(self.slider, 1)
        self.threshold_value = QLabel(self)
        self.threshold_value.setObjectName("threshold_value")
        self.threshold_value.setMinimumWidth(40)
        slider_row.addWidget(self.threshold_value)
        side.addLayout(slider_row)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        side.addWidget(self.note)
        self.calibrate_button = QPushButton(self)
        self.calibrate_button.setObjectName("calibrate")
        self.calibrate_button.clicked.connect(self._open_calibration)
        side.addWidget(self.calibrate_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock each name goes on its own line with the figure below it
        # (``resizeEvent``); side by side there is room for both on one line.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form = form
        self.figures: dict[str, QLabel] = {}
        self.figure_names: dict[str, QLabel] = {}
        for key in ("auto", "reviewed", "reviewer_hours", "reviewer_fte", "review_wait",
                    "cycle_time", "cost_per_unit", "residual", "residual_upper"):
            name = QLabel(self)
            value = QLabel(self)
            value.setObjectName(key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            # Long names and figures ("1.7 h (model: 0.4 h)") wrap instead of widening
            # the dock.
            name.setWordWrap(True)
            value.setWordWrap(True)
            form.addRow(name, value)
            self.figures[key] = value
            self.figure_names[key] = name
        side.addLayout(form)
        side.addStretch(1)
        self.body.addWidget(controls, 2)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        document.changed.connect(self._on_changed)
        document.model_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.step_label.setText(self.tr("AI step:"))
        self.calibrate_button.setText(self.tr("Calibrate from pilot data…"))
        names = {
            "auto": self.tr("Auto-approved"),
            "reviewed": self.tr("Reviewed per month"),
            "reviewer_hours": self.tr("Review and QA hours per month"),
            "reviewer_fte": self.tr("Reviewer roles: FTE (utilisation)"),
            "review_wait": self.tr("Wait for a reviewer (Erlang C, P(wait))"),
            "cycle_time": self.tr("Cycle time incl. queue waits"),
            "cost_per_unit": self.tr("Cost per unit"),
            "residual": self.tr("Residual error rate"),
            "residual_upper": self.tr("Residual error, conservative (95 % bound)"),
        }
        for key, text in names.items():
            self.figure_names[key].setText(text)
        # Short axis titles: the plot is low in a docked panel and a long title is cut; the
        # tooltip says what the two coloured curves are.
        self.plot.set_labels(self.tr("Threshold"), self.tr("Auto share"),
                             self.tr("Error, auto (%)"))
        self.plot.setToolTip(self.tr(
            "Blue: share of items auto-approved at a threshold. Red: error rate among the "
            "auto-approved items (shaded: up to its 95 % upper bound)."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(self.current_threshold())
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide
                               else QBoxLayout.Direction.TopToBottom)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows if wide
                                   else QFormLayout.RowWrapPolicy.WrapAllRows)
        super().resizeEvent(event)

    # -- state -------------------------------------------------------------------------------
    def _ai_steps(self) -> list[AiTaskStep]:
        return [s for s in self.document.model.steps if isinstance(s, AiTaskStep)]

    def step(self) -> AiTaskStep | None:
        if self._step_id is None:
            return None
        step = self.document.model.step(self._step_id)
        return step if isinstance(step, AiTaskStep) else None

    def current_threshold(self) -> float:
        return self.slider.value() / 100.0

    def _on_changed(self, change: Change) -> None:
        self._refresh_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Rebuild the step list and the prepared projection from the model as it is now.
        A hidden panel (another tab in front) only notes that it is stale."""
        if not self.isVisible() and self._projector is not None:
            self._stale = True
            return
        self._stale = False
        steps = self._ai_steps()
        ids = [s.id for s in steps]
        if self._step_id not in ids:
            self._step_id = ids[0] if ids else None
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        for s in steps:
            self.step_combo.addItem(s.name or s.id[:8], s.id)
        if self._step_id is not None:
            self.step_combo.setCurrentIndex(ids.index(self._step_id))
        self.step_combo.blockSignals(False)
        try:
            self._projector = Projector(self.document.model)
            self._baseline = self._projector.project()
        except Exception:  # a model in the middle of an edit must not break the panel
            self._projector = self._baseline = None
        self._load_step()

    def _load_step(self) -> None:
        step = self.step()
        self.plot.set_step(step)
        enabled = step is not None and step.review.mode == ReviewMode.THRESHOLD
        self.slider.setEnabled(enabled)
        if step is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(round(step.review.threshold * 100))
            self.slider.blockSignals(False)
        self.calibrate_button.setEnabled(step is not None)
        self._show(self.current_threshold())

    def _on_step_chosen(self, index: int) -> None:
        self._step_id = self.step_combo.itemData(index)
        self._load_step()

    def set_selection(self, ids: list[str]) -> None:
        """Follow the canvas: a selected AI step becomes the one shown."""
        for step_id in ids:
            if isinstance(self.document.model.step(step_id), AiTaskStep):
                if step_id != self._step_id:
                    self._step_id = step_id
                    index = self.step_combo.findData(step_id)
                    if index >= 0:
                        self.step_combo.blockSignals(True)
                        self.step_combo.setCurrentIndex(index)
                        self.step_combo.blockSignals(False)
                    self._load_step()
                return

    # -- the what-if -------------------------------------------------------------------------
    def _on_value_changed(self, value: int) -> None:
        threshold = value / 100.0
        self._show(threshold)
        if not self.slider.isSliderDown():
            # Keyboard or wheel: each step is a change of its own, merged while it goes on.
            self._commit(threshold, merge=True)

    def _on_released(self) -> None:
        self._commit(self.current_threshold(), merge=False)

    def _commit(self, threshold: float, merge: bool) -> None:
        step = self.step()
        if step is None or abs(step.review.threshold - threshold) < 1e-12:
            return
        self.document.set_fields(("steps", step.id), {"review.threshold": threshold},
                                 self.tr("Set review threshold"),
                                 merge_key=f"whatif-threshold:{step.id}" if merge else None)

    def projection_at(self, threshold: float):
        """The projection with the shown step's threshold replaced (the model untouched)."""
        step = self.step()
        if self._projector is None or step is None:
            return self._baseline
        if step.review.mode != ReviewMode.THRESHOLD:
            return self._baseline
        try:
            return self._projector.project({step.id: threshold})
        except KeyError:  # the step is newer than the prepared projection
            self.refresh()
            return self._baseline

    def _show(self, threshold: float) -> None:
        step = self.step()
        self.threshold_value.setText(_fmt(threshold, 2))
        if step is None:
            self.note.setText(self.tr("The workflow has no AI step yet."))
            for label in self.figures.values():
                label.setText("–")
            return
        self.plot.set_thresholds(step.review.threshold, threshold)
        self.note.setText(self._note(step))
        projection = self.projection_at(threshold)
        if projection is None:
            for label in self.figures.values():
                label.setText("–")
            return
        ai = projection.ai_step(step.id)
        base = self._baseline
        if ai is None or base is None:
            self._refresh_timer.start()
            return
        base_ai = base.ai_step(step.id) if base is not None else None
        roles = [projection.role(r) for r in ai.reviewer_role_ids]
        roles = [r for r in roles if r is not None]
        fte = sum(r.fte for r in roles)
        capacity = sum(r.headcount for r in roles)
        utilisation = fte / capacity if capacity > 0 else None

        def with_base(now: str, before: str) -> str:
            return now if now == before else f"{now}  ({self.tr('model:')} {before})"

        self.figures["auto"].setText(with_base(_pct(ai.auto_share, 0),
                                               _pct(base_ai.auto_share, 0)))
        self.figures["reviewed"].setText(with_base(_fmt(ai.reviewed_per_month, 0),
                                                   _fmt(base_ai.reviewed_per_month, 0)))
        self.figures["reviewer_hours"].setText(with_base(
            _fmt(ai.review_hours_per_month + ai.qa_hours_per_month, 0, " h"),
            _fmt(base_ai.review_hours_per_month + base_ai.qa_hours_per_month, 0, " h")))
        fte_text = _fmt(fte, 2)
        if utilisation is not None:
            fte_text += f" ({_pct(utilisation, 0)})"
        self.figures["reviewer_fte"].setText(fte_text)
        over = utilisation is not None and utilisation > 1.0
        self.figures["reviewer_fte"].setStyleSheet("color: #c0392b;" if over else "")
        wait_now, wait_text = self._review_wait(projection, ai.reviewer_role_ids)
        _, wait_before = self._review_wait(base, base_ai.reviewer_role_ids)
        self.figures["review_wait"].setText(with_base(wait_text, wait_before))
        saturated = wait_now is not None and wait_now.mean_wait_hours is None
        self.figures["review_wait"].setStyleSheet("color: #c0392b;" if saturated else "")
        self.figures["cycle_time"].setText(with_base(self._hours(projection.cycle_time_hours),
                                                     self._hours(base.cycle_time_hours)))
        currency = self.document.model.settings.currency
        self.figures["cost_per_unit"].setText(with_base(
            _fmt(projection.cost_per_unit, 2, f" {currency}"),
            _fmt(base.cost_per_unit, 2, f" {currency}")))
        self.figures["residual"].setText(with_base(_pct(projection.residual_error_rate, 2),
                                                   _pct(base.residual_error_rate, 2)))
        self.figures["residual_upper"].setText(with_base(
            _pct(projection.residual_error_rate_upper, 2),
            _pct(base.residual_error_rate_upper, 2)))
        self.recomputed.emit(threshold)

    def _hours(self, hours: float | None) -> str:
        if hours is None:
            return self.tr("unbounded")
        if hours < 1.0:
            return _fmt(hours * 60, 0, " min")
        return _fmt(hours, 1, " h")

    def _review_wait(self, projection, role_ids: list[str]):
        """The longest queue among the reviewing roles and its text."""
        queues = [q for q in (projection.queue(r) for r in role_ids) if q is not None]
        if not queues:
            return None, "–"
        worst = max(queues, key=lambda q: math.inf if q.mean_wait_hours is None
                    else q.mean_wait_hours)
        if worst.mean_wait_hours is None:
            return worst, self.tr("unbounded (≥ 100 % load)")
        return worst, f"{self._hours(worst.mean_wait_hours)} ({_pct(worst.p_wait, 0)})"

    def _note(self, step: AiTaskStep) -> str:
        mode = step.review.mode
        if mode == ReviewMode.ALWAYS:
            return self.tr("Every item is reviewed (policy \"always\"): the threshold has no "
                           "effect.")
        if mode == ReviewMode.SAMPLE_ONLY:
            return self.tr("Only a QA sample is checked (policy \"sample only\"): the threshold "
                           "has no effect.")
        if mode == ReviewMode.NONE:
            return self.tr("No human review (policy \"none\"): the threshold has no effect.")
        if step.calibration is None or not step.calibration.points:
            return self.tr("No pilot calibration yet: the estimate of {share} auto-approved is "
                           "used at any threshold. Calibrate to see the curve.").format(
                share=_pct(step.review.auto_share_estimate, 0))
        cal = step.calibration
        return self.tr("Curve from {source} ({rows} items). Dashed line: the threshold in the "
                       "model. Shaded: up to the 95 % upper bound of the error among "
                       "auto-approved items.").format(source=cal.source or "?",
                                                      rows=format_number(cal.rows_used, 0))

    def _open_calibration(self) -> None:
        step = self.step()
        if step is None:
            return
        from ..dialogs.calibration_dialog import CalibrationDialog

        CalibrationDialog(self.document, step.id, self).exec()
