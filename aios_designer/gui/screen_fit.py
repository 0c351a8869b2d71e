"""Finding what a screen too small for the app would cut: text clipped or elided, buttons
out of reach, panels that scroll sideways.

``problems(window, screen)`` looks at every visible widget of a top-level window as Qt has
laid it out and names each defect, so that a test (and ``python -m
aios_designer.gui.screen_fit``) can open every panel and dialog at 1280 × 720 and at
1920 × 1080 with 150 % scaling and fail on the first cut word.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QDialogButtonBox,
                               QHeaderView, QLabel, QListView, QScrollArea, QStyle, QStyleOptionViewItem,
                               QTabBar, QWidget)

if TYPE_CHECKING:
    from collections.abc import Iterator

#: Pixels of rounding allowed before a text counts as cut.
SLACK = 1


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    if text.rstrip().endswith("…") and label.toolTip():
        return f"label elided: {text!r}"
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"label cut ({needed} px needed, {label.height()} shown): {text!r}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK:
        return (f"label cut ({hint.width()}×{hint.height()} needed, "
                f"{label.width()}×{label.height()} shown): {text!r}")
    return ""


def button_problem(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"button cut ({hint.width()} px needed, {button.width()} shown): {button.text()!r}"
    return ""


def header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    if hasattr(header, "needed_height"):  # a WrapHeader: titles wrap, the header grows
        return _wrapped_header_problems(header)
    metrics = header.fontMetrics()
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal:
            lines = str(text).split("\n")
            needed = max(metrics.horizontalAdvance(line) for line in lines) + margins
        else:
            needed = metrics.height() * (str(text).count("\n") + 1)
        if needed > size + SLACK:
            found.append(f"header cut ({needed} px needed, {size} shown): {text!r}")
    return found


def _wrapped_header_problems(header) -> list[str]:
    """A wrapping header cuts a title that needs more lines than it may take, a piece of a
    word wider than its column, or lines beyond the header's height."""
    from .wrap_header import MAX_LINES

    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or not header.title(section):
            continue
        size = header.sectionSize(section)
        lines = header.lines(section)
        text = header.title(section)
        if not header.fits(section):
            found.append(f"header cut (a word wider than its {size} px): {text!r}")
        elif lines > MAX_LINES:
            found.append(f"header cut ({lines} lines needed, {MAX_LINES} shown): {text!r}")
    if header.height() + SLACK < header.needed_height():
        found.append(f"header cut ({header.needed_height()} px high needed, "
                     f"{header.height()} shown)")
    return found


def tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint = bar.tabSizeHint(index)
        rect = bar.tabRect(index)
        vertical = bar.shape() in (QTabBar.Shape.RoundedEast, QTabBar.Shape.RoundedWest,
                                   QTabBar.Shape.TriangularEast, QTabBar.Shape.TriangularWest)
        needed, shown = (hint.height(), rect.height()) if vertical else (hint.width(),
                                                                          rect.width())
        if needed > shown + SLACK:
            found.append(f"tab cut ({needed} px needed, {shown} shown): {bar.tabText(index)!r}")
    return found


def item_view_problems(view: QAbstractItemView, limit: int = 300) -> list[str]:
    """Texts of visible cells that Qt elides ("Datenschu…"): cells whose text is wider than
    the cell, in a view that does not wrap it."""
    model = view.model()
    if model is None or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return []
    wraps = getattr(view, "wordWrap", lambda: False)()
    found = []
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    root = QModelIndex()
    rows = [(model.index(row, 0), row) for row in range(min(model.rowCount(root), limit))]
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model hides it: one column
        columns = 1
    for first, row in rows:
        for column in range(columns):
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            if view.indexWidget(index) is not None:
                continue
            # What the delegate needs for the text at the cell's width, as Qt measures it.
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect = QRect(0, 0, rect.width(), rect.height())
            option.font = view.font()
            option.features |= (QStyleOptionViewItem.ViewItemFeature.WrapText if wraps
                                else QStyleOptionViewItem.ViewItemFeature.None_)
            option.text = text
            option.decorationSize = view.iconSize()
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            delegate = view.itemDelegateForIndex(index)
            hint = delegate.sizeHint(option, index)
            if wraps and hint.width() > rect.width() + SLACK:
                # Wrapping breaks between words only: a longer word is elided ("Datenschu…").
                found.append(f"cell cut (a word of {hint.width()} px in {rect.width()}): "
                             f"{text!r}")
            elif wraps and hint.height() > rect.height() + SLACK:
                found.append(f"cell cut ({hint.height()} px high needed, {rect.height()} "
                             f"shown): {text!r}")
            elif not wraps and hint.width() > rect.width() + SLACK:
                found.append(f"cell elided ({hint.width()} px needed, {rect.width()} "
                             f"shown): {text!r}")
    return found


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(inner)


