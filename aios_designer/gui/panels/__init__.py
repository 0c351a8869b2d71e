"""Dock panels of the main window, registered here so the window stays independent of them.

A panel is a QWidget subclass constructed as ``Panel(document, parent)``. Optional:
- a signal ``elements_selected = Signal(list)`` (ids the canvas should select),
- a method ``set_selection(ids: list[str])`` (called when the canvas selection changes).
"""
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class PanelSpec(NamedTuple):
    #: Stable name (saved window layout, tests).
    object_name: str
    #: English title, translated in the context "Panels".
    title: str
    module: str
    class_name: str
    #: "left", "right" or "bottom".
    area: str = "right"


PANELS = [
    PanelSpec("properties", QT_TRANSLATE_NOOP("Panels", "Properties"), "properties_panel",
              "PropertiesPanel", "right"),
    # Right, tabbed with Properties: a left column would cost the canvas the width it needs
    # to show step names at 1280 × 720.
    PanelSpec("roles", QT_TRANSLATE_NOOP("Panels", "Roles"), "roles_panel", "RolesPanel",
              "right"),
    PanelSpec("checks", QT_TRANSLATE_NOOP("Panels", "Checks"), "checks_panel", "ChecksPanel",
              "bottom"),
    PanelSpec("raci", QT_TRANSLATE_NOOP("Panels", "RACI"), "raci_panel", "RaciPanel", "bottom"),
    PanelSpec("whatif", QT_TRANSLATE_NOOP("Panels", "What-if"), "whatif_panel", "WhatIfPanel",
              "right"),
    PanelSpec("kpis", QT_TRANSLATE_NOOP("Panels", "KPIs"), "kpi_panel", "KpiPanel", "bottom"),
    PanelSpec("simulation", QT_TRANSLATE_NOOP("Panels", "Simulation"), "simulation_panel",
              "SimulationPanel", "bottom"),
    PanelSpec("monitoring", QT_TRANSLATE_NOOP("Panels", "Monitoring"), "monitoring_panel",
              "MonitoringPanel", "bottom"),
    PanelSpec("change_impact", QT_TRANSLATE_NOOP("Panels", "Change impact"),
              "change_impact_panel", "ChangeImpactPanel", "bottom"),
    PanelSpec("readiness", QT_TRANSLATE_NOOP("Panels", "Readiness"), "readiness_panel",
              "ReadinessPanel", "right"),
]

