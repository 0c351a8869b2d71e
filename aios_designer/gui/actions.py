"""The main window's commands as QActions: texts, standard shortcuts, enabled state.

Actions only carry names, shortcuts and icons; the main window connects them to the file
controller, the canvas and the document. Keeping them here keeps the window class small and
lets a language switch re-label every menu entry in one place.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .icons import DRAWINGS, action_icon

if TYPE_CHECKING:
    from .document import Document

SK = QKeySequence.StandardKey


def _keys(*items) -> list[QKeySequence]:
    """Standard keys first (platform conventions), then our extras, without duplicates."""
    result: list[QKeySequence] = []
    for item in items:
        sequences = QKeySequence.keyBindings(item) if isinstance(item, SK) else [QKeySequence(item)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result


#: Shortcuts by action name: standard keys first, then extras (icons: ``icons.DRAWINGS``).
SPECS = {
    "new": (SK.New,),
    "open": (SK.Open,),
    "save": (SK.Save,),
    "save_as": (SK.SaveAs, "Ctrl+Shift+S"),
    "close": (SK.Close,),
    "export_workbook": ("Ctrl+E",),
    "export_diagram": (),
    "export_handbook": (),
    "import_raci": (),
    "export_bpmn": (),
    "import_bpmn": (),
    "quit": (SK.Quit, "Ctrl+Q"),
    "undo": (SK.Undo,),
    "redo": (SK.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
    "cut": (SK.Cut,),
    "copy": (SK.Copy,),
    "paste": (SK.Paste,),
    "delete": (SK.Delete,),
    "duplicate": ("Ctrl+D",),
    "rename": ("F2",),
    "select_all": (SK.SelectAll,),
    "auto_layout": ("Ctrl+L",),
    "zoom_in": (SK.ZoomIn, "Ctrl+="),
    "zoom_out": (SK.ZoomOut,),
    "zoom_fit": ("Ctrl+0",),
    "presentation": ("F11",),
    "reset_layout": (),
    "snap": (),
    "calibrate": (),
    "ai_act": (),
    "data_protection": (),
    "flow_legend": (),
    "about": (),
}


class MainActions(QObject):
    """All actions of the main window, reachable as attributes (``actions.save``)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.document: Document | None = None
        self.by_name: dict[str, QAction] = {}
        for name, keys in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            if keys:
                action.setShortcuts(_keys(*keys))
            if name in DRAWINGS:
                action.setIcon(action_icon(name))
            # Window-wide so the keys work wherever the focus is; editors that handle the same
            # key themselves (Ctrl+C in a text field) still get it first.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
            self.by_name[name] = action
            setattr(self, name, action)
        self.presentation.setCheckable(True)
        self.snap.setCheckable(True)
        self.snap.setChecked(True)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.retranslate()

    def bind(self, document: Document) -> None:
        """Undo and Redo act on ``document`` from now on (the window shows before it exists)."""
        self.document = document
        stack = document.undo_stack
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.indexChanged.connect(self._update_undo)
        stack.cleanChanged.connect(self._update_undo)
        self._update_undo()

    def _update_undo(self, *_args) -> None:
        can_undo = can_redo = False
        undo_text = redo_text = ""
        if self.document is not None:
            stack = self.document.undo_stack
            try:
                can_undo, can_redo = stack.canUndo(), stack.canRedo()
            except RuntimeError:  # the stack clears itself while the window is destroyed
                return
            undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        self.undo.setText(self.tr("&Undo {what}").format(what=undo_text).strip()
                          if undo_text else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {what}").format(what=redo_text).strip()
                          if redo_text else self.tr("&Redo"))

    def retranslate(self) -> None:
        texts = {
            "new": (self.tr("&New…"), self.tr("Start a new operating model from a template "
                                              "or empty")),
            "open": (self.tr("&Open…"), self.tr("Open an operating model (.aiosm)")),
            "save": (self.tr("&Save"), self.tr("Save the operating model")),
            "save_as": (self.tr("Save &As…"), self.tr("Save under a new name")),
            "close": (self.tr("&Close"), self.tr("Close the operating model")),
            "export_workbook": (self.tr("&Export workbook…"),
                                self.tr("Export the Excel workbook for the hand-over")),
            "export_diagram": (self.tr("Export &diagram…"),
                               self.tr("Save the workflow picture as SVG, PDF or PNG")),
            "export_handbook": (self.tr("Export &handbook…"),
                                self.tr("Write the operating handbook for the team (Word or "
                                        "PDF)")),
            "import_raci": (self.tr("&Import RACI from Excel…"),
                            self.tr("Read back a RACI sheet edited in Excel")),
            "export_bpmn": (self.tr("Export &BPMN…"),
                            self.tr("Export the workflow as BPMN 2.0 for process tools and "
                                    "engines")),
            "import_bpmn": (self.tr("Import BP&MN…"),
                            self.tr("Start a new model from a BPMN 2.0 process")),
            "quit": (self.tr("&Quit"), self.tr("Quit AIOS Designer")),
            "cut": (self.tr("Cu&t"), self.tr("Cut the selected steps")),
            "copy": (self.tr("&Copy"), self.tr("Copy the selected steps")),
            "paste": (self.tr("&Paste"), self.tr("Paste steps")),
            "delete": (self.tr("&Delete"), self.tr("Delete the selection")),
            "duplicate": (self.tr("Dupl&icate"), self.tr("Duplicate the selected steps")),
            "rename": (self.tr("Re&name"), self.tr("Rename the selected step")),
            "select_all": (self.tr("Select &All"), self.tr("Select every step and flow")),
            "auto_layout": (self.tr("Auto-&layout"),
                            self.tr("Arrange the steps left to right within their lanes")),
            "zoom_in": (self.tr("Zoom &In"), self.tr("Zoom in")),
            "zoom_out": (self.tr("Zoom &Out"), self.tr("Zoom out")),
            "zoom_fit": (self.tr("Zoom to &Fit"), self.tr("Show the whole workflow")),
            "presentation": (self.tr("&Presentation Mode"),
                             self.tr("Full screen without panels, for the projector "
                                     "(F11 or Esc to leave)")),
            "reset_layout": (self.tr("&Reset Layout"),
                             self.tr("Put the panels and toolbars back where they were at "
                                     "the first start")),
            "snap": (self.tr("S&nap to Grid"),
                     self.tr("Steps snap to a grid when moved, so they line up")),
            "calibrate": (self.tr("&Calibrate from Pilot Data…"),
                          self.tr("Fit the threshold of the selected AI step to a pilot "
                                  "export")),
            "ai_act": (self.tr("&AI Act Classification…"),
                       self.tr("Answer the EU AI Act questions and record the risk class")),
            "data_protection": (self.tr("&Data Protection (GDPR)…"),
                                self.tr("Personal data, processors, DPIA and works council "
                                        "in one place")),
            "flow_legend": (self.tr("&Legend of Flow Kinds"),
                            self.tr("What the line styles of flows mean")),
            "about": (self.tr("&About AIOS Designer"), self.tr("About AIOS Designer")),
        }
        for name, (text, tip) in texts.items():
            action = self.by_name[name]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        self._update_undo()
