"""Flows that leave a step through the same port, side by side instead of on one line.

The router routes every flow on its own, so flows leaving one port start on the same line:
out of a decision's bottom corner, the branches to the rows below share one vertical trunk,
and an exception route drawn over a normal one hides which is which. Here the first segment of
each such flow moves sideways by a few units (after a short jog at the port), in the order in
which they turn off, so that none crosses another of the group — the way libavoid and ELK nudge
shared segments apart. Routes a user adjusted (``waypoints``) stay exactly as drawn.
"""
from collections import defaultdict
from collections.abc import Iterable

Point = tuple[float, float]
#: Distance between neighbouring lines of a group.
SPACING = 6.0
#: Length of the piece at the port before the lines part.
JOG = 6.0


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def nudge(routes: dict[str, list[Point]], flow_ids: Iterable[str]) -> dict[str, list[Point]]:
    """``routes`` with the first segments of ``flow_ids`` that share a port moved apart
    (new lists where something changed; the others are returned as they were)."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for flow_id in flow_ids:
        points = routes.get(flow_id)
        if points is None or len(points) < 2:
            continue
        (x0, y0), (x1, y1) = points[0], points[1]
        groups[(points[0], _sign(x1 - x0), _sign(y1 - y0))].append(flow_id)
    result = dict(routes)
    for (_, dx, dy), members in groups.items():
        if len(members) > 1:
            _spread(result, members, dx, dy)
    return result


def _spread(routes: dict[str, list[Point]], members: list[str], dx: int, dy: int) -> None:
    placed = []
    for flow_id in members:
        points = routes[flow_id]
        (x0, y0), (x1, y1) = points[0], points[1]
        length = abs(x1 - x0) + abs(y1 - y0)
        if len(points) == 2:
            turn = 0  # straight into its target: it keeps the middle
        else:
            (x2, y2) = points[2]
            # The side the flow turns to, across the shared line.
            turn = _sign(x2 - x1) if dy else _sign(y2 - y1)
        placed.append((turn, -turn * length, flow_id, length))
    # Flows turning to one side lie on that side, the first to turn outermost: no two
    # flows of the group cross.
    placed.sort(key=lambda p: (p[0], p[1]))
    # A flow running straight into its target keeps the port's line; the others part from it.
    centre = next((rank for rank, p in enumerate(placed) if p[0] == 0), (len(placed) - 1) / 2)
    for rank, (turn, _, flow_id, length) in enumerate(placed):
        offset = (rank - centre) * SPACING
        points = routes[flow_id]
        if offset == 0 or turn == 0 or length <= 2 * JOG:
            continue
        (x0, y0), (x1, y1), (x2, y2) = points[0], points[1], points[2]
        if abs(x2 - x1) + abs(y2 - y1) <= abs(offset) + JOG:
            continue  # it turns off too soon to be moved that far
        jog = (x0 + dx * JOG, y0 + dy * JOG)
        if dy:  # a vertical trunk moves sideways in x
            moved = [jog, (jog[0] + offset, jog[1]), (x1 + offset, y1)]
        else:
            moved = [jog, (jog[0], jog[1] + offset), (x1, y1 + offset)]
        routes[flow_id] = [points[0], *moved, *points[2:]]
