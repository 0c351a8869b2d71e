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
    #: A rectangle over more cells than this is kept in a list of its own: a flow between steps
    #: placed far apart would otherwise be filed in thousands of buckets.
    LARGE = 256

    def __init__(self):
        self.rects: dict = {}
        self._buckets: dict[tuple[int, int], list] = defaultdict(list)
        self._sorted_cells: list | None = None
        self._large: list = []

    def add(self, key, rect: Rect) -> None:
        self.rects[key] = rect
        cell = self.CELL
        i0, i1 = int(rect[0] // cell), int(rect[2] // cell)
        j0, j1 = int(rect[1] // cell), int(rect[3] // cell)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > self.LARGE:
            self._large.append(key)
            return
        self._sorted_cells = None
        buckets = self._buckets
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                buckets[(i, j)].append(key)

    def _far_cells(self, i0: int, i1: int, j0: int, j1: int):
        """The buckets of a range wider than the index holds, in the order the grid walk visits
        them: steps placed far apart would otherwise make one segment walk millions of empty
        cells."""
        if self._sorted_cells is None:
            self._sorted_cells = sorted(self._buckets)
        buckets = self._buckets
        for cell in self._sorted_cells:
            if i0 <= cell[0] <= i1 and j0 <= cell[1] <= j1:
                yield buckets[cell]

    def _cells(self, left: float, top: float, right: float, bottom: float):
        cell = self.CELL
        i0, i1 = int(left // cell), int(right // cell)
        j0, j1 = int(top // cell), int(bottom // cell)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > len(self._buckets):
            yield from self._far_cells(i0, i1, j0, j1)
        else:
            buckets = self._buckets
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    yield buckets.get((i, j), ())
        if self._large:
            yield self._large

    def overlapping(self, rect: Rect) -> list:
        """Keys whose rectangle overlaps the inside of ``rect`` (touching edges do not count)."""
        left, top, right, bottom = rect
        rects = self.rects
        found = []
        seen = set()
        for bucket in self._cells(left, top, right, bottom):
            for key in bucket:
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
        for bucket in self._cells(left, top, right, bottom):
            for key in bucket:
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
        rects = self.rects
        horizontal = y1 == y2
        for bucket in self._cells(x1, y1, x2, y2):
            for key in bucket:
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
