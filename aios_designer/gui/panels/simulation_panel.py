"""The Simulation panel: run the discrete-event simulation of the workflow and look at the
spread the projection's means hide — cycle-time and waiting-time histograms, percentiles and
the odds of breaching each exception's SLA.

The run happens in a worker thread on a copy of the model, so the window stays usable; the
progress bar counts replications and Cancel stops within about a thousand items. Nothing in
the model changes. The result can go into the hand-over workbook as a Simulation sheet.
"""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..document import Document
from .. import numbers
from ..plot_axes import locale_axes
from ..i18n import current_language

BAR_COLOR = "#1f5fa8"
WAIT_COLOR = "#c0392b"


def _fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    if value is None or not math.isfinite(value):
        return "–"
    return numbers.format_number(value, digits) + suffix


def _pct(value: float | None) -> str:
    return _fmt(None if value is None else value * 100, 1, " %")


class SimulationWorker(QThread):
    """Runs ``simulate`` off the GUI thread; reports progress, result, error or cancel."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, model, days: int, replications: int, seed: int, parent=None):
        super().__init__(parent)
        self.model, self.days, self.replications, self.seed = model, days, replications, seed
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:  # noqa: D401 - QThread override
        from ...analysis.simulation import Cancelled, SimulationError, simulate

        try:
            result = simulate(self.model, self.days, self.replications, self.seed,
                              progress=lambda done, total: self.progressed.emit(done, total),
                              should_stop=lambda: self._stop)
        except Cancelled:
            self.cancelled.emit()
        except SimulationError as exc:
            self.failed.emit(exc.message(current_language()))
        except Exception as exc:  # noqa: BLE001 - shown in the panel, never a crash
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)


class Histogram(pg.PlotWidget):
    def __init__(self, color: str, parent: QWidget | None = None):
        axes = {side: axis for side, axis in locale_axes().items() if side != "right"}
        super().__init__(parent, background="w", axisItems=axes)
        self.setMinimumHeight(120)
        self.color = color
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTextPen("#333")
        self.bars: pg.BarGraphItem | None = None
        self.marks: list[pg.InfiniteLine] = []

    def show_values(self, values: np.ndarray, marks: list[float], x_label: str,
                    y_label: str) -> None:
        item = self.getPlotItem()
        if self.bars is not None:
            item.removeItem(self.bars)
            self.bars = None
        for line in self.marks:
            item.removeItem(line)
        self.marks = []
        # One title under the plot: a vertical one does not fit the low plots of a docked
        # panel and would be cut.
        item.setLabel("bottom", f"{x_label} · {y_label}")
        item.getAxis("left").showLabel(False)
        if values is None or not len(values):
            return
        # Up to the 99th percentile: a few extreme waits would squeeze every bar to the left.
        top = float(np.percentile(values, 99)) or float(values.max()) or 1.0
        counts, edges = np.histogram(np.clip(values, 0, top), bins=30, range=(0, top))
        share = counts / len(values) * 100
        self.bars = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=share,
                                    brush=self.color, pen=pg.mkPen("w", width=0.5))
        item.addItem(self.bars)
        for mark in marks:
            if mark is not None and math.isfinite(mark):
                line = pg.InfiniteLine(mark, angle=90, movable=False,
                                       pen=pg.mkPen("#222", width=1, style=pg.QtCore.Qt.DashLine))
                item.addItem(line)
                self.marks.append(line)
        item.setXRange(0, top, padding=0.02)
        item.setYRange(0, max(share.max(), 1.0) * 1.1, padding=0)


class SimulationPanel(QWidget):
    """Controls, progress, histograms and SLA odds of one simulation run."""

    #: Emitted with the result after a run (tests, status bar).
    finished = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("simulation_panel")
        self.document = document
        self.worker: SimulationWorker | None = None
        self.result = None
        self._stale = False

        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        outer.addLayout(left, 2)
        form = QGridLayout()
        self.days_label, self.reps_label, self.seed_label = QLabel(self), QLabel(self), QLabel(self)
        self.days = self._spin("days", 1, 3650, 90)
        self.replications = self._spin("replications", 1, 200, 20)
        self.seed = self._spin("seed", 0, 999_999_999, 1)
        for col, (label, box) in enumerate(((self.days_label, self.days),
                                            (self.reps_label, self.replications),
                                            (self.seed_label, self.seed))):
            form.addWidget(label, 0, col)
            form.addWidget(box, 1, col)
        left.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        for button in (self.run_button, self.cancel_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setValue(0)
        left.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        left.addWidget(self.summary)
        self.sla_table = QTableWidget(0, 4, self)
        self.sla_table.setObjectName("sla")
        self.sla_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sla_table.verticalHeader().setVisible(False)
        # Headers never cut: columns as wide as their contents, the table scrolls sideways
        # when the dock is narrow.
        self.sla_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.sla_table.horizontalHeader().setStretchLastSection(True)
        left.addWidget(self.sla_table, 1)

        plots = QVBoxLayout()
        outer.addLayout(plots, 3)
        row = QHBoxLayout()
        self.cycle_plot = Histogram(BAR_COLOR, self)
        self.cycle_plot.setObjectName("cycle_histogram")
        row.addWidget(self.cycle_plot, 1)
        wait_box = QVBoxLayout()
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role")
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role_combo.setMinimumContentsLength(12)
        self.role_combo.currentIndexChanged.connect(self._draw_waits)
        wait_box.addWidget(self.role_combo)
        self.wait_plot = Histogram(WAIT_COLOR, self)
        self.wait_plot.setObjectName("wait_histogram")
        wait_box.addWidget(self.wait_plot, 1)
        row.addLayout(wait_box, 1)
        plots.addLayout(row, 1)

        document.changed.connect(self._on_model_changed)
        document.model_replaced.connect(self._on_model_changed)
        self.retranslate()

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setValue(value)
        return box

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.days_label.setText(self.tr("Days"))
        self.reps_label.setText(self.tr("Replications"))
        self.seed_label.setText(self.tr("Seed"))
        self.run_button.setText(self.tr("Simulate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export workbook with results…"))
        self.sla_table.setHorizontalHeaderLabels([
            self.tr("Exception step"), self.tr("SLA (h)"), self.tr("Breached"),
            self.tr("95 % interval")])
        if self.result is None and self.worker is None:
            self.summary.setText(self.tr(
                "Simulates items through the workflow and the role pools to show percentiles "
                "of the cycle time, waits per role and the odds of missing each exception's "
                "SLA. Same seed, same figures."))
        elif self.result is not None:
            self._show(self.result)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        if self.worker is not None:
            return
        model = self.document.model.model_copy(deep=True)
        self.worker = SimulationWorker(model, self.days.value(), self.replications.value(),
                                       self.seed.value(), self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_result)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._on_worker_done)
        self.progress.setRange(0, self.replications.value())
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(self.tr("Simulating…"))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.cancel_button.setEnabled(False)

    def is_running(self) -> bool:
        return self.worker is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_result(self, result) -> None:
        self.result = result
        self._stale = False
        self._show(result)
        self.export_button.setEnabled(True)
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self.summary.setText(self.tr("The simulation could not run: {reason}").format(
            reason=message))

    def _on_cancelled(self) -> None:
        self.progress.setValue(0)
        self.summary.setText(self.tr("Cancelled; nothing was changed."))

    def _on_worker_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_model_changed(self, *args) -> None:
        if self.result is not None and not self._stale:
            self._stale = True
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "The model has changed since this run: simulate again for current figures."))

    # -- showing -----------------------------------------------------------------------------
    def _show(self, result) -> None:
        c = result.cycle_time_hours
        ci = c["ci95"]
        interval = "" if ci is None else self.tr(" (95 % interval of the mean {low} – {high})") \
            .format(low=_fmt(ci[0], 2), high=_fmt(ci[1], 2))
        mean, p50, p90, p95 = (_fmt(c[key], 2) for key in ("mean", "p50", "p90", "p95"))
        self.summary.setText(self.tr(
            "{items} items in {reps} × {days} days. Cycle time in productive hours: mean "
            "{mean}{interval}; median {p50}, 90 % within {p90}, 95 % within {p95}.").format(
            items=_fmt(result.items_completed, 0), reps=result.replications,
            days=_fmt(result.days, 0), mean=mean, interval=interval, p50=p50, p90=p90, p95=p95))
        self.cycle_plot.show_values(result.samples.get("cycle"), [c["p50"], c["p90"]],
                                    self.tr("Cycle time (h)"), self.tr("Items (%)"))
        names = {r.id: r.name or r.id[:8] for r in self.document.model.roles}
        current = self.role_combo.currentData()
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        for role in result.roles:
            role_id, wait, p90 = role["role_id"], role["mean_wait_hours"], role["p90_wait_hours"]
            self.role_combo.addItem(self.tr("Wait for {role}: mean {wait} h, P90 {p90} h").format(
                role=names.get(role_id, role_id[:8]), wait=_fmt(wait, 2), p90=_fmt(p90, 2)),
                role_id)
        index = self.role_combo.findData(current)
        if index < 0 and result.roles:
            # The longest wait first: that is the queue worth looking at.
            worst = max(result.roles, key=lambda r: r["mean_wait_hours"] or 0.0)
            index = self.role_combo.findData(worst["role_id"])
        self.role_combo.setCurrentIndex(max(index, 0))
        self.role_combo.blockSignals(False)
        self._draw_waits()
        steps = {s.id: s.name or s.id[:8] for s in self.document.model.steps}
        self.sla_table.setRowCount(len(result.sla))
        for row, sla in enumerate(result.sla):
            ci = sla["ci95"]
            cells = [steps.get(sla["step_id"], sla["step_id"]), _fmt(sla["sla_hours"], 1),
                     _pct(sla["breach_share"]),
                     "–" if ci is None else f"{_pct(ci[0])} – {_pct(ci[1])}"]
            for col, text in enumerate(cells):
                self.sla_table.setItem(row, col, QTableWidgetItem(text))
        self.sla_table.resizeColumnsToContents()

    def _draw_waits(self, *args) -> None:
        if self.result is None:
            return
        role_id = self.role_combo.currentData()
        waits = self.result.samples.get("waits", {}).get(role_id)
        role = next((r for r in self.result.roles if r["role_id"] == role_id), None)
        marks = [] if role is None else [role["mean_wait_hours"], role["p90_wait_hours"]]
        self.wait_plot.show_values(waits, marks, self.tr("Wait (h)"), self.tr("Visits (%)"))

    # -- export ------------------------------------------------------------------------------
    def export(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export workbook with results"),
                                              "", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from ...export.workbook import export_workbook

        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_workbook(self.document.model, path, simulation=self.result)
        except Exception as exc:  # noqa: BLE001 - a full disk is a message, not a crash
            self.summary.setText(self.tr("Could not write {path}: {reason}").format(
                path=path, reason=exc))
            return
        self.summary.setText(self.summary.text() + "\n" + self.tr(
            "Written to {path} (sheet “Simulation”).").format(path=path))
