"""The geometry of the workflow diagram, computed without Qt.

Lanes, step boxes, orthogonal flow routes and flow label places come from here, for the
canvas (which draws exactly this) and for ``aios-designer layout`` (which prints it), so
a test on the printed geometry is a test of the picture. Names are imported on first use
(see ``aios_designer.lazy``): the canvas styles read the step sizes from ``shapes`` before
the domain model is loaded.
"""
from ..lazy import lazy_exports

__getattr__, __dir__, __all__ = lazy_exports(globals(), {
    ".geometry": ("Diagram", "FlowGeometry", "LaneGeometry", "StepGeometry", "diagram_geometry"),
})
