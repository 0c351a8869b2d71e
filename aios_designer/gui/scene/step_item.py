"""One workflow step on the canvas; its look comes from the kind's entry in ``styles``.

The item never changes the model: a drag, a handle drag or a double-click is reported to the
scene, which turns the finished gesture into one Document call.
"""
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFontMetricsF, QPaintEngine, QPainterPath, QPen, QStaticText,
                           QTextOption, QTransform)
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...model import AiTaskStep, ExceptionStep, ReviewStep, StepBase, StepKind
from . import styles
from .hyphenation import SOFT_HYPHEN, text_break_points
from .styles import GRID, HANDLE_RADIUS, STEP_STYLES, TEXT_MIN_LOD

#: Fonts a step name may take, largest first (``styles.font`` roles).
NAME_FONTS = ("name", "name_10", "name_9")
#: Room below a circle for its name (two lines).
LABEL_BELOW_HEIGHT = 44.0
LABEL_BELOW_WIDTH = 150.0


_POSITION_CHANGE = QGraphicsItem.GraphicsItemChange.ItemPositionChange
_POSITION_HAS_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged


@cache
def _geometry(kind: StepKind) -> dict:
    """Rectangles of one kind, all relative to the step centre."""
    style = STEP_STYLES[kind]
    w, h = style.width, style.height
    body = QRectF(-w / 2, -h / 2, w, h)
    handle_centre = QPointF(w / 2, 0)
    if style.label_below:
        name = QRectF(-LABEL_BELOW_WIDTH / 2, h / 2 + 4, LABEL_BELOW_WIDTH, LABEL_BELOW_HEIGHT - 4)
        detail = QRectF()
    elif style.shape == "diamond":
        name = QRectF(-w * 0.36, -h * 0.32, w * 0.72, h * 0.64)
        detail = QRectF()
    else:
        # Right of the kind icon (28 px in; the "AI" badge 33 px), to 6 px from the right.
        left = 36 if kind == StepKind.AI_TASK else 31
        name = QRectF(-w / 2 + left, -h / 2 + 4, w - left - 6, h - 8)
        detail = QRectF(-w / 2 + 8, h / 2 - 24, w - 16, 20)
    bounds = body.united(QRectF(handle_centre.x() - HANDLE_RADIUS - 1, -HANDLE_RADIUS - 1,
                                2 * HANDLE_RADIUS + 2, 2 * HANDLE_RADIUS + 2))
    if style.label_below:
        bounds = bounds.united(name)
    bounds = bounds.adjusted(-4, -4, 4, 4)
    shape = QPainterPath(styles.step_path(kind))
    shape.addEllipse(handle_centre, HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
    if style.label_below:
        shape.addRect(name)
    shape.setFillRule(Qt.FillRule.WindingFill)
    return {"body": body, "name": name, "detail": detail, "bounds": bounds, "shape": shape,
            "handle": handle_centre, "icon": (QPointF(0, 0) if style.label_below
                                              else QPointF(-w / 2 + 18, -h / 2 + 18))}


@cache
def _selection_pen() -> QPen:
    pen = QPen(styles.SELECTION_COLOR, 3.0)
    pen.setCosmetic(True)
    return pen


@cache
def _icon_pen(kind: StepKind) -> QPen:
    pen = QPen(QColor(STEP_STYLES[kind].border), 2.0)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def _text_option() -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


@lru_cache(maxsize=4096)
def fit_lines(text: str, font_role: str, width: float, lines: int) -> str:
    """``text`` word-wrapped into at most ``lines`` lines of ``width``; the last line is
    elided ("…") when the text is longer. Lines are joined with U+2028. Remembered: the
    floating lane names are fitted again on every frame the canvas paints."""
    metrics = QFontMetricsF(styles.font(font_role))
    words = text.replace(SOFT_HYPHEN, "").split()
    result: list[str] = []
    while words and len(result) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:
            head, rest = _break_word(line, lambda part: metrics.horizontalAdvance(part) <= width)
            words.insert(0, rest)
            line = head
        result.append(line)
    if words:
        result.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    # U+2028 is a hard line break for Qt's text layout ("\n" is not, in plain text).
    return "\u2028".join(result)


def _break_word(word: str, fits) -> tuple[str, str]:
    """``word`` (too long for its line) as the part on this line and the rest: after its own
    last hyphen or slash that fits, else at its last syllable that fits (adding a hyphen),
    else where it no longer fits."""
    choices = [(point, word[:point]) for point, char in enumerate(word[:-1], start=1)
               if char in "-/"]
    choices += [(point, word[:point] + "-") for point in text_break_points(word)]
    fitting = sorted(choice for choice in choices if fits(choice[1]))
    if fitting:
        point, head = fitting[-1]
        return head, word[point:]
    cut = len(word)
    while cut > 1 and not fits(word[:cut] + "-"):
        cut -= 1
    return word[:cut] + "-", word[cut:]


_VECTOR_ENGINES = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf)


