"""DSGVO in one place: personal data per data source and AI step (with the Art. 9(2)
condition), processors with AVV, transfer safeguard and transfer impact assessment, the WP248
DPIA criteria and the German DSK list with the decision and who took it when, the Art. 22
exception, the works council's consent and information, and AI literacy.

The dialog edits copies; OK records every change as one undoable step (Cancel leaves the
model untouched). Removing a processor also clears the AI steps that referred to it, in the
same step, so the model never holds a dangling reference.
"""
import copy

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import dialog_fit
from ...analysis.privacy import (
    load_dpia_criteria,
    load_national_list,
    personal_data_sources,
    processes_personal_data,
    suggested_dpia_criteria,
    suggested_listed_items,
    works_council_reasons,
)
from ...model import (
    AiTaskStep,
    Art9Condition,
    Art22Exception,
    DpiaDecision,
    Hosting,
    LegalBasis,
    Processor,
    SpecialCategory,
    TransferSafeguard,
    TriggerStep,
)
from ..document import Document
from ..edits import SetField
from ..i18n import current_language
from ..wrap_header import wrap_header


class DataProtectionDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("data_protection_dialog")
        self.document = document
        self.lang = current_language()
        model = document.model
        #: Working copies, written back on OK.
        self.steps = {s.id: copy.deepcopy(s) for s in model.steps
                      if isinstance(s, (TriggerStep, AiTaskStep))}
        self.processors = [copy.deepcopy(p) for p in model.compliance.processors]
        self.dpia = copy.deepcopy(model.compliance.dpia)
        self.council = copy.deepcopy(model.compliance.works_council)
        self.automated = copy.deepcopy(model.compliance.automated_decision)
        self.current_id: str | None = None
        self._loading = False
        dialog_fit.fit(self, 980, 640)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._sources_tab(), "")
        self.tabs.addTab(self._processors_tab(), "")
        self.tabs.addTab(self._dpia_tab(), "")
        self.tabs.addTab(self._council_tab(), "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()
        if self.step_list.count():
            self.step_list.setCurrentRow(0)

    # -- tab 1: data sources and AI steps ---------------------------------------------------
    def _sources_tab(self) -> QWidget:
        tab = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.step_list = QListWidget(splitter)
        self.step_list.setObjectName("steps")
        for step in self.steps.values():
            item = QListWidgetItem(step.name or step.id[:8], self.step_list)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
        self.step_list.currentItemChanged.connect(self._show_step)

        form_widget = QWidget(splitter)
        form = QFormLayout(form_widget)
        self.personal = QComboBox(form_widget)
        self.personal.setObjectName("personal_data")
        for value in (None, True, False):
            self.personal.addItem("", value)
        self.subjects = QLineEdit(form_widget)
        self.subjects.setObjectName("data_subjects")
        self.categories = QPlainTextEdit(form_widget)
        self.categories.setObjectName("categories")
        self.categories.setFixedHeight(70)
        self.special = QListWidget(form_widget)
        self.special.setObjectName("special_categories")
        self.special.setFixedHeight(8 * self.special.fontMetrics().height() + 12)
        for category in SpecialCategory:
            item = QListWidgetItem("", self.special)
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.art9_condition = QComboBox(form_widget)
        self.art9_condition.setObjectName("special_category_condition")
        self.art9_condition.addItem("", None)
        for condition in Art9Condition:
            self.art9_condition.addItem("", condition)
        self.legal_basis = QComboBox(form_widget)
        self.legal_basis.setObjectName("legal_basis")
        self.legal_basis.addItem("", None)
        for basis in LegalBasis:
            self.legal_basis.addItem("", basis)
        self.retention = QLineEdit(form_widget)
        self.retention.setObjectName("retention")
        self.recipients = QPlainTextEdit(form_widget)
        self.recipients.setObjectName("recipients")
        self.recipients.setFixedHeight(60)
        self.hosting = QComboBox(form_widget)
        self.hosting.setObjectName("hosting")
        for hosting in Hosting:
            self.hosting.addItem("", hosting)
        self.processor = QComboBox(form_widget)
        self.processor.setObjectName("processor")
        self.safeguard = QComboBox(form_widget)
        self.safeguard.setObjectName("transfer_safeguard")
        for safeguard in TransferSafeguard:
            self.safeguard.addItem("", safeguard)
        self.inherited = QLabel(form_widget)
        self.inherited.setWordWrap(True)
        self.inherited.setStyleSheet("color: #555;")
        self._source_labels = [QLabel(form_widget) for _ in range(11)]
        for label, widget in zip(self._source_labels, (
                self.personal, self.subjects, self.categories, self.special,
                self.art9_condition, self.legal_basis, self.retention, self.recipients,
                self.hosting, self.processor, self.safeguard)):
            form.addRow(label, widget)
        form.addRow("", self.inherited)
        for widget in (self.personal, self.art9_condition, self.legal_basis, self.hosting,
                       self.processor, self.safeguard):
            widget.currentIndexChanged.connect(self._store_step)
        for widget in (self.subjects, self.retention):
            widget.textChanged.connect(self._store_step)
        for widget in (self.categories, self.recipients):
            widget.textChanged.connect(self._store_step)
        self.special.itemChanged.connect(self._store_step)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    def _refill_processor_combo(self) -> None:
        self.processor.blockSignals(True)
        current = self.processor.currentData()
        self.processor.clear()
        self.processor.addItem(self.tr("(none: own operation)"), None)
        for p in self.processors:
            self.processor.addItem(p.name or p.id[:8], p.id)
        index = self.processor.findData(current)
        self.processor.setCurrentIndex(max(index, 0))
        self.processor.blockSignals(False)

    def _show_step(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.current_id = item.data(Qt.ItemDataRole.UserRole)
        step = self.steps[self.current_id]
        dp = step.data_protection
        self._loading = True
        self._refill_processor_combo()
        self.personal.setCurrentIndex(self.personal.findData(dp.personal_data))
        self.subjects.setText(dp.data_subjects)
        self.categories.setPlainText("\n".join(dp.categories))
        for i in range(self.special.count()):
            entry = self.special.item(i)
            entry.setCheckState(Qt.CheckState.Checked
                                if entry.data(Qt.ItemDataRole.UserRole) in dp.special_categories
                                else Qt.CheckState.Unchecked)
        self.art9_condition.setCurrentIndex(
            max(self.art9_condition.findData(dp.special_category_condition), 0))
        self.legal_basis.setCurrentIndex(max(self.legal_basis.findData(dp.legal_basis), 0))
        self.retention.setText(dp.retention)
        self.recipients.setPlainText(dp.recipients)
        is_ai = isinstance(step, AiTaskStep)
        for widget in (self.hosting, self.processor, self.safeguard):
            widget.setEnabled(is_ai)
        if is_ai:
            self.hosting.setCurrentIndex(self.hosting.findData(step.hosting))
            self.processor.setCurrentIndex(max(self.processor.findData(step.processor_id), 0))
            self.safeguard.setCurrentIndex(self.safeguard.findData(step.transfer_safeguard))
            model = self._working_model_view()
            inherits = dp.personal_data is None and processes_personal_data(
                step, personal_data_sources(model))
            self.inherited.setText(self.tr("Not answered here: personal data arrive from its "
                                           "data source, so it counts as yes.")
                                   if inherits else "")
        else:
            self.inherited.setText("")
        self._loading = False

    def _working_model_view(self):
        """The document's model with this dialog's step answers, for inheritance hints."""
        model = self.document.model.model_copy(deep=True)
        for i, step in enumerate(model.steps):
            if step.id in self.steps:
                model.steps[i] = copy.deepcopy(self.steps[step.id])
        return model

    def _store_step(self, *_args) -> None:
        if self._loading or self.current_id is None:
            return
        step = self.steps[self.current_id]
        dp = step.data_protection
        dp.personal_data = self.personal.currentData()
        dp.data_subjects = self.subjects.text()
        dp.categories = [line.strip() for line in self.categories.toPlainText().splitlines()
                         if line.strip()]
        dp.special_categories = [
            self.special.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.special.count())
            if self.special.item(i).checkState() == Qt.CheckState.Checked]
        dp.special_category_condition = self.art9_condition.currentData()
        dp.legal_basis = self.legal_basis.currentData()
        dp.retention = self.retention.text()
        dp.recipients = self.recipients.toPlainText()
        if isinstance(step, AiTaskStep):
            step.hosting = self.hosting.currentData()
            step.processor_id = self.processor.currentData()
            step.transfer_safeguard = self.safeguard.currentData()

    # -- tab 2: processors --------------------------------------------------------------------
    def _processors_tab(self) -> QWidget:
        tab = QWidget(self)
        self.processor_table = QTableWidget(0, 6, tab)
        self.processor_table.setObjectName("processors")
        self.processor_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # German titles ("Garantie für Drittlandübermittlung") wrap instead of being cut.
        wrap_header(self.processor_table).setStretchLastSection(True)
        # A long service text wraps; its row grows with it.
        self.processor_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.add_processor_button = QPushButton(tab)
        self.add_processor_button.setObjectName("add_processor")
        self.add_processor_button.clicked.connect(self.add_processor)
        self.remove_processor_button = QPushButton(tab)
        self.remove_processor_button.setObjectName("remove_processor")
        self.remove_processor_button.clicked.connect(self.remove_processor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_processor_button)
        buttons.addWidget(self.remove_processor_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.processor_table, 1)
        layout.addLayout(buttons)
        self._fill_processors()
        self.processor_table.itemChanged.connect(self._store_processor_item)
        return tab

    def _fill_processors(self) -> None:
        table = self.processor_table
        table.blockSignals(True)
        table.setRowCount(len(self.processors))
        for row, p in enumerate(self.processors):
            for col, text in ((0, p.name), (1, p.service), (2, p.country)):
                table.setItem(row, col, QTableWidgetItem(text))
            avv = QCheckBox(table)
            avv.setObjectName(f"avv_{row}")
            avv.setChecked(p.avv_signed)
            avv.toggled.connect(lambda on, r=row: self._set_processor(r, avv_signed=on))
            table.setCellWidget(row, 3, avv)
            combo = QComboBox(table)
            for safeguard in TransferSafeguard:
                combo.addItem(self._safeguard_name(safeguard), safeguard)
            combo.setCurrentIndex(combo.findData(p.transfer_safeguard))
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self._set_processor(r, transfer_safeguard=c.currentData()))
            table.setCellWidget(row, 4, combo)
            tia = QCheckBox(table)
            tia.setObjectName(f"tia_{row}")
            tia.setChecked(p.transfer_impact_assessment)
            tia.toggled.connect(
                lambda on, r=row: self._set_processor(r, transfer_impact_assessment=on))
            table.setCellWidget(row, 5, tia)
        table.blockSignals(False)
        self._fit_processor_columns()

    def _fit_processor_columns(self) -> None:
        # Long service texts would push the safeguard and TIA columns out of sight.
        table = self.processor_table
        table.resizeColumnsToContents()
        for column, widest in ((0, 220), (1, 220), (2, 140), (4, 190)):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))

    def _set_processor(self, row: int, **values) -> None:
        for name, value in values.items():
            setattr(self.processors[row], name, value)

    def _store_processor_item(self, item: QTableWidgetItem) -> None:
        field = {0: "name", 1: "service", 2: "country"}.get(item.column())
        if field:
            text = item.text().strip()
            if field == "name" and not text:
                return  # a processor needs a name; keep the old one
            self._set_processor(item.row(), **{field: text})

    def add_processor(self) -> None:
        self.processors.append(Processor(name=self.tr("New processor")))
        self._fill_processors()
        self.processor_table.setCurrentCell(len(self.processors) - 1, 0)

    def remove_processor(self) -> None:
        row = self.processor_table.currentRow()
        if 0 <= row < len(self.processors):
            removed = self.processors.pop(row)
            for step in self.steps.values():
                if isinstance(step, AiTaskStep) and step.processor_id == removed.id:
                    step.processor_id = None
            self._fill_processors()

    # -- tab 3: DPIA, works council, AI literacy --------------------------------------------
    def _dpia_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.dpia_box = QGroupBox(tab)
        dpia_layout = QVBoxLayout(self.dpia_box)
        self.criteria_boxes: dict[str, QCheckBox] = {}
        suggested = suggested_dpia_criteria(self.document.model)
        for criterion in load_dpia_criteria().criteria:
            box = QCheckBox(self.dpia_box)
            box.setObjectName(f"criterion_{criterion.id}")
            box.setChecked(criterion.id in self.dpia.criteria or criterion.id in suggested)
            if criterion.id in suggested:
                # Shown by the model itself: not the user's to untick.
                box.setEnabled(False)
                box.setToolTip(suggested[criterion.id].get(self.lang))
            box.toggled.connect(self._store_dpia)
            self.criteria_boxes[criterion.id] = box
            dpia_layout.addWidget(box)
        self.criteria_count = QLabel(self.dpia_box)
        self.criteria_count.setObjectName("criteria_count")
        dpia_layout.addWidget(self.criteria_count)
        form = QFormLayout()
        self.dpia_decision = QComboBox(self.dpia_box)
        self.dpia_decision.setObjectName("dpia_decision")
        for value in (None, DpiaDecision.REQUIRED, DpiaDecision.NOT_REQUIRED):
            self.dpia_decision.addItem("", value)
        self.dpia_decision.setCurrentIndex(self.dpia_decision.findData(self.dpia.decision))
        self.dpia_decision.currentIndexChanged.connect(self._store_dpia)
        self.dpia_rationale = QPlainTextEdit(self.dpia.rationale, self.dpia_box)
        self.dpia_rationale.setObjectName("dpia_rationale")
        self.dpia_rationale.setFixedHeight(60)
        self.dpia_rationale.textChanged.connect(self._store_dpia)
        self._dpia_labels = [QLabel(self.dpia_box), QLabel(self.dpia_box)]
        form.addRow(self._dpia_labels[0], self.dpia_decision)
        form.addRow(self._dpia_labels[1], self.dpia_rationale)
        self.dpia_by = QLineEdit(self.dpia.decided_by, self.dpia_box)
        self.dpia_by.setObjectName("dpia_decided_by")
        self.dpia_by.textChanged.connect(self._store_dpia)
        self.dpia_on = QDateEdit(self.dpia_box)
        self.dpia_on.setObjectName("dpia_decided_on")
        self.dpia_on.setCalendarPopup(True)
        self.dpia_on.setDisplayFormat("yyyy-MM-dd")
        # The minimum date stands for "not set" and shows as a dash.
        self.dpia_on.setMinimumDate(QDate(2000, 1, 1))
        self.dpia_on.setSpecialValueText("–")
        on = self.dpia.decided_on
        self.dpia_on.setDate(QDate(on.year, on.month, on.day) if on else self.dpia_on.minimumDate())
        self.dpia_on.dateChanged.connect(self._store_dpia)
        self._dpia_labels += [QLabel(self.dpia_box), QLabel(self.dpia_box)]
        form.addRow(self._dpia_labels[2], self.dpia_by)
        form.addRow(self._dpia_labels[3], self.dpia_on)
        dpia_layout.addLayout(form)
        layout.addWidget(self.dpia_box, 3)

        # The German DSK list (Art. 35(4)): a listed operation needs a DPIA whatever the count.
        self.listed_box = QGroupBox(tab)
        listed_layout = QVBoxLayout(self.listed_box)
        self.listed = QListWidget(self.listed_box)
        self.listed.setObjectName("dsk_list")
        self.listed.setWordWrap(True)
        shown = suggested_listed_items(self.document.model)
        for entry in load_national_list().items:
            item = QListWidgetItem("", self.listed)
            item.setData(Qt.ItemDataRole.UserRole, entry.number)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if entry.number in shown:
                # Shown by the model itself: not the user's to untick.
                flags &= ~Qt.ItemFlag.ItemIsEnabled
                item.setToolTip(shown[entry.number].get(self.lang))
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked
                               if entry.number in self.dpia.listed_items or entry.number in shown
                               else Qt.CheckState.Unchecked)
        self.listed.itemChanged.connect(self._store_dpia)
        first = next((self.listed.item(i) for i in range(self.listed.count())
                      if self.listed.item(i).checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.listed.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)
        listed_layout.addWidget(self.listed)
        layout.addWidget(self.listed_box, 2)
        return tab

    # -- tab 4: works council, Art. 22, AI literacy ------------------------------------------
    def _council_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.council_box = QGroupBox(tab)
        council_form = QFormLayout(self.council_box)
        self.council_relevant = QComboBox(self.council_box)
        self.council_relevant.setObjectName("works_council_relevant")
        for value in (None, True, False):
            self.council_relevant.addItem("", value)
        self.council_relevant.setCurrentIndex(self.council_relevant.findData(self.council.relevant))
        self.council_reasons = QLabel(self.council_box)
        self.council_reasons.setWordWrap(True)
        self.council_reasons.setStyleSheet("color: #555;")
        self.council_consent = QCheckBox(self.council_box)
        self.council_consent.setObjectName("works_council_consent")
        self.council_consent.setChecked(self.council.consent)
        self.council_informed = QCheckBox(self.council_box)
        self.council_informed.setObjectName("works_council_informed")
        self.council_informed.setChecked(self.council.informed)
        self.council_expert = QLabel(self.council_box)
        self.council_expert.setWordWrap(True)
        self.council_expert.setStyleSheet("color: #555;")
        self.literacy = QCheckBox(self.council_box)
        self.literacy.setObjectName("ai_literacy")
        self.literacy.setChecked(self.document.model.compliance.ai_literacy_training_planned)
        self._council_labels = [QLabel(self.council_box)]
        council_form.addRow(self._council_labels[0], self.council_relevant)
        council_form.addRow("", self.council_reasons)
        council_form.addRow("", self.council_consent)
        council_form.addRow("", self.council_informed)
        council_form.addRow("", self.council_expert)
        council_form.addRow("", self.literacy)
        layout.addWidget(self.council_box)

        # Art. 22(2): the exception that permits a decision based solely on automated
        # processing, with the Art. 22(3) safeguards.
        self.art22_box = QGroupBox(tab)
        art22_form = QFormLayout(self.art22_box)
        self.art22_exception = QComboBox(self.art22_box)
        self.art22_exception.setObjectName("art22_exception")
        for value in (None, *Art22Exception):
            self.art22_exception.addItem("", value)
        self.art22_exception.setCurrentIndex(
            max(self.art22_exception.findData(self.automated.exception), 0))
        self.art22_safeguards = QPlainTextEdit(self.automated.safeguards, self.art22_box)
        self.art22_safeguards.setObjectName("art22_safeguards")
        self.art22_safeguards.setFixedHeight(60)
        self._art22_labels = [QLabel(self.art22_box), QLabel(self.art22_box)]
        art22_form.addRow(self._art22_labels[0], self.art22_exception)
        art22_form.addRow(self._art22_labels[1], self.art22_safeguards)
        layout.addWidget(self.art22_box)
        layout.addStretch(1)
        return tab

    def _store_dpia(self, *_args) -> None:
        suggested = suggested_dpia_criteria(self.document.model)
        self.dpia.criteria = [c for c, box in self.criteria_boxes.items()
                              if box.isChecked() and c not in suggested]
        decision = self.dpia_decision.currentData()
        if decision is not None and self.dpia.decision is None and self._dpia_on() is None:
            # Deciding now: the date defaults to today (the user can change it).
            today = date.today()
            self.dpia_on.blockSignals(True)
            self.dpia_on.setDate(QDate(today.year, today.month, today.day))
            self.dpia_on.blockSignals(False)
        self.dpia.decision = decision
        self.dpia.rationale = self.dpia_rationale.toPlainText()
        self.dpia.decided_by = self.dpia_by.text()
        self.dpia.decided_on = self._dpia_on()
        shown = suggested_listed_items(self.document.model)
        self.dpia.listed_items = [number for number in self._ticked_items() if number not in shown]
        self._update_count()

    def _ticked_items(self) -> list[str]:
        return [self.listed.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.listed.count())
                if self.listed.item(i).checkState() == Qt.CheckState.Checked]

    def _dpia_on(self) -> date | None:
        if self.dpia_on.date() == self.dpia_on.minimumDate():
            return None
        return self.dpia_on.date().toPython()

    def _update_count(self) -> None:
        catalogue = load_dpia_criteria()
        count = sum(1 for box in self.criteria_boxes.values() if box.isChecked())
        text = self.tr("{count} of 9 criteria apply.").format(count=count)
        if count >= catalogue.threshold:
            text += " " + catalogue.threshold_note.get(self.lang)
        items = self._ticked_items()
        if items:
            text += " " + self.tr("On the DSK list (item {items}): a DPIA is "
                                  "required.").format(items=", ".join(items))
        self.criteria_count.setText(text)

    # -- OK -----------------------------------------------------------------------------------
    def edits(self) -> list[SetField]:
        """Every field this dialog changed, as reversible edits."""
        model = self.document.model
        edits: list[SetField] = []
        for step in model.steps:
            new = self.steps.get(step.id)
            if new is None:
                continue
            names = ["data_protection"]
            if isinstance(step, AiTaskStep):
                names += ["hosting", "processor_id", "transfer_safeguard"]
            for name in names:
                old, value = getattr(step, name), getattr(new, name)
                if old != value:
                    edits.append(SetField(("steps", step.id), name, copy.deepcopy(old),
                                          copy.deepcopy(value)))
        self.council.relevant = self.council_relevant.currentData()
        self.council.consent = self.council_consent.isChecked()
        self.council.informed = self.council_informed.isChecked()
        self.automated.exception = self.art22_exception.currentData()
        self.automated.safeguards = self.art22_safeguards.toPlainText()
        compliance = model.compliance
        for name, value in (("processors", self.processors), ("dpia", self.dpia),
                            ("works_council", self.council),
                            ("automated_decision", self.automated),
                            ("ai_literacy_training_planned", self.literacy.isChecked())):
            old = getattr(compliance, name)
            if old != value:
                edits.append(SetField(("compliance",), name, copy.deepcopy(old),
                                      copy.deepcopy(value)))
        # Processors first on redo (a step may refer to a new one), steps first on undo.
        edits.sort(key=lambda e: e.ref != ("compliance",))
        return edits

    def accept(self) -> None:
        self._store_step()
        self.document.push_edits(self.tr("Edit data protection"), self.edits())
        super().accept()

    # -- texts --------------------------------------------------------------------------------
    def _safeguard_name(self, value) -> str:
        return {TransferSafeguard.NONE: self.tr("none"),
                TransferSafeguard.ADEQUACY: self.tr("adequacy decision"),
                TransferSafeguard.DPF: self.tr("EU–US Data Privacy Framework"),
                TransferSafeguard.SCC: self.tr("standard contractual clauses"),
                TransferSafeguard.BCR: self.tr("binding corporate rules")}[value]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Data protection (GDPR / DSGVO)"))
        self.tabs.setTabText(0, self.tr("Data sources and AI steps"))
        self.tabs.setTabText(1, self.tr("Processors (AVV)"))
        self.tabs.setTabText(2, self.tr("DPIA"))
        self.tabs.setTabText(3, self.tr("Works council and Art. 22"))
        for label, text in zip(self._source_labels, (
                self.tr("Personal data"), self.tr("Data subjects"),
                self.tr("Data categories (one per line)"), self.tr("Special categories (Art. 9)"),
                self.tr("Condition (Art. 9(2))"), self.tr("Legal basis (Art. 6)"), self.tr("Retention"), self.tr("Recipients"),
                self.tr("Hosting"), self.tr("Processor"), self.tr("Transfer safeguard"))):
            label.setText(text)
        for i, text in enumerate((self.tr("not answered"), self.tr("yes"), self.tr("no"))):
            self.personal.setItemText(i, text)
            self.council_relevant.setItemText(i, (self.tr("assess from the workflow"),
                                                  self.tr("yes"), self.tr("no"))[i])
        special = {SpecialCategory.ETHNIC_ORIGIN: self.tr("ethnic origin"),
                   SpecialCategory.POLITICAL_OPINION: self.tr("political opinions"),
                   SpecialCategory.RELIGION: self.tr("religious or philosophical beliefs"),
                   SpecialCategory.UNION_MEMBERSHIP: self.tr("trade union membership"),
                   SpecialCategory.GENETIC: self.tr("genetic data"),
                   SpecialCategory.BIOMETRIC: self.tr("biometric data"),
                   SpecialCategory.HEALTH: self.tr("health data"),
                   SpecialCategory.SEX_LIFE: self.tr("sex life or sexual orientation")}
        for i in range(self.special.count()):
            entry = self.special.item(i)
            entry.setText(special[entry.data(Qt.ItemDataRole.UserRole)])
        bases = {None: self.tr("not answered"), LegalBasis.CONSENT: self.tr("consent"),
                 LegalBasis.CONTRACT: self.tr("contract"),
                 LegalBasis.LEGAL_OBLIGATION: self.tr("legal obligation"),
                 LegalBasis.VITAL_INTERESTS: self.tr("vital interests"),
                 LegalBasis.PUBLIC_TASK: self.tr("public task"),
                 LegalBasis.LEGITIMATE_INTERESTS: self.tr("legitimate interests")}
        for i in range(self.legal_basis.count()):
            self.legal_basis.setItemText(i, bases[self.legal_basis.itemData(i)])
        conditions = {
            None: self.tr("none recorded"),
            Art9Condition.EXPLICIT_CONSENT: self.tr("(a) explicit consent"),
            Art9Condition.EMPLOYMENT_SOCIAL_SECURITY: self.tr("(b) employment and social security law"),
            Art9Condition.VITAL_INTERESTS: self.tr("(c) vital interests"),
            Art9Condition.NOT_FOR_PROFIT_BODY: self.tr("(d) not-for-profit body"),
            Art9Condition.MADE_PUBLIC: self.tr("(e) made public by the data subject"),
            Art9Condition.LEGAL_CLAIMS: self.tr("(f) legal claims"),
            Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: self.tr("(g) substantial public interest"),
            Art9Condition.HEALTH_CARE: self.tr("(h) health or social care"),
            Art9Condition.PUBLIC_HEALTH: self.tr("(i) public health"),
            Art9Condition.ARCHIVING_RESEARCH: self.tr("(j) archiving, research, statistics")}
        for i in range(self.art9_condition.count()):
            self.art9_condition.setItemText(i, conditions[self.art9_condition.itemData(i)])
        hostings = {Hosting.ON_PREM: self.tr("on premises"), Hosting.EU_CLOUD: self.tr("EU cloud"),
                    Hosting.NON_EU: self.tr("outside the EU")}
        for i in range(self.hosting.count()):
            self.hosting.setItemText(i, hostings[self.hosting.itemData(i)])
        for i in range(self.safeguard.count()):
            self.safeguard.setItemText(i, self._safeguard_name(self.safeguard.itemData(i)))
        self.processor_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Service"), self.tr("Country"), self.tr("AVV signed"),
            self.tr("Transfer safeguard"), self.tr("Transfer impact assessment")])
        self._fit_processor_columns()
        self.add_processor_button.setText(self.tr("Add processor"))
        self.remove_processor_button.setText(self.tr("Remove processor"))
        self.dpia_box.setTitle(self.tr("Data protection impact assessment (WP248 criteria)"))
        for criterion in load_dpia_criteria().criteria:
            box = self.criteria_boxes[criterion.id]
            text = f"{criterion.number}. {criterion.title.get(self.lang)}"
            if not box.isEnabled():
                text += " " + self.tr("(shown by the workflow)")
            box.setText(text)
        for i, text in enumerate((self.tr("not decided"), self.tr("required"),
                                  self.tr("not required"))):
            self.dpia_decision.setItemText(i, text)
        self._dpia_labels[0].setText(self.tr("Decision"))
        self._dpia_labels[1].setText(self.tr("Reason"))
        self._dpia_labels[2].setText(self.tr("Decided by"))
        self._dpia_labels[3].setText(self.tr("Decided on"))
        national = load_national_list()
        self.listed_box.setTitle(self.tr("German DSK list (Art. 35(4)): a listed operation "
                                         "requires a DPIA"))
        for i in range(self.listed.count()):
            entry = self.listed.item(i)
            item = national.item(entry.data(Qt.ItemDataRole.UserRole))
            text = f"{item.number}. {item.text.get(self.lang)}"
            if not entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                text += " " + self.tr("(shown by the workflow)")
            entry.setText(text)
        self.council_box.setTitle(self.tr("Works council and AI literacy"))
        self._council_labels[0].setText(self.tr("Co-determination (BetrVG §87(1) Nr. 6)"))
        reasons = works_council_reasons(self.document.model)
        self.council_reasons.setText(
            self.tr("Staff performance becomes observable: {reasons}").format(
                reasons="; ".join(r.get(self.lang) for r in reasons))
            if reasons else self.tr("Nothing in the workflow makes staff performance observable."))
        self.council_consent.setText(self.tr("Works council consented, e.g. works agreement "
                                             "(BetrVG §87(1) Nr. 6)"))
        self.council_informed.setText(self.tr("Works council informed of the planned AI use "
                                              "(BetrVG §90(1) Nr. 3; Art. 26(7) AI Act)"))
        self.council_expert.setText(self.tr("Informing is not consent. The works council may "
                                            "call in an expert for AI (BetrVG §80(3))."))
        self.art22_box.setTitle(self.tr("Decisions based solely on automated processing "
                                        "(Art. 22 GDPR)"))
        self._art22_labels[0].setText(self.tr("Exception (Art. 22(2))"))
        self._art22_labels[1].setText(self.tr("Safeguards (Art. 22(3))"))
        exceptions = {None: self.tr("none: a person reviews every significant outcome"),
                      Art22Exception.CONTRACT: self.tr("(a) necessary for a contract"),
                      Art22Exception.LAW: self.tr("(b) authorised by law"),
                      Art22Exception.EXPLICIT_CONSENT: self.tr("(c) explicit consent")}
        for i in range(self.art22_exception.count()):
            self.art22_exception.setItemText(i, exceptions[self.art22_exception.itemData(i)])
        self.literacy.setText(self.tr("AI literacy training planned (Art. 4 AI Act)"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "literacy"):
            self.retranslate()
        super().changeEvent(event)
