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
