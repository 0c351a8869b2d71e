"""How each step kind and flow kind looks: one small table, shared cached paths and fonts.

Everything is drawn from QPainterPaths and text, so no image files are needed and the canvas
stays crisp at any zoom and on high-DPI screens.
"""
from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF

from ...diagram.shapes import STEP_SIZES
from ...model.workflow_kinds import FlowKind, ReviewMode, StepKind

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from ...model import ReviewPolicy

CONTEXT = "Canvas"

#: Scene units between grid lines; lanes are multiples of it so snapped steps line up.
GRID = 20.0
#: Radius of the connection handle on the right edge of a step.
HANDLE_RADIUS = 7.0
#: Zoom below which steps are drawn as plain shapes without text (unreadable anyway).
TEXT_MIN_LOD = 0.45

SELECTION_COLOR = QColor("#1E88E5")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class StepStyle(NamedTuple):
    width: float
    height: float
    #: "rounded", "rect", "diamond" or "circle".
    shape: str
    fill: str
    border: str
    border_width: float = 1.5
    #: Circles are too small for their name: it goes below the shape.
    label_below: bool = False


#: Sizes come from the headless diagram geometry, so the canvas and ``aios-designer layout``
#: agree on every box.
_S = STEP_SIZES
STEP_STYLES: dict[StepKind, StepStyle] = {
    StepKind.TRIGGER: StepStyle(*_S[StepKind.TRIGGER], "circle", "#E3F4E1", "#2E7D32", 2.0, True),
    StepKind.AI_TASK: StepStyle(*_S[StepKind.AI_TASK], "rounded", "#EEE5FB", "#6A3DB8", 2.0),
    StepKind.HUMAN_TASK: StepStyle(*_S[StepKind.HUMAN_TASK], "rounded", "#E3EEFB", "#2F6DB5"),
    StepKind.REVIEW: StepStyle(*_S[StepKind.REVIEW], "rounded", "#DFF3F1", "#1F7F76", 2.0),
    StepKind.DECISION: StepStyle(*_S[StepKind.DECISION], "diamond", "#FFF3D6", "#B07800", 1.5),
    StepKind.EXCEPTION: StepStyle(*_S[StepKind.EXCEPTION], "rounded", "#FDE6E1", "#C0392B", 2.5),
    StepKind.SYSTEM_TASK: StepStyle(*_S[StepKind.SYSTEM_TASK], "rect", "#ECEFF1", "#546E7A"),
    StepKind.END: StepStyle(*_S[StepKind.END], "circle", "#ECEFF1", "#263238", 4.0, True),
}

KIND_NAMES: dict[StepKind, str] = {
    StepKind.TRIGGER: QT_TRANSLATE_NOOP("Canvas", "Trigger"),
    StepKind.AI_TASK: QT_TRANSLATE_NOOP("Canvas", "AI task"),
    StepKind.HUMAN_TASK: QT_TRANSLATE_NOOP("Canvas", "Human task"),
    StepKind.REVIEW: QT_TRANSLATE_NOOP("Canvas", "Review"),
    StepKind.DECISION: QT_TRANSLATE_NOOP("Canvas", "Decision"),
    StepKind.EXCEPTION: QT_TRANSLATE_NOOP("Canvas", "Exception"),
    StepKind.SYSTEM_TASK: QT_TRANSLATE_NOOP("Canvas", "System task"),
    StepKind.END: QT_TRANSLATE_NOOP("Canvas", "End"),
}


def kind_name(kind: StepKind | str) -> str:
    """The translated name of a step kind, also the default name of a new step."""
    return tr(KIND_NAMES[StepKind(kind)])


class FlowStyle(NamedTuple):
    color: str
    width: float
    dash: tuple[float, ...] | None
    #: "filled", "open" (a V, for rework) or "double" (two filled heads, escalation).
    arrow: str


FLOW_STYLES: dict[FlowKind, FlowStyle] = {
    FlowKind.NORMAL: FlowStyle("#455A64", 1.6, None, "filled"),
    FlowKind.EXCEPTION: FlowStyle("#C62828", 2.2, (6.0, 3.0), "filled"),
    FlowKind.ESCALATION: FlowStyle("#E65100", 2.6, (8.0, 3.0, 2.0, 3.0), "double"),
    FlowKind.REWORK: FlowStyle("#1565C0", 2.0, (1.5, 2.5), "open"),
}


# -- cached drawing resources ------------------------------------------------------------------
@cache
def step_path(kind: StepKind) -> QPainterPath:
    """Outline of a step of ``kind``, centred on (0, 0)."""
    style = STEP_STYLES[kind]
    w, h = style.width, style.height
    rect = QRectF(-w / 2, -h / 2, w, h)
    path = QPainterPath()
    if style.shape == "circle":
        path.addEllipse(rect)
    elif style.shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -h / 2), QPointF(w / 2, 0), QPointF(0, h / 2),
                                   QPointF(-w / 2, 0), QPointF(0, -h / 2)]))
    elif style.shape == "rect":
        path.addRect(rect)
    else:
        path.addRoundedRect(rect, 10, 10)
    return path


