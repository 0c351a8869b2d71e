"""Orthogonal flow routes: horizontal and vertical segments around the steps.

A flow leaves its source through the middle of a side and enters its target the same way:
forward flows right to left side, flows within one column bottom to top, flows going back
(rework) over the top of the steps, so a loop reads as a loop. Between the two short stubs
at the sides, the cheapest route with at most four segments that passes no step is taken
(length plus a cost per bend); when every such route is blocked, a shortest path on the
sparse grid of the step edges nearby finds one (the way libavoid and ELK route). Routes
depend only on the steps, never on other flows, so moving a step re-routes its own flows
and those the moved step now stands in, and nothing else.

A flow with ``waypoints`` (a route the user adjusted) runs through them; only its ends are
fitted to where its steps are now.
"""
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..model import StepKind
from .boxes import Box, RectIndex

Point = tuple[float, float]
#: Room kept between a route and any step it passes.
MARGIN = 12.0
#: The straight piece of a flow at a step's side, longer than ``MARGIN``.
STUB = 20.0
#: Cost of a bend, in scene units of length: a route with fewer bends wins unless much longer.
BEND = 40.0
#: Distances tried for the free coordinate of a candidate route, beyond both ends.
_OUTSIDE = (STUB, 2 * STUB, 3 * STUB, 5 * STUB, 8 * STUB)

RIGHT, LEFT, UP, DOWN = (1, 0), (-1, 0), (0, -1), (0, 1)


class Obstacles(RectIndex):
    """The steps as rectangles grown by ``MARGIN``; routes may run along their edges."""

    def __init__(self, boxes: dict[str, Box]):
        super().__init__()
        for box in boxes.values():
            self.add(box.id, box.covered(MARGIN))


def port(box: Box, side: tuple[int, int], along: float | None = None) -> Point:
    """The point on ``box``'s border at ``side``; ``along`` moves it along a straight side."""
    dx, dy = side
    if dx:
        y = box.cy if along is None or box.pointed else min(max(along, box.top + 8), box.bottom - 8)
        return (box.right if dx > 0 else box.left, y)
    x = box.cx if along is None or box.pointed else min(max(along, box.left + 8), box.right - 8)
    return (x, box.bottom if dy > 0 else box.top)


def auto_sides(source: Box, target: Box) -> tuple[tuple[int, int], tuple[int, int]]:
    """(side the flow leaves ``source`` by, direction it moves when it enters ``target``)."""
    if target.left >= source.right + 2 * STUB:
        # A decision sends a branch to another row out of its top or bottom corner, as BPMN
        # gateways do: the branches part at the gateway instead of sharing one line.
        if source.kind == StepKind.DECISION:
            if target.cy > source.bottom:
                return DOWN, RIGHT
            if target.cy < source.top:
                return UP, RIGHT
        return RIGHT, RIGHT
    if target.right <= source.left - 2 * STUB:
        # Going back: over the top, or round below into a step further down.
        if target.top > source.bottom + 2 * STUB and not source.name_below:
            return DOWN, DOWN
        if target.bottom < source.top - 2 * STUB and not target.name_below:
            return UP, UP
        return UP, DOWN
    if target.top >= source.bottom + 2 * STUB and not source.name_below:
        return DOWN, DOWN
    if target.bottom <= source.top - 2 * STUB and not target.name_below:
        return UP, UP
    # Side by side or overlapping: round the right.
    return RIGHT, LEFT


def simplify(points: Sequence[Point]) -> list[Point]:
    """Without repeated points and without the middle of three points on one line."""
    result: list[Point] = []
    for point in points:
        if result and result[-1] == point:
            continue
        if len(result) >= 2:
            (x0, y0), (x1, y1) = result[-2], result[-1]
            if (x0 == x1 == point[0]) or (y0 == y1 == point[1]):
                result[-1] = point
                continue
        result.append(point)
    return result


