"""The workflow canvas at 2,000 steps: open and draw, a drag frame, a pan/zoom frame.

Baseline of the same run: a plain QGraphicsScene with 2,000 Python-painted rectangle nodes
(the least any Python-drawn canvas pays), built and rendered into the same 1600 × 900 view.
Budgets (DESIGN §6): open and draw ≤ 1.0 s; a drag frame ≤ 8 ms median; a pan/zoom frame
with all 2,000 steps visible ≤ 33 ms (level-of-detail drawing when zoomed out).
"""
from functools import cache
from itertools import count
from types import SimpleNamespace

from .generate import make_model
from .runner import Benchmark

N_STEPS, N_ROLES = 2_000, 20
VIEW_SIZE = (1600, 900)


@cache
def _app():
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


@cache
def _model():
    _app()
    return make_model(N_STEPS, N_ROLES, seed=N_STEPS)


def _retire(state: SimpleNamespace, view) -> None:
    # Deleting 4,000 items is not part of opening a model: close the previous round's view
    # here, but keep at most one alive.
    if state.previous is not None:
        state.previous.close()
        state.previous.deleteLater()
    state.previous = view


# -- baseline ------------------------------------------------------------------------------------
def _baseline_setup():
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

    _app()

    class RectNode(QGraphicsItem):
        def __init__(self):
            super().__init__()
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

        def boundingRect(self):
            return QRectF(-80, -32, 160, 64)

        def paint(self, painter, option, widget=None):
            painter.setBrush(QColor("#E3EEFB"))
            painter.drawRect(QRectF(-80, -32, 160, 64))

    def build():
        scene = QGraphicsScene()
        for i in range(N_STEPS):
            node = RectNode()
            node.setPos((i % 50) * 200, (i // 50) * 100)
            scene.addItem(node)
        view = QGraphicsView(scene)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.resize(*VIEW_SIZE)
        view.show()
        view.fitInView(scene.itemsBoundingRect())
        view.viewport().grab()
        return view

    return SimpleNamespace(build=build, previous=None)


def _baseline(state) -> None:
    _retire(state, state.build())


# -- canvas: open and draw -------------------------------------------------------------------------
def _open_setup():
    from aios_designer.gui.canvas_view import CanvasView
    from aios_designer.gui.document import Document

    model = _model()

    def open_view(fit: bool):
        view = CanvasView(Document(model))
        view.resize(*VIEW_SIZE)
        view.show()
        if fit:
            view.zoom_to_fit()
        view.viewport().grab()
        return view

    return SimpleNamespace(open_view=open_view, previous=None)


def _open_100(state) -> None:
    _retire(state, state.open_view(False))


def _open_fit(state) -> None:
    _retire(state, state.open_view(True))


# -- canvas: frames ------------------------------------------------------------------------------
def _shown_view(zoom_to_fit: bool):
    from aios_designer.gui.canvas_view import CanvasView
    from aios_designer.gui.document import Document

    view = CanvasView(Document(_model()))
    view.resize(*VIEW_SIZE)
    view.show()
    if zoom_to_fit:
        view.zoom_to_fit()
    _app().processEvents()
    view.viewport().grab()
    return view


def _drag_setup():
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    view = _shown_view(False)
    model = view.document.model
    # A step in the middle of what is visible, with flows in and out.
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    step = next(s for s in model.steps
                if visible.contains(view.item_for(s.id).pos()) and s.position.x > 400
                and view.item_for(s.id).flows)
    item = view.item_for(step.id)
    start = view.mapFromScene(item.pos() + QPointF(-30, 0))
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    _app().processEvents()
    offsets = count()

    def frame():
        # Back and forth over 100 px: every frame moves the step (snapping to 20 px).
        i = next(offsets) % 10
        dx = 20 * (i if i < 5 else 10 - i) + 3
        QTest.mouseMove(port, start + QPoint(dx, dx // 2))
        _app().processEvents()

    return SimpleNamespace(view=view, frame=frame, item=item)


def _drag(state) -> None:
    state.frame()


def _pan_setup(zoom: float | None = None):
    view = _shown_view(zoom is None)
    if zoom is not None:
        view.set_zoom(zoom)
        view.centerOn(view.workflow_scene.lanes_rect().center())
    bar = view.horizontalScrollBar()
    steps = count()

    def frame():
        # Alternate a small zoom and a pan, then paint the whole viewport synchronously.
        i = next(steps)
        if i % 2:
            view.set_zoom(view.zoom() * (1.02 if i % 4 == 1 else 1 / 1.02))
        else:
            bar.setValue(bar.value() + (5 if i % 4 == 0 else -5))
        view.viewport().repaint()

    return SimpleNamespace(view=view, frame=frame)


def _pan(state) -> None:
    state.frame()


BENCHMARKS = [
    Benchmark("baseline.rects.2000", _baseline, _baseline_setup, min_rounds=5, max_rounds=8,
              note="plain QGraphicsScene, 2,000 Python-painted rects: build + render 1600x900"),
    Benchmark("open.2000", _open_100, _open_setup, baseline="baseline.rects.2000",
              budget_ms=1000, min_rounds=5, max_rounds=8,
              note="Document + CanvasView of a 2,000-step model, shown at 100 %, first frame"),
    Benchmark("open.fit.2000", _open_fit, _open_setup, baseline="baseline.rects.2000",
              budget_ms=1000, min_rounds=5, max_rounds=8,
              note="the same, zoomed to fit: every step and flow drawn in the first frame"),
    Benchmark("drag.frame.2000", _drag, _drag_setup, budget_ms=8, min_rounds=50,
              max_rounds=300, note="one mouse move of a pressed step (edges follow) + repaint"),
    Benchmark("panzoom.frame.2000", _pan, _pan_setup, budget_ms=33, min_rounds=20,
              max_rounds=100, note="zoomed to fit (all 2,000 steps visible): pan/zoom + repaint"),
    Benchmark("panzoom.frame.items.2000", _pan, lambda: _pan_setup(0.3), budget_ms=33,
              min_rounds=20, max_rounds=100,
              note="at 30 % (just above the overview): single items, shapes without text"),
    Benchmark("panzoom.frame.text.2000", _pan, lambda: _pan_setup(1.0), budget_ms=33,
              min_rounds=20, max_rounds=100, note="at 100 %: names, policies, flow labels"),
]
