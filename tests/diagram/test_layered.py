"""Auto-layout: layered left to right, lanes kept, cycles broken at rework flows."""
import random

from aios_designer.diagram.layered import LayoutSpacing, auto_layout, back_edges, layers
from aios_designer.model import Flow, FlowKind, OperatingModel, Role, make_step


def chain_model():
    agent, lead = Role(name="Agent"), Role(name="Lead")
    trigger = make_step("trigger", name="In", role_id=agent.id)
    ai = make_step("ai_task", name="Classify", role_id=agent.id)
    review = make_step("review", name="Check", role_id=lead.id)
    end = make_step("end", name="Done", role_id=agent.id)
    flows = [Flow(source_id=trigger.id, target_id=ai.id),
             Flow(source_id=ai.id, target_id=review.id),
             Flow(source_id=review.id, target_id=end.id),
             Flow(source_id=review.id, target_id=ai.id, kind=FlowKind.REWORK)]
    model = OperatingModel(roles=[agent, lead], steps=[end, review, ai, trigger], flows=flows)
    return model, (trigger, ai, review, end)


def test_forward_flows_point_right_and_lanes_are_kept():
    model, (trigger, ai, review, end) = chain_model()
    placed = auto_layout(model)
    assert [placed[s.id][0] for s in (trigger, ai, review, end)] == [120, 420, 720, 1020]
    assert all(placed[s.id][2] == s.role_id for s in model.steps)
    assert back_edges(model) == {model.flows[3].id}


def test_cycle_without_rework_is_cut_where_it_closes():
    a, b, c = (make_step("human_task") for _ in range(3))
    trigger = make_step("trigger")
    flows = [Flow(source_id=trigger.id, target_id=a.id), Flow(source_id=a.id, target_id=b.id),
             Flow(source_id=b.id, target_id=c.id), Flow(source_id=c.id, target_id=a.id)]
    model = OperatingModel(steps=[c, b, a, trigger], flows=flows)
    assert back_edges(model) == {flows[3].id}
    assert layers(model) == {trigger.id: 0, a.id: 1, b.id: 2, c.id: 3}


def test_steps_sharing_a_layer_and_lane_stack_into_rows():
    trigger = make_step("trigger")
    outs = [make_step("human_task") for _ in range(3)]
    model = OperatingModel(steps=[trigger, *outs],
                           flows=[Flow(source_id=trigger.id, target_id=o.id) for o in outs])
    spacing = LayoutSpacing(first_row=50, row=100)
    placed = auto_layout(model, spacing)
    assert sorted(placed[o.id][1] for o in outs) == [50, 150, 250]
    assert {placed[o.id][0] for o in outs} == {420}


def test_large_random_graph_is_acyclic_after_cut():
    rng = random.Random(4)
    steps = [make_step("human_task") for _ in range(2000)]
    flows = [Flow(source_id=rng.choice(steps).id, target_id=rng.choice(steps).id)
             for _ in range(3000)]
    model = OperatingModel(steps=steps, flows=flows)
    layer = layers(model)
    cut = back_edges(model)
    for flow in flows:
        if flow.id not in cut and flow.source_id != flow.target_id:
            assert layer[flow.target_id] > layer[flow.source_id]
    assert len(auto_layout(model)) == 2000


def test_crossing_reduction_untangles_two_crossed_pairs():
    """a1→b2 and a2→b1 listed so that model order crosses them: the sweeps uncross them."""
    from aios_designer.diagram.layered import _Graph, _total_crossings, crossings, order_layers

    trigger = make_step("trigger")
    a1, a2, b1, b2 = (make_step("human_task", name=n) for n in ("a1", "a2", "b1", "b2"))
    c1, c2 = make_step("human_task", name="c1"), make_step("human_task", name="c2")
    flows = [Flow(source_id=trigger.id, target_id=a1.id), Flow(source_id=trigger.id, target_id=a2.id),
             Flow(source_id=a1.id, target_id=b2.id), Flow(source_id=a2.id, target_id=b1.id),
             Flow(source_id=b1.id, target_id=c1.id), Flow(source_id=b2.id, target_id=c2.id)]
    model = OperatingModel(steps=[trigger, a1, a2, b1, b2, c1, c2], flows=flows)
    assert crossings(model) == 0
    # Start the sweeps from a crossed order: they must find the uncrossed one.
    graph = _Graph(model)
    for column in graph.columns[2:]:
        column.reverse()
    assert _total_crossings(graph, graph.columns) > 0
    assert _total_crossings(graph, order_layers(graph)) == 0
    placed = auto_layout(model)
    # Each chain runs on one row: a1, b2, c2 side by side, a2, b1, c1 on the row below.
    assert placed[a1.id][1] == placed[b2.id][1] == placed[c2.id][1]
    assert placed[a2.id][1] == placed[b1.id][1] == placed[c1.id][1]
    assert placed[a1.id][1] != placed[a2.id][1]


def test_a_long_flow_keeps_its_row_free_in_the_layers_it_passes():
    trigger = make_step("trigger")
    chain = [make_step("human_task", name=f"s{i}") for i in range(4)]
    flows = [Flow(source_id=trigger.id, target_id=chain[0].id)]
    flows += [Flow(source_id=a.id, target_id=b.id) for a, b in zip(chain, chain[1:])]
    flows.append(Flow(source_id=trigger.id, target_id=chain[-1].id))  # skips three layers
    model = OperatingModel(steps=[trigger, *chain], flows=flows)
    placed = auto_layout(model)
    rows = {placed[s.id][1] for s in chain[:-1]}
    assert len(rows) == 1, "the chain stays on one row"
    assert placed[chain[-1].id][0] > placed[chain[-2].id][0]
