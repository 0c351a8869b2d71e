"""Expected visits per step: the linear flow equations of the workflow graph.

An item entering step i leaves it along flow i→j with probability share(i→j). The expected
number of visits v solves v = b + Pᵀ v (b = items injected, P = share matrix), rework loops
included. Instead of one dense solve (cubic in the number of steps) the graph is cut into
strongly connected components: acyclic parts are a single pass in topological order and only
the steps of a loop are solved together, so a 2,000-step model costs milliseconds.
"""
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Shares at or below this count as "never taken" when looking for loops without an exit.
_ZERO = 1e-12


def resolve_shares(declared: Sequence[float | None]) -> list[float]:
    """Shares of the outgoing flows of one step, adding up to 1.

    ``None`` = an equal part of what the flows with a share leave over. If the shares still do
    not add up to 1 they are scaled so that no item is lost or created (the checks report such
    shares); if all are zero, the items split equally.
    """
    if not declared:
        return []
    explicit = sum(s for s in declared if s is not None)
    open_count = sum(1 for s in declared if s is None)
    each = max(0.0, 1.0 - explicit) / open_count if open_count else 0.0
    shares = [each if s is None else float(s) for s in declared]
    total = sum(shares)
    if total <= _ZERO:
        return [1.0 / len(shares)] * len(shares)
    return [s / total for s in shares]


@dataclass
class _Block:
    nodes: list[int]             # step indexes of this component, ascending
    local: dict[int, int]        # step index -> position in ``nodes``
    closed: bool                 # no positive-share flow leaves: items can never get out
    #: One step without a flow to itself: a single pass, no equations to solve.
    single: bool = False


class FlowSolver:
    """Solves ``(I - Pᵀ) v = b`` for one fixed share matrix, for any right-hand side ``b``."""

    def __init__(self, n: int, sources: np.ndarray, targets: np.ndarray, shares: np.ndarray):
        self.n = n
        self.sources = np.asarray(sources, dtype=np.int64)
        self.targets = np.asarray(targets, dtype=np.int64)
        self.shares = np.asarray(shares, dtype=float)
        self._out: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for s, t, p in zip(self.sources.tolist(), self.targets.tolist(), self.shares.tolist()):
            if p > _ZERO:
                self._out[s].append((t, p))
        self._blocks = self._components()
        self._matrices: dict[int, np.ndarray] = {}

    def _components(self) -> list[_Block]:
        """Strongly connected components in topological order (iterative Tarjan)."""
        n, out = self.n, self._out
        index = [-1] * n
        low = [0] * n
        on_stack = [False] * n
        stack: list[int] = []
        found: list[list[int]] = []
        counter = 0
        for root in range(n):
            if index[root] != -1:
                continue
            work = [(root, 0)]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack[root] = True
            while work:
                node, pos = work[-1]
                edges = out[node]
                if pos < len(edges):
                    work[-1] = (node, pos + 1)
                    nxt = edges[pos][0]
                    if index[nxt] == -1:
                        index[nxt] = low[nxt] = counter
                        counter += 1
                        stack.append(nxt)
                        on_stack[nxt] = True
                        work.append((nxt, 0))
                    elif on_stack[nxt]:
                        low[node] = min(low[node], index[nxt])
                    continue
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack[member] = False
                        component.append(member)
                        if member == node:
                            break
                    found.append(component)
        found.reverse()  # Tarjan emits sinks first
        blocks = []
        for component in found:
            if len(component) == 1:
                # Most steps are on no loop: no sets, sorts or arrays for them.
                node = component[0]
                edges = out[node]
                looped = any(t == node for t, _ in edges)
                closed = looped and all(t == node for t, _ in edges)
                blocks.append(_Block(component, {node: 0}, closed=closed,
                                     single=not looped))
                continue
            members = sorted(component)
            inside = set(component)
            leaves = any(t not in inside for m in component for t, _ in out[m])
            blocks.append(_Block(members, {m: i for i, m in enumerate(members)},
                                 closed=not leaves))
        return blocks

    def _matrix(self, block_no: int) -> np.ndarray:
        """``I - Qᵀ`` of a loop (Q = shares between its steps), built once."""
        cached = self._matrices.get(block_no)
        if cached is None:
            block = self._blocks[block_no]
            size = len(block.nodes)
            cached = np.eye(size)
            for m in block.nodes:
                for t, p in self._out[m]:
                    j = block.local.get(t)
                    if j is not None:
                        cached[j, block.local[m]] -= p
            self._matrices[block_no] = cached
        return cached

    def solve(self, injected: np.ndarray) -> np.ndarray:
        """Expected visits per step. Steps in a loop that never exits and that items reach get
        ``inf`` (the expected number of visits is unbounded)."""
        # Plain floats step by step (numpy scalars cost several times more per operation;
        # the arithmetic is the same IEEE doubles); arrays only where a loop is solved.
        inflow = np.array(injected, dtype=float).tolist()
        visits = [0.0] * self.n
        out = self._out
        for block_no, block in enumerate(self._blocks):
            nodes = block.nodes
            if block.single:
                node = nodes[0]
                value = inflow[node]
                visits[node] = value
                if value != 0.0:
                    for t, p in out[node]:
                        inflow[t] += value * p
                continue
            rhs = np.array([inflow[m] for m in nodes])
            if block.closed:
                local = np.where(np.abs(rhs) > _ZERO, np.inf, 0.0)
                if np.any(local):
                    local[:] = np.inf  # everything in the loop is reached once anything is
                for m, value in zip(nodes, local.tolist()):
                    visits[m] = value
                continue
            local = np.linalg.solve(self._matrix(block_no), rhs).tolist()
            for m, value in zip(nodes, local):
                visits[m] = value
                if value != 0.0:
                    for t, p in out[m]:
                        if t not in block.local:
                            inflow[t] += value * p
        return np.array(visits)

    def closed_loops(self) -> list[list[int]]:
        """Step indexes of each loop that no item can ever leave."""
        return [list(block.nodes) for block in self._blocks if block.closed]
