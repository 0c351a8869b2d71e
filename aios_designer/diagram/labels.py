"""Where flow labels go: on their own flow, clear of every step and every other label, and
where room allows, clear of the other flows' lines.

Labels are placed one flow after the other in model order; each takes the first free place
of its flow in this order: on its longest horizontal segment near the middle, then off the
middle, then beside the line, then on the vertical segments. A label with no free place on
its line goes to the nearest free place around its flow's middle.
"""
from collections.abc import Sequence

from .boxes import Box, Rect, RectIndex

#: Room kept between a label and a step or another label.
CLEARANCE = 4.0
_FRACTIONS = (0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95)
#: How far the search for a free place goes from the flow's middle before giving up.
_SEARCH_RADIUS = 4000.0
_SEARCH_STEP = 10.0


class LabelPlacer:
    def __init__(self, boxes: dict[str, Box], routes: dict[str, Sequence[tuple[float, float]]]):
        self.steps = RectIndex()
        for box in boxes.values():
            self.steps.add(box.id, box.covered(CLEARANCE))
        self.lines = RectIndex()
        for flow_id, points in routes.items():
            for index, ((x0, y0), (x1, y1)) in enumerate(zip(points, points[1:])):
                self.lines.add((flow_id, index),
                               (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        self.labels = RectIndex()

    def _blocked(self, rect: Rect) -> bool:
        if self.steps.overlaps_any(rect):
            return True
        grown = (rect[0] - CLEARANCE, rect[1] - CLEARANCE, rect[2] + CLEARANCE,
                 rect[3] + CLEARANCE)
        return self.labels.overlaps_any(grown)

    @staticmethod
    def _own_lines(flow_id: str, points) -> frozenset:
        return frozenset((flow_id, index) for index in range(len(points) - 1))

    def _crossed_lines(self, rect: Rect, flow_id: str) -> int:
        return sum(1 for key in self.lines.overlapping(rect) if key[0] != flow_id)

    def place(self, flow_id: str, points: Sequence[tuple[float, float]], width: float,
              height: float) -> Rect:
        """The label's rectangle (left, top, right, bottom); it is kept for later labels."""
        best = None
        best_score = None
        own = self._own_lines(flow_id, points)
        for rank, (cx, cy) in enumerate(_spots(points, width, height)):
            rect = (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
            if self._blocked(rect):
                continue
            if not self.lines.overlaps_any(rect, own):
                best = rect
                break
            lines = self._crossed_lines(rect, flow_id)
            score = lines * 1000 + rank
            if best_score is None or score < best_score:
                best, best_score = rect, score
        if best is None:
            best = self._search(points, width, height)
        self.labels.add(flow_id, best)
        return best

    def _search(self, points, width: float, height: float) -> Rect:
        cx, cy = _middle(points)
        radius = _SEARCH_STEP
        while radius < _SEARCH_RADIUS:
            # The ring of places ``radius`` away (Chebyshev distance), nearest first.
            ring = []
            steps = int(radius // _SEARCH_STEP)
            for k in range(-steps, steps + 1):
                offset = k * _SEARCH_STEP
                ring += [(cx + offset, cy - radius), (cx + offset, cy + radius),
                         (cx - radius, cy + offset), (cx + radius, cy + offset)]
            ring.sort(key=lambda p: abs(p[0] - cx) + abs(p[1] - cy))
            for x, y in ring:
                rect = (x - width / 2, y - height / 2, x + width / 2, y + height / 2)
                if not self._blocked(rect):
                    return rect
            radius += _SEARCH_STEP
        return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _middle(points) -> tuple[float, float]:
    """The point halfway along the polyline."""
    lengths = [abs(x1 - x0) + abs(y1 - y0) for (x0, y0), (x1, y1) in zip(points, points[1:])]
    half = sum(lengths) / 2
    for ((x0, y0), (x1, y1)), length in zip(zip(points, points[1:]), lengths):
        if half <= length and length:
            t = half / length
            return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
        half -= length
    return points[0]


def _spots(points, width: float, height: float):
    """Label centres to try, best first."""
    segments = list(zip(points, points[1:]))
    horizontal = sorted((s for s in segments if s[0][1] == s[1][1] and s[0][0] != s[1][0]),
                        key=lambda s: -abs(s[1][0] - s[0][0]))
    vertical = sorted((s for s in segments if s[0][0] == s[1][0] and s[0][1] != s[1][1]),
                      key=lambda s: -abs(s[1][1] - s[0][1]))
    beside_h = height / 2 + 3
    beside_v = width / 2 + 3
    for offsets in ((0.0,), (-beside_h, beside_h)):
        for (x0, y), (x1, _) in horizontal:
            low, high = min(x0, x1) + width / 2 + CLEARANCE, max(x0, x1) - width / 2 - CLEARANCE
            xs = [(low + high) / 2] if low >= high else \
                [low + (high - low) * f for f in _FRACTIONS]
            for x in xs:
                for dy in offsets:
                    yield (round(x, 1), y + dy)
    for offsets in ((0.0,), (beside_v, -beside_v)):
        for (x, y0), (_, y1) in vertical:
            low, high = min(y0, y1) + height / 2 + CLEARANCE, max(y0, y1) - height / 2 - CLEARANCE
            ys = [(low + high) / 2] if low >= high else \
                [low + (high - low) * f for f in _FRACTIONS]
            for y in ys:
                for dx in offsets:
                    yield (x + dx, round(y, 1))


def first_spot(points, width: float, height: float) -> tuple[float, float]:
    """The label centre a flow prefers, without looking at anything else (while dragging)."""
    return next(_spots(points, width, height), _middle(points))
