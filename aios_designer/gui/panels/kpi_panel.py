"""The KPI panel: baseline metrics and custom KPIs, the business case, team KPIs.

Baseline, target and the day-30/day-90 actuals with their dates are typed in; the projected
value comes from the projection, the latest *measured* value, its deltas and "target met"
are computed (all read-only). The business case shows projected and actual figures side by
side. Every edit is one undoable change through the Document; the tables are rebuilt from
the model after each change.
"""
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.kpi_values import business_case, kpi_status
from ...model import BaselineMetric, Kpi, KpiDirection, TeamKpi
from .. import numbers
from ..document import Document
from ..numbers import parse_number  # noqa: F401 - the table's reading of a typed number

READONLY = QColor("#eef1f5")

#: KPI table columns: (field or None for computed, kind).
KPI_COLUMNS = [("name", "text"), ("metric", "metric"), ("unit", "text"),
               ("direction", "direction"), ("baseline", "number"),
               ("baseline_period", "text"), ("target", "number"), (None, "projected"),
               ("day30", "number"), ("day90", "number"), ("day30_date", "date"),
               ("day90_date", "date"), (None, "latest"), (None, "delta"),
               (None, "delta_pct"), (None, "target_met"), ("definition", "text"),
               ("source", "text")]
#: Read-only computed columns.
COMPUTED = {"projected", "latest", "delta", "delta_pct", "target_met"}
TEAM_COLUMNS = [("role_id", "role"), ("kpi_before", "text"), ("kpi_after", "text"),
                ("target", "text"), ("measurement", "text")]


