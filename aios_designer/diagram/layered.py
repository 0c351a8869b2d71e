"""Automatic layout of the workflow: layered left to right, steps stay in their lanes.

Pure geometry, no Qt: the GUI applies the returned positions as one undoable move. It
follows the Sugiyama scheme that Graphviz dot, dagre and ELK's layered algorithm share:

1. Layers are longest-path layers of the graph after the back edges are removed (rework
   flows always count as back edges; other cycles are broken where a depth-first search
   from the triggers first closes them), so every forward flow points to the right.
2. A flow spanning several layers gets a placeholder in each layer it passes, so the rows
   it runs through are kept free.
3. Crossing reduction: the steps of each layer are ordered within their lane by the
   barycentre of their neighbours in the layer before (sweeping right) or after (sweeping
   left), then neighbours are swapped while that removes crossings (transposition); the
   order with the fewest crossings of all sweeps is kept.
4. Rows: a step takes the row of its neighbour where its lane allows, so chains run straight;
   columns with flow labels between them leave room for the widest label card.
"""
import math
from collections import defaultdict, deque
from dataclasses import dataclass

from ..model import FlowKind, OperatingModel, StepKind
from .shapes import GRID, size
from .text import LABEL_MAX_WIDTH, PAD_X, flow_label_text

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


#: Free room between two columns of steps without flow labels between them.
MIN_GAP = 120.0
#: Free room between two columns with a flow label between them: the widest label card
#: and the stubs of the flows at both ends. It does not depend on the label's text, so a
#: workflow is laid out alike in every language.
LABEL_GAP = LABEL_MAX_WIDTH + 2 * PAD_X + 60.0
_SWEEPS = 12
_PLACEHOLDERS_PER_STEP = 3


def _lane_order(model: OperatingModel) -> dict[str | None, int]:
    order: dict[str | None, int] = {role.id: index for index, role in enumerate(model.roles)}
    order[None] = len(order)
    return order


class _Graph:
    """The layered graph: steps and placeholders (ids ``("p", flow id, layer)``), each in a
    layer and a lane, joined by edges between neighbouring layers only."""

    def __init__(self, model: OperatingModel):
        self.layer = layers(model)
        lanes = _lane_order(model)
        self.lane = {s.id: lanes.get(s.role_id, lanes[None]) for s in model.steps}
        self.role = {s.id: (s.role_id if s.role_id in lanes else None) for s in model.steps}
        dropped = back_edges(model)
        self.up: dict = defaultdict(list)  # node -> neighbours in the layer before
        self.down: dict = defaultdict(list)  # node -> neighbours in the layer after
        #: (layer, flow) of every forward flow, for the label room between columns.
        self.spans: list[tuple[int, int, object]] = []
        spans = []
        for flow in model.flows:
            s, t = flow.source_id, flow.target_id
            if s not in self.layer or t not in self.layer or s == t or flow.id in dropped:
                continue
            if self.layer[t] > self.layer[s]:
                spans.append((self.layer[s], self.layer[t], flow))
        self.spans = spans
        # Placeholders for the shorter flows first, up to a few per step: a tangle of long
        # flows in a big random graph would otherwise multiply the nodes to order.
        budget = _PLACEHOLDERS_PER_STEP * len(model.steps)
        for first, last, flow in sorted(spans, key=lambda span: span[1] - span[0]):
            s, t = flow.source_id, flow.target_id
            if last - first - 1 > budget:
                continue
            budget -= last - first - 1
            previous = s
            for k in range(first + 1, last):
                # The placeholder runs in the lane of the flow's source; the flow turns to
                # its target's lane in the last gap.
                node = ("p", flow.id, k)
                self.layer[node] = k
                self.lane[node] = self.lane[s]
                self.role[node] = self.role[s]
                self._join(previous, node)
                previous = node
            self._join(previous, t)
        index = {s.id: i for i, s in enumerate(model.steps)}
        count = max(self.layer.values(), default=-1) + 1
        self.columns: list[list] = [[] for _ in range(count)]
        # First order: lanes, then the order a walk from the triggers meets the steps.
        seen = self._walk_order(model, index)
        for node in sorted(self.layer, key=lambda n: (self.lane[n], seen.get(n, 0))):
            self.columns[self.layer[node]].append(node)

    def _join(self, a, b) -> None:
        self.down[a].append(b)
        self.up[b].append(a)

    def _walk_order(self, model: OperatingModel, index: dict) -> dict:
        order: dict = {}
        roots = [s.id for s in model.steps if not self.up[s.id]]
        kinds = {s.id: s.kind for s in model.steps}
        roots.sort(key=lambda n: (kinds[n] != StepKind.TRIGGER, index[n]))
        stack = list(reversed(roots))
        while stack:
            node = stack.pop()
            if node in order:
                continue
            order[node] = len(order)
            stack.extend(reversed(self.down[node]))
        for node in self.layer:
            order.setdefault(node, len(order))
        return order


def _crossings_between(upper: list, lower_pos: dict, upper_pos: dict, down: dict) -> int:
    """Crossings of the edges between two neighbouring layers (inversions, Fenwick tree)."""
    pairs = sorted((upper_pos[u], lower_pos[v]) for u in upper for v in down[u] if v in lower_pos)
    size_ = len(lower_pos) + 1
    tree = [0] * (size_ + 1)
    crossings = 0
    for seen, (_, position) in enumerate(pairs):
        # Earlier edges ending further down than this one cross it.
        k = position + 1
        not_greater = 0
        while k > 0:
            not_greater += tree[k]
            k -= k & -k
        crossings += seen - not_greater
        k = position + 1
        while k <= size_:
            tree[k] += 1
            k += k & -k
    return crossings