def draw_static_text(painter, point: QPointF, static: QStaticText) -> None:
    """``drawStaticText``, except into SVG and PDF, where it would become glyph outlines:
    an exported diagram keeps its text as text (selectable, searchable)."""
    engine = painter.paintEngine()
    if engine is not None and engine.type() in _VECTOR_ENGINES:
        rect = QRectF(point.x(), point.y(), static.textWidth(), static.size().height() + 2)
        painter.drawText(rect, static.text().replace("\u2028", "\n"), static.textOption())
    else:
        painter.drawStaticText(point, static)


def _elided(text: str, shown: str) -> bool:
    return shown.endswith("…") and not text.rstrip().endswith("…")


def _static_text(text: str, font_role: str, width: float, lines: int) -> QStaticText:
    return _prepared(fit_lines(text, font_role, width, lines), font_role, width)


def _prepared(text: str, font_role: str, width: float) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(width)
    static.setTextOption(_text_option())
    static.prepare(QTransform(), styles.font(font_role))
    return static


def detail_text(step: StepBase) -> str:
    """The second line of a step: what matters most about it at a glance."""
    if isinstance(step, AiTaskStep):
        return styles.policy_text(step.review)
    if isinstance(step, ReviewStep) and step.four_eyes:
        return styles.tr("four-eyes")
    if isinstance(step, ExceptionStep) and step.sla_hours is not None:
        return styles.tr("SLA {hours} h").format(hours=styles.short_number(step.sla_hours))
    return ""


