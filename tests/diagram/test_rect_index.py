"""The spatial index answers exactly as a walk over every rectangle would, for small and for
very large rectangles and segments (steps placed millions of pixels apart)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.diagram.boxes import RectIndex

coordinate = st.one_of(st.floats(-1000, 1000), st.floats(-2e6, 2e6)).map(round)


@st.composite
def rects(draw):
    x1, x2 = sorted((draw(coordinate), draw(coordinate)))
    y1, y2 = sorted((draw(coordinate), draw(coordinate)))
    return (x1, y1, x2 + 1, y2 + 1)


@st.composite
def segments(draw):
    a, b, c = draw(coordinate), draw(coordinate), draw(coordinate)
    return (a, c, b, c) if draw(st.booleans()) else (c, a, c, b)


def _overlaps(r, q):
    return r[0] < q[2] and q[0] < r[2] and r[1] < q[3] and q[1] < r[3]


def _blocks(r, x1, y1, x2, y2):
    x1, x2 = sorted((x1, x2))
    y1, y2 = sorted((y1, y2))
    if y1 == y2:
        return r[1] < y1 < r[3] and x1 < r[2] and r[0] < x2
    return r[0] < x1 < r[2] and y1 < r[3] and r[1] < y2


@settings(max_examples=200, deadline=None)
@given(st.lists(rects(), max_size=12), st.lists(rects(), max_size=4),
       st.lists(segments(), max_size=4))
def test_answers_match_a_walk_over_every_rectangle(stored, queries, lines):
    index = RectIndex()
    for key, rect in enumerate(stored):
        index.add(key, rect)
    for query in queries:
        expected = [key for key, rect in enumerate(stored) if _overlaps(rect, query)]
        assert sorted(index.overlapping(query)) == expected
        assert index.overlaps_any(query) == bool(expected)
        assert index.overlaps_any(query, skip=set(expected)) is False
    for line in lines:
        expected = [key for key, rect in enumerate(stored) if _blocks(rect, *line)]
        assert index.blocks(*line) == bool(expected)
        assert sorted(index.crossed(*line)) == expected


def test_a_rectangle_far_wider_than_a_cell_is_not_filed_cell_by_cell():
    index = RectIndex()
    index.add("long", (-1e6, 0, 1e6, 10))
    index.add("small", (0, 100, 50, 150))
    assert sum(len(bucket) for bucket in index._buckets.values()) <= 4
    assert index.blocks(500_000, -20, 500_000, 20)
    assert index.overlapping((-2e6, -2e6, 2e6, 2e6)) == ["small", "long"]
