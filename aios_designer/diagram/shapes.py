"""Sizes of the step shapes and the lane measures the canvas draws them with."""
import math

from ..model.workflow_kinds import StepKind

#: Scene units between grid lines; lanes are multiples of it so snapped steps line up.
GRID = 20.0

#: Width and height of a step's body by kind.
STEP_SIZES: dict[StepKind, tuple[float, float]] = {
    StepKind.TRIGGER: (60.0, 60.0),
    StepKind.AI_TASK: (180.0, 76.0),
    StepKind.HUMAN_TASK: (170.0, 64.0),
    StepKind.REVIEW: (170.0, 64.0),
    StepKind.DECISION: (180.0, 96.0),
    StepKind.EXCEPTION: (170.0, 64.0),
    StepKind.SYSTEM_TASK: (170.0, 64.0),
    StepKind.END: (60.0, 60.0),
}
#: Circles are too small for their name: it goes below the shape, in this room.
LABEL_BELOW_KINDS = frozenset({StepKind.TRIGGER, StepKind.END})
LABEL_BELOW_HEIGHT = 44.0
LABEL_BELOW_WIDTH = 150.0
#: Shapes whose border meets the middle of each box side only (flows attach there).
POINTED_KINDS = frozenset({StepKind.TRIGGER, StepKind.END, StepKind.DECISION})

LANE_MIN_HEIGHT = 140.0
LANE_PADDING = 20.0
#: Width of the label column at the left of every lane.
HEADER_WIDTH = 170.0


def size(kind: StepKind) -> tuple[float, float]:
    return STEP_SIZES[StepKind(kind)]


def lower_extent(kind: StepKind) -> float:
    """From the step centre down to the end of what it draws (its name, for circles)."""
    height = STEP_SIZES[kind][1]
    return height / 2 + (LABEL_BELOW_HEIGHT if kind in LABEL_BELOW_KINDS else 0.0)


def min_lane_offset(kind: StepKind) -> float:
    """The smallest y in its lane a step of ``kind`` can have without poking out of the top."""
    return GRID * math.ceil((STEP_SIZES[kind][1] / 2 + 4) / GRID)