@cache
def icon_path(kind: StepKind) -> QPainterPath:
    """A small glyph (about 18 × 18, centred on (0, 0)) telling the kind at a glance."""
    path = QPainterPath()
    if kind == StepKind.TRIGGER:
        path.addPolygon(QPolygonF([QPointF(-6, -9), QPointF(9, 0), QPointF(-6, 9),
                                   QPointF(-6, -9)]))
    elif kind == StepKind.END:
        path.addRect(QRectF(-8, -8, 16, 16))
    elif kind == StepKind.HUMAN_TASK:
        path.addEllipse(QPointF(0, -4.5), 4.5, 4.5)
        path.moveTo(-8, 9)
        path.cubicTo(-8, 1, 8, 1, 8, 9)
        path.closeSubpath()
    elif kind == StepKind.REVIEW:
        path.moveTo(-8, 0)
        path.lineTo(-2.5, 6)
        path.lineTo(8, -7)
    elif kind == StepKind.EXCEPTION:
        path.addPolygon(QPolygonF([QPointF(0, -9), QPointF(9.5, 8), QPointF(-9.5, 8),
                                   QPointF(0, -9)]))
    elif kind == StepKind.SYSTEM_TASK:
        teeth = 8
        for i in range(teeth * 2):
            angle = math.pi * i / teeth
            radius = 9 if i % 2 == 0 else 6.5
            point = QPointF(radius * math.cos(angle), radius * math.sin(angle))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        path.closeSubpath()
        path.addEllipse(QPointF(0, 0), 3, 3)
    elif kind == StepKind.DECISION:  # a "?", drawn as a path: no font needed
        path.moveTo(-3.6, -3.4)
        path.cubicTo(-3.6, -6.2, -1.6, -7.2, 0.4, -7.2)
        path.cubicTo(2.8, -7.2, 4, -5.6, 4, -3.6)
        path.cubicTo(4, -0.8, 0, -0.4, 0, 2)
        path.addEllipse(QPointF(0, 5.6), 0.9, 0.9)  # with a wide pen: a round dot
    return path


def step_brush_color(kind: StepKind) -> QColor:
    return _colors()[0][kind]


def step_pen(kind: StepKind) -> QPen:
    return _colors()[1][kind]


@cache
def _colors() -> tuple[dict, dict]:
    fills = {k: QColor(s.fill) for k, s in STEP_STYLES.items()}
    pens = {}
    for kind, style in STEP_STYLES.items():
        pen = QPen(QColor(style.border), style.border_width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pens[kind] = pen
    return fills, pens


@cache
def flow_pen(kind: FlowKind, selected: bool = False) -> QPen:
    style = FLOW_STYLES[kind]
    pen = QPen(SELECTION_COLOR if selected else QColor(style.color),
               style.width + (1.5 if selected else 0.0))
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if style.dash:
        pen.setDashPattern(list(style.dash))
    return pen


@cache
def font(role: str) -> QFont:
    """Fonts by use; at 100 % zoom none is smaller than 10 pt (projector)."""
    # Imported here: the palette needs this module for the window's first frame, which
    # draws no canvas text; QFont's Python type (eight enums) can wait until then.
    from PySide6.QtGui import QFont

    result = QFont()
    # "name_10" and "name_9": a long step name steps down to these before it would be cut.
    sizes = {"name": 11.0, "name_10": 10.0, "name_9": 9.0, "detail": 10.0, "badge": 10.0, "flow": 10.0, "lane": 12.0,
             "glyph": 14.0}
    result.setPointSizeF(sizes[role])
    if role in ("name", "name_10", "name_9", "lane", "badge", "glyph"):
        result.setBold(True)
    return result


# -- texts -------------------------------------------------------------------------------------
def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """4 -> "4", 12.5 -> "12.5" (one decimal at most, locale decimal separator)."""
    value = round(value, 1)
    return _number(value, 0 if value == int(value) else 1)


def percent(fraction: float) -> str:
    """0.05 -> "5", 0.125 -> "12.5"."""
    return short_number(fraction * 100)


def policy_text(review: ReviewPolicy) -> str:
    """The review policy of an AI step in a few characters, e.g. "auto ≥ 0.90 · QA 5 %"."""
    mode = ReviewMode(review.mode)
    if mode == ReviewMode.ALWAYS:
        return tr("always reviewed")
    if mode == ReviewMode.NONE:
        return tr("no review")
    qa = percent(review.qa_sample_rate)
    if mode == ReviewMode.SAMPLE_ONLY:
        return tr("QA sample {qa} %").format(qa=qa)
    return tr("auto ≥ {threshold} · QA {qa} %").format(
        threshold=_number(review.threshold, 2), qa=qa)


def flow_label(condition: str, share: float | None) -> str:
    parts = [condition.strip()] if condition.strip() else []
    # A flow that takes everything needs no number; partial shares are what matter.
    if share is not None and share < 1.0:
        parts.append(f"{percent(share)}\u00a0%")
    return " · ".join(parts)
