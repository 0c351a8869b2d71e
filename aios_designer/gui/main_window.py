"""The main window: canvas in the centre, palette, dock panels, menus and status bar.

It wires parts together and owns no editing logic: actions live in ``actions.py``, file
handling in ``file_controller.py``, autosave in ``recovery.py``, drawing in the canvas, and
every change of the model goes through the ``Document``.

The window shows in two steps so that it is on screen at once: the frame (menus, toolbar,
palette, dock frames, status bar) needs neither pydantic nor the domain model; the workspace
(document, canvas, panels) is built right after the first frame has been drawn when the
window is created with ``defer_workspace=True``.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..fileio import SUFFIX
from ..model.workflow_kinds import StepKind
from .actions import MainActions
from .i18n import LANGUAGES, current_language, install_language, save_language
from .palette import Palette
from . import panels as panels_package
from . import window_layout
from .panels import PANELS
from .recent_files import recent_files

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from .canvas_view import CanvasView
    from .document import Change, Document
    from .file_controller import FileController
    from .recovery import RecoveryKeeper

APP_NAME = "AIOS Designer"
GEOMETRY_KEY = "window/geometry"

#: Dialog actions built by other parts of the app: (action, module, callable name).
DIALOG_ACTIONS = {
    "export_workbook": "aios_designer.gui.dialogs.workbook_export",
    "export_diagram": "aios_designer.gui.dialogs.diagram_export_dialog",
    "export_handbook": "aios_designer.gui.dialogs.handbook_export_dialog",
    "import_raci": "aios_designer.gui.dialogs.raci_import_dialog",
    "export_bpmn": "aios_designer.gui.dialogs.bpmn_exchange",
    "import_bpmn": "aios_designer.gui.dialogs.bpmn_exchange",
    "calibrate": "aios_designer.gui.dialogs.calibration_dialog",
    "ai_act": "aios_designer.gui.dialogs.ai_act_dialog",
    "data_protection": "aios_designer.gui.dialogs.data_protection_dialog",
}

#: Smallest zoom at which step names stay readable on a projector (zoom to fit's limit).
READABLE_ZOOM = 0.7
#: Smallest zoom while presenting (F11): step names and flow labels at least at full size.
PRESENTATION_ZOOM = 1.0
#: Longest wait for the first frame before the workspace is built anyway (a window that is
#: never exposed, e.g. started on a hidden virtual desktop, must still get its document).
FIRST_FRAME_WAIT_MS = 500


class _FirstFrame(QObject):
    """Calls ``callback`` once, just after the window's first frame has been drawn."""

    def __init__(self, window: QMainWindow, callback):
        super().__init__(window)
        self._callback = callback
        self._handle = window.windowHandle()
        self._handle.installEventFilter(self)
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._fire)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and self._handle.isExposed():
            # Queued: Qt draws and flushes the frame while handling this very event.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._callback is None:
            return
        callback, self._callback = self._callback, None
        self._handle.removeEventFilter(self)
        callback()


