"""Flows leaving one port run side by side, not on top of each other."""
from pathlib import Path

import pytest

from aios_designer.diagram import diagram_geometry
from aios_designer.diagram.nudging import JOG, SPACING, nudge
from aios_designer.fileio import load_model

from .checks import problems

#: What lines of one port may share: the jog and the sideways pieces fanning out of it.
FAN = JOG + 3 * SPACING
TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates")
                   .glob("*.aiosm"))


def _shared(a: list, b: list) -> float:
    """Length the two polylines run along each other (collinear overlap)."""
    total = 0.0
    for (ax0, ay0), (ax1, ay1) in zip(a, a[1:]):
        for (bx0, by0), (bx1, by1) in zip(b, b[1:]):
            if ax0 == ax1 == bx0 == bx1:
                low = max(min(ay0, ay1), min(by0, by1))
                high = min(max(ay0, ay1), max(by0, by1))
                total += max(0.0, high - low)
            elif ay0 == ay1 == by0 == by1 and ax0 != ax1 and bx0 != bx1:
                low = max(min(ax0, ax1), min(bx0, bx1))
                high = min(max(ax0, ax1), max(bx0, bx1))
                total += max(0.0, high - low)
    return total


def test_branches_out_of_one_corner_part_in_the_order_they_turn_off():
    # A decision's bottom corner at (0, 40); three branches turn right at 100, 200, 300.
    routes = {f"f{y}": [(0.0, 40.0), (0.0, float(y)), (200.0, float(y))] for y in (100, 200, 300)}
    moved = nudge(routes, list(routes))
    xs = {flow_id: points[-2][0] for flow_id, points in moved.items()}
    # The first to turn off lies outermost on the side it turns to: none crosses another.
    assert xs["f100"] > xs["f200"] > xs["f300"]
    assert xs["f100"] - xs["f200"] == SPACING
    for flow_id, points in moved.items():
        assert points[0] == routes[flow_id][0] and points[-1] == routes[flow_id][-1]
        assert all(x0 == x1 or y0 == y1 for (x0, y0), (x1, y1) in zip(points, points[1:]))
    for a in moved:
        for b in moved:
            if a < b:
                assert _shared(moved[a], moved[b]) <= FAN


def test_a_flow_straight_into_its_target_keeps_the_port_line():
    routes = {"straight": [(0.0, 0.0), (300.0, 0.0)],
              "up": [(0.0, 0.0), (150.0, 0.0), (150.0, -200.0), (300.0, -200.0)],
              "down": [(0.0, 0.0), (150.0, 0.0), (150.0, 200.0), (300.0, 200.0)]}
    moved = nudge(routes, list(routes))
    assert moved["straight"] == routes["straight"]
    assert moved["up"][-3][1] == -SPACING and moved["down"][-3][1] == SPACING


def test_routes_not_named_and_routes_turning_off_at_once_stay_as_they_are():
    routes = {"a": [(0.0, 0.0), (0.0, 100.0), (50.0, 100.0)],
              "b": [(0.0, 0.0), (0.0, 100.0), (-50.0, 100.0)],
              "short": [(0.0, 0.0), (0.0, 8.0), (50.0, 8.0)]}
    assert nudge(routes, ["a"]) == routes
    moved = nudge(routes, list(routes))
    assert moved["short"] == routes["short"]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_no_two_flows_of_one_port_share_a_line_in_the_templates(path):
    geometry = diagram_geometry(load_model(path)).to_json()
    assert problems(geometry) == []
    flows = geometry["flows"]
    for i, a in enumerate(flows):
        for b in flows[i + 1:]:
            if a["points"][0] == b["points"][0] and a["source_id"] == b["source_id"]:
                assert _shared(a["points"], b["points"]) <= FAN, (a["id"], b["id"])
