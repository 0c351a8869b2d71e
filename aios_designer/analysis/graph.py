"""A networkx view of the workflow: step ids as nodes, flows as keyed edges.

Everything here is linear in steps + flows (BFS, Tarjan's strongly connected components), so
checks and projection stay fast on models of thousands of steps. The view is built fresh from
the model each time: models are mutable, a cached graph could go stale.
"""
from collections import deque
from collections.abc import Iterable, Sequence

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


def _bfs(adjacency, sources: Iterable[str]) -> set[str]:
    seen = set(sources)
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
    return _bfs(graph.succ, (s for s in sources if s in graph))


def reaching(graph: nx.MultiDiGraph, targets: Iterable[str]) -> set[str]:
    """Steps from which an item can get to any of ``targets`` (targets included)."""
    return _bfs(graph.pred, (t for t in targets if t in graph))


def cyclic_components(graph: nx.MultiDiGraph) -> list[set[str]]:
    """Strongly connected sets that contain a cycle (more than one step, or a self-loop)."""
    return [
        component
        for component in nx.strongly_connected_components(graph)
        if len(component) > 1 or graph.has_edge(next(iter(component)), next(iter(component)))
    ]


def carrying_flows(flows: Sequence[Flow]) -> list[Flow]:
    """The flows out of one step that carry items: resolved share > 0. When every share is 0,
    the projection splits items equally, so then all flows carry."""
    resolved = resolved_shares(flows)
    if sum(resolved.values()) <= 0.0:
        return list(flows)
    return [f for f in flows if resolved[f.id] > 0.0]


def carrying_graph(graph: nx.DiGraph) -> nx.DiGraph:
    """The steps with only the flows that carry items (parallel flows merged)."""
    carrying = nx.DiGraph()
    carrying.add_nodes_from(graph)
    carrying.add_edges_from(
        (f.source_id, f.target_id)
        for step_id in graph
        for f in carrying_flows(outgoing_flows(graph, step_id))
    )
    return carrying


def closed_cycles(graph: nx.MultiDiGraph) -> list[set[str]]:
    """Cycles no item can leave: strongly connected sets, over the flows that carry items,
    that contain a cycle, hold no end step and have no carrying flow to a step outside.
    Items entering one circulate forever (the projection cannot solve for them either).
    """
    carrying = carrying_graph(graph)
    closed = []
    for component in nx.strongly_connected_components(carrying):
        first = next(iter(component))
        if len(component) == 1 and not carrying.has_edge(first, first):
            continue
        if any(graph.nodes[n]["kind"] == StepKind.END for n in component):
            continue
        if not any(t not in component for n in component for t in carrying.succ[n]):
            closed.append(component)
    return closed


def component_index(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Step id → number of its strongly connected component (same number = on a common cycle)."""
    index: dict[str, int] = {}
    for number, component in enumerate(nx.strongly_connected_components(graph)):
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
