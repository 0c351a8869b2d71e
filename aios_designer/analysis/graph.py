"""Graph views of the workflow: a networkx MultiDiGraph (step ids as nodes, flows as keyed
edges) for anyone who wants networkx's algorithms, and plain adjacency dictionaries for the
hot paths of the checks.

Everything here is linear in steps + flows (BFS, Tarjan's strongly connected components), so
checks stay fast on models of thousands of steps; a networkx view costs about as much as all
the checks together, so the checks build it only when a rule asks for it. Views are built
fresh from the model each time: models are mutable, a cached view could go stale.
"""
from collections import deque
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

from ..model import Flow, OperatingModel, StepBase, StepKind

#: Two shares closer than this count as equal (floating point entry, 0.1 + 0.2 ...).
SHARE_TOLERANCE = 1e-6


def build_graph(model: OperatingModel) -> nx.MultiDiGraph:
    """Nodes: step ids with ``step`` and ``kind``; edges: flows keyed by flow id with ``flow``.

    Flows whose source or target does not exist are left out (``integrity_problems`` reports
    them); they can occur transiently while a list is edited in place.
    """
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((s.id, {"step": s, "kind": s.kind}) for s in model.steps)
    graph.add_edges_from(
        (f.source_id, f.target_id, f.id, {"flow": f})
        for f in model.flows
        if f.source_id in graph and f.target_id in graph
    )
    return graph


def step_of(graph: nx.MultiDiGraph, step_id: str) -> StepBase:
    return graph.nodes[step_id]["step"]


def steps_of_kind(graph: nx.MultiDiGraph, kind: StepKind) -> list[str]:
    return [n for n, k in graph.nodes(data="kind") if k == kind]


def triggers(graph: nx.MultiDiGraph) -> list[str]:
    return steps_of_kind(graph, StepKind.TRIGGER)


def ends(graph: nx.MultiDiGraph) -> list[str]:
    return steps_of_kind(graph, StepKind.END)


def outgoing_flows(graph: nx.MultiDiGraph, step_id: str) -> list[Flow]:
    """The flows leaving ``step_id`` in model order."""
    return [data["flow"] for _, _, data in graph.out_edges(step_id, data=True)]


def incoming_flows(graph: nx.MultiDiGraph, step_id: str) -> list[Flow]:
    return [data["flow"] for _, _, data in graph.in_edges(step_id, data=True)]


def flow_index(model: OperatingModel) -> tuple[dict[str, list[Flow]], dict[str, list[Flow]]]:
    """(step id → flows leaving it, step id → flows entering it), every step present, in model
    order; flows whose source or target does not exist are left out."""
    outgoing: dict[str, list[Flow]] = {s.id: [] for s in model.steps}
    incoming: dict[str, list[Flow]] = {s.id: [] for s in model.steps}
    for flow in model.flows:
        if flow.source_id in outgoing and flow.target_id in outgoing:
            outgoing[flow.source_id].append(flow)
            incoming[flow.target_id].append(flow)
    return outgoing, incoming