def _reverses(points: Sequence[Point]) -> bool:
    """True when the polyline turns back on itself somewhere (a 180° turn)."""
    for (x0, y0), (x1, y1), (x2, y2) in zip(points, points[1:], points[2:]):
        if x0 == x1 == x2 and (y1 - y0) * (y2 - y1) < 0:
            return True
        if y0 == y1 == y2 and (x1 - x0) * (x2 - x1) < 0:
            return True
    return False


def _cost(points: Sequence[Point]) -> float:
    length = sum(abs(x1 - x0) + abs(y1 - y0) for (x0, y0), (x1, y1) in zip(points, points[1:]))
    return length + BEND * (len(points) - 2)


def _values(a: float, b: float) -> list[float]:
    """Coordinates to try for a free segment between or beyond ``a`` and ``b``."""
    low, high = min(a, b), max(a, b)
    middle = round((low + high) / 2)
    values = [middle]
    span = high - low
    for fraction in (0.25, 0.75, 0.1, 0.9):
        values.append(round(low + span * fraction))
    values += [low, high]
    values += [low - d for d in _OUTSIDE] + [high + d for d in _OUTSIDE]
    return list(dict.fromkeys(values))


def _candidates(start: Point, first: tuple[int, int], end: Point, last: tuple[int, int],
                a: Point, b: Point, rounds_used: int = 3):
    """Routes port → ``a`` (stub) → up to four segments → ``b`` (stub) → port: in three
    rounds (one bend or a Z through the middle; any Z; three or four bends), each round
    cheapest first, so most flows are settled by the first few."""
    (ax, ay), (bx, by) = a, b
    if first[0] != 0:
        rounds = (
            lambda: [[(bx, ay)], [(round((ax + bx) / 2), ay), (round((ax + bx) / 2), by)]],
            lambda: [[(m, ay), (m, by)] for m in _values(ax, bx)],
            lambda: [[(m, ay), (m, n), (bx, n)] for m in _values(ax, bx)[:5]
                     for n in _values(ay, by)]
            + [[(ax, n), (bx, n)] for n in _values(ay, by)],
        )
    else:
        rounds = (
            lambda: [[(ax, by)], [(ax, round((ay + by) / 2)), (bx, round((ay + by) / 2))]],
            lambda: [[(ax, m), (bx, m)] for m in _values(ay, by)],
            lambda: [[(ax, m), (n, m), (n, by)] for m in _values(ay, by)[:5]
                     for n in _values(ax, bx)]
            + [[(n, ay), (n, by)] for n in _values(ax, bx)],
        )
    for shapes in rounds[:rounds_used]:
        routes = []
        for middle in shapes():
            points = simplify([start, a, *middle, b, end])
            if not _reverses(points) and _ends_right(points, first, last):
                routes.append(points)
        routes.sort(key=_cost)
        yield from routes


def _ends_right(points: Sequence[Point], first: tuple[int, int], last: tuple[int, int]) -> bool:
    """The route leaves in direction ``first`` and arrives moving in direction ``last``."""
    (x0, y0), (x1, y1) = points[0], points[1]
    (x2, y2), (x3, y3) = points[-2], points[-1]

    def direction(dx: float, dy: float) -> tuple[int, int]:
        return ((dx > 0) - (dx < 0), (dy > 0) - (dy < 0))

    return direction(x1 - x0, y1 - y0) == first and direction(x3 - x2, y3 - y2) == last


def _free(points: Sequence[Point], obstacles: Obstacles, source: str, target: str) -> bool:
    last = len(points) - 2
    for index, ((x0, y0), (x1, y1)) in enumerate(zip(points, points[1:])):
        # The pieces at the ends start inside their own step's margin.
        skip = (source,) if index == 0 else (target,) if index == last else ()
        if index == 0 and index == last:
            skip = (source, target)
        if obstacles.blocks(x0, y0, x1, y1, skip):
            return False
    return True


