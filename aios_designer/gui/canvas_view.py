"""The workflow canvas: a QGraphicsView on a ``WorkflowScene`` with the editing commands.

The main window wires its actions to the slots here (delete, cut, copy, paste, duplicate,
select all, zoom, auto-layout, place_step); the view also handles the standard keys itself
so it works on its own (tests, presentation mode without menus).
"""
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QToolTip

from ..diagram.layered import auto_layout
from ..model import StepKind
from . import clipboard
from .document import Document
from .palette import STEP_KIND_MIME
from .scene import styles
from .scene.lane_item import HEADER_WIDTH
from .scene.step_item import fit_lines
from .scene.styles import GRID
from .scene.workflow_scene import WorkflowScene

MIN_ZOOM, MAX_ZOOM = 0.002, 4.0
ZOOM_STEP = 1.25
#: Width of the colour band a floating lane name shrinks to where it would cover a step.
LANE_BAND_WIDTH = 6
#: Widest a floating lane name gets, and the most lines it wraps onto.
PINNED_WIDTH, PINNED_LINES = 240, 3
#: The smallest zoom at which step names are legible from the back of a workshop room
#: (11 pt names drawn at about 8 pt); zoom to fit never goes below it.
LEGIBLE_ZOOM = 0.7
#: Below this zoom the scene draws an overview (batched shapes) instead of single items.
OVERVIEW_ZOOM = 0.25


