"""Every text a user can read in a running window: widgets, actions, menus, item views, the
canvas (as painted) and open dialogs, each with a note of where it was found."""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

Found = tuple[str, str]  # (where, text)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _name(obj) -> str:
    return f"{type(obj).__name__}#{obj.objectName()}" if obj.objectName() else type(obj).__name__


def action_texts(actions, where: str, seen: set) -> Iterator[Found]:
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        here = f"{where} › action {action.objectName() or action.text()!r}"
        for text in (action.text(), action.toolTip(), action.statusTip(), action.iconText()):
            yield here, text
        menu = action.menu()
        if menu is not None:
            yield here, menu.title()
            yield from action_texts(menu.actions(), f"{here} › menu", seen)


def _columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def item_view_texts(view: QAbstractItemView, where: str, limit: int = 300) -> Iterator[Found]:
    model = view.model()
    if model is None:
        return
    from PySide6.QtCore import QModelIndex

    root = QModelIndex()
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, root)),
                               (Qt.Orientation.Vertical, model.rowCount(root))):
        for section in range(min(count, limit)):
            for role in _ROLES:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{where} header {section}", value

    def walk(parent, depth: int) -> Iterator[Found]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in _ROLES:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} cell {row},{column}", value
                if column == 0 and depth < 4 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(root, 0)


def painted_texts(view: QGraphicsView, monkeypatch, where: str) -> Iterator[Found]:
    """The texts the canvas paints (step names, kind and policy lines, badges, flow labels),
    recorded from the painter calls of the scene's items while rendering it at 100 %."""
    from PySide6.QtGui import QPainter as Painter

    recorded: list[str] = []
    draw_text, draw_static = Painter.drawText, Painter.drawStaticText

    def record_text(painter, *args):
        recorded.extend(a for a in args if isinstance(a, str))
        return draw_text(painter, *args)

    def record_static(painter, *args):
        recorded.extend(a.text() for a in args if hasattr(a, "textFormat"))
        return draw_static(painter, *args)

    monkeypatch.setattr(Painter, "drawText", record_text)
    monkeypatch.setattr(Painter, "drawStaticText", record_static)
    try:
        scene = view.scene()
        rect = scene.itemsBoundingRect()
        image = QImage(int(rect.width()) + 2, int(rect.height()) + 2,
                       QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        # The view's own overlay (pinned lane names) is painted by the view.
        view.viewport().grab()
    finally:
        monkeypatch.setattr(Painter, "drawText", draw_text)
        monkeypatch.setattr(Painter, "drawStaticText", draw_static)
    for text in recorded:
        yield f"{where} (painted)", text
    for item in view.scene().items():
        if item.toolTip():
            yield f"{where} item tooltip", item.toolTip()


def widget_texts(root: QWidget, monkeypatch=None, seen: set | None = None) -> Iterator[Found]:
    """Texts of ``root`` and every widget below it (hidden ones too: a tab not in front or a
    collapsed section is one click away)."""
    seen = set() if seen is None else seen
    for widget in [root, *root.findChildren(QWidget)]:
        where = _name(widget)
        for getter in ("windowTitle", "toolTip", "statusTip", "whatsThis"):
            yield where, getattr(widget, getter)()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield where, widget.placeholderText()
        if isinstance(widget, QLineEdit) and widget.isReadOnly():
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QDockWidget):
            yield where, widget.windowTitle()
        if isinstance(widget, QAbstractSpinBox):
            yield where, widget.specialValueText()
            for getter in ("prefix", "suffix"):
                if hasattr(widget, getter):
                    yield where, getattr(widget, getter)()
            yield where, widget.text()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{where} item {i}", tip
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
                yield f"{where} tab {i}", widget.tabToolTip(i)
        if isinstance(widget, QMenu):
            yield where, widget.title()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
            yield from item_view_texts(widget, where)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None \
                and monkeypatch is not None:
            yield from painted_texts(widget, monkeypatch, where)
        if not isinstance(widget, QMenuBar):
            yield from action_texts(widget.actions(), where, seen)
        else:
            yield from action_texts(widget.actions(), "menu bar", seen)
