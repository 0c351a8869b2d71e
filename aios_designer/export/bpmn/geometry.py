"""Where each element of the BPMN diagram goes: pool, lanes, node boxes and flow waypoints.

The same coordinates as the canvas: a step's centre is (``position.x``, lane top +
``position.y``), lanes are stacked in role order and grow to hold their steps, so the diagram
in a BPMN tool shows the picture of the canvas. Pure geometry, no Qt.
"""
import math
from dataclasses import dataclass, field

from ...model import Flow, OperatingModel, StepKind

#: Canvas sizes of the boxes (gui/scene/styles.py); events and gateways get the sizes BPMN
#: tools draw them with, centred where the canvas draws the step.
BOX_SIZES: dict[StepKind, tuple[float, float]] = {
    StepKind.TRIGGER: (36.0, 36.0),
    StepKind.AI_TASK: (180.0, 76.0),
    StepKind.HUMAN_TASK: (170.0, 64.0),
    StepKind.REVIEW: (170.0, 64.0),
    StepKind.DECISION: (50.0, 50.0),
    StepKind.EXCEPTION: (170.0, 64.0),
    StepKind.SYSTEM_TASK: (170.0, 64.0),
    StepKind.END: (36.0, 36.0),
}
#: What the canvas reserves below a step's centre (half its height, the name below a circle).
_CANVAS_LOWER_EXTENT = {kind: 30.0 + 44.0 for kind in (StepKind.TRIGGER, StepKind.END)}
_CANVAS_HALF_HEIGHT = {StepKind.AI_TASK: 38.0, StepKind.DECISION: 48.0}
LANE_MIN_HEIGHT = 140.0
LANE_PADDING = 20.0
GRID = 20.0
#: Width of the name band of the pool and of each lane, as BPMN tools draw them.
NAME_BAND = 30.0
#: Room between the pool's left edge and the first step, and after the last.
MARGIN_LEFT = 100.0
MARGIN_RIGHT = 80.0
BOUNDARY_SIZE = 36.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def cx(self) -> float:
        return self.x + self.width / 2

    @property
    def cy(self) -> float:
        return self.y + self.height / 2

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class LaneBox:
    #: Role id, None for the lane of steps without a role.
    role_id: str | None
    box: Box


@dataclass(frozen=True)
class Route:
    #: The canvas's orthogonal route, from the source's border to the target's border.
    points: tuple[tuple[float, float], ...]
    #: (left, top, right, bottom) of the flow's label card on the canvas, or None.
    label: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Diagram:
    pool: Box
    lanes: list[LaneBox]
    #: Step id -> its box.
    nodes: dict[str, Box]
    #: Flow id -> the canvas's route.
    routes: dict[str, Route] = field(default_factory=dict)


def _lower_extent(kind: StepKind) -> float:
    return _CANVAS_LOWER_EXTENT.get(kind, _CANVAS_HALF_HEIGHT.get(kind, 32.0))


def lane_roles(model: OperatingModel) -> list[str | None]:
    """The lanes top to bottom: every role, then one for steps without a known role."""
    role_ids = [r.id for r in model.roles]
    known = set(role_ids)
    unassigned = any(s.role_id not in known for s in model.steps)
    return role_ids + ([None] if unassigned or not role_ids else [])


def _finite(value: float) -> float:
    return value if math.isfinite(value) else 0.0


def diagram(model: OperatingModel) -> Diagram:
    """Pool, lanes and node boxes where the canvas draws them, with the canvas's routed flows
    (``diagram_geometry``), so a BPMN tool shows the picture of the canvas."""
    from ...diagram import diagram_geometry

    canvas = diagram_geometry(model)
    roles = lane_roles(model)
    tops = {lane.role_id: lane.top for lane in canvas.lanes}
    nodes = {}
    for step in model.steps:
        width, height = BOX_SIZES[step.kind]
        lane = step.role_id if step.role_id in tops else None
        cx, cy = step.position.x, tops.get(lane, 0.0) + step.position.y
        nodes[step.id] = Box(cx - width / 2, cy - height / 2, width, height)
    if canvas.lanes:
        left = canvas.lanes[0].left - NAME_BAND
        right = canvas.lanes[0].right
        bottom = canvas.lanes[-1].bottom
    else:
        left, right, bottom = -NAME_BAND, 600.0, LANE_MIN_HEIGHT
    pool = Box(left, 0.0, right - left, max(bottom, LANE_MIN_HEIGHT))
    by_role = {lane.role_id: lane for lane in canvas.lanes}
    lanes = [LaneBox(r, Box(left + NAME_BAND, by_role[r].top, pool.width - NAME_BAND,
                            by_role[r].height)) for r in roles if r in by_role]
    routes = {flow_id: Route(tuple(route.points), route.label)
              for flow_id, route in canvas.flows.items()}
    return Diagram(pool, lanes, nodes, routes)