class CanvasView(QGraphicsView):
    zoom_changed = Signal(float)
    #: Ids of the selected steps, flows and roles (lanes).
    selection_changed = Signal(list)

    def __init__(self, document: Document, parent=None):
        self.document = document
        self.workflow_scene = WorkflowScene(document)
        super().__init__(self.workflow_scene, parent)
        self.workflow_scene.setParent(self)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        # Flows can span the whole canvas; one bounding rectangle per change is cheaper to
        # compute than many small regions and repaints no more than needed on a drag.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_start: QPoint | None = None
        self._space_held = False
        self._paste_count = 0
        self._shown_once = False
        self._pinned_last = False
        #: A view_state to come back to once the viewport has its size of then.
        self._pending_view = None
        self.workflow_scene.selectionChanged.connect(self._on_selection_changed)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._on_scrolled)
        # Connected after the scene's own slot, so the scene is rebuilt when this runs.
        document.model_replaced.connect(self.scroll_to_start)

    # -- look-ups for panels and tests ------------------------------------------------------
    def item_for(self, element_id: str):
        """The item showing a step, flow or role (lane), or None."""
        return self.workflow_scene.item_for(element_id)

    def map_from_scene(self, point: QPointF) -> QPoint:
        """Viewport coordinates of a scene point (where to click to hit it)."""
        return self.mapFromScene(point)

    def selected_ids(self) -> list[str]:
        return self.workflow_scene.selected_ids()

    def _on_selection_changed(self) -> None:
        if not self.workflow_scene.updating:
            self.selection_changed.emit(self.selected_ids())

    @Slot(list)
    def select_ids(self, ids, centre: bool = True) -> None:
        """Select these elements and centre the view on them (e.g. from the Checks panel);
        with ``centre=False`` only scroll as far as needed to show them."""
        scene = self.workflow_scene
        items = [item for item in (scene.item_for(i) for i in ids) if item is not None]
        scene.blockSignals(True)
        scene.clearSelection()
        for item in items:
            item.setSelected(True)
        scene.blockSignals(False)
        self._on_selection_changed()
        if items:
            rect = QRectF()
            for item in items:
                rect = rect.united(item.sceneBoundingRect())
            if centre:
                self.centerOn(rect.center())
            else:
                self.ensureVisible(rect, 40, 40)

    # -- editing slots ----------------------------------------------------------------------
    @Slot()
    def select_all(self) -> None:
        scene = self.workflow_scene
        scene.blockSignals(True)
        for item in list(scene.steps.values()) + list(scene.flows.values()):
            item.setSelected(True)
        scene.blockSignals(False)
        self._on_selection_changed()

    @Slot()
    def delete_selected(self, text: str | None = None) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        return self.document.remove_elements(ids, text or self.tr("Delete"))

    @Slot()
    def copy(self) -> bool:
        payload = clipboard.copy_payload(self.document.model, self.selected_ids())
        if payload is None:
            return False
        names = [s.name for s in self.document.model.steps if s.id in set(self.selected_ids())]
        QGuiApplication.clipboard().setMimeData(clipboard.mime_data(payload, names))
        self._paste_count = 0
        return True

    @Slot()
    def cut(self) -> bool:
        return self.copy() and self.delete_selected(self.tr("Cut"))

    @Slot()
    def paste(self) -> list[str]:
        payload = clipboard.payload_from(QGuiApplication.clipboard().mimeData())
        if payload is None:
            return []
        self._paste_count += 1
        return self._paste(payload, self._paste_count, self.tr("Paste"))

    @Slot()
    def duplicate(self) -> list[str]:
        payload = clipboard.copy_payload(self.document.model, self.selected_ids())
        if payload is None:
            return []
        return self._paste(payload, 1, self.tr("Duplicate"))

    def can_paste(self) -> bool:
        return clipboard.payload_from(QGuiApplication.clipboard().mimeData()) is not None

    def _paste(self, payload: str, times: int, text: str) -> list[str]:
        try:
            steps, flows = clipboard.paste_elements(self.document.model, payload,
                                                    (2 * GRID * times, 2 * GRID * times))
        except ValueError:
            return []
        self.document.add_elements(text, steps=steps, flows=flows)
        ids = [s.id for s in steps] + [f.id for f in flows]
        self.select_ids(ids, centre=False)
        return ids

    @Slot()
    def rename_selected(self) -> bool:
        items = self.workflow_scene.selectedItems()
        if len(items) != 1:
            return False
        self.ensureVisible(items[0])
        return self.workflow_scene.begin_rename(items[0])

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the selected steps by (dx, dy): one undo step."""
        ids = [i for i in self.selected_ids() if i in self.workflow_scene.steps]
        return self.workflow_scene.move_by(ids, dx, dy)

    @Slot()
    def auto_layout(self) -> bool:
        """Lay out all steps left to right within their lanes, as one undoable command."""
        model = self.document.model
        placements = auto_layout(model)
        # Routes adjusted by hand were drawn for the old places: every flow is routed anew.
        adjusted = [f.id for f in model.flows if f.waypoints]
        return self.document.move_steps(placements, self.tr("Auto-layout"), adjusted)

    def place_step(self, kind: StepKind | str, scene_pos: QPointF | None = None) -> str:
        """Add a step of ``kind`` (palette). Without a position: next to the selected step in
        its lane, else at the free spot nearest the view centre. Returns the new step id."""
        kind = StepKind(kind)
        scene = self.workflow_scene
        if scene_pos is None:
            selected = [scene.steps[i] for i in self.selected_ids() if i in scene.steps]
            if selected:
                anchor = selected[-1]
                lane = scene.lane_at(anchor.pos().y())
                scene_pos = scene.next_spot_in_lane(kind, lane.role_id,
                                                    anchor.pos().y() - lane.top)
            else:
                scene_pos = scene.free_spot(
                    kind, self.mapToScene(self.viewport().rect().center()))
        step_id = scene.add_step(kind, scene_pos)
        self.select_ids([step_id], centre=False)
        return step_id

    @Slot(bool)
    def set_snap_enabled(self, enabled: bool) -> None:
        self.workflow_scene.snap_enabled = bool(enabled)

    def snap_enabled(self) -> bool:
        return self.workflow_scene.snap_enabled

    @Slot()
    def scroll_to_start(self) -> None:
        """Show the top-left of the workflow: the first lane labels and the triggers."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.scroll_to_start()

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    @Slot(float)
    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        self.scale(factor / current, factor / current)
        self.workflow_scene.set_overview(self.zoom() < OVERVIEW_ZOOM)
        self.zoom_changed.emit(self.zoom())

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    @Slot()
    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    @Slot()
    def zoom_to_fit(self, min_zoom: float | None = LEGIBLE_ZOOM) -> None:
        """Show the whole workflow, but never below ``min_zoom``, where step names stop being
        legible on a projector: a workflow too large for that fits its width (or shows its
        start at ``min_zoom``) and the rest is scrolled to."""
        rect = self.workflow_scene.content_rect().adjusted(-20, -20, 20, 20)
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        width_fit = view.width() / rect.width()
        factor = min(width_fit, view.height() / rect.height(), 1.5)
        if min_zoom is not None and factor < min_zoom:
            self.set_zoom(max(min_zoom, min(width_fit, 1.5)))
            self.scroll_to_start()
            return
        self.set_zoom(factor)
        self.centerOn(rect.center())

    def view_state(self) -> tuple[float, int, int, int, int]:
        """Zoom, scroll position and viewport size, to come back to (presentation mode)."""
        size = self.viewport().size()
        return (self.zoom(), self.horizontalScrollBar().value(),
                self.verticalScrollBar().value(), size.width(), size.height())

    def restore_view_state(self, state: tuple[float, int, int, int, int]) -> None:
        """Back to a ``view_state``: now, and again when the viewport has its size of then
        (leaving full screen resizes the window later, which would shift the scroll)."""
        self._pending_view = state
        self._apply_view_state()
        QTimer.singleShot(1000, self, self._forget_view_state)

    def _apply_view_state(self) -> None:
        zoom, x, y, width, height = self._pending_view
        self.set_zoom(zoom)
        self.horizontalScrollBar().setValue(x)
        self.verticalScrollBar().setValue(y)
        if (self.viewport().width(), self.viewport().height()) == (width, height):
            self._pending_view = None

    def _forget_view_state(self) -> None:
        self._pending_view = None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._pending_view is not None:
            self._apply_view_state()

    # -- lane names stay in sight ------------------------------------------------------------
    def _labels_pinned(self) -> bool:
        scene = self.workflow_scene
        left = self.mapToScene(QPoint(0, 0)).x()
        return bool(scene.lanes) and scene.lane_left + HEADER_WIDTH * 0.6 < left

    def _on_scrolled(self) -> None:
        # Scrolling blits the old pixels; pinned labels must not be dragged along with them.
        if self._labels_pinned() or self._pinned_last:
            self.viewport().update()

    def drawForeground(self, painter, rect) -> None:
        super().drawForeground(painter, rect)
        self._pinned_last = self._labels_pinned()
        if self._pinned_last:
            self._draw_pinned_lane_names(painter)

    def _draw_pinned_lane_names(self, painter) -> None:
        """When the label column is scrolled out of view, the lane names float at the left
        edge, so a long workflow on a projector still says whose lane is whose. A long name
        wraps onto up to three lines (long words at a syllable); hovering shows it whole."""
        height = self.viewport().height()
        painter.save()
        painter.resetTransform()
        painter.setFont(styles.font("lane"))
        for lane, text, box, top, bottom in self._pinned_labels():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(216, 224, 232, 230))
            if self._covers_a_step(box):
                # The name would hide a step: only the lane's colour band at the edge.
                band = QRect(0, max(top, 0), LANE_BAND_WIDTH,
                             min(bottom, height) - max(top, 0))
                painter.drawRect(band)
                continue
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#263238"))
            painter.drawText(box.adjusted(8, 4, -8, -4), Qt.AlignmentFlag.AlignCenter,
                             text.replace("\u2028", "\n"))
        painter.restore()

    def _pinned_labels(self):
        """(lane, text with U+2028 line breaks, box, lane top, lane bottom) of every floating
        lane name in sight, in viewport pixels."""
        metrics = QFontMetrics(styles.font("lane"))
        line = metrics.lineSpacing()
        found = []
        for lane in self.workflow_scene.lanes:
            top = self.mapFromScene(QPointF(0, lane.top)).y()
            bottom = self.mapFromScene(QPointF(0, lane.bottom)).y()
            if bottom < 0 or top > self.viewport().height() or bottom - top < line + 8:
                continue
            lines = max(1, min(PINNED_LINES, (bottom - top - 8) // line))
            text = fit_lines(lane.name, "lane", PINNED_WIDTH - 16, lines)
            rows = text.split("\u2028")
            box = QRect(4, max(top, 0) + 4,
                        max(metrics.horizontalAdvance(row) for row in rows) + 16,
                        line * len(rows) + 8)
            found.append((lane, text, box, top, bottom))
        return found

    def pinned_label_at(self, point: QPoint) -> str | None:
        """The whole name of the lane whose floating label is at ``point`` (viewport)."""
        if not self._labels_pinned():
            return None
        for lane, _text, box, _top, _bottom in self._pinned_labels():
            if box.contains(point) and not self._covers_a_step(box):
                return lane.name
        return None

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            name = self.pinned_label_at(event.pos())
            if name is not None:
                QToolTip.showText(event.globalPos(), name, self.viewport())
                return True
        return super().viewportEvent(event)

    def _covers_a_step(self, box: QRect) -> bool:
        from .scene.step_item import StepItem

        area = self.mapToScene(box.adjusted(-2, -2, 2, 2)).boundingRect()
        return any(isinstance(item, StepItem) for item in self.workflow_scene.items(area))

    def pinned_lane_labels(self) -> list[tuple[str, QRect, bool]]:
        """(lane name, label box in viewport pixels, shown as a band only) of the floating
        lane names, as drawn now (tests)."""
        if not self._labels_pinned():
            return []
        return [(lane.name, box, self._covers_a_step(box))
                for lane, _text, box, _top, _bottom in self._pinned_labels()]

    def pinned_lane_texts(self) -> dict[str, list[str]]:
        """Lane name → the lines its floating label shows (tests)."""
        if not self._labels_pinned():
            return {}
        return {lane.name: text.split("\u2028")
                for lane, text, _box, _top, _bottom in self._pinned_labels()}

    # -- events -----------------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        """Right-click: the kind of the flow under the mouse, and the legend of flow kinds."""
        from . import flow_kinds
        from .scene.flow_item import FlowItem

        flow_id = None
        for item in self.items(event.pos()):
            owner = getattr(item, "flow_item", item)  # a flow's label belongs to the flow
            if isinstance(owner, FlowItem):
                flow_id = owner.flow_id
                break
            if item.zValue() >= 0:  # a step lies on top: not a flow's menu
                break
        if flow_id is not None:
            self.select_ids([flow_id], centre=False)
        menu = flow_kinds.flow_menu(self, self.document, flow_id,
                                    lambda: flow_kinds.show_legend(self.window()))
        flow_kinds.popup(menu, event.globalPos())
        menu.deleteLater()
        event.accept()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Kind and policy lines, badges and the decimal separator of flow labels are drawn in
        # the interface language: draw every item anew after a switch.
        if event.type() == QEvent.Type.LanguageChange and self.scene() is not None:
            self.scene().rebuild()
        super().changeEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().y():
            # Workflows run left to right: Shift+wheel walks along them.
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._pan_start = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        on_item = self.itemAt(event.position().toPoint()) is not None
        self.workflow_scene.rubber_banding = (event.button() == Qt.MouseButton.LeftButton
                                              and not on_item)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_start is not None:
            point = event.position().toPoint()
            delta = point - self._pan_start
            self._pan_start = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_held
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.workflow_scene.rubber_banding = False

    def event(self, event) -> bool:
        # Esc in the middle of a gesture cancels the gesture, even where the window binds Esc
        # to something else (leaving presentation mode).
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape
                and (self.workflow_scene.moving or self.workflow_scene.connecting_from)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        scene = self.workflow_scene
        if scene.editor is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        control = mods & Qt.KeyboardModifier.ControlModifier
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not control and self._selected_step_ids():
            step = GRID if self.snap_enabled() else 5.0
            if mods & Qt.KeyboardModifier.ShiftModifier:
                step *= 5
            dx, dy = arrows[key]
            self.nudge(dx * step, dy * step)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat() and not mods:
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_Escape and scene.connecting_from is not None:
            scene.cancel_connect()
        elif key == Qt.Key.Key_Escape and scene.moving:
            scene.cancel_move()
        elif key == Qt.Key.Key_Escape:
            scene.clearSelection()
        elif key == Qt.Key.Key_F2:
            self.rename_selected()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (
                control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
                control and key == Qt.Key.Key_Minus):
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.zoom_reset()
        elif control and key == Qt.Key.Key_D:
            self.duplicate()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan_start is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _selected_step_ids(self) -> list[str]:
        return [i for i in self.selected_ids() if i in self.workflow_scene.steps]

    # Only palette drags are the canvas's business. Anything else (an .aiosm file from the
    # desktop) is ignored here, so it travels on to the main window, which opens files; the
    # scene would otherwise swallow it.
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(STEP_KIND_MIME):
            event.ignore()
            return
        try:
            kind = StepKind(bytes(data.data(STEP_KIND_MIME)).decode("utf-8").strip())
        except ValueError:
            event.ignore()
            return
        self.place_step(kind, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
