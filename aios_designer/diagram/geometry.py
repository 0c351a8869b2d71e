"""The whole diagram in scene coordinates: lanes, step boxes, flow routes and label places.

Lanes are stacked from y = 0 in the order of the roles (steps without a known role in an
"Unassigned" lane at the bottom); a step's position is its centre, x in the scene and y
from the top of its lane; a lane is as tall as its lowest step needs.
"""
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..collector import paused
from ..model import Flow, OperatingModel
from .boxes import Box
from .labels import LabelPlacer
from .nudging import nudge
from .routing import Obstacles, route
from .shapes import GRID, HEADER_WIDTH, LANE_MIN_HEIGHT, LANE_PADDING, lower_extent, size
from .text import flow_label_text, label_box

Rect = tuple[float, float, float, float]


@dataclass
class LaneGeometry:
    role_id: str | None
    top: float
    height: float
    left: float = 0.0
    right: float = 0.0

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def to_json(self) -> dict:
        return {"role_id": self.role_id, "x": self.left, "y": self.top,
                "w": self.right - self.left, "h": self.height}


@dataclass
class StepGeometry:
    box: Box
    lane_role_id: str | None

    def to_json(self) -> dict:
        box = self.box
        return {"id": box.id, "x": box.left, "y": box.top, "w": box.w, "h": box.h,
                "lane_role_id": self.lane_role_id}


@dataclass
class FlowGeometry:
    id: str
    source_id: str
    target_id: str
    points: list[tuple[float, float]]
    #: (left, top, right, bottom) of the label's card, None without a label.
    label: Rect | None = None
    label_lines: tuple[str, ...] = ()

    def to_json(self) -> dict:
        label = None
        if self.label is not None:
            left, top, right, bottom = self.label
            label = {"x": left, "y": top, "w": right - left, "h": bottom - top}
        return {"id": self.id, "source_id": self.source_id, "target_id": self.target_id,
                "points": [[x, y] for x, y in self.points], "label": label}


@dataclass
class Diagram:
    lanes: list[LaneGeometry] = field(default_factory=list)
    steps: dict[str, StepGeometry] = field(default_factory=dict)
    flows: dict[str, FlowGeometry] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"lanes": [lane.to_json() for lane in self.lanes],
                "steps": [step.to_json() for step in self.steps.values()],
                "flows": [flow.to_json() for flow in self.flows.values()]}

    def crossings(self) -> int:
        return count_crossings(flow.points for flow in self.flows.values())


def measure_lanes(model: OperatingModel) -> tuple[list[LaneGeometry], float, float]:
    """The lanes top to bottom, and the left and right end of every lane."""
    lanes = [LaneGeometry(role.id, 0.0, LANE_MIN_HEIGHT) for role in model.roles]
    by_role = {lane.role_id: lane for lane in lanes}
    unassigned = LaneGeometry(None, 0.0, LANE_MIN_HEIGHT)
    has_unassigned = False
    left, right = 0.0, 800.0
    for step in model.steps:
        lane = by_role.get(step.role_id)
        if lane is None:
            lane, has_unassigned = unassigned, True
        needed = step.position.y + lower_extent(step.kind) + LANE_PADDING
        if needed > lane.height:
            lane.height = needed
        half = size(step.kind)[0] / 2
        x = step.position.x
        left, right = min(left, x - half - 40), max(right, x + half + 80)
    if has_unassigned or not lanes:
        lanes.append(unassigned)
    lane_left = GRID * math.floor((left - HEADER_WIDTH) / GRID)
    lane_right = GRID * math.ceil(right / GRID)
    top = 0.0
    for lane in lanes:
        lane.height = GRID * math.ceil(lane.height / GRID)
        lane.top = top
        lane.left, lane.right = lane_left, lane_right
        top += lane.height
    return lanes, lane_left, lane_right


def step_boxes(model: OperatingModel, lanes: list[LaneGeometry]) -> dict[str, StepGeometry]:
    tops = {lane.role_id: lane.top for lane in lanes}
    unassigned_top = tops.get(None, 0.0)
    steps = {}
    for step in model.steps:
        lane_role = step.role_id if step.role_id in tops else None
        top = tops[lane_role] if lane_role in tops else unassigned_top
        w, h = size(step.kind)
        box = Box(step.id, step.kind, step.position.x, top + step.position.y, w, h)
        steps[step.id] = StepGeometry(box, lane_role)
    return steps


def route_flows(flows: Iterable[Flow], boxes: dict[str, Box],
                obstacles: Obstacles) -> dict[str, list[tuple[float, float]]]:
    routes = {}
    for flow in flows:
        source, target = boxes.get(flow.source_id), boxes.get(flow.target_id)
        if source is None or target is None:
            continue
        routes[flow.id] = route(source, target, obstacles, flow.waypoints)
    return routes


def place_labels(flows: Iterable[Flow], boxes: dict[str, Box],
                 routes: dict[str, list[tuple[float, float]]],
                 decimal: str = ".") -> dict[str, tuple[Rect, tuple[str, ...]]]:
    placer = LabelPlacer(boxes, routes)
    placed = {}
    for flow in flows:
        points = routes.get(flow.id)
        text = flow_label_text(flow.condition, flow.share, decimal)
        if points is None or not text:
            continue
        card = label_box(text)
        placed[flow.id] = (placer.place(flow.id, points, card.width, card.height), card.lines)
    return placed


def diagram_geometry(model: OperatingModel, decimal: str = ".") -> Diagram:
    """Everything the canvas draws, where it draws it. ``decimal`` is the decimal separator
    of the shares in flow labels (the user interface language's)."""
    # Routing makes many small containers and no cycles: see ``collector``.
    with paused():
        return _diagram_geometry(model, decimal)


def _diagram_geometry(model: OperatingModel, decimal: str) -> Diagram:
    lanes, _, _ = measure_lanes(model)
    steps = step_boxes(model, lanes)
    boxes = {step_id: step.box for step_id, step in steps.items()}
    obstacles = Obstacles(boxes)
    routes = route_flows(model.flows, boxes, obstacles)
    routes = nudge(routes, [f.id for f in model.flows
                            if not f.waypoints and f.source_id != f.target_id])
    labels = place_labels(model.flows, boxes, routes, decimal)
    flows = {}
    for flow in model.flows:
        if flow.id not in routes:
            continue
        rect, lines = labels.get(flow.id, (None, ()))
        flows[flow.id] = FlowGeometry(flow.id, flow.source_id, flow.target_id, routes[flow.id],
                                      rect, lines)
    return Diagram(lanes, steps, flows)


def count_crossings(polylines: Iterable[list[tuple[float, float]]]) -> int:
    """Points where a horizontal segment of one flow crosses a vertical one of another
    (touching at an end, or running along each other, is no crossing)."""
    horizontal, vertical = [], []
    for index, points in enumerate(polylines):
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if y0 == y1 and x0 != x1:
                horizontal.append((index, min(x0, x1), max(x0, x1), y0))
            elif x0 == x1 and y0 != y1:
                vertical.append((index, x0, min(y0, y1), max(y0, y1)))
    vertical.sort(key=lambda v: v[1])
    xs = [v[1] for v in vertical]
    count = 0
    for owner, left, right, y in horizontal:
        for k in range(bisect_right(xs, left), bisect_left(xs, right)):
            other, x, top, bottom = vertical[k]
            if other != owner and top < y < bottom:
                count += 1
    return count
