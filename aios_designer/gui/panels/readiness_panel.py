"""The Readiness panel: the five production blockers as traffic lights, live from the document.

Each blocker shows its light, what the model already proves (evidence) and what is missing,
in the UI language. Readiness is recomputed ~200 ms after the last change, so typing does not
re-run the checks per keystroke. Clicking "show" on a blocker selects the elements concerned.
"""
import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..document import Document
from ..i18n import current_language

DEBOUNCE_MS = 200
COLORS = {"green": QColor("#2e9d4a"), "amber": QColor("#e6a117"), "red": QColor("#d03a2f")}


def light_pixmap(status: str, size: int = 18) -> QPixmap:
    """A filled circle in the status colour (with a darker rim for projectors)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = COLORS.get(status, QColor("#999999"))
    painter.setPen(color.darker(140))
    painter.setBrush(color)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class BlockerCard(QFrame):
    """One blocker: light, number and title, status word, evidence and missing lists."""

    show_requested = Signal(list)

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.status = ""
        self.elements: list[str] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"blocker_{number}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        head = QHBoxLayout()
        self.light = QLabel(self)
        self.light.setObjectName("light")
        head.addWidget(self.light)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        head.addWidget(self.status_label)
        layout.addLayout(head)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.details)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show")
        self.show_button.setFlat(True)
        self.show_button.clicked.connect(lambda: self.show_requested.emit(list(self.elements)))
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_blocker(self, blocker, lang: str, status_text: str, evidence_title: str,
                    missing_title: str, show_text: str, on_canvas: set[str]) -> None:
        self.status = str(blocker.status)
        # Only what the canvas can select (KPIs and processors live in other views).
        self.elements = [e for e in blocker.elements if e in on_canvas]
        self.light.setPixmap(light_pixmap(self.status))
        self.light.setToolTip(status_text)
        self.title.setText(f"{blocker.number}. {blocker.title.get(lang)}")
        self.status_label.setText(status_text)
        color = COLORS[self.status].darker(120).name()
        self.status_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        parts = []
        if blocker.missing:
            items = "".join(f"<li>{html.escape(t.get(lang))}</li>" for t in blocker.missing)
            parts.append(f"<b>{html.escape(missing_title)}</b><ul style='margin:0'>{items}</ul>")
        if blocker.evidence:
            items = "".join(f"<li>{html.escape(t.get(lang))}</li>" for t in blocker.evidence)
            parts.append(f"<span style='color:#555'><b>{html.escape(evidence_title)}</b>"
                         f"<ul style='margin:0'>{items}</ul></span>")
        self.details.setText("".join(parts))
        self.show_button.setText(show_text)
        self.show_button.setVisible(bool(self.elements))


class ReadinessPanel(QWidget):
    elements_selected = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.blockers: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.overall_light = QLabel(self)
        self.overall_light.setObjectName("overall_light")
        top = QHBoxLayout()
        top.addWidget(self.overall_light)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        buttons = QHBoxLayout()
        self.ai_act_button = QPushButton(self)
        self.ai_act_button.setObjectName("open_ai_act")
        self.ai_act_button.clicked.connect(self.open_ai_act)
        buttons.addWidget(self.ai_act_button)
        self.privacy_button = QPushButton(self)
        self.privacy_button.setObjectName("open_privacy")
        self.privacy_button.clicked.connect(self.open_privacy)
        buttons.addWidget(self.privacy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self.scroll)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.cards = [BlockerCard(n, body) for n in range(1, 6)]
        for card in self.cards:
            card.show_requested.connect(self.elements_selected)
            body_layout.addWidget(card)
        body_layout.addStretch(1)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        document.changed.connect(lambda _: self.timer.start())
        document.model_replaced.connect(self.recompute)
        self.recompute()

    def recompute(self) -> None:
        self.timer.stop()
        self.blockers = self.document.analysis.readiness()
        self._fill()

    def statuses(self) -> list[str]:
        return [str(b.status) for b in self.blockers]

    def _status_text(self, status: str) -> str:
        return {"green": self.tr("ready"), "amber": self.tr("partly done"),
                "red": self.tr("blocker")}[status]

    def _fill(self) -> None:
        lang = current_language()
        model = self.document.model
        on_canvas = {e.id for e in (*model.steps, *model.roles, *model.flows)}
        for card, blocker in zip(self.cards, self.blockers):
            card.set_blocker(blocker, lang, self._status_text(str(blocker.status)),
                             self.tr("Evidence"), self.tr("Missing"), self.tr("Show on canvas"),
                             on_canvas)
        from ...analysis.readiness import overall

        self.overall_light.setPixmap(light_pixmap(str(overall(self.blockers)), 22))
        green = sum(1 for b in self.blockers if str(b.status) == "green")
        if green == len(self.blockers):
            self.summary.setText(self.tr("Ready for production: all five blockers are cleared."))
        else:
            self.summary.setText(self.tr("{green} of 5 production blockers cleared").format(
                green=green))
        self.ai_act_button.setText(self.tr("AI Act classification…"))
        self.privacy_button.setText(self.tr("Data protection…"))

    def open_ai_act(self) -> None:
        from ..dialogs.ai_act_dialog import AiActDialog

        AiActDialog(self.document, self).exec()

    def open_privacy(self) -> None:
        from ..dialogs.data_protection_dialog import DataProtectionDialog

        DataProtectionDialog(self.document, self).exec()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.blockers:
            self._fill()
        super().changeEvent(event)