class StepItem(QGraphicsItem):
    """A step: the item's position is the step centre in scene coordinates."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, step: StepBase):
        super().__init__()
        self.step_id = step.id
        self.kind = step.kind
        self.style = STEP_STYLES[self.kind]
        self._geometry = _geometry(self.kind)
        #: Flow items attached to this step; they follow it while it moves.
        self.flows: set = set()
        self.hovered = False
        self.name = ""
        self.detail = ""
        self._name_text: QStaticText | None = None
        self._name_role = NAME_FONTS[0]
        self._detail_text: QStaticText | None = None
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable
                      | flags.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.update_from(step)

    def type(self) -> int:
        return self.Type

    def update_from(self, step: StepBase) -> None:
        detail = detail_text(step)
        if step.name != self.name or detail != self.detail:
            self.name, self.detail = step.name, detail
            self._name_text = self._detail_text = None
            self.update()

    # -- geometry ---------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._geometry["bounds"]

    def shape(self) -> QPainterPath:
        return self._geometry["shape"]

    def body_rect(self) -> QRectF:
        return self._geometry["body"]

    def name_rect(self) -> QRectF:
        return self._geometry["name"]

    def port(self, side: str) -> QPointF:
        """Where flows attach: the middle of the "left", "right", "top" or "bottom" edge."""
        w, h = self.style.width / 2, self.style.height / 2
        offset = {"left": (-w, 0), "right": (w, 0), "top": (0, -h), "bottom": (0, h)}[side]
        return self.pos() + QPointF(*offset)

    def handle_contains(self, local: QPointF) -> bool:
        delta = local - self._geometry["handle"]
        return delta.x() ** 2 + delta.y() ** 2 <= (HANDLE_RADIUS + 3) ** 2

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self._geometry["handle"])

    # -- drawing ----------------------------------------------------------------------------
    def paint(self, painter, option, widget=None) -> None:
        kind = self.kind
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(styles.step_pen(kind))
        painter.setBrush(styles.step_brush_color(kind))
        painter.drawPath(styles.step_path(kind))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if selected:
            painter.setPen(_selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(styles.step_path(kind))
        if lod < TEXT_MIN_LOD:
            return
        self._paint_icon(painter)
        self._paint_texts(painter)
        if selected or self.hovered:
            painter.setPen(_icon_pen(kind))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(self._geometry["handle"], HANDLE_RADIUS, HANDLE_RADIUS)

    def _paint_icon(self, painter) -> None:
        kind = self.kind
        centre = self._geometry["icon"]
        if kind == StepKind.AI_TASK:
            badge = QRectF(centre.x() - 13, centre.y() - 10, 28, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.style.border))
            painter.drawRoundedRect(badge, 5, 5)
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(styles.font("badge"))
            # The badge's two letters: "KI" in German.
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, styles.tr("AI"))
            return
        if kind == StepKind.DECISION:
            return  # the diamond and its question say it; the "?" glyph is the palette's
        painter.translate(centre)
        filled = kind in (StepKind.TRIGGER, StepKind.END, StepKind.EXCEPTION)
        painter.setPen(_icon_pen(kind))
        painter.setBrush(QColor(self.style.border) if filled else Qt.BrushStyle.NoBrush)
        painter.drawPath(styles.icon_path(kind))
        if kind == StepKind.EXCEPTION:
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(styles.font("badge"))
            painter.drawText(QRectF(-6, -5, 12, 14), Qt.AlignmentFlag.AlignCenter, "!")
        painter.translate(-centre)

    def name_layout(self) -> tuple[str, bool, str]:
        """The name as drawn (lines joined by U+2028), whether the detail line is shown and
        the font role of the name. The name comes first: when it needs a third line, the
        detail line gives up its room (it stays in the tooltip and the Properties panel);
        when three lines are not enough, the name steps down to 10 and then 9 pt."""
        width = self._geometry["name"].width()
        tries = []
        if self.style.label_below:
            tries = [(role, 2, False) for role in NAME_FONTS] + [(NAME_FONTS[-1], 3, False)]
        else:
            if self.detail:
                tries.append((NAME_FONTS[0], 2, True))
            tries += [(role, 3, False) for role in NAME_FONTS]
            # Last resort before cutting: a fourth line, where the box is high enough.
            smallest = NAME_FONTS[-1]
            spacing = QFontMetricsF(styles.font(smallest)).lineSpacing()
            if 4 * spacing <= self._geometry["name"].height() + 2:
                tries.append((smallest, 4, False))
        for role, lines, with_detail in tries:
            shown = fit_lines(self.name, role, width, lines)
            if not _elided(self.name, shown):
                return shown, with_detail, role
        return shown, False, role

    def _paint_texts(self, painter) -> None:
        rect = self._geometry["name"]
        if self._name_text is None:
            text, with_detail, self._name_role = self.name_layout()
            self._name_text = _prepared(text, self._name_role, rect.width())
            self._detail_text = None
            if with_detail:
                self._detail_text = _static_text(self.detail, "detail",
                                                 self._geometry["detail"].width(), 1)
        painter.setPen(QColor("#1B1B1B"))
        painter.setFont(styles.font("name"))
        available = rect
        if self._detail_text is not None:
            detail = self._geometry["detail"]
            available = QRectF(rect.left(), rect.top(), rect.width(),
                               detail.top() - rect.top())
            painter.setFont(styles.font("detail"))
            painter.setPen(QColor(self.style.border))
            draw_static_text(painter, QPointF(detail.left(), detail.top()), self._detail_text)
            painter.setPen(QColor("#1B1B1B"))
        painter.setFont(styles.font(self._name_role))
        size = self._name_text.size()
        top = rect.top() if self.style.label_below else \
            available.top() + max(0.0, (available.height() - size.height()) / 2)
        draw_static_text(painter, QPointF(rect.left(), top), self._name_text)

    # -- interaction ------------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        # Set here, not per item at build time: a tooltip costs on every one of 2,000 steps.
        tip = f"{styles.kind_name(self.kind)}: {self.name}"
        if self.detail:
            tip += f"\n{self.detail}"
        if self.toolTip() != tip:
            self.setToolTip(tip)
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        scene = self.scene()
        if (event.button() == Qt.MouseButton.LeftButton and self.handle_contains(event.pos())
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            scene.begin_connect(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            scene.begin_move(self)

    def mouseMoveEvent(self, event) -> None:
        scene = self.scene()
        if scene.connecting_from is self:
            scene.update_connect(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        scene = self.scene()
        if scene.connecting_from is self:
            scene.end_connect(event.scenePos())
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            scene.end_move()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().begin_rename(self)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def itemChange(self, change, value):
        # Called a dozen times per item while a scene is built: keep it lean.
        if change == _POSITION_HAS_CHANGED:
            for flow in self.flows:
                flow.update_geometry()
            scene = self.scene()
            if scene is not None and scene.overview:
                scene.overview_changed()
        elif change == _POSITION_CHANGE:
            scene = self.scene()
            if scene is not None and scene.moving and scene.snap_enabled:
                return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        return value