def _total_crossings(graph: _Graph, columns: list[list]) -> int:
    positions = [{node: i for i, node in enumerate(column)} for column in columns]
    return sum(_crossings_between(columns[k], positions[k + 1], positions[k], graph.down)
               for k in range(len(columns) - 1))


def _sort_by_barycentre(graph: _Graph, column: list, neighbours: dict, fixed: dict) -> list:
    current = {node: i for i, node in enumerate(column)}

    def key(node):
        placed = [fixed[n] for n in neighbours[node] if n in fixed]
        centre = sum(placed) / len(placed) if placed else current[node]
        return (graph.lane[node], centre, current[node])

    return sorted(column, key=key)


def _pair_crossings(u, v, graph: _Graph, before: dict | None, after: dict | None) -> int:
    """Crossings between the edges of ``u`` and of ``v`` when ``u`` stands above ``v``."""
    count = 0
    for neighbours, positions in ((graph.up, before), (graph.down, after)):
        if positions is None:
            continue
        for a in neighbours[u]:
            pa = positions.get(a)
            if pa is None:
                continue
            for b in neighbours[v]:
                pb = positions.get(b)
                if pb is not None and pa > pb:
                    count += 1
    return count


def _transpose(graph: _Graph, columns: list[list]) -> None:
    improved = True
    rounds = 0
    while improved and rounds < 4:
        improved, rounds = False, rounds + 1
        for k, column in enumerate(columns):
            before = {n: i for i, n in enumerate(columns[k - 1])} if k > 0 else None
            after = {n: i for i, n in enumerate(columns[k + 1])} if k + 1 < len(columns) else None
            for i in range(len(column) - 1):
                u, v = column[i], column[i + 1]
                if graph.lane[u] != graph.lane[v]:
                    continue
                if _pair_crossings(u, v, graph, before, after) > \
                        _pair_crossings(v, u, graph, before, after):
                    column[i], column[i + 1] = v, u
                    improved = True


def order_layers(graph: _Graph) -> list[list]:
    """The order of every layer (lanes kept together) with the fewest crossings found."""
    columns = [list(c) for c in graph.columns]
    best = [list(c) for c in columns]
    best_count = _total_crossings(graph, columns)
    for sweep in range(_SWEEPS):
        if best_count == 0:
            break
        if sweep % 2 == 0:
            for k in range(1, len(columns)):
                fixed = {n: i for i, n in enumerate(columns[k - 1])}
                columns[k] = _sort_by_barycentre(graph, columns[k], graph.up, fixed)
        else:
            for k in range(len(columns) - 2, -1, -1):
                fixed = {n: i for i, n in enumerate(columns[k + 1])}
                columns[k] = _sort_by_barycentre(graph, columns[k], graph.down, fixed)
        _transpose(graph, columns)
        count = _total_crossings(graph, columns)
        if count < best_count:
            best, best_count = [list(c) for c in columns], count
    return best


def _rows(graph: _Graph, columns: list[list]) -> dict:
    """Row of every node within its lane: the row of its neighbour before, where the order
    of its lane in this layer allows, so a chain of steps runs on one line."""
    row: dict = {}
    for column in columns:
        by_lane: dict[int, list] = defaultdict(list)
        for node in column:
            by_lane[graph.lane[node]].append(node)
        for members in by_lane.values():
            wanted = []
            for node in members:
                same = sorted(row[n] for n in graph.up[node]
                              if n in row and graph.lane[n] == graph.lane[node])
                wanted.append(same[(len(same) - 1) // 2] if same else 0)
            # Rows increase down the lane; each takes its wish unless a step above needs it.
            assigned = []
            for wish in wanted:
                assigned.append(max(wish, assigned[-1] + 1) if assigned else wish)
            for node, value in zip(members, assigned):
                row[node] = max(value, 0)
    return row


def auto_layout(model: OperatingModel,
                spacing: LayoutSpacing = LayoutSpacing()) -> dict[str, Placement]:
    """New positions for every step; each step keeps its lane."""
    graph = _Graph(model)
    columns = order_layers(graph)
    row = _rows(graph, columns)
    kinds = {s.id: s.kind for s in model.steps}
    widths = [max((size(kinds[n])[0] for n in column if n in kinds), default=0.0)
              for column in columns]
    labelled = [False] * len(columns)
    for first, _, flow in graph.spans:
        if flow_label_text(flow.condition, flow.share):
            labelled[first] = True
    xs = []
    x = spacing.left
    for k in range(len(columns)):
        if k:
            gap = LABEL_GAP if labelled[k - 1] else MIN_GAP
            # Whole grid steps, so the steps stay on the grid snapping uses.
            x += GRID * math.ceil(max(spacing.column, (widths[k - 1] + widths[k]) / 2 + gap) / GRID)
        xs.append(x)
    placements: dict[str, Placement] = {}
    for step in model.steps:
        node = step.id
        placements[node] = (xs[graph.layer[node]], spacing.first_row + row[node] * spacing.row,
                            graph.role[node])
    return placements


def crossings(model: OperatingModel) -> int:
    """Crossings of the layered graph's edges between neighbouring layers after ordering."""
    graph = _Graph(model)
    return _total_crossings(graph, order_layers(graph))


def apply_auto_layout(model: OperatingModel, spacing: LayoutSpacing = LayoutSpacing()) -> None:
    """Lay ``model`` out in place; adjusted routes are dropped (they were drawn for the old
    places), so every flow is routed anew."""
    from ..model import Position

    for step_id, (x, y, role_id) in auto_layout(model, spacing).items():
        step = model.step(step_id)
        step.position = Position(x=x, y=y)
        step.role_id = role_id
    for flow in model.flows:
        if flow.waypoints:
            flow.waypoints = []
