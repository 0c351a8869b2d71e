"""A step's box in scene coordinates and a spatial index of boxes for the router and labels."""
from collections import defaultdict
from dataclasses import dataclass

from ..model import StepKind
from .shapes import LABEL_BELOW_HEIGHT, LABEL_BELOW_KINDS, LABEL_BELOW_WIDTH, POINTED_KINDS

Rect = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Box:
    """A step's body: centre and size in scene coordinates."""

    id: str
    kind: StepKind
    cx: float
    cy: float
    w: float
    h: float

    @property
    def left(self) -> float:
        return self.cx - self.w / 2

    @property
    def right(self) -> float:
        return self.cx + self.w / 2

    @property
    def top(self) -> float:
        return self.cy - self.h / 2

    @property
    def bottom(self) -> float:
        return self.cy + self.h / 2

    @property
    def pointed(self) -> bool:
        """Circles and diamonds: flows attach at the middle of a side only."""
        return self.kind in POINTED_KINDS

    @property
    def name_below(self) -> bool:
        return self.kind in LABEL_BELOW_KINDS

    def covered(self, margin: float = 0.0) -> Rect:
        """What the step draws (with its name below, for circles), grown by ``margin``."""
        left, right, bottom = self.left, self.right, self.bottom
        if self.name_below:
            left = min(left, self.cx - LABEL_BELOW_WIDTH / 2)
            right = max(right, self.cx + LABEL_BELOW_WIDTH / 2)
            bottom += LABEL_BELOW_HEIGHT
            # The name's box is wider than the circle; the band beside the circle stays free.
            return (left - margin, self.top - margin, right + margin, bottom + margin)
        return (left - margin, self.top - margin, right + margin, bottom + margin)


class RectIndex:
    """Rectangles in buckets of a coarse grid: which ones a segment or a rectangle touches."""

    CELL = 200.0

    def __init__(self):
        self.rects: dict = {}
        self._buckets: dict[tuple[int, int], list] = defaultdict(list)

    def add(self, key, rect: Rect) -> None:
        self.rects[key] = rect
        cell = self.CELL
        buckets = self._buckets
        for i in range(int(rect[0] // cell), int(rect[2] // cell) + 1):
            for j in range(int(rect[1] // cell), int(rect[3] // cell) + 1):
                buckets[(i, j)].append(key)

    def overlapping(self, rect: Rect) -> list:
        """Keys whose rectangle overlaps the inside of ``rect`` (touching edges do not count)."""
        left, top, right, bottom = rect
        rects = self.rects
        buckets = self._buckets
        cell = self.CELL
        found = []
        seen = set()
        for i in range(int(left // cell), int(right // cell) + 1):
            for j in range(int(top // cell), int(bottom // cell) + 1):
                for key in buckets.get((i, j), ()):
                    if key in seen:
                        continue
                    seen.add(key)
                    other = rects[key]
                    if other[0] < right and left < other[2] and other[1] < bottom \
                            and top < other[3]:
                        found.append(key)
        return found

    def overlaps_any(self, rect: Rect, skip=()) -> bool:
        """True when some rectangle not in ``skip`` overlaps the inside of ``rect``."""
        left, top, right, bottom = rect
        rects = self.rects
        buckets = self._buckets
        cell = self.CELL
        for i in range(int(left // cell), int(right // cell) + 1):
            for j in range(int(top // cell), int(bottom // cell) + 1):
                for key in buckets.get((i, j), ()):
                    other = rects[key]
                    if other[0] < right and left < other[2] and other[1] < bottom \
                            and top < other[3] and key not in skip:
                        return True
        return False

    def blocks(self, x1: float, y1: float, x2: float, y2: float, skip=()) -> bool:
        """True when an axis-parallel segment passes through the inside of any rectangle
        (the hot path of routing: buckets are walked directly, the first hit ends it)."""
        if x1 > x2:
            x1, x2 = x2, x1
        if y1 > y2:
            y1, y2 = y2, y1
        cell = self.CELL
        rects = self.rects
        buckets = self._buckets
        horizontal = y1 == y2
        for i in range(int(x1 // cell), int(x2 // cell) + 1):
            for j in range(int(y1 // cell), int(y2 // cell) + 1):
                for key in buckets.get((i, j), ()):
                    left, top, right, bottom = rects[key]
                    if horizontal:
                        if top < y1 < bottom and x1 < right and left < x2 and key not in skip:
                            return True
                    elif left < x1 < right and y1 < bottom and top < y2 and key not in skip:
                        return True
        return False

    def crossed(self, x1: float, y1: float, x2: float, y2: float, skip=()) -> list:
        """Keys whose rectangle's inside an axis-parallel segment passes through."""
        if x1 > x2:
            x1, x2 = x2, x1
        if y1 > y2:
            y1, y2 = y2, y1
        hits = []
        for key in set(self.overlapping((x1 - 1, y1 - 1, x2 + 1, y2 + 1))):
            if key in skip:
                continue
            left, top, right, bottom = self.rects[key]
            if y1 == y2:
                if top < y1 < bottom and x1 < right and left < x2:
                    hits.append(key)
            elif left < x1 < right and y1 < bottom and top < y2:
                hits.append(key)
        return hits
