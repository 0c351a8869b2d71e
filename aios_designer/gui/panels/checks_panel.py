"""The Checks panel: live findings of the model checks in the UI language.

Checks run ~150 ms after the last change (typing a name does not re-check per keystroke);
double-clicking a finding selects its elements on the canvas.
"""
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..wrap_delegate import wrap_rows
from ..document import Document
from ..i18n import current_language

DEBOUNCE_MS = 150
ELEMENTS_ROLE = Qt.ItemDataRole.UserRole


class ChecksPanel(QWidget):
    elements_selected = Signal(list)
    #: (errors, warnings) after every check run, for the status bar.
    counts_changed = Signal(int, int)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.findings: list = []
        self._checked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(2)
        # Rows as high as their wrapped message: a long finding is read in full.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        # Rows as high as their wrapped message: a long finding is read in full.
        wrap_rows(self.tree)
        layout.addWidget(self.tree)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.itemActivated.connect(self._on_double_click)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        document.changed.connect(lambda _: self.timer.start())
        document.model_replaced.connect(self.timer.start)
        self.retranslate()
        self.timer.start()

    def recompute(self) -> None:
        self.timer.stop()
        started = time.perf_counter()
        self.findings = self.document.analysis.findings()
        # On a very large model a check run takes long: wait longer before the next one,
        # so that editing never spends more than about a third of its time checking.
        spent_ms = (time.perf_counter() - started) * 1000
        self.timer.setInterval(max(DEBOUNCE_MS, int(2 * spent_ms)))
        self._checked = True
        self._fill()

    def _fill(self) -> None:
        lang = current_language()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        severity_names = {"error": self.tr("Error"), "warning": self.tr("Warning"),
                          "info": self.tr("Note")}
        self.tree.clear()
        items = []
        for finding in self.findings:
            severity = str(finding.severity)
            item = QTreeWidgetItem([finding.rule, finding.message(lang)])
            item.setIcon(0, icons.get(severity, icons["info"]))
            item.setToolTip(0, severity_names.get(severity, severity))
            item.setToolTip(1, finding.message(lang))
            item.setData(0, ELEMENTS_ROLE, list(finding.elements))
            items.append(item)
        self.tree.addTopLevelItems(items)
        errors = sum(1 for f in self.findings if str(f.severity) == "error")
        warnings = sum(1 for f in self.findings if str(f.severity) == "warning")
        if not self.findings:
            self.summary.setText(self.tr("No findings: the workflow passes every check."))
        else:
            counts = ", ".join((self.tr("%Ln error(s)", "", errors),
                                self.tr("%Ln warning(s)", "", warnings),
                                self.tr("%Ln note(s)", "", len(self.findings) - errors - warnings)))
            self.summary.setText(self.tr("{counts} — double-click one to show it").format(
                counts=counts))
        self.counts_changed.emit(errors, warnings)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        elements = item.data(0, ELEMENTS_ROLE) or []
        if elements:
            self.elements_selected.emit(list(elements))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Rule"), self.tr("Finding")])
        if self._checked:
            self._fill()
        else:
            self.summary.setText(self.tr("Checking…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
