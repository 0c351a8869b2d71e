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
                a: Point, b: Point, rounds_used: int = 3, through_other=None):
    """Routes port → ``a`` (stub) → up to four segments → ``b`` (stub) → port: in three
    rounds (one bend or a Z through the middle; any Z; three or four bends), each round
    cheapest first, so most flows are settled by the first few.

    ``through_other(p, q)`` (optional) tells whether the straight piece p → q passes through
    a step other than the flow's own two; a route with such a piece is blocked however its
    pieces are later joined, so it is dropped before the work of ranking it."""
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
            if through_other is not None:
                # The first and the last piece are shared by many shapes: asked first,
                # they are mostly answered from memory.
                if through_other(a, middle[0]) or through_other(middle[-1], b) or any(
                        through_other(p, q) for p, q in zip(middle, middle[1:])):
                    continue
            judged = _judged(simplify([start, a, *middle, b, end]), first, last)
            if judged is not None:
                routes.append(judged)
        routes.sort(key=_by_cost)
        for _, points in routes:
            yield points


def _by_cost(judged: tuple[float, list[Point]]) -> float:
    return judged[0]


def _judged(points: list[Point], first: tuple[int, int],
            last: tuple[int, int]) -> tuple[float, list[Point]] | None:
    """(cost, ``points``) when the route leaves in direction ``first`` and arrives moving in
    direction ``last``, else None; the cost is the length plus ``BEND`` per bend."""
    (x0, y0), (x1, y1) = points[0], points[1]
    dx, dy = x1 - x0, y1 - y0
    if ((dx > 0) - (dx < 0), (dy > 0) - (dy < 0)) != first:
        return None
    (x0, y0), (x1, y1) = points[-2], points[-1]
    dx, dy = x1 - x0, y1 - y0
    if ((dx > 0) - (dx < 0), (dy > 0) - (dy < 0)) != last:
        return None
    length = 0.0
    x0, y0 = points[0]
    for x1, y1 in points[1:]:
        length += abs(x1 - x0) + abs(y1 - y0)
        x0, y0 = x1, y1
    return length + BEND * (len(points) - 2), points


def _free(points: Sequence[Point], obstacles: Obstacles, source: str, target: str,
          known: dict | None = None) -> bool:
    """True when no segment of ``points`` passes through a step; ``known`` remembers the
    answer per segment, since the candidates of one flow share most of their segments."""
    last = len(points) - 2
    for index in range(last + 1):
        (x0, y0), (x1, y1) = points[index], points[index + 1]
        # The pieces at the ends start inside their own step's margin.
        ends = (index == 0) + 2 * (index == last)
        key = (x0, y0, x1, y1, ends)
        blocked = known.get(key) if known is not None else None
        if blocked is None:
            skip = ((), (source,), (target,), (source, target))[ends]
            blocked = obstacles.blocks(x0, y0, x1, y1, skip)
            if known is not None:
                known[key] = blocked
        if blocked:
            return False
    return True


def _through_other(obstacles: Obstacles, source: str, target: str):
    """``through_other`` of ``_candidates``, remembering its answers for the flow's routes."""
    skip = (source, target)
    known: dict = {}

    def through_other(p: Point, q: Point) -> bool:
        key = (p, q)
        hit = known.get(key)
        if hit is None:
            hit = known[key] = obstacles.blocks(p[0], p[1], q[0], q[1], skip)
        return hit

    return through_other


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


#: The four headings in the order their (dx, dy) tuples sort, so that a state's number
#: ``((i * ny) + j) * 4 + heading`` breaks ties in the queue exactly as (i, j, (dx, dy)) would.
_HEADINGS = (LEFT, UP, DOWN, RIGHT)
_HEADING_INDEX = {h: k for k, h in enumerate(_HEADINGS)}


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
    nx, ny = len(xs), len(ys)
    # Which grid edges run through a step: an edge between neighbouring grid lines lies
    # wholly inside or wholly outside each rectangle, whose sides are grid lines too.
    across = bytearray(nx * ny)  # edge (i, j) → (i + 1, j), at index i * ny + j
    down = bytearray(nx * ny)  # edge (i, j) → (i, j + 1)
    for left, top, right, bottom in rects:
        i0, i1 = bisect_left(xs, left), bisect_left(xs, right)
        j0, j1 = bisect_left(ys, top), bisect_left(ys, bottom)
        j_inside = bisect_right(ys, top)
        for i in range(i0, i1):
            across[i * ny + j_inside:i * ny + j1] = b"\1" * (j1 - j_inside)
        for i in range(bisect_right(xs, left), i1):
            down[i * ny + j0:i * ny + j1] = b"\1" * (j1 - j0)

    goal = xs.index(b[0]) * ny + ys.index(b[1])
    last_heading = _HEADING_INDEX[last]
    start = (xs.index(a[0]) * ny + ys.index(a[1])) * 4 + _HEADING_INDEX[first]
    infinity = float("inf")
    best = [infinity] * (nx * ny * 4)
    best[start] = 0.0
    came: dict[int, int] = {}
    queue = [(0.0, 0.0, start, -1)]
    gx, gy = b
    pop, push = heapq.heappop, heapq.heappush
    while queue:
        _, cost, state, parent = pop(queue)
        if state in came:
            continue
        came[state] = parent
        cell, heading = divmod(state, 4)
        if cell == goal:
            if heading != last_heading:
                continue
            points = []
            while state != -1:
                i, j = divmod(state // 4, ny)
                points.append((xs[i], ys[j]))
                state = came[state]
            return points[::-1]
        i, j = divmod(cell, ny)
        x, y = xs[i], ys[j]
        # Moves in the order LEFT, UP, DOWN, RIGHT; never straight back.
        if heading != 3 and i > 0 and not across[cell - ny]:
            _relax(push, best, queue, cost, (cell - ny) * 4, heading, 0, x - xs[i - 1], xs[i - 1],
                   y, gx, gy, state)
        if heading != 2 and j > 0 and not down[cell - 1]:
            _relax(push, best, queue, cost, (cell - 1) * 4 + 1, heading, 1, y - ys[j - 1], x,
                   ys[j - 1], gx, gy, state)
        if heading != 1 and j + 1 < ny and not down[cell]:
            _relax(push, best, queue, cost, (cell + 1) * 4 + 2, heading, 2, ys[j + 1] - y, x,
                   ys[j + 1], gx, gy, state)
        if heading != 0 and i + 1 < nx and not across[cell]:
            _relax(push, best, queue, cost, (cell + ny) * 4 + 3, heading, 3, xs[i + 1] - x,
                   xs[i + 1], y, gx, gy, state)
    return None


def _relax(push, best, queue, cost, nxt, heading, move, length, x1, y1, gx, gy, state) -> None:
    step_cost = cost + length + (BEND if move != heading else 0.0)
    if step_cost < best[nxt]:
        best[nxt] = step_cost
        push(queue, (step_cost + abs(gx - x1) + abs(gy - y1), step_cost, nxt, state))


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
        known: dict = {}
        for points in _candidates(start, first, end, last, a, b, 3 if search else 2,
                                  _through_other(obstacles, source.id, target.id)):
            if _free(points, obstacles, source.id, target.id, known):
                return points
        if search:
            found = _grid_route(start, first, end, last, a, b, obstacles, source.id, target.id)
            if found is not None:
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