def reachable(adjacency: Mapping[str, Iterable[str]], sources: Iterable[str]) -> set[str]:
    """Nodes reachable from ``sources`` (included) in an adjacency mapping."""
    seen = {s for s in sources if s in adjacency}
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        for nxt in adjacency[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def reachable_from(graph: nx.MultiDiGraph, sources: Iterable[str]) -> set[str]:
    """Steps an item can get to from any of ``sources`` (sources included)."""
    return reachable(graph.succ, sources)


def reaching(graph: nx.MultiDiGraph, targets: Iterable[str]) -> set[str]:
    """Steps from which an item can get to any of ``targets`` (targets included)."""
    return reachable(graph.pred, targets)


def strong_components(adjacency: Mapping[str, Iterable[str]]) -> list[set[str]]:
    """Strongly connected sets of a plain adjacency mapping (every node a key).

    Tarjan's algorithm without recursion (as networkx does it), on dictionaries, so the
    callers need not build a second networkx graph for a filtered set of edges.
    """
    preorder: dict[str, int] = {}
    lowlink: dict[str, int] = {}
    found: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    counter = 0
    neighbours = {v: iter(adjacency[v]) for v in adjacency}
    for source in adjacency:
        if source in found:
            continue
        queue = [source]
        while queue:
            v = queue[-1]
            if v not in preorder:
                counter += 1
                preorder[v] = counter
            done = True
            for w in neighbours[v]:
                if w not in preorder:
                    queue.append(w)
                    done = False
                    break
            if not done:
                continue
            low = preorder[v]
            for w in adjacency[v]:
                if w not in found:
                    low = min(low, lowlink[w] if preorder[w] > preorder[v] else preorder[w])
            lowlink[v] = low
            queue.pop()
            if low == preorder[v]:
                component = {v}
                while stack and preorder[stack[-1]] > preorder[v]:
                    component.add(stack.pop())
                found.update(component)
                components.append(component)
            else:
                stack.append(v)
    return components


def _is_cyclic(component: set[str], adjacency: Mapping[str, Iterable[str]]) -> bool:
    if len(component) > 1:
        return True
    node = next(iter(component))
    return node in adjacency[node]


def cyclic_components(graph: nx.MultiDiGraph) -> list[set[str]]:
    """Strongly connected sets that contain a cycle (more than one step, or a self-loop)."""
    adjacency = {n: list(graph.succ[n]) for n in graph}
    return [c for c in strong_components(adjacency) if _is_cyclic(c, adjacency)]


def carrying_flows(flows: Sequence[Flow]) -> list[Flow]:
    """The flows out of one step that carry items: resolved share > 0. When every share is 0,
    the projection splits items equally, so then all flows carry."""
    given = 0.0
    for f in flows:
        if f.share is not None:
            given += f.share
    open_carry = given < 1.0  # flows without a share get an equal part of 1 - given
    carrying = [f for f in flows if (f.share > 0.0 if f.share is not None else open_carry)]
    return carrying if carrying else list(flows)


def closed_cycles(outgoing: Mapping[str, Sequence[Flow]],
                  kinds: Mapping[str, StepKind]) -> list[set[str]]:
    """Cycles no item can leave: strongly connected sets, over the flows that carry items,
    that contain a cycle and have no carrying flow to a step outside. Items entering one
    circulate forever (the projection cannot solve for them either); an end step inside such
    a set passes its items on, so it is no exit. The checks take the projection's own loops
    (``Projection.closed_loops``), which also know how review policies split flows.
    ``outgoing`` as from ``flow_index``; ``kinds``: step id → kind (kept for callers).
    """
    adjacency = {n: {f.target_id for f in carrying_flows(flows)} for n, flows in outgoing.items()}
    closed = []
    for component in strong_components(adjacency):
        if not _is_cyclic(component, adjacency):
            continue
        if all(t in component for n in component for t in adjacency[n]):
            closed.append(component)
    return closed


def component_index(adjacency: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """Node → number of its strongly connected component (same number = on a common cycle).
    ``adjacency`` may be a plain mapping or a networkx graph's ``succ``."""
    index: dict[str, int] = {}
    for number, component in enumerate(strong_components(adjacency)):
        for node in component:
            index[node] = number
    return index


def resolved_shares(flows: Sequence[Flow]) -> dict[str, float]:
    """Flow id → probability, with ``share=None`` meaning an equal part of what the flows with
    a share leave over (nothing when they already use up 1). Shares are not normalised: when
    the given shares exceed 1 they are returned as given (a check finding reports it).
    """
    given = sum(f.share for f in flows if f.share is not None)
    open_flows = [f for f in flows if f.share is None]
    rest = max(0.0, 1.0 - given)
    each = rest / len(open_flows) if open_flows else 0.0
    return {f.id: (f.share if f.share is not None else each) for f in flows}


def share_sum(flows: Sequence[Flow]) -> tuple[float, int]:
    """(sum of the given shares, number of flows without a share)."""
    return (sum(f.share for f in flows if f.share is not None),
            sum(1 for f in flows if f.share is None))
