"""The Monitoring panel: the plan of what is watched once the workflow runs.

One row per metric: what it watches, who owns it, how often, the expected value and the alert
band, and what the owner does on an alert. "Suggest plan" adds what the model implies and the
plan lacks (all of it for an empty plan) in one undo step; every cell edit is one undo step.
Shares are shown and typed in percent; a value the model refuses is not applied, and the
reason is shown in red below the table.
"""
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Frequency, MetricKind, MetricUnit, MonitoringMetric
from ..document import Document
from .. import numbers

#: (field, editor) per column; "watches" edits step_id or role_id.
COLUMNS = [("name", "text"), ("kind", "kind"), ("watches", "watches"),
           ("owner_role_id", "owner"), ("frequency", "frequency"), ("unit", "unit"),
           ("expected", "number"), ("alert_below", "number"), ("alert_above", "number"),
           ("action", "text"), ("definition", "text"), ("data_source", "text")]
_ROLE_PREFIX = "role:"


class MonitoringPanel(QWidget):
    elements_selected = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monitoring_panel")
        self.document = document
        self._filling = False
        self._stale = False
        self._filled_once = False

        # A bottom dock is wide and low: the table takes the width, the buttons and the
        # messages stand in a column beside it instead of below it.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("metrics")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)

        side = QVBoxLayout()
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("suggest_plan")
        self.suggest_button.clicked.connect(self.suggest)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_metric")
        self.add_button.clicked.connect(self.add_metric)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_metric")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.suggest_button, self.add_button, self.remove_button):
            side.addWidget(button)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        side.addWidget(self.message)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(max(190, self.fontMetrics().averageCharWidth() * 26))
        layout.addWidget(side_widget)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(lambda change: self._timer.start())
        document.model_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Metric"), self.tr("Kind"), self.tr("Watches"), self.tr("Owner"),
            self.tr("Frequency"), self.tr("Unit"), self.tr("Expected"), self.tr("Alert below"),
            self.tr("Alert above"), self.tr("Action on alert"), self.tr("Definition"),
            self.tr("Data source")])
        self.suggest_button.setText(self.tr("Suggest plan"))
        self.suggest_button.setToolTip(self.tr(
            "Add the metrics the workflow implies and the plan lacks: auto-approved share, "
            "acceptance and QA error of each AI step, share and SLA breaches of each exception "
            "route, feed freshness and rejected inputs of each trigger, feedback of each role"))
        self.add_button.setText(self.tr("Add metric"))
        self.remove_button.setText(self.tr("Remove metric"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def kind_names(self) -> dict[MetricKind, str]:
        return {
            MetricKind.AUTO_SHARE: self.tr("auto-approved share"),
            MetricKind.ACCEPTANCE_RATE: self.tr("acceptance rate"),
            MetricKind.EDIT_RATE: self.tr("edit rate"),
            MetricKind.OVERRIDE_RATE: self.tr("override rate"),
            MetricKind.QA_ERROR_RATE: self.tr("QA-sample error rate"),
            MetricKind.EXCEPTION_SHARE: self.tr("exception share"),
            MetricKind.SLA_BREACH_RATE: self.tr("SLA breach rate"),
            MetricKind.INPUT_REJECTS: self.tr("rejected inputs"),
            MetricKind.FEED_FRESHNESS: self.tr("feed freshness"),
            MetricKind.USER_FEEDBACK: self.tr("user feedback"),
            MetricKind.CUSTOM: self.tr("custom"),
        }

    def _frequency_names(self) -> dict:
        return {None: "–", Frequency.DAILY: self.tr("daily"), Frequency.WEEKLY: self.tr("weekly"),
                Frequency.MONTHLY: self.tr("monthly")}

    def _unit_names(self) -> dict:
        return {MetricUnit.SHARE: self.tr("share (%)"), MetricUnit.HOURS: self.tr("hours"),
                MetricUnit.COUNT: self.tr("count"), MetricUnit.SCORE: self.tr("score")}

    # -- filling -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self.isVisible() and self._filled_once:
            self._stale = True  # a hidden panel catches up when it is shown
            return
        self._stale = False
        self._filled_once = True
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False
        self._show_status()

    def _combo(self, row: int, col: int, options: dict, current, metric_id: str, on_pick):
        combo = QComboBox(self.table)  # the wheel needs its focus: gui/wheel_guard.py
        for value, text in options.items():
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.currentIndexChanged.connect(lambda _i: on_pick(metric_id, combo.currentData()))
        self.table.setCellWidget(row, col, combo)

    def _fill(self) -> None:
        model = self.document.model
        table = self.table
        metrics = model.monitoring.metrics
        table.setRowCount(len(metrics))
        roles = {None: "–", **{r.id: r.name or r.id[:8] for r in model.roles}}
        watches = {None: "–", **{s.id: s.name or s.id[:8] for s in model.steps},
                   **{f"{_ROLE_PREFIX}{r.id}": self.tr("Role: {name}").format(
                       name=r.name or r.id[:8]) for r in model.roles}}
        for row, metric in enumerate(metrics):
            for col, (field, editor) in enumerate(COLUMNS):
                if editor == "kind":
                    self._combo(row, col, self.kind_names(), metric.kind, metric.id,
                                lambda mid, v: self._set(mid, {"kind": v}))
                elif editor == "watches":
                    current = metric.step_id or (f"{_ROLE_PREFIX}{metric.role_id}"
                                                 if metric.role_id else None)
                    self._combo(row, col, watches, current, metric.id, self._set_watched)
                elif editor == "owner":
                    self._combo(row, col, roles, metric.owner_role_id, metric.id,
                                lambda mid, v: self._set(mid, {"owner_role_id": v}))
                elif editor == "frequency":
                    self._combo(row, col, self._frequency_names(), metric.frequency, metric.id,
                                lambda mid, v: self._set(mid, {"frequency": v}))
                elif editor == "unit":
                    self._combo(row, col, self._unit_names(), metric.unit, metric.id,
                                lambda mid, v: self._set(mid, {"unit": v}))
                else:
                    value = getattr(metric, field)
                    text = self.format_value(value, metric.unit) if editor == "number" \
                        else value
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, metric.id)
                    if editor == "number":
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, col, item)
        table.resizeColumnsToContents()
        for col, (field, _editor) in enumerate(COLUMNS):
            if field in ("name", "action", "definition", "data_source"):
                table.setColumnWidth(col, min(table.columnWidth(col), 260))
        self.remove_button.setEnabled(bool(metrics))

    def format_value(self, value: float | None, unit: MetricUnit) -> str:
        if value is None:
            return ""
        if unit == MetricUnit.SHARE:
            return f"{numbers.format_number(value * 100, 2, trim=True)} %"
        return numbers.format_number(value, 2, trim=True)

    def _show_status(self) -> None:
        findings = [f for f in self.document.analysis.findings()
                    if f.rule.startswith("AIOS-M")]
        if not self.document.model.monitoring.metrics:
            text = self.tr("No monitoring plan yet: “Suggest plan” derives one from the "
                           "workflow.")
        elif findings:
            text = self.tr("%Ln gap(s) in the plan: see Checks.", "", len(findings))
        else:
            text = self.tr("The plan watches every AI step and exception route.")
        self.status.setText(text)

    # -- edits -------------------------------------------------------------------------------
    def _report(self, text: str) -> None:
        self.message.setText(text)

    def _set(self, metric_id: str, values: dict) -> bool:
        if self._filling:
            return False
        try:
            changed = self.document.set_fields(("monitoring.metrics", metric_id), values,
                                               self.tr("Edit monitoring metric"))
        except ValueError as exc:
            reason = str(exc).splitlines()[0]
            if "alert_below" in str(exc):
                reason = self.tr("the lower alert limit must not lie above the upper one")
            self._report(self.tr("Not accepted: {reason}").format(reason=reason))
            self._timer.start()  # show the model's value again
            return False
        self._report("")
        return changed

    def _set_watched(self, metric_id: str, value) -> None:
        if isinstance(value, str) and value.startswith(_ROLE_PREFIX):
            self._set(metric_id, {"step_id": None, "role_id": value[len(_ROLE_PREFIX):]})
        else:
            self._set(metric_id, {"step_id": value, "role_id": None})

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field, editor = COLUMNS[item.column()]
        metric_id = item.data(Qt.ItemDataRole.UserRole)
        metric = next((m for m in self.document.model.monitoring.metrics if m.id == metric_id),
                      None)
        if metric is None:
            return
        if editor != "number":
            self._set(metric_id, {field: item.text()})
            return
        try:
            value = numbers.parse_number(item.text().strip().removesuffix("%"))
        except ValueError:
            self._report(self.tr("“{text}” is not a number.").format(text=item.text()))
            self._timer.start()
            return
        if value is not None and metric.unit == MetricUnit.SHARE:
            if not 0.0 <= value <= 100.0:
                self._report(self.tr("“{text}” is outside 0–100 %: a share cannot be that."
                                     ).format(text=item.text()))
                self._timer.start()
                return
            value /= 100.0
        self._set(metric_id, {field: value})

    def _on_selection(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        metrics = self.document.model.monitoring.metrics
        ids = [metrics[r].step_id for r in sorted(rows)
               if r < len(metrics) and metrics[r].step_id]
        if ids:
            self.elements_selected.emit(ids)

    def suggest(self) -> int:
        """Add the suggested metrics the plan does not have yet (same kind, same step or role);
        returns how many were added."""
        from ...analysis.monitoring import suggest_plan

        model = self.document.model
        have = {(m.kind, m.step_id, m.role_id) for m in model.monitoring.metrics}
        new = [m for m in suggest_plan(model)  # texts in the model's (the workbook's) language
               if (m.kind, m.step_id, m.role_id) not in have]
        if not new:
            self._report("")
            self.status.setText(self.tr("The plan already has every suggested metric."))
            return 0
        self.document.add_elements(self.tr("Suggest monitoring plan"), metrics=new)
        self._report("")
        return len(new)

    def add_metric(self) -> None:
        self.document.add_elements(self.tr("Add monitoring metric"), metrics=[
            MonitoringMetric(name=self.tr("New metric"))])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        metrics = self.document.model.monitoring.metrics
        ids = [metrics[r].id for r in rows if r < len(metrics)]
        if ids:
            self.document.remove_elements(ids, self.tr("Remove monitoring metric"))
