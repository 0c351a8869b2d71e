"""The guided EU AI Act questionnaire: sections and questions come from the data file
(``resources/compliance/ai_act.json``), each with its legal source. The class, the rationale
and the obligations with their dates update live; OK records answers, class, rationale, who
decided and when as one undoable change.
"""
import html
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..wrap_delegate import wrap_rows
from .. import dialog_fit
from ...analysis.ai_act import (
    ANNEX_III,
    ANNEX_III_ONLY,
    DEROGATION,
    PROFILING,
    classify,
    load_questionnaire,
    obligations_for,
    source_label,
)
from ...model import AiActAssessment, RiskClass
from ..document import Document
from ..i18n import current_language

_CLASSES = [RiskClass.PROHIBITED, RiskClass.HIGH_RISK, RiskClass.LIMITED, RiskClass.MINIMAL]


class AiActDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ai_act_dialog")
        self.document = document
        self.questionnaire = load_questionnaire()
        self.lang = current_language()
        stored = document.model.compliance.ai_act
        self.answers: dict[str, bool] = dict(stored.answers)
        #: The user picked a class different from the computed one on purpose.
        self._class_overridden = (stored.risk_class is not None and bool(stored.answers)
                                  and classify(stored.answers).risk_class != stored.risk_class)
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.section_boxes: dict[str, QGroupBox] = {}
        self.question_labels: dict[str, QLabel] = {}
        dialog_fit.fit(self, 1100, 760)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._questions_widget())
        splitter.addWidget(self._result_widget(stored))
        splitter.setSizes([600, 480])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.disclaimer = QLabel(self)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setStyleSheet("color: #555; font-style: italic;")
        layout.addWidget(self.disclaimer)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_result()

    # -- building ----------------------------------------------------------------------------
    def _questions_widget(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        lang = self.lang
        self._answer_labels: list[tuple[QRadioButton, QRadioButton]] = []
        for section in self.questionnaire.sections:
            box = QGroupBox(f"{section.title.get(lang)}  ({source_label(section.source, lang)})",
                            body)
            box.setObjectName(f"section_{section.id}")
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            row = 0
            if section.intro.get(lang):
                intro = QLabel(section.intro.get(lang), box)
                intro.setWordWrap(True)
                intro.setStyleSheet("color: #555;")
                grid.addWidget(intro, row, 0, 1, 3)
                row += 1
            for question in section.questions:
                # One rich-text label per question: nested layouts of word-wrapped labels
                # get their heights wrong inside a scroll area and overlap.
                text = QLabel(box)
                text.setTextFormat(Qt.TextFormat.RichText)
                source = source_label(question.source, lang)
                if not question.verified:
                    # Wording of an amendment not checked against the published text.
                    source += " · " + self.tr("not verified against the Official Journal text")
                text.setText(f"{html.escape(question.text.get(lang))}<br><span style='color:#777;"
                             f"font-size:small'>{html.escape(source)}</span>")
                text.setWordWrap(True)
                text.setObjectName(f"{question.id}_text")
                text.setToolTip(source_label(question.source, lang))
                grid.addWidget(text, row, 0)
                yes, no = QRadioButton(box), QRadioButton(box)
                yes.setObjectName(f"{question.id}_yes")
                no.setObjectName(f"{question.id}_no")
                group = QButtonGroup(box)
                group.addButton(yes)
                group.addButton(no)
                answer = self.answers.get(question.id)
                yes.setChecked(answer is True)
                no.setChecked(answer is False)
                yes.toggled.connect(lambda on, q=question.id: on and self.set_answer(q, True))
                no.toggled.connect(lambda on, q=question.id: on and self.set_answer(q, False))
                grid.addWidget(yes, row, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(no, row, 2, Qt.AlignmentFlag.AlignTop)
                self.radios[question.id] = (yes, no)
                self.question_labels[question.id] = text
                row += 1
            self.section_boxes[section.id] = box
            layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _result_widget(self, stored: AiActAssessment) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.result_box = QGroupBox(panel)
        result_layout = QVBoxLayout(self.result_box)
        self.class_label = QLabel(self.result_box)
        self.class_label.setObjectName("computed_class")
        font = self.class_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.class_label.setFont(font)
        result_layout.addWidget(self.class_label)
        self.rationale_label = QLabel(self.result_box)
        self.rationale_label.setObjectName("computed_rationale")
        self.rationale_label.setWordWrap(True)
        self.rationale_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Minimum)
        result_layout.addWidget(self.rationale_label)
        self.obligations = QTreeWidget(self.result_box)
        self.obligations.setObjectName("obligations")
        self.obligations.setColumnCount(3)
        self.obligations.setRootIsDecorated(False)
        self.obligations.setWordWrap(True)
        header = self.obligations.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.obligations.setMinimumHeight(160)
        wrap_rows(self.obligations)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        result_layout.addWidget(self.obligations, 1)
        layout.addWidget(self.result_box, 1)

        self.record_box = QGroupBox(panel)
        form = QFormLayout(self.record_box)
        self.class_combo = QComboBox(self.record_box)
        self.class_combo.setObjectName("risk_class")
        for risk in _CLASSES:
            self.class_combo.addItem("", risk)
        self.class_combo.activated.connect(self._class_chosen)
        self.decided_by = QLineEdit(stored.decided_by, self.record_box)
        self.decided_by.setObjectName("decided_by")
        self.decided_on = QDateEdit(self.record_box)
        self.decided_on.setObjectName("decided_on")
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        when = stored.decided_on or date.today()
        self.decided_on.setDate(QDate(when.year, when.month, when.day))
        self.log_months = QSpinBox(self.record_box)
        self.log_months.setObjectName("log_retention_months")
        self.log_months.setRange(0, 1200)
        self.log_months.setValue(stored.log_retention_months or 0)
        self.rationale = QPlainTextEdit(stored.rationale, self.record_box)
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.use_suggested = QPushButton(self.record_box)
        self.use_suggested.setObjectName("use_suggested")
        self.use_suggested.clicked.connect(
            lambda: self.rationale.setPlainText(self.result.rationale(self.lang)))
        self._form_labels = [QLabel(self.record_box) for _ in range(5)]
        form.addRow(self._form_labels[0], self.class_combo)
        form.addRow(self._form_labels[1], self.decided_by)
        form.addRow(self._form_labels[2], self.decided_on)
        form.addRow(self._form_labels[3], self.log_months)
        form.addRow(self._form_labels[4], self.rationale)
        form.addRow("", self.use_suggested)
        layout.addWidget(self.record_box)
        if stored.risk_class is not None:
            self.class_combo.setCurrentIndex(_CLASSES.index(RiskClass(stored.risk_class)))
        return panel

    # -- behaviour ---------------------------------------------------------------------------
    def set_answer(self, question_id: str, value: bool) -> None:
        self.answers[question_id] = value
        self._update_result()

    def _class_chosen(self, index: int) -> None:
        self._class_overridden = _CLASSES[index] != self.result.risk_class
        self._update_result()

    def recorded_class(self) -> RiskClass:
        return self.class_combo.currentData()

    def _update_result(self) -> None:
        self.result = classify(self.answers, self.questionnaire)
        lang = self.lang
        annex3 = any(self.answers.get(i) for i in self.questionnaire.ids(ANNEX_III))
        for section in self.questionnaire.sections:
            if section.role in (DEROGATION, PROFILING):
                self.section_boxes[section.id].setEnabled(annex3)
        # Public body or public service only matters for Annex III uses (Art. 26(8), 27).
        for question_id in ANNEX_III_ONLY:
            for widget in (*self.radios[question_id], self.question_labels[question_id]):
                widget.setEnabled(annex3)
        if not self._class_overridden:
            self.class_combo.setCurrentIndex(_CLASSES.index(self.result.risk_class))
        self.class_label.setText(self._class_name(self.result.risk_class))
        self.class_label.setStyleSheet("color: %s;" % {
            RiskClass.PROHIBITED: "#b3261e", RiskClass.HIGH_RISK: "#b36b00",
            RiskClass.LIMITED: "#1f5fa8", RiskClass.MINIMAL: "#2e7d32"}[self.result.risk_class])
        self.rationale_label.setText(self.result.rationale(lang))
        self.obligations.clear()
        items = []
        for o in obligations_for(self.recorded_class() or self.result.risk_class, self.answers,
                                 self.questionnaire):
            when = _date(o.applies_from)
            if o.pending_date:
                # The pending date of an amendment not yet in force; the tooltip says which.
                when += f" (→ {_date(o.pending_date)})"
            item = QTreeWidgetItem([o.title.get(lang), source_label(o.source, lang), when])
            tip = o.text.get(lang)
            if o.pending_date:
                tip += "\n\n" + o.pending_note.get(lang)
            if o.date_source:
                tip += "\n\n" + self.tr("Date: {source}").format(
                    source=source_label(o.date_source, lang))
            if not o.verified:
                # The amendment behind it could not be checked against the published text.
                tip += "\n" + self.tr("Not verified against the Official Journal text.")
            for col in range(3):
                item.setToolTip(col, tip)
            items.append(item)
        self.obligations.addTopLevelItems(items)

    def _class_name(self, risk: RiskClass) -> str:
        return {RiskClass.PROHIBITED: self.tr("Prohibited (Art. 5)"),
                RiskClass.HIGH_RISK: self.tr("High-risk"),
                RiskClass.LIMITED: self.tr("Limited risk (transparency, Art. 50)"),
                RiskClass.MINIMAL: self.tr("Minimal risk")}[RiskClass(risk)]

    def assessment(self) -> AiActAssessment:
        """What OK records."""
        when = self.decided_on.date()
        months = self.log_months.value()
        return AiActAssessment(
            answers=dict(self.answers), risk_class=self.recorded_class(),
            rationale=self.rationale.toPlainText().strip() or self.result.rationale(self.lang),
            decided_by=self.decided_by.text().strip(),
            decided_on=date(when.year(), when.month(), when.day()),
            assessed_structure=self.document.model.meta.structure_changed,
            log_retention_months=months or None)

    def accept(self) -> None:
        new = self.assessment()
        if new != self.document.model.compliance.ai_act:
            self.document.set_fields(("compliance",), {"ai_act": new},
                                     self.tr("AI Act classification"))
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EU AI Act classification"))
        self.disclaimer.setText(self.questionnaire.disclaimer.get(self.lang))
        for yes, no in self.radios.values():
            yes.setText(self.tr("Yes"))
            no.setText(self.tr("No"))
        self.result_box.setTitle(self.tr("Result"))
        self.record_box.setTitle(self.tr("Decision"))
        self.obligations.setHeaderLabels([self.tr("Obligation"), self.tr("Source"),
                                          self.tr("Applies from")])
        for i, risk in enumerate(_CLASSES):
            self.class_combo.setItemText(i, self._class_name(risk))
        for label, text in zip(self._form_labels, (
                self.tr("Recorded class"), self.tr("Decided by"), self.tr("Decided on"),
                self.tr("Log retention (months)"), self.tr("Rationale"))):
            label.setText(text)
        self.log_months.setSpecialValueText(self.tr("not set"))
        self.use_suggested.setText(self.tr("Use the suggested rationale"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "class_combo"):
            self.retranslate()
        super().changeEvent(event)


def _date(day) -> str:
    """A date as the interface language writes it: 02.08.2026 in German, 2026-08-02 in
    English (a legal date with its full year, unambiguous)."""
    if QLocale().name().startswith("de"):
        return day.strftime("%d.%m.%Y")
    return day.isoformat()