class MainWindow(QMainWindow):
    #: The ids selected on the canvas (or in a panel), for every panel.
    selection_changed = Signal(list)
    #: Document, canvas and panels exist (once; within the constructor unless deferred).
    workspace_ready = Signal()

    document: Document
    keeper: RecoveryKeeper
    files: FileController
    canvas: CanvasView

    def __init__(self, document: Document | None = None, parent: QWidget | None = None, *,
                 defer_workspace: bool = False):
        """``defer_workspace``: show the frame first, build the workspace after its first
        frame (the desktop start); otherwise everything exists when this returns."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.commands = MainActions(self)
        self._workspace = False
        self._pending_document = document
        self._first_frame: _FirstFrame | None = None
        self._docks_sized = False
        #: Docks Qt reported shown (in front of their tabs), in that order.
        self._docks_on_show: dict[str, None] = {}
        self._selection: list[str] = []
        self._presentation_state: dict | None = None
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        # Side docks run full height; the bottom docks sit under the canvas only, which
        # leaves the canvas the most height on a 16:9 projector.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        # Four tabs in a narrow side dock would be elided to "R…"; vertical tabs keep the
        # whole panel name readable.
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)

        self.setCentralWidget(self._canvas_area())
        self.step_palette = Palette(self)
        self.step_palette.kind_activated.connect(self.place_step)
        # Palette and main toolbar on the left edge: on a 16:9 projector height is what the
        # lanes lack, width is plenty.
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.step_palette)
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self._create_docks()
        self._create_menus()
        self._create_status_bar()
        self._connect_frame()
        self.retranslate()
        self.resize(1280, 720)
        if not defer_workspace:
            self._build_workspace()

    @property
    def has_workspace(self) -> bool:
        return self._workspace

    def _canvas_area(self) -> QWidget:
        """The central widget the canvas goes into. It stays the same widget when the canvas
        arrives, so the dock sizes set at the first show are kept; until then it shows the
        canvas's empty background."""
        area = QWidget(self)
        area.setBackgroundRole(QPalette.ColorRole.Base)  # as a graphics view's viewport
        area.setAutoFillBackground(True)
        QVBoxLayout(area).setContentsMargins(0, 0, 0, 0)
        return area

    def _build_workspace(self) -> None:
        """Document, recovery, files, canvas and the visible panels; imports the model."""
        from .canvas_view import CanvasView
        from .document import Document
        from .file_controller import FileController, empty_model
        from .recovery import RecoveryKeeper
        from . import wheel_guard

        # Before any panel exists: their spin boxes must never take the focus from the wheel.
        wheel_guard.install()
        self.document = self._pending_document or Document(
            empty_model(current_language()), parent=self)
        self._pending_document = None
        self.keeper = RecoveryKeeper(self.document, self)
        self.files = FileController(self.document, self, self.keeper)
        self.commands.bind(self.document)
        self.canvas = CanvasView(self.document, self)
        self.canvas.setObjectName("canvas")
        self.centralWidget().layout().addWidget(self.canvas)
        self._workspace = True
        self._connect_workspace()
        # The panels Qt reported shown while there was no document to build them for (a
        # window not shown yet reports its docks, and they are built, when it is).
        for name in list(self._docks_on_show):
            self.panel(name)
        self.update_title()
        self._update_counts()
        self._update_zoom()
        self.workspace_ready.emit()

    # -- construction ---------------------------------------------------------------------
    def _create_docks(self) -> None:
        self._panel_specs = {}
        for spec in PANELS:
            dock = QDockWidget(self)
            dock.setObjectName(f"dock_{spec.object_name}")
            self.docks[spec.object_name] = dock
            self._panel_specs[spec.object_name] = spec
            dock.setProperty("panel_title", spec.title)
            dock.visibilityChanged.connect(
                lambda visible, name=spec.object_name: self._on_dock_shown(name, visible))
        window_layout.place_docks(self, self._panel_areas())

    def _on_dock_shown(self, name: str, visible: bool) -> None:
        # A panel behind a tab is built when it is first shown: its module (charts,
        # matrices) is not imported at start-up, which keeps the start fast. (A dock behind
        # a tab still counts as a visible widget; only this signal tells.)
        if visible:
            self._docks_on_show[name] = None
            self.panel(name)
        else:
            self._docks_on_show.pop(name, None)

    def _panel_areas(self) -> dict[str, str]:
        return {name: spec.area for name, spec in self._panel_specs.items()}

    def _create_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a.new, a.open])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addActions([a.save, a.save_as])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.export_workbook, a.export_diagram, a.export_handbook,
                                   a.export_bpmn, a.import_raci, a.import_bpmn])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.close, a.quit])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([a.undo, a.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.cut, a.copy, a.paste, a.delete, a.duplicate])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.rename, a.select_all])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.auto_layout)
        self.insert_menu = bar.addMenu("")
        self.insert_menu.addActions(list(self.step_palette.actions_by_kind.values()))
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_fit, a.snap])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.presentation)
        self.view_menu.addAction(self.step_palette.labels_action)
        self.panels_menu = self.view_menu.addMenu("")
        self.panels_menu.addAction(self.step_palette.toggleViewAction())
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())
        self.view_menu.addAction(a.reset_layout)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(self)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _=False, lang=lang: self.switch_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([a.calibrate, a.ai_act, a.data_protection])
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a.flow_legend, a.about])
        self._fill_recent_menu()

        toolbar = QToolBar(self)
        self.insertToolBar(self.step_palette, toolbar)
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([a.new, a.open, a.save])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        self.main_toolbar = toolbar
        self.panels_menu.addAction(toolbar.toggleViewAction())

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel(self)
        self.findings_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.saved_label = QLabel(self)
        for label in (self.counts_label, self.findings_label, self.zoom_label, self.saved_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        self._findings_counts: tuple[int, int] | None = None

    def _connect_frame(self) -> None:
        """The commands that work without a document (quit, presentation mode, about)."""
        a = self.commands
        a.quit.triggered.connect(self.close)
        a.presentation.toggled.connect(self.set_presentation)
        a.reset_layout.triggered.connect(self.reset_layout)
        # Esc leaves presentation mode wherever the focus is (the canvas uses Esc otherwise,
        # so this shortcut exists only while presenting).
        self._leave_presentation = QAction(self)
        self._leave_presentation.setShortcut(Qt.Key.Key_Escape)
        self._leave_presentation.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._leave_presentation.setEnabled(False)
        self._leave_presentation.triggered.connect(lambda: self.set_presentation(False))
        self.addAction(self._leave_presentation)
        a.about.triggered.connect(self.show_about)
        a.flow_legend.triggered.connect(self.show_flow_legend)

    def _connect_workspace(self) -> None:
        a, files, doc = self.commands, self.files, self.document
        a.new.triggered.connect(lambda: files.new())
        a.open.triggered.connect(files.open)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.close.triggered.connect(files.close)
        a.snap.toggled.connect(self.canvas.set_snap_enabled)
        self.canvas.set_snap_enabled(a.snap.isChecked())
        for name in ("cut", "copy", "paste", "duplicate", "select_all", "auto_layout",
                     "zoom_in", "zoom_out"):
            a.by_name[name].triggered.connect(getattr(self.canvas, name))
        a.delete.triggered.connect(self.delete_selection)
        a.rename.triggered.connect(self.canvas.rename_selected)
        a.zoom_fit.triggered.connect(self.zoom_to_fit)
        for name in DIALOG_ACTIONS:
            a.by_name[name].triggered.connect(lambda _=False, n=name: self.open_dialog(n))
        files.recent_changed.connect(self._fill_recent_menu)
        files.read_only_changed.connect(lambda _: self.update_title())
        files.opened.connect(lambda: QTimer.singleShot(0, self.show_opened_model))
        doc.dirty_changed.connect(lambda _: self.update_title())
        doc.path_changed.connect(lambda _: self.update_title())
        doc.changed.connect(self._on_changed)
        doc.model_replaced.connect(self._on_model_replaced)
        self.canvas.selection_changed.connect(self._on_canvas_selection)
        self.canvas.zoom_changed.connect(lambda _: self._update_zoom())

    def panel(self, name: str) -> QWidget | None:
        """The panel ``name``, built now if it was not shown yet; None if it does not exist
        (or while the workspace is not built yet)."""
        if name in self.panels:
            return self.panels[name]
        spec = self._panel_specs.get(name)
        if spec is None or not self._workspace:
            return None
        module = importlib.import_module(f"{panels_package.__name__}.{spec.module}")
        panel = getattr(module, spec.class_name)(self.document, self)
        self.panels[name] = panel
        dock = self.docks[name]
        # A scroll area, so that no panel's minimum size can push the window beyond a
        # 1280 × 720 projector screen. Made with the first panel: until then the start does
        # without the type.
        from PySide6.QtWidgets import QScrollArea

        holder = QScrollArea(dock)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(panel)
        dock.setWidget(holder)
        if hasattr(panel, "elements_selected"):
            panel.elements_selected.connect(self.select_elements)
        if hasattr(panel, "counts_changed"):
            panel.counts_changed.connect(self._on_findings_counts)
        if hasattr(panel, "set_selection") and self._selection:
            panel.set_selection(list(self._selection))
        return panel

    # -- selection ------------------------------------------------------------------------
    def _on_canvas_selection(self, ids: list) -> None:
        self._set_selection(list(ids))

    def _set_selection(self, ids: list[str]) -> None:
        self._selection = ids
        for panel in self.panels.values():
            if hasattr(panel, "set_selection"):
                panel.set_selection(ids)
        self.selection_changed.emit(ids)

    def selected_ids(self) -> list[str]:
        return list(self._selection)

    def select_elements(self, ids: list[str]) -> None:
        """Select ``ids`` on the canvas (from a panel: a finding, a role)."""
        ids = list(ids)
        model = self.document.model
        drawn = {e.id for e in (*model.steps, *model.flows)}
        on_canvas = [i for i in ids if i in drawn]
        if on_canvas:
            self.canvas.select_ids(on_canvas)  # also centres the view on them
        self._set_selection(ids)

    # -- editing --------------------------------------------------------------------------
    def delete_selection(self) -> None:
        self.canvas.delete_selected()

    def zoom_to_fit(self) -> None:
        if not self._workspace:
            return
        self.canvas.zoom_to_fit()
        self._update_zoom()

    def _fit_for_presenting(self) -> None:
        if self._workspace and self.is_presenting():
            self.canvas.zoom_to_fit(min_zoom=PRESENTATION_ZOOM)
            self._update_zoom()

    def show_opened_model(self) -> None:
        """The whole workflow if it fits at a size the back row of a workshop can read,
        otherwise its start at that size (zoom to fit, Ctrl+0, shows everything)."""
        self.canvas.zoom_to_fit(min_zoom=PRESENTATION_ZOOM if self.is_presenting()
                                else READABLE_ZOOM)
        self._update_zoom()

    def place_step(self, kind: StepKind) -> None:
        """Add a step of ``kind`` next to the selected step (or in view) and select it."""
        if self._workspace:
            self.canvas.place_step(StepKind(kind))

    # -- document events ------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self._update_counts()
        # Only a removal can make selected ids stale; look them up once, not per id.
        if self._selection and change.ids.intersection(self._selection):
            model = self.document.model
            existing = {e.id for e in (*model.steps, *model.flows, *model.roles)}
            kept = [i for i in self._selection if i in existing]
            if len(kept) != len(self._selection):
                self._set_selection(kept)

    def _on_model_replaced(self) -> None:
        self._set_selection([])
        self._update_counts()
        self.update_title()

    def _on_findings_counts(self, errors: int, warnings: int) -> None:
        self._findings_counts = (errors, warnings)
        self._update_findings()

    # -- dialogs of other parts -----------------------------------------------------------
    def open_dialog(self, name: str) -> None:
        """Open a dialog whose module is imported only now (keeps start-up lean)."""
        module = importlib.import_module(DIALOG_ACTIONS[name])
        if name == "export_workbook":
            module.export_workbook_interactive(self, self.document)
        elif name == "export_diagram":
            module.export_diagram_interactive(self, self.document)
        elif name == "export_handbook":
            module.export_handbook_interactive(self, self.document)
        elif name == "import_raci":
            module.RaciImportDialog(self.document, self).exec()
        elif name == "calibrate":
            model = self.document.model
            step_id = next((i for i in self._selection
                            if getattr(model.step(i), "kind", None) == StepKind.AI_TASK), None)
            if step_id is None:
                step_id = next((s.id for s in model.steps if s.kind == StepKind.AI_TASK), None)
            if step_id is None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(self, self.tr("Calibrate from pilot data"),
                                        self.tr("The workflow has no AI step to calibrate."))
                return
            module.CalibrationDialog(self.document, step_id, self).exec()
        elif name == "ai_act":
            module.AiActDialog(self.document, self).exec()
        elif name == "data_protection":
            module.DataProtectionDialog(self.document, self).exec()
        else:
            module.run(self, name)

    def show_flow_legend(self):
        from .flow_kinds import show_legend

        return show_legend(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About AIOS Designer"), self.tr(
            "<b>AIOS Designer</b><br>Design the operating model of one AI workflow: "
            "human-AI workflow, review thresholds, RACI, KPIs, EU AI Act and GDPR."))

    # -- title and status -----------------------------------------------------------------
    def document_name(self) -> str:
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        if self.files.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        return name

    def update_title(self) -> None:
        if not self._workspace:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(f"{self.document_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_dirty)
        self._update_saved()

    def displayed_title(self) -> str:
        """The title as the window manager shows it (``[*]`` resolved)."""
        return self.windowTitle().replace("[*]", "*" if self.isWindowModified() else "")

    def _update_counts(self) -> None:
        if not self._workspace:
            return
        model = self.document.model
        # %Ln: Qt picks the singular or plural form and groups the digits for the language.
        self.counts_label.setText(" · ".join((
            self.tr("%Ln step(s)", "", len(model.steps)),
            self.tr("%Ln flow(s)", "", len(model.flows)),
            self.tr("%Ln role(s)", "", len(model.roles)))))

    def _update_findings(self) -> None:
        if self._findings_counts is None:
            self.findings_label.setText("")
            return
        errors, warnings = self._findings_counts
        self.findings_label.setText(" · ".join((self.tr("%Ln error(s)", "", errors),
                                                self.tr("%Ln warning(s)", "", warnings))))

    def _update_zoom(self) -> None:
        if not self._workspace:
            return
        self.zoom_label.setText(self.tr("Zoom {percent} %").format(
            percent=round(self.canvas.zoom() * 100)))

    def _update_saved(self) -> None:
        if self.document.is_dirty:
            self.saved_label.setText(self.tr("Unsaved changes"))
        elif self.document.path:
            self.saved_label.setText(self.tr("Saved"))
        else:
            self.saved_label.setText(self.tr("Not saved yet"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_recent(n))
        self.recent_menu.setEnabled(bool(files))

    def open_recent(self, name: str) -> None:
        if self._workspace:
            self.files.open_recent(name)

    # -- language -------------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        save_language(lang)
        install_language(lang)  # Qt sends LanguageChange to every widget

    def restore_window(self) -> None:
        """Size, place and arrange the window as the user left it last time (if they did)."""
        saved = QSettings().value(GEOMETRY_KEY)
        if saved is not None:
            self.restoreGeometry(saved)
        if window_layout.restore(self):
            self._docks_sized = True  # the user's own sizes, not the first start's

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: panels and toolbars back where they were at the first start."""
        if not self.is_presenting():
            window_layout.reset(self, self._panel_areas())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._workspace and self._first_frame is None:
            self._first_frame = _FirstFrame(self, self._build_workspace)
        if not self._docks_sized:
            self._docks_sized = True
            window_layout.size_bottom_docks(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
              and self._workspace):
            # Back from another program (a colleague's editor, a sync client, git): was
            # the file changed there? Queued, so the activation completes first.
            QTimer.singleShot(0, self.files.check_disk)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.insert_menu.setTitle(self.tr("&Insert"))
        self.view_menu.setTitle(self.tr("&View"))
        self.panels_menu.setTitle(self.tr("Pan&els"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.main_toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.language_actions["en"].setText("English")
        self.language_actions["de"].setText("Deutsch")
        self.language_actions[current_language()].setChecked(True)
        for dock in self.docks.values():
            dock.setWindowTitle(QCoreApplication.translate("Panels", dock.property("panel_title")))
        self.update_title()
        self._update_counts()
        self._update_findings()
        self._update_zoom()

    # -- presentation mode ----------------------------------------------------------------
    def is_presenting(self) -> bool:
        return self._presentation_state is not None

    def set_presentation(self, on: bool) -> None:
        """Full screen, only the canvas, larger text: for the projector."""
        if on == self.is_presenting():
            return
        if on:
            bars = [self.step_palette, self.main_toolbar]
            self._presentation_state = {
                "visible": [w for w in list(self.docks.values()) + bars if w.isVisible()],
                # The panel in front of each group of tabbed docks, to be in front again.
                "in_front": [d for d in self.docks.values()
                             if d.isVisible() and not d.visibleRegion().isEmpty()],
                "maximized": self.isMaximized(),
                "layout": self.saveState(window_layout.STATE_VERSION),
                "geometry": self.saveGeometry(),
                "view": self.canvas.view_state() if self._workspace else None,
            }
            for widget in self._presentation_state["visible"]:
                widget.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
            # Fitting the whole screen is what makes the steps large enough for the back row;
            # never below 100 %: names and flow labels at least at their full size.
            QTimer.singleShot(0, self._fit_for_presenting)
        else:
            state = self._presentation_state
            self._presentation_state = None
            for widget in state["visible"]:
                widget.show()
            for dock in state["in_front"]:
                dock.raise_()
            self.menuBar().show()
            self.statusBar().show()
            self.showMaximized() if state["maximized"] else self.showNormal()
            if state["view"] is not None:
                # Zoom and scroll of before F11, once the window has its old size back.
                self.canvas.restore_view_state(state["view"])
        self.commands.presentation.setChecked(on)
        self._leave_presentation.setEnabled(on)
        self._update_zoom()

    # -- files dropped on the window ------------------------------------------------------
    def _dropped_model(self, event) -> Path | None:
        """The operating-model file dragged onto the window, if it can be opened now."""
        mime = event.mimeData()
        if not self._workspace or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_model(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._dropped_model(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        path = self._dropped_model(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # Opening may show a dialog; never do that inside the drop handler of the source.
        QTimer.singleShot(0, lambda: self.files.open_path(path))

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workspace:
            if not self.files.maybe_save():
                event.ignore()
                return
            self.keeper.window_closed()
        if self.is_presenting():  # the arrangement of before, not the bare full screen
            window_layout.save(self, self._presentation_state["layout"])
            QSettings().setValue(GEOMETRY_KEY, self._presentation_state["geometry"])
        else:
            window_layout.save(self)
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        event.accept()