def _clip(end: tuple[float, float], neighbour: tuple[float, float], box: Box
          ) -> tuple[float, float]:
    """``end`` of a route (on the canvas shape's border) moved along its segment onto the
    border of the BPMN shape, which is smaller for events and gateways."""
    x, y = end
    if abs(neighbour[1] - y) < 1e-6:  # horizontal segment
        return (box.right if neighbour[0] > x else box.x, y)
    return (x, box.bottom if neighbour[1] > y else box.y)


def boundary_box(host: Box, index: int) -> Box:
    """The ``index``-th boundary event on the lower edge of ``host``, from the right."""
    cx = host.right - 24.0 - index * (BOUNDARY_SIZE + 6.0)
    return Box(cx - BOUNDARY_SIZE / 2, host.bottom - BOUNDARY_SIZE / 2, BOUNDARY_SIZE,
               BOUNDARY_SIZE)


def flow_waypoints(model: OperatingModel, flow: Flow, source: Box, target: Box,
                   from_bottom: bool = False, route: Route | None = None
                   ) -> list[tuple[float, float]]:
    """The waypoints of ``flow`` from the box it leaves to the box it enters.

    The one place the BPMN export takes flow geometry from: orthogonal lines between the
    boxes (right side to left side going forward, over the top going back; down first when
    the flow leaves a boundary event). ``model`` is passed so that saved, routed flow points
    can replace these here without touching the writer.
    """
    if route is not None and not from_bottom and len(route.points) >= 2:
        points = list(route.points)
        points[0] = _clip(points[0], points[1], source)
        points[-1] = _clip(points[-1], points[-2], target)
        return points
    if from_bottom:
        start = (source.cx, source.bottom)
        if target.x > source.cx:
            return [start, (source.cx, target.cy), (target.x, target.cy)] \
                if target.cy > source.bottom else \
                [start, (source.cx, source.bottom + 20), (target.cx, source.bottom + 20),
                 (target.cx, target.bottom)]
        below = max(source.bottom, target.bottom) + 30
        return [start, (source.cx, below), (target.cx, below), (target.cx, target.bottom)]
    if target.x >= source.right:
        start, end = (source.right, source.cy), (target.x, target.cy)
        if abs(start[1] - end[1]) < 0.5:
            return [start, end]
        middle = (start[0] + end[0]) / 2
        return [start, (middle, start[1]), (middle, end[1]), end]
    if abs(target.cx - source.cx) < 0.5 or target.y >= source.bottom or target.bottom <= source.y:
        # Straight above or below: leave by the bottom or top edge.
        if target.y >= source.bottom:
            return [(source.cx, source.bottom), (source.cx, (source.bottom + target.y) / 2),
                    (target.cx, (source.bottom + target.y) / 2), (target.cx, target.y)] \
                if abs(target.cx - source.cx) >= 0.5 else [(source.cx, source.bottom), (target.cx, target.y)]
        if target.bottom <= source.y and target.x < source.right and target.right > source.x:
            return [(source.cx, source.y), (source.cx, (source.y + target.bottom) / 2),
                    (target.cx, (source.y + target.bottom) / 2), (target.cx, target.bottom)] \
                if abs(target.cx - source.cx) >= 0.5 else [(source.cx, source.y), (target.cx, target.bottom)]
    # Backwards (rework, loops): over the top of both.
    above = min(source.y, target.y) - 30
    return [(source.cx, source.y), (source.cx, above), (target.cx, above), (target.cx, target.y)]
