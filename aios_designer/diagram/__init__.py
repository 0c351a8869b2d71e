"""The geometry of the workflow diagram, computed without Qt.

Lanes, step boxes, orthogonal flow routes and flow label places come from here, for the
canvas (which draws exactly this) and for ``aios-designer layout`` (which prints it), so
a test on the printed geometry is a test of the picture.
"""
from .geometry import Diagram, FlowGeometry, LaneGeometry, StepGeometry, diagram_geometry

__all__ = ["Diagram", "FlowGeometry", "LaneGeometry", "StepGeometry", "diagram_geometry"]