def problems(window: QWidget, screen: QRect) -> list[str]:
    """Every defect of ``window`` (a top-level widget) on a screen of ``screen``."""
    found: list[str] = []
    frame = window.frameGeometry() if window.isWindow() else QRect(
        window.mapToGlobal(window.rect().topLeft()), window.size())
    if not _inside(QRect(window.mapToGlobal(window.rect().topLeft()), window.size()), screen):
        found.append(f"{_name(window)}: window {frame.getRect()} outside the screen "
                     f"{screen.getRect()}")
    widgets = [window] + window.findChildren(QWidget)
    for widget in widgets:
        if not _shown(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            issue = label_problem(widget)
            issues = [issue] if issue else []
        elif isinstance(widget, QAbstractButton):
            issue = button_problem(widget)
            issues = [issue] if issue else []
        elif isinstance(widget, QHeaderView):
            issues = header_problems(widget)
        elif isinstance(widget, QTabBar):
            issues = tab_problems(widget)
        elif isinstance(widget, QAbstractItemView):
            issues = item_view_problems(widget)
            bar = widget.horizontalScrollBar()
            if isinstance(widget, QListView) and bar.isVisible() and bar.maximum() > 0:
                # A list is read top to bottom; sideways its entries are cut at either end.
                issues.append("list scrolls sideways")
        elif isinstance(widget, QScrollArea):
            bar = widget.horizontalScrollBar()
            issues = ["panel scrolls sideways"] if bar.isVisible() and bar.maximum() > 0 \
                else []
        else:
            issues = []
        if isinstance(widget, QDialogButtonBox):
            for button in widget.buttons():
                place = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
                if button.isVisible() and not (_inside(place, screen)
                                               and not button.visibleRegion().isEmpty()):
                    issues.append(f"button out of reach: {button.text()!r}")
        found.extend(f"{_name(widget)}: {issue}" for issue in issues)
    return found


def scrolled_away(widget: QWidget) -> bool:
    """True when ``widget`` lies in a scroll area outside its visible part (reachable by
    scrolling, so not a defect by itself)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return widget.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


# -- every panel and dialog, on the screen the application runs on ------------------------------
def _settle(app) -> None:
    from PySide6.QtTest import QTest

    for _ in range(3):
        app.processEvents()
        QTest.qWait(20)


def tab_pages(root: QWidget, settle) -> "Iterator[str]":
    """Show every page of every tab widget in ``root`` in turn (pages inside pages too),
    yielding the tab path ("Processors (AVV)") while it is shown; each tab widget gets its
    page of before back. A defect behind a tab nobody clicks in the audit is still one on
    the projector."""
    from PySide6.QtWidgets import QTabWidget

    def visible_tabs(widget: QWidget) -> list[QTabWidget]:
        # A tab widget in a dock behind another dock's tab counts as visible, but nobody
        # sees it: its pages are visited when that dock is shown.
        return [tabs for tabs in widget.findChildren(QTabWidget)
                if tabs.isVisible() and not tabs.visibleRegion().isEmpty()
                and tabs.window() is root.window()
                and not any(isinstance(p, QTabWidget) and p is not tabs
                            for p in _ancestors(tabs, widget))]

    def walk(widget: QWidget, path: str):
        for tabs in visible_tabs(widget):
            before = tabs.currentIndex()
            for index in range(tabs.count()):
                if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                where = f"{path}tab {tabs.tabText(index).replace('&', '')!r}"
                yield where
                yield from walk(tabs.widget(index), where + " ▸ ")
            tabs.setCurrentIndex(before)
            settle()

    yield from walk(root, "")


def _ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    """The parents of ``widget`` below ``stop``."""
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _dialogs(window):
    """(name, dialog) for every dialog the menus open, built but not run."""
    from PySide6.QtWidgets import QMessageBox

    from ..model import StepKind
    from .dialogs.ai_act_dialog import AiActDialog
    from .dialogs.calibration_dialog import CalibrationDialog
    from .dialogs.data_protection_dialog import DataProtectionDialog
    from .dialogs.raci_import_dialog import RaciImportDialog
    from .file_controller import TemplateDialog
    from .flow_kinds import FlowLegendDialog
    from .i18n import current_language

    document = window.document
    yield "AI Act", AiActDialog(document, window)
    yield "data protection", DataProtectionDialog(document, window)
    ai = next((s for s in document.model.steps if s.kind == StepKind.AI_TASK), None)
    if ai is not None:
        yield "calibration", CalibrationDialog(document, ai.id, window)
    yield "RACI import", RaciImportDialog(document, window)
    yield "new model", TemplateDialog(current_language(), window)
    yield "flow legend", FlowLegendDialog(window)
    about = QMessageBox(QMessageBox.Icon.Information, window.tr("About AIOS Designer"),
                        window.tr("<b>AIOS Designer</b><br>Design the operating model of one "
                                  "AI workflow: human-AI workflow, review thresholds, RACI, "
                                  "KPIs, EU AI Act and GDPR."),
                        QMessageBox.StandardButton.Ok, window)
    yield "about", about


def _selections(model) -> list[tuple[str, list[str]]]:
    """What the Properties panel is looked at with: nothing, one step of each kind, a flow
    with a condition, a role."""
    chosen = [("nothing selected", [])]
    seen = set()
    for step in model.steps:
        if step.kind not in seen:
            seen.add(step.kind)
            chosen.append((f"step {step.kind.value}", [step.id]))
    flow = max(model.flows, key=lambda f: len(f.condition), default=None)
    if flow is not None:
        chosen.append(("flow", [flow.id]))
    if model.roles:
        chosen.append(("role", [model.roles[0].id]))
    return chosen


def audit(lang: str, templates: list[str]) -> list[str]:
    """Open every panel and dialog with each template in ``lang`` on the primary screen and
    return the defects found, each prefixed with where it was seen."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    from .app import ensure_application
    from .i18n import install_language
    from .main_window import MainWindow

    app = ensure_application()
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setApplicationName("AIOS Designer screen fit")
    QSettings().clear()
    install_language(lang)
    screen = app.primaryScreen().availableGeometry()
    window = MainWindow()
    window.showMaximized()
    _settle(app)
    found: list[str] = []

    def look(where: str, widget) -> None:
        found.extend(f"{lang} {screen.width()}×{screen.height()} {where}: {issue}"
                     for issue in problems(widget, screen))
        for page in tab_pages(widget, lambda: _settle(app)):
            found.extend(f"{lang} {screen.width()}×{screen.height()} {where} {page}: {issue}"
                         for issue in problems(widget, screen))

    for template in templates:
        window.files.new_from_template(template, lang, prompt=False)
        window.show_opened_model()
        _settle(app)
        for name, dock in window.docks.items():
            dock.show()
            dock.raise_()
            _settle(app)
            if name == "properties":
                for what, ids in _selections(window.document.model):
                    window.select_elements(ids)
                    _settle(app)
                    look(f"{template} Properties ({what})", window)
            else:
                look(f"{template} panel {name}", window)
        for name, dialog in _dialogs(window):
            dialog.show()
            _settle(app)
            look(f"{template} dialog {name}", dialog)
            dialog.close()
            dialog.deleteLater()
    window.document.replace_model(window.document.model)  # nothing to ask at close
    window.keeper.timer.stop()
    window.document.undo_stack.setClean()
    window.close()
    return found


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    from ..templates import list_templates

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "de"])
    parser.add_argument("--template", action="append",
                        help="template name (default: every bundled template)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    templates = args.template or [info.name for info in list_templates()]
    found = audit(args.lang, templates)
    print(json.dumps(found, ensure_ascii=False, indent=1) if args.json else "\n".join(found))
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