def _grid_route(start: Point, first: tuple[int, int], end: Point, last: tuple[int, int],
                a: Point, b: Point, obstacles: Obstacles, source: str,
                target: str) -> list[Point] | None:
    """Shortest route with few bends on the grid of the step edges around ``a`` and ``b``."""
    # Two windows, the second three times wider; a route needing more is not worth the
    # search (the steps are packed so tight that a plain route through them is expected).
    pad = 200.0
    for _ in range(2):
        window = (min(a[0], b[0]) - pad, min(a[1], b[1]) - pad,
                  max(a[0], b[0]) + pad, max(a[1], b[1]) + pad)
        found = _search(a, first, b, last, window, obstacles, source, target)
        if found is not None:
            return simplify([start, *found, end])
        pad *= 3
    return None


def _search(a: Point, first, b: Point, last, window, obstacles: Obstacles, source: str,
            target: str) -> list[Point] | None:
    keys = obstacles.overlapping(window)
    rects = [obstacles.rects[k] for k in keys]
    xs = {a[0], b[0], window[0], window[2]}
    ys = {a[1], b[1], window[1], window[3]}
    for left, top, right, bottom in rects:
        xs.update((left, right))
        ys.update((top, bottom))
    xs = sorted(x for x in xs if window[0] <= x <= window[2])
    ys = sorted(y for y in ys if window[1] <= y <= window[3])
    xi = {x: i for i, x in enumerate(xs)}
    yi = {y: j for j, y in enumerate(ys)}
    nx, ny = len(xs), len(ys)
    # Which grid edges run through a step: an edge between neighbouring grid lines lies
    # wholly inside or wholly outside each rectangle, whose sides are grid lines too.
    across = bytearray(nx * ny)  # edge (i, j) → (i + 1, j)
    down = bytearray(nx * ny)  # edge (i, j) → (i, j + 1)
    for left, top, right, bottom in rects:
        i0, i1 = bisect_left(xs, left), bisect_left(xs, right)
        j0, j1 = bisect_left(ys, top), bisect_left(ys, bottom)
        for j in range(bisect_right(ys, top), j1):
            row = j * nx
            for i in range(i0, i1):
                across[row + i] = 1
        for i in range(bisect_right(xs, left), i1):
            for j in range(j0, j1):
                down[j * nx + i] = 1

    def blocked(i: int, j: int, ni: int, nj: int) -> bool:
        if nj == j:
            return bool(across[j * nx + min(i, ni)])
        return bool(down[min(j, nj) * nx + i])

    goal = (xi[b[0]], yi[b[1]])
    start = (xi[a[0]], yi[a[1]], first)
    best = {start: 0.0}
    queue = [(0.0, 0.0, start, None)]
    came: dict = {}
    steps = (RIGHT, LEFT, UP, DOWN)
    gx, gy = b
    while queue:
        _, cost, state, parent = heapq.heappop(queue)
        if state in came:
            continue
        came[state] = parent
        i, j, heading = state
        if (i, j) == goal:
            if heading != last:
                continue
            cells = []
            while state is not None:
                cells.append((xs[state[0]], ys[state[1]]))
                state = came[state]
            return cells[::-1]
        for move in steps:
            if move == (-heading[0], -heading[1]):
                continue
            ni, nj = i + move[0], j + move[1]
            if not (0 <= ni < nx and 0 <= nj < ny) or blocked(i, j, ni, nj):
                continue
            x0, y0, x1, y1 = xs[i], ys[j], xs[ni], ys[nj]
            step_cost = cost + abs(x1 - x0) + abs(y1 - y0) + (BEND if move != heading else 0.0)
            nxt = (ni, nj, move)
            if step_cost < best.get(nxt, float("inf")):
                best[nxt] = step_cost
                guess = step_cost + abs(gx - x1) + abs(gy - y1)
                heapq.heappush(queue, (guess, step_cost, nxt, state))
    return None