def parse_date(text: str) -> date | None:
    """"" → None; ISO "2026-06-30" or German "30.06.2026"; raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if "." in text:
        day, month, year = text.split(".")
        return date(int(year), int(month), int(day))
    return date.fromisoformat(text)


def format_number(value: float | None, digits: int = 2) -> str:
    return numbers.format_number(value, digits, trim=True)


class KpiPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi_panel")
        self.document = document
        self._filling = False
        self.projection = None
        self._stale = False
        self._filled_once = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message)

        # KPIs
        kpi_page = QWidget(self)
        kpi_layout = QVBoxLayout(kpi_page)
        kpi_layout.setContentsMargins(0, 4, 0, 0)
        self.kpi_table = QTableWidget(0, len(KPI_COLUMNS), kpi_page)
        self.kpi_table.setObjectName("kpis")
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.kpi_table.itemChanged.connect(self._on_kpi_item_changed)
        kpi_layout.addWidget(self.kpi_table, 1)
        buttons = QHBoxLayout()
        self.add_baseline_button = QPushButton(kpi_page)
        self.add_baseline_button.setObjectName("add_baseline")
        self.add_baseline_button.clicked.connect(self.add_baseline_metrics)
        self.add_kpi_button = QPushButton(kpi_page)
        self.add_kpi_button.setObjectName("add_kpi")
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.remove_kpi_button = QPushButton(kpi_page)
        self.remove_kpi_button.setObjectName("remove_kpi")
        self.remove_kpi_button.clicked.connect(self.remove_selected_kpis)
        for button in (self.add_baseline_button, self.add_kpi_button, self.remove_kpi_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        kpi_layout.addLayout(buttons)
        self.tabs.addTab(kpi_page, "")

        # Business case
        case_page = QWidget(self)
        case_outer = QVBoxLayout(case_page)
        case_layout = QFormLayout()
        case_outer.addLayout(case_layout)
        self.investment = self._money_box("investment")
        self.run_cost = self._money_box("run_cost")
        self.investment.editingFinished.connect(
            lambda: self._set_case("one_off_investment", self.investment.value()))
        self.run_cost.editingFinished.connect(
            lambda: self._set_case("monthly_run_cost", self.run_cost.value()))
        self.go_live = QLineEdit(self)
        self.go_live.setObjectName("go_live")
        self.go_live.editingFinished.connect(self._on_go_live_edited)
        self.case_labels: dict[str, QLabel] = {}
        self.case_names: dict[str, QLabel] = {}
        self._investment_name, self._run_cost_name = QLabel(self), QLabel(self)
        self._go_live_name = QLabel(self)
        case_layout.addRow(self._go_live_name, self.go_live)
        case_layout.addRow(self._investment_name, self.investment)
        case_layout.addRow(self._run_cost_name, self.run_cost)
        # Projected and actual side by side: name | projected | actual.
        grid = QGridLayout()
        self._projected_head, self._actual_head = QLabel(self), QLabel(self)
        for label in (self._projected_head, self._actual_head):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        grid.addWidget(self._projected_head, 0, 1)
        grid.addWidget(self._actual_head, 0, 2)
        for row, key in enumerate(("baseline_cpu", "projected_cpu", "saving", "payback",
                                   "roi12", "roi36"), start=1):
            name = QLabel(self)
            name.setWordWrap(True)
            self.case_names[key] = name
            grid.addWidget(name, row, 0)
            value = QLabel(self)
            value.setObjectName(key)
            self.case_labels[key] = value
            grid.addWidget(value, row, 1)
            if key != "baseline_cpu":
                actual = QLabel(self)
                actual.setObjectName(f"{key}_actual")
                self.case_labels[f"{key}_actual"] = actual
                grid.addWidget(actual, row, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        case_outer.addLayout(grid)
        self.case_basis = QLabel(self)
        self.case_basis.setObjectName("case_basis")
        self.case_basis.setWordWrap(True)
        case_outer.addWidget(self.case_basis)
        case_outer.addStretch(1)
        self.tabs.addTab(case_page, "")

        # Team KPIs
        team_page = QWidget(self)
        team_layout = QVBoxLayout(team_page)
        team_layout.setContentsMargins(0, 4, 0, 0)
        self.team_table = QTableWidget(0, len(TEAM_COLUMNS), team_page)
        self.team_table.setObjectName("team_kpis")
        self.team_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.team_table.itemChanged.connect(self._on_team_item_changed)
        team_layout.addWidget(self.team_table, 1)
        team_buttons = QHBoxLayout()
        self.add_team_button = QPushButton(team_page)
        self.add_team_button.setObjectName("add_team_kpi")
        self.add_team_button.clicked.connect(self.add_team_kpi)
        self.remove_team_button = QPushButton(team_page)
        self.remove_team_button.setObjectName("remove_team_kpi")
        self.remove_team_button.clicked.connect(self.remove_selected_team_kpis)
        team_buttons.addWidget(self.add_team_button)
        team_buttons.addWidget(self.remove_team_button)
        team_buttons.addStretch(1)
        team_layout.addLayout(team_buttons)
        self.tabs.addTab(team_page, "")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(lambda change: self._timer.start())
        document.model_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def _money_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(0.0, 1e12)
        box.setDecimals(2)
        box.setGroupSeparatorShown(True)
        box.setKeyboardTracking(False)
        return box

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("KPIs"))
        self.tabs.setTabText(1, self.tr("Business case"))
        self.tabs.setTabText(2, self.tr("Team KPIs"))
        self.kpi_table.setHorizontalHeaderLabels([
            self.tr("KPI"), self.tr("Baseline metric"), self.tr("Unit"), self.tr("Better when"),
            self.tr("Baseline"), self.tr("Baseline period"), self.tr("Target"),
            self.tr("Projected"), self.tr("Day 30"), self.tr("Day 90"),
            self.tr("Day 30 measured on"), self.tr("Day 90 measured on"),
            self.tr("Latest measured"), self.tr("Δ baseline"), self.tr("Δ baseline (%)"),
            self.tr("Target met"), self.tr("Definition"), self.tr("Data source")])
        self.team_table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("KPI before"), self.tr("KPI after"), self.tr("Target"),
            self.tr("How measured")])
        self.add_baseline_button.setText(self.tr("Add the four baseline metrics"))
        self.add_kpi_button.setText(self.tr("Add KPI"))
        self.remove_kpi_button.setText(self.tr("Remove KPI"))
        self.add_team_button.setText(self.tr("Add team KPI"))
        self.remove_team_button.setText(self.tr("Remove team KPI"))
        self._investment_name.setText(self.tr("One-off investment"))
        self._run_cost_name.setText(self.tr("Monthly run cost"))
        self._go_live_name.setText(self.tr("Go-live"))
        self.go_live.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._projected_head.setText(self.tr("Projected"))
        self._actual_head.setText(self.tr("Actual"))
        self.case_basis.setText(self.tr(
            "Actual figures use the latest measured cost per unit (day 90, else day 30). "
            "Savings are on workload cost: real only where the freed hours are redeployed or "
            "the team shrinks."))
        names = {"baseline_cpu": self.tr("Cost per unit, baseline"),
                 "projected_cpu": self.tr("Cost per unit"),
                 "saving": self.tr("Monthly saving"),
                 "payback": self.tr("Payback (months)"),
                 "roi12": self.tr("ROI after 12 months"),
                 "roi36": self.tr("ROI after 36 months")}
        for key, text in names.items():
            self.case_names[key].setText(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _metric_names(self) -> dict:
        return {None: self.tr("custom"),
                BaselineMetric.THROUGHPUT: self.tr("Throughput"),
                BaselineMetric.ERROR_RATE: self.tr("Error rate"),
                BaselineMetric.CYCLE_TIME: self.tr("Cycle time"),
                BaselineMetric.COST_PER_UNIT: self.tr("Cost per unit")}

    # -- filling -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        # A hidden panel (another tab in front) catches up when it is shown.
        if not self.isVisible() and self._filled_once:
            self._stale = True
            return
        self._stale = False
        self._filled_once = True
        self.projection = self.document.analysis.projection()
        self._filling = True
        try:
            self._fill_kpis()
            self._fill_team()
            self._fill_case()
        finally:
            self._filling = False

    def _fill_kpis(self) -> None:
        model = self.document.model
        table = self.kpi_table
        table.setRowCount(len(model.kpis))
        metric_names = self._metric_names()
        for row, kpi in enumerate(model.kpis):
            for col, (field, kind) in enumerate(KPI_COLUMNS):
                if kind == "metric":
                    combo = QComboBox(table)
                    for metric, text in metric_names.items():
                        combo.addItem(text, metric)
                    combo.setCurrentIndex(list(metric_names).index(kpi.metric))
                    combo.currentIndexChanged.connect(
                        lambda _i, c=combo, k=kpi.id: self._set_kpi(k, "metric", c.currentData()))
                    table.setCellWidget(row, col, combo)
                    continue
                if kind == "direction":
                    combo = QComboBox(table)
                    combo.addItem(self.tr("lower is better"), KpiDirection.LOWER_IS_BETTER)
                    combo.addItem(self.tr("higher is better"), KpiDirection.HIGHER_IS_BETTER)
                    combo.setCurrentIndex(0 if kpi.direction == KpiDirection.LOWER_IS_BETTER
                                          else 1)
                    combo.currentIndexChanged.connect(
                        lambda _i, c=combo, k=kpi.id: self._set_kpi(k, "direction",
                                                                    c.currentData()))
                    table.setCellWidget(row, col, combo)
                    continue
                if kind in COMPUTED:
                    status = kpi_status(kpi, self.projection, model)
                    item = QTableWidgetItem(self._computed_text(kind, status))
                    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                    item.setBackground(QBrush(READONLY))
                    from_projection = kind == "projected"
                    item.setToolTip(self.tr("From the projection of the workflow (read-only)")
                                    if from_projection else
                                    self.tr("Computed from the measured values (read-only)"))
                elif kind == "date":
                    value = getattr(kpi, field)
                    item = QTableWidgetItem("" if value is None else value.isoformat())
                elif kind == "number":
                    item = QTableWidgetItem(format_number(getattr(kpi, field), 4))
                else:
                    item = QTableWidgetItem(getattr(kpi, field))
                item.setData(Qt.ItemDataRole.UserRole, kpi.id)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()

    def _computed_text(self, kind: str, status) -> str:
        if kind == "projected":
            return format_number(status.projected)
        if kind == "latest":
            if status.latest is None:
                return ""
            source = self.tr("day 90") if status.latest_source == "day90" else self.tr("day 30")
            return f"{format_number(status.latest, 4)} ({source})"
        if kind == "delta":
            return format_number(status.delta, 4)
        if kind == "delta_pct":
            return "" if status.delta_pct is None else f"{format_number(status.delta_pct, 1)} %"
        if status.target_met is None:
            return ""
        return self.tr("yes") if status.target_met else self.tr("no")

    def _fill_team(self) -> None:
        model = self.document.model
        table = self.team_table
        table.setRowCount(len(model.team_kpis))
        for row, team_kpi in enumerate(model.team_kpis):
            for col, (field, kind) in enumerate(TEAM_COLUMNS):
                if kind == "role":
                    combo = QComboBox(table)
                    for role in model.roles:
                        combo.addItem(role.name or role.id[:8], role.id)
                    combo.setCurrentIndex(combo.findData(team_kpi.role_id))
                    combo.currentIndexChanged.connect(
                        lambda _i, c=combo, k=team_kpi.id: self._set_team(k, "role_id",
                                                                          c.currentData()))
                    table.setCellWidget(row, col, combo)
                    continue
                item = QTableWidgetItem(getattr(team_kpi, field))
                item.setData(Qt.ItemDataRole.UserRole, team_kpi.id)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()

    def _fill_case(self) -> None:
        model = self.document.model
        case = model.business_case
        for box, value in ((self.investment, case.one_off_investment),
                           (self.run_cost, case.monthly_run_cost)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.go_live.setText("" if case.go_live is None else case.go_live.isoformat())
        currency = model.settings.currency
        self.investment.setSuffix(f" {currency}")
        self.run_cost.setSuffix(f" {currency}")
        if self.projection is None:
            for label in self.case_labels.values():
                label.setText("–")
            return
        figures = business_case(model, self.projection)

        def money(value):
            # Money always with its cents: 11,80 EUR, not 11,8 EUR.
            return "–" if value is None else f"{numbers.format_number(value, 2)} {currency}"

        def pct(value):
            return "–" if value is None else f"{format_number(value * 100, 1)} %"

        self.case_labels["baseline_cpu"].setText(money(figures.baseline_cost_per_unit))
        self.case_labels["projected_cpu"].setText(money(figures.projected_cost_per_unit))
        self.case_labels["saving"].setText(money(figures.monthly_saving))
        self.case_labels["payback"].setText(
            "–" if figures.payback_months is None else format_number(figures.payback_months, 1))
        self.case_labels["roi12"].setText(pct(figures.roi_12_months))
        self.case_labels["roi36"].setText(pct(figures.roi_36_months))
        self.case_labels["projected_cpu_actual"].setText(money(figures.measured_cost_per_unit))
        self.case_labels["saving_actual"].setText(money(figures.monthly_saving_actual))
        self.case_labels["payback_actual"].setText(
            "–" if figures.payback_months_actual is None
            else format_number(figures.payback_months_actual, 1))
        self.case_labels["roi12_actual"].setText(pct(figures.roi_12_actual))
        self.case_labels["roi36_actual"].setText(pct(figures.roi_36_actual))

    # -- edits -------------------------------------------------------------------------------
    def _report(self, text: str) -> None:
        self.message.setText(text)

    def _set_kpi(self, kpi_id: str, field: str, value) -> bool:
        try:
            changed = self.document.set_fields(("kpis", kpi_id), {field: value},
                                               self.tr("Edit KPI"))
        except ValueError as exc:
            self._report(self.tr("Not accepted: {reason}").format(reason=str(exc).splitlines()[0]))
            self._timer.start()
            return False
        self._report("")
        return changed

    def _set_team(self, team_kpi_id: str, field: str, value) -> bool:
        try:
            return self.document.set_fields(("team_kpis", team_kpi_id), {field: value},
                                            self.tr("Edit team KPI"))
        except ValueError as exc:
            self._report(self.tr("Not accepted: {reason}").format(reason=str(exc).splitlines()[0]))
            self._timer.start()
            return False

    def _set_case(self, field: str, value: float) -> None:
        self.document.set_fields(("business_case",), {field: value},
                                 self.tr("Edit business case"))

    def _on_go_live_edited(self) -> None:
        try:
            value = parse_date(self.go_live.text())
        except ValueError:
            self._report(self.tr("“{text}” is not a date (YYYY-MM-DD).").format(
                text=self.go_live.text()))
            self._timer.start()
            return
        self._report("")
        if value != self.document.model.business_case.go_live:
            self.document.set_fields(("business_case",), {"go_live": value},
                                     self.tr("Edit business case"))

    def _on_kpi_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field, kind = KPI_COLUMNS[item.column()]
        kpi_id = item.data(Qt.ItemDataRole.UserRole)
        if field is None or kpi_id is None:
            return
        if kind == "date":
            try:
                value = parse_date(item.text())
            except ValueError:
                self._report(self.tr("“{text}” is not a date (YYYY-MM-DD).").format(
                    text=item.text()))
                self._timer.start()
                return
        elif kind == "number":
            try:
                value = parse_number(item.text())
            except ValueError:
                self._report(self.tr("“{text}” is not a number.").format(text=item.text()))
                self._timer.start()  # show the model's value again
                return
        else:
            value = item.text()
        self._set_kpi(kpi_id, field, value)

    def _on_team_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field, _kind = TEAM_COLUMNS[item.column()]
        team_kpi_id = item.data(Qt.ItemDataRole.UserRole)
        if team_kpi_id is not None:
            self._set_team(team_kpi_id, field, item.text())

    def add_baseline_metrics(self) -> None:
        """Add those of the four baseline metrics the model does not have yet (one step)."""
        present = {k.metric for k in self.document.model.kpis}
        names = self._metric_names()
        units = {BaselineMetric.THROUGHPUT: self.tr("items per person per day"),
                 BaselineMetric.ERROR_RATE: "%",
                 BaselineMetric.CYCLE_TIME: "h",
                 BaselineMetric.COST_PER_UNIT: self.document.model.settings.currency}
        new = [Kpi(name=names[m], metric=m, unit=units[m],
                   direction=KpiDirection.HIGHER_IS_BETTER if m == BaselineMetric.THROUGHPUT
                   else KpiDirection.LOWER_IS_BETTER)
               for m in BaselineMetric if m not in present]
        if new:
            self.document.add_elements(self.tr("Add baseline metrics"), kpis=new)

    def add_kpi(self) -> None:
        self.document.add_elements(self.tr("Add KPI"), kpis=[Kpi(name=self.tr("New KPI"))])

    def _selected_ids(self, table: QTableWidget) -> list[str]:
        rows = sorted({i.row() for i in table.selectedIndexes()})
        ids = []
        for row in rows:
            item = table.item(row, 1 if table is self.team_table else 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole):
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def remove_selected_kpis(self) -> None:
        ids = self._selected_ids(self.kpi_table)
        if ids:
            self.document.remove_elements(ids, self.tr("Remove KPI"))

    def add_team_kpi(self) -> None:
        roles = self.document.model.roles
        if not roles:
            self._report(self.tr("Add a role first: a team KPI belongs to a role."))
            return
        self.document.add_elements(self.tr("Add team KPI"),
                                   team_kpis=[TeamKpi(role_id=roles[0].id)])

    def remove_selected_team_kpis(self) -> None:
        ids = self._selected_ids(self.team_table)
        if ids:
            self.document.remove_elements(ids, self.tr("Remove team KPI"))
