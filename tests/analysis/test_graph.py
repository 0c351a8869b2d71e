"""The graph views: networkx graph, adjacency, components and share semantics."""
import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.analysis import graph as g
from aios_designer.model import Flow, FlowKind

from .builders import add_flow, add_step, chain


def test_networkx_view():
    model = chain()
    graph = g.build_graph(model)
    assert isinstance(graph, nx.MultiDiGraph)
    assert list(graph) == ["trigger", "ai", "review", "end"]
    assert graph.nodes["ai"]["kind"] == "ai_task" and g.step_of(graph, "ai").name == "Classify"
    assert [f.id for f in g.outgoing_flows(graph, "ai")] == ["f2"]
    assert [f.id for f in g.incoming_flows(graph, "ai")] == ["f1"]
    assert g.triggers(graph) == ["trigger"] and g.ends(graph) == ["end"]
    assert g.reachable_from(graph, ["ai"]) == {"ai", "review", "end"}
    assert g.reaching(graph, ["ai"]) == {"ai", "trigger"}


def test_parallel_flows_and_dangling_flows():
    model = chain()
    add_flow(model, "ai", "review", flow_id="f2b", kind=FlowKind.EXCEPTION)
    model.flows.append(Flow.model_construct(id="ghost", source_id="ai", target_id="nowhere",
                                            kind=FlowKind.NORMAL, condition="", share=None))
    graph = g.build_graph(model)
    assert sorted(k for _, _, k in graph.out_edges("ai", keys=True)) == ["f2", "f2b"]
    outgoing, incoming = g.flow_index(model)
    assert [f.id for f in outgoing["ai"]] == ["f2", "f2b"]
    assert [f.id for f in incoming["review"]] == ["f2", "f2b"]
    assert "nowhere" not in graph and "nowhere" not in outgoing


def test_resolved_shares():
    flows = [Flow(id="a", source_id="x", target_id="y", share=0.5),
             Flow(id="b", source_id="x", target_id="y"),
             Flow(id="c", source_id="x", target_id="y")]
    assert g.resolved_shares(flows) == {"a": 0.5, "b": 0.25, "c": 0.25}
    assert g.share_sum(flows) == (0.5, 2)
    flows[0].share = 1.0
    assert g.resolved_shares(flows) == {"a": 1.0, "b": 0.0, "c": 0.0}
    assert [f.id for f in g.carrying_flows(flows)] == ["a"]
    for f in flows:
        f.share = 0.0
    assert len(g.carrying_flows(flows)) == 3  # all zero: the projection splits equally


def test_closed_cycle_and_components():
    model = chain()
    add_step(model, "human_task", "a", role_id="agent")
    add_step(model, "human_task", "b", role_id="agent")
    add_flow(model, "review", "a", share=0.5)
    add_flow(model, "a", "b")
    add_flow(model, "b", "a")
    outgoing, _ = g.flow_index(model)
    kinds = {s.id: s.kind for s in model.steps}
    assert g.closed_cycles(outgoing, kinds) == [{"a", "b"}]
    add_flow(model, "b", "end", share=0.1)
    outgoing, _ = g.flow_index(model)
    assert g.closed_cycles(outgoing, kinds) == []
    graph = g.build_graph(model)
    assert g.cyclic_components(graph) == [{"a", "b"}]
    index = g.component_index(graph.succ)
    assert index["a"] == index["b"] != index["review"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1),
                                                       st.integers(0, n - 1)), max_size=30))))
def test_strong_components_agree_with_networkx(case):
    n, edges = case
    adjacency = {str(i): [] for i in range(n)}
    for a, b in edges:
        adjacency[str(a)].append(str(b))
    reference = nx.DiGraph()
    reference.add_nodes_from(adjacency)
    reference.add_edges_from((str(a), str(b)) for a, b in edges)
    ours = sorted(sorted(c) for c in g.strong_components(adjacency))
    theirs = sorted(sorted(c) for c in nx.strongly_connected_components(reference))
    assert ours == theirs
    assert g.reachable(adjacency, ["0"]) == nx.descendants(reference, "0") | {"0"}
