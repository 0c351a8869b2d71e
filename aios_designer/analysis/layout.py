"""Automatic layout of the workflow: layered left to right, steps stay in their lanes.

Pure geometry, no Qt: the GUI applies the returned positions as one undoable move.
Layers are longest-path layers of the graph after the back edges are removed (rework flows
always count as back edges; other cycles are broken where a depth-first search from the
triggers first closes them), so every forward flow points to the right.
"""
from collections import defaultdict, deque
from dataclasses import dataclass

from ..model import FlowKind, OperatingModel, StepKind

#: (x of the centre, y of the centre within its lane, lane role id), like ``Document.move_steps``.
Placement = tuple[float, float, str | None]


@dataclass(frozen=True)
class LayoutSpacing:
    #: Scene x of the centre of the first layer.
    left: float = 120.0
    #: Distance between the centres of two layers.
    column: float = 300.0
    #: Centre of the first row below the lane top, and the distance between rows in a lane.
    first_row: float = 80.0
    row: float = 130.0


def back_edges(model: OperatingModel) -> set[str]:
    """Ids of the flows to leave out so that the rest of the graph has no cycle."""
    steps = [s.id for s in model.steps]
    known = set(steps)
    removed = {f.id for f in model.flows if f.kind == FlowKind.REWORK}
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for flow in model.flows:
        if flow.id not in removed and flow.source_id in known and flow.target_id in known:
            out[flow.source_id].append((flow.id, flow.target_id))
    # Start where items come from, so the cycles are cut at their far end.
    kinds = {s.id: s.kind for s in model.steps}
    roots = [s for s in steps if kinds[s] == StepKind.TRIGGER] + steps
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            node, successors = stack[-1]
            for flow_id, target in successors:
                mark = state.get(target)
                if mark == 1:
                    removed.add(flow_id)
                elif mark is None:
                    state[target] = 1
                    stack.append((target, iter(out[target])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return removed


def layers(model: OperatingModel) -> dict[str, int]:
    """Step id → layer: the length of the longest path to it from a step without predecessor."""
    known = {s.id for s in model.steps}
    dropped = back_edges(model)
    successors: dict[str, list[str]] = defaultdict(list)
    indegree = dict.fromkeys(known, 0)
    for flow in model.flows:
        if flow.id in dropped or flow.source_id not in known or flow.target_id not in known:
            continue
        if flow.source_id == flow.target_id:
            continue
        successors[flow.source_id].append(flow.target_id)
        indegree[flow.target_id] += 1
    layer = dict.fromkeys(known, 0)
    queue = deque(s.id for s in model.steps if indegree[s.id] == 0)
    while queue:
        node = queue.popleft()
        for target in successors[node]:
            layer[target] = max(layer[target], layer[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                queue.append(target)
    return layer


def auto_layout(model: OperatingModel,
                spacing: LayoutSpacing = LayoutSpacing()) -> dict[str, Placement]:
    """New positions for every step; each step keeps its lane.

    Steps of one lane in one layer stack into rows, ordered by the mean row of their
    predecessors (fewer crossings) and then by model order (stable results).
    """
    layer = layers(model)
    index = {s.id: i for i, s in enumerate(model.steps)}
    predecessors: dict[str, list[str]] = defaultdict(list)
    for flow in model.flows:
        if flow.source_id in layer and flow.target_id in layer:
            predecessors[flow.target_id].append(flow.source_id)
    row: dict[str, int] = {}
    placements: dict[str, Placement] = {}
    by_cell: dict[tuple[int, str | None], list[str]] = defaultdict(list)
    for step in sorted(model.steps, key=lambda s: (layer[s.id], index[s.id])):
        by_cell[(layer[step.id], step.role_id)].append(step.id)
    for (column, role_id), members in sorted(by_cell.items(), key=lambda item: item[0][0]):
        def weight(step_id: str) -> tuple[float, int]:
            placed = [row[p] for p in predecessors[step_id]
                      if p in row and placements[p][2] == role_id]
            return (sum(placed) / len(placed) if placed else 0.0, index[step_id])
        for number, step_id in enumerate(sorted(members, key=weight)):
            row[step_id] = number
            placements[step_id] = (spacing.left + column * spacing.column,
                                   spacing.first_row + number * spacing.row, role_id)
    return placements
