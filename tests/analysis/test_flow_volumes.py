"""The loop-by-loop flow solver equals one dense solve of (I − Pᵀ) v = b on random graphs."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.analysis.flow_volumes import FlowSolver, resolve_shares


@st.composite
def graphs(draw):
    n = draw(st.integers(2, 12))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                          min_size=1, max_size=3 * n))
    # The last node is an exit nobody leaves, reachable from every node with some share,
    # so every loop has a way out and the system is solvable.
    edges = [(s, t) for s, t in edges if s != n - 1] + [(i, n - 1) for i in range(n - 1)]
    raw = draw(st.lists(st.floats(0.05, 1.0), min_size=len(edges), max_size=len(edges)))
    shares = np.zeros(len(edges))
    for node in range(n):
        mine = [i for i, (s, _) in enumerate(edges) if s == node]
        if mine:
            shares[mine] = resolve_shares([raw[i] for i in mine])
    b = np.array(draw(st.lists(st.floats(0.0, 1000.0), min_size=n, max_size=n)))
    return n, edges, shares, b


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_blocks_equal_dense_solve(graph):
    n, edges, shares, b = graph
    src = np.array([s for s, _ in edges])
    tgt = np.array([t for _, t in edges])
    dense = np.eye(n)
    for s, t, p in zip(src, tgt, shares):
        dense[t, s] -= p
    expected = np.linalg.solve(dense, b)
    got = FlowSolver(n, src, tgt, shares).solve(b)
    assert np.allclose(got, expected, rtol=1e-7, atol=1e-6)
    # Everything that enters leaves through the exit.
    assert np.isclose(got[n - 1], b.sum(), rtol=1e-7, atol=1e-6)


def test_loop_without_exit_is_unbounded_only_when_reached():
    # 0 → 1 ⇄ 2 (closed), 3 → 4 (separate, fine)
    src, tgt = np.array([0, 1, 2, 3]), np.array([1, 2, 1, 4])
    solver = FlowSolver(5, src, tgt, np.ones(4))
    assert solver.closed_loops() == [[1, 2]]
    v = solver.solve(np.array([10.0, 0, 0, 5.0, 0]))
    assert np.isinf(v[1]) and np.isinf(v[2]) and v[4] == 5.0
    v = solver.solve(np.array([0.0, 0, 0, 5.0, 0]))
    assert v[1] == 0 and v[2] == 0