def route(source: Box, target: Box, obstacles: Obstacles,
          waypoints: Sequence[Sequence[float]] = (), search: bool = True) -> list[Point]:
    """The drawn polyline of a flow, from ``source``'s border to ``target``'s border.

    ``search=False`` leaves out the grid search (and the three- and four-bend candidates):
    cheap enough for every frame of a drag, whose final routes are computed on release."""
    if waypoints:
        return through_waypoints(source, target, waypoints)
    if source.id == target.id:
        x, y = source.right, source.cy
        top = source.top - 2 * STUB
        return [(x, y), (x + STUB, y), (x + STUB, top), (source.cx, top),
                (source.cx, source.top)]
    first, last = auto_sides(source, target)
    start = port(source, first)
    end = port(target, (-last[0], -last[1]))
    a = (start[0] + first[0] * STUB, start[1] + first[1] * STUB)
    b = (end[0] - last[0] * STUB, end[1] - last[1] * STUB)
    if not _boxed_in(start, a, b, end, obstacles, source.id, target.id):
        for points in _candidates(start, first, end, last, a, b, 3 if search else 2):
            if _free(points, obstacles, source.id, target.id):
                return points
        if search:
            found = _grid_route(start, first, end, last, a, b, obstacles, source.id, target.id)
            if found is not None and not _reverses(found):
                return found
    # Boxed in (steps on top of each other): the plainest route, through whatever is there.
    (ax, ay), (bx, by) = a, b
    if first[0]:
        middle = [(round((ax + bx) / 2), ay), (round((ax + bx) / 2), by)]
    else:
        middle = [(ax, round((ay + by) / 2)), (bx, round((ay + by) / 2))]
    return simplify([start, a, *middle, b, end])


def _boxed_in(start: Point, a: Point, b: Point, end: Point, obstacles: Obstacles, source: str,
              target: str) -> bool:
    """True when a stub runs into another step: no route through it can be free."""
    if obstacles.blocks(*start, *a, (source,)) or obstacles.blocks(*b, *end, (target,)):
        return True
    for x, y in (a, b):
        if obstacles.overlaps_any((x - 0.01, y - 0.01, x + 0.01, y + 0.01), (source, target)):
            return True
    return False


def _side_towards(box: Box, point: Sequence[float]) -> tuple[int, int]:
    x, y = point
    if x > box.right:
        return RIGHT
    if x < box.left:
        return LEFT
    if y < box.top:
        return UP
    if y > box.bottom:
        return DOWN
    return RIGHT


def through_waypoints(source: Box, target: Box,
                      waypoints: Sequence[Sequence[float]]) -> list[Point]:
    """Border of ``source`` → each waypoint → border of ``target``, with an elbow wherever
    an end is not in line with its nearest waypoint."""
    inner = [(float(x), float(y)) for x, y in waypoints]
    first_side = _side_towards(source, inner[0])
    start = port(source, first_side, inner[0][1] if first_side[0] else inner[0][0])
    last_side = _side_towards(target, inner[-1])
    end = port(target, last_side, inner[-1][1] if last_side[0] else inner[-1][0])
    points = [start]
    _elbow(points, start, first_side, inner[0])
    for point in inner:
        if points[-1][0] != point[0] and points[-1][1] != point[1]:
            points.append((point[0], points[-1][1]))
        points.append(point)
    tail = [end]
    _elbow(tail, end, last_side, inner[-1])
    if points[-1][0] != tail[-1][0] and points[-1][1] != tail[-1][1]:
        points.append((tail[-1][0], points[-1][1]))
    return simplify(points + tail[::-1])


def _elbow(points: list[Point], anchor: Point, side: tuple[int, int], toward: Point) -> None:
    """Leave ``anchor`` along ``side`` and turn once to reach the line of ``toward``."""
    if anchor[0] == toward[0] or anchor[1] == toward[1]:
        return
    if side[0]:
        points.append((toward[0], anchor[1]))
    else:
        points.append((anchor[0], toward[1]))
