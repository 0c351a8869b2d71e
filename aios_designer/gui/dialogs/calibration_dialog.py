"""Calibrate an AI step's threshold on pilot data: pick the export, check which columns hold
confidence and correctness, preview curve and recommendation, apply as ONE undo step.

Rows the file cannot supply (no number, outside 0–1, unreadable correctness) are counted and
listed with their reasons, so nobody calibrates on a silently shrunken sample.
"""
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import dialog_fit
from ...analysis.calibration import (
    DEFAULT_MAX_ERROR,
    CalibrationError,
    CalibrationResult,
    calibrate,
    detect_columns,
    read_table,
    reason_text,
)
from ...model import AiTaskStep
from ..document import Document
from ..i18n import current_language
from ..numbers import format_number, format_percent
from ..plot_axes import locale_axes

AUTO_COLOR = "#1f5fa8"
ERROR_COLOR = "#c0392b"


class CalibrationDialog(QDialog):
    def __init__(self, document: Document, step_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calibration_dialog")
        self.document = document
        self.step_id = step_id
        self.result: CalibrationResult | None = None
        self._headers: list[str] = []
        step = document.model.step(step_id)
        if not isinstance(step, AiTaskStep):
            raise ValueError(f"step {step_id!r} is not an AI step")
        self.setWindowTitle(self.tr("Calibrate “{name}” from pilot data").format(
            name=step.name or step.id[:8]))
        dialog_fit.fit(self, 720, 620)

        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("Pilot export (.csv or .xlsx)"))
        self.path_edit.editingFinished.connect(self.load_file)
        file_row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        file_row.addWidget(browse)
        layout.addLayout(file_row)

        form = QFormLayout()
        self.confidence_combo = QComboBox(self)
        self.confidence_combo.setObjectName("confidence_column")
        form.addRow(self.tr("Confidence column:"), self.confidence_combo)
        correctness = QHBoxLayout()
        self.by_column = QRadioButton(self.tr("correct yes/no in"), self)
        self.by_column.setObjectName("by_column")
        self.correct_combo = QComboBox(self)
        self.correct_combo.setObjectName("correct_column")
        self.by_labels = QRadioButton(self.tr("true label equals predicted label"), self)
        self.by_labels.setObjectName("by_labels")
        self.true_combo = QComboBox(self)
        self.true_combo.setObjectName("true_label_column")
        self.predicted_combo = QComboBox(self)
        self.predicted_combo.setObjectName("predicted_label_column")
        self.by_column.setChecked(True)
        correctness.addWidget(self.by_column)
        correctness.addWidget(self.correct_combo, 1)
        form.addRow(self.tr("Correctness:"), correctness)
        labels = QHBoxLayout()
        labels.addWidget(self.by_labels)
        labels.addWidget(self.true_combo, 1)
        labels.addWidget(QLabel("=", self))
        labels.addWidget(self.predicted_combo, 1)
        form.addRow("", labels)
        self.max_error = QDoubleSpinBox(self)
        self.max_error.setObjectName("max_error")
        self.max_error.setRange(0.0, 50.0)
        self.max_error.setDecimals(1)
        self.max_error.setSingleStep(0.5)
        self.max_error.setSuffix(" %")
        self.max_error.setValue(DEFAULT_MAX_ERROR * 100)
        form.addRow(self.tr("Highest acceptable error among auto-approved:"), self.max_error)
        layout.addLayout(form)
        for widget in (self.confidence_combo, self.correct_combo, self.true_combo,
                       self.predicted_combo):
            widget.currentIndexChanged.connect(self.preview)
        self.by_column.toggled.connect(self.preview)
        self.max_error.valueChanged.connect(self.preview)

        self.plot = pg.PlotWidget(self, background="w", axisItems=locale_axes())
        self.plot.setObjectName("curve")
        self.plot.setMinimumHeight(220)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.addLegend(offset=(-10, 10))
        item.setLabel("bottom", self.tr("Threshold"))
        item.setLabel("left", self.tr("Share"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.auto_curve = item.plot([], [], pen=pg.mkPen(AUTO_COLOR, width=2),
                                    name=self.tr("auto-approved"))
        self.error_curve = item.plot([], [], pen=pg.mkPen(ERROR_COLOR, width=2),
                                     name=self.tr("error among auto-approved"))
        self.upper_curve = item.plot([], [], pen=pg.mkPen(ERROR_COLOR, width=1,
                                                          style=Qt.PenStyle.DotLine),
                                     name=self.tr("95 % upper bound of the error"))
        self.upper_band = pg.FillBetweenItem(self.error_curve, self.upper_curve,
                                             brush=pg.mkBrush(192, 57, 43, 50))
        item.addItem(self.upper_band)
        self.recommended_line = pg.InfiniteLine(angle=90, movable=False,
                                                pen=pg.mkPen("#222", width=2))
        self.limit_line = pg.InfiniteLine(angle=0, movable=False,
                                          pen=pg.mkPen(ERROR_COLOR, style=Qt.PenStyle.DashLine))
        item.addItem(self.recommended_line)
        item.addItem(self.limit_line)
        item.setXRange(0.5, 1.0)
        layout.addWidget(self.plot, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.set_threshold = QCheckBox(self)
        self.set_threshold.setObjectName("set_threshold")
        self.set_threshold.setChecked(True)
        layout.addWidget(self.set_threshold)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("apply")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_state()

    # -- file and columns --------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilot export"), str(Path.home()),
            self.tr("Pilot exports (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.load_file()

    def load_file(self) -> None:
        """Read the header, detect the columns, then preview."""
        path = self.path_edit.text().strip()
        self._headers = []
        self.result = None
        if not path:
            self._update_state()
            return
        try:
            headers, _ = read_table(path)
        except CalibrationError as exc:
            self.summary.setText(exc.message(current_language()))
            self._fill_combos([])
            self._update_state()
            return
        self._headers = [h for h in headers if h]
        self._fill_combos(self._headers)
        try:
            detected = detect_columns(headers)
        except CalibrationError:
            detected = None
        self._block(True)
        if detected is not None:
            self.confidence_combo.setCurrentText(detected.confidence)
            if detected.correct is not None:
                self.by_column.setChecked(True)
                self.correct_combo.setCurrentText(detected.correct)
            else:
                self.by_labels.setChecked(True)
                self.true_combo.setCurrentText(detected.true_label)
                self.predicted_combo.setCurrentText(detected.predicted_label)
        self._block(False)
        self.preview()

    def _fill_combos(self, headers: list[str]) -> None:
        self._block(True)
        for combo in (self.confidence_combo, self.correct_combo, self.true_combo,
                      self.predicted_combo):
            combo.clear()
            combo.addItems(headers)
        self._block(False)

    def _block(self, blocked: bool) -> None:
        for widget in (self.confidence_combo, self.correct_combo, self.true_combo,
                       self.predicted_combo, self.by_column, self.by_labels):
            widget.blockSignals(blocked)

    def chosen_columns(self) -> dict:
        if self.by_column.isChecked():
            return {"confidence_column": self.confidence_combo.currentText(),
                    "correct_column": self.correct_combo.currentText()}
        return {"confidence_column": self.confidence_combo.currentText(),
                "true_label_column": self.true_combo.currentText(),
                "predicted_label_column": self.predicted_combo.currentText()}

    # -- preview -----------------------------------------------------------------------------
    def preview(self) -> None:
        self.result = None
        if not self._headers:
            self._update_state()
            return
        lang = current_language()
        try:
            self.result = calibrate(self.path_edit.text().strip(), self.max_error.value() / 100,
                                    **self.chosen_columns())
        except CalibrationError as exc:
            self.summary.setText(exc.message(lang))
            self._draw(None)
            self._update_state()
            return
        self._draw(self.result)
        data = self.result.data
        lines = [self.tr("%Ln row(s) used, {rejected} rejected.", "", data.rows_used).format(
            rejected=format_number(data.rows_rejected, 0))]
        for code, count in sorted(data.rejected_by_reason().items()):
            rows = [str(r) for r, c in data.rejected if c == code][:8]
            more = " …" if count > len(rows) else ""
            lines.append(self.tr("  {reason}: {count} (rows {rows})").format(
                reason=reason_text(code, lang), count=count, rows=", ".join(rows) + more))
        limit = self._pct(self.result.max_error)
        if self.result.recommended is None:
            if self.result.no_recommendation_reason == "pilot_too_small":
                from ...analysis.calibration import MIN_AUTO_ITEMS

                lines.append(self.tr(
                    "No recommendation: the pilot is too small. No threshold has at least "
                    "{n} auto-approved items, and on fewer the error rate says too little."
                ).format(n=MIN_AUTO_ITEMS))
            else:
                lines.append(self.tr("No threshold keeps the 95 % upper bound of the error "
                                     "among auto-approved items at or below {limit}.").format(
                    limit=limit))
        else:
            point = next(p for p in self.result.calibration.points
                         if p.threshold == self.result.recommended)
            lines.append(self.tr(
                "Recommended threshold {threshold}: {auto} of the items ({n}) are auto-approved "
                "with {error} errors among them (95 % upper bound {upper}); {review} go to "
                "review.").format(
                threshold=self._num(self.result.recommended), auto=self._pct(point.auto_share),
                n=point.n_auto, error=self._pct(point.error_rate_auto),
                upper=self._pct(point.error_upper), review=self._pct(1 - point.auto_share)))
            point_rec = self.result.recommended_point
            if point_rec is not None and point_rec != self.result.recommended:
                lines.append(self.tr(
                    "By the measured rate alone it would be {threshold}; the upper bound keeps "
                    "the limit even if the pilot was lucky.").format(
                    threshold=self._num(point_rec)))
        self.summary.setText("\n".join(lines))
        self._update_state()

    def _num(self, value: float) -> str:
        return format_number(value, 2)

    def _pct(self, value: float | None) -> str:
        if value is None:
            return "–"
        return format_percent(value, 1)

    def _draw(self, result: CalibrationResult | None) -> None:
        points = result.calibration.points if result else []
        self.auto_curve.setData([p.threshold for p in points], [p.auto_share for p in points])
        errors = [p for p in points if p.error_rate_auto is not None]
        self.error_curve.setData([p.threshold for p in errors],
                                 [p.error_rate_auto for p in errors])
        self.upper_curve.setData([p.threshold for p in errors],
                                 [p.error_upper if p.error_upper is not None
                                  else p.error_rate_auto for p in errors])
        recommended = result.recommended if result else None
        self.recommended_line.setVisible(recommended is not None)
        if recommended is not None:
            self.recommended_line.setValue(recommended)
        self.limit_line.setVisible(result is not None)
        if result is not None:
            self.limit_line.setValue(result.max_error)

    def _update_state(self) -> None:
        ok = self.result is not None
        self.apply_button.setEnabled(ok)
        recommended = self.result.recommended if ok else None
        self.set_threshold.setEnabled(recommended is not None)
        if recommended is not None:
            self.set_threshold.setText(self.tr("Also set the threshold to {threshold}").format(
                threshold=self._num(recommended)))
        else:
            self.set_threshold.setText(self.tr("Also set the threshold to the recommendation"))
        if not ok and not self._headers and not self.summary.text():
            self.summary.setText(self.tr("Choose the pilot export: one row per item with the "
                                         "model's confidence and whether it was right."))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Return in the path field loads the file for a preview (editingFinished); it must
        # not also press Apply, the default button, and close the dialog unseen.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.focusWidget() is self.path_edit:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- apply -------------------------------------------------------------------------------
    def apply(self) -> None:
        """Store the curve (and the threshold) in ONE undo step, then close."""
        if self.result is None:
            return
        values = {"calibration": self.result.calibration}
        if self.set_threshold.isChecked() and self.result.recommended is not None:
            values["review.threshold"] = self.result.recommended
        self.document.set_fields(("steps", self.step_id), values,
                                 self.tr("Calibrate threshold"))
        self.accept()
