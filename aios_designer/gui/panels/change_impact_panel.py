"""The Change impact panel: for each human role, what it does in the new workflow (items and
hours per month), its RACI letters, its team KPI before → after and the training it needs.

Read-only: it follows the model. What a role does is changed on the canvas, its KPI in the
KPI panel, its letters in the RACI panel.
"""
import html

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...analysis.change_impact import DUTIES, change_impact
from ..document import Document
from .. import numbers
from ..i18n import current_language


def _number(value: float | None, digits: int = 0) -> str:
    return numbers.format_number(value, digits, none="–")


class ChangeImpactPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("change_impact_panel")
        self.document = document
        self._stale = False
        self._filled_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view = QTextBrowser(self)
        self.view.setObjectName("impact")
        self.view.setOpenLinks(False)
        layout.addWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(lambda change: self._timer.start())
        document.model_replaced.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

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
        self.view.setHtml(self.html())

    def html(self) -> str:
        model = self.document.model
        projection = self.document.analysis.projection()
        impacts = change_impact(model, projection) if projection is not None else []
        lang = current_language()
        if not impacts:
            return f"<p>{html.escape(self.tr('No person or team has a role in the workflow yet.'))}</p>"
        parts = []
        for impact in impacts:
            e = html.escape
            head = e(impact.name or impact.role_id[:8])
            figures = self.tr("{hours} h/month · {fte} FTE workload · {staff} FTE staffed").format(
                hours=_number(impact.hours_per_month), fte=_number(impact.fte, 2),
                staff=_number(impact.headcount, 1))
            parts.append(f"<h3 style='margin-bottom:2px'>{head}</h3>"
                         f"<div style='color:#555'>{e(figures)}</div>")
            if impact.tasks:
                rows = []
                for task in impact.tasks:
                    bits = []
                    if task.items_per_month is not None:
                        bits.append(self.tr("{n} items/month").format(
                            n=_number(task.items_per_month)))
                    if task.hours_per_month is not None:
                        bits.append(self.tr("{n} h/month").format(
                            n=_number(task.hours_per_month)))
                    tail = f" <span style='color:#555'>({e(', '.join(bits))})</span>" if bits \
                        else ""
                    rows.append(f"<li>{e(DUTIES[task.duty].get(lang))}: "
                                f"<b>{e(task.step_name)}</b>{tail}</li>")
                parts.append(f"<p><b>{e(self.tr('Tasks'))}</b></p><ul>{''.join(rows)}</ul>")
            else:
                parts.append(f"<p>{e(self.tr('No task of its own in the workflow.'))}</p>")
            if impact.raci:
                letters = "; ".join(f"{'/'.join(letters)} {name}"
                                    for _step, name, letters in impact.raci)
                parts.append(f"<p><b>{e(self.tr('RACI'))}:</b> {e(letters)}</p>")
            if impact.kpi_before or impact.kpi_after:
                parts.append(f"<p><b>{e(self.tr('Team KPI'))}:</b> {e(impact.kpi_before)} → "
                             f"{e(impact.kpi_after)}</p>")
            else:
                parts.append(f"<p style='color:#c0392b'>"
                             f"{e(self.tr('No team KPI yet (KPIs panel, Team KPIs).'))}</p>")
            if impact.training:
                items = "".join(f"<li>{e(t.title.get(lang))} – {e(t.reason.get(lang))}</li>"
                                for t in impact.training)
                parts.append(f"<p><b>{e(self.tr('Training before go-live'))}</b></p>"
                             f"<ul>{items}</ul>")
        return "".join(parts)
