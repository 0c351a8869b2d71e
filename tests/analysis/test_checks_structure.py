"""Graph structure rules (AIOS-G…): each one fired by a small model and silent on a clean one."""
import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.findings import Severity
from aios_designer.model import Flow, FlowKind

from .builders import add_flow, add_step, chain, findings, remove_flow, rules

OWN_RULES = {f"AIOS-G{n:03d}" for n in range(14)} | {f"AIOS-R{n:03d}" for n in range(1, 10)} \
    | {f"AIOS-X{n:03d}" for n in range(1, 9)}


def test_clean_chain_has_no_findings_of_these_rules():
    assert rules(chain()) & OWN_RULES == set()


def test_findings_sorted_by_severity_rule_elements():
    model = chain()
    model.steps[:] = [s for s in model.steps if s.kind not in ("trigger", "end")]
    remove_flow(model, "f1")
    remove_flow(model, "f3")
    add_step(model, "decision", "gate", role_id="agent")
    result = check(model)
    keys = [f.sort_key for f in result]
    assert keys == sorted(keys)
    assert result[0].severity == Severity.ERROR
    assert result[-1].severity in (Severity.WARNING, Severity.INFO)


def test_integrity_problem_is_reported_not_raised():
    model = chain()
    model.flows.append(Flow.model_construct(id="ghost", source_id="ai", target_id="nowhere",
                                            kind=FlowKind.NORMAL, condition="", share=None))
    hits = findings(model, "AIOS-G000")
    assert [f.elements for f in hits] == [("ghost",)]
    assert "nowhere" in hits[0].message_en


def test_no_trigger():
    model = chain()
    model.steps[:] = [s for s in model.steps if s.id != "trigger"]
    remove_flow(model, "f1")
    assert findings(model, "AIOS-G001")[0].severity == Severity.ERROR
    # Without triggers, "unreachable" would flag every step; G001 says it once.
    assert findings(model, "AIOS-G003") == []
    assert findings(chain(), "AIOS-G001") == []


def test_no_end():
    model = chain()
    model.steps[:] = [s for s in model.steps if s.id != "end"]
    remove_flow(model, "f3")
    assert findings(model, "AIOS-G002")[0].severity == Severity.ERROR
    assert findings(model, "AIOS-G004") == []
    assert findings(chain(), "AIOS-G002") == []


def test_unreachable_step():
    model = chain()
    add_step(model, "human_task", "orphan", role_id="agent")
    add_flow(model, "orphan", "end")
    hits = findings(model, "AIOS-G003")
    assert [f.elements for f in hits] == [("orphan",)]
    assert "Orphan" in hits[0].message_en and "Prozessschritt" in hits[0].message_de
    add_flow(model, "review", "orphan")
    assert findings(model, "AIOS-G003") == []


def test_no_path_to_end():
    model = chain()
    add_step(model, "human_task", "dead", role_id="agent")
    add_flow(model, "review", "dead", share=0.1)
    add_flow(model, "review", "end", share=None, flow_id="f3b")
    hits = findings(model, "AIOS-G004")
    assert [f.elements for f in hits] == [("dead",)]
    add_flow(model, "dead", "end")
    assert findings(model, "AIOS-G004") == []


def test_cycle_without_exit():
    model = chain()
    add_step(model, "human_task", "a", role_id="agent")
    add_step(model, "human_task", "b", role_id="agent")
    add_flow(model, "review", "a", share=0.2)
    add_flow(model, "a", "b")
    add_flow(model, "b", "a", kind=FlowKind.REWORK)
    hits = findings(model, "AIOS-G005")
    assert [f.elements for f in hits] == [("a", "b")]
    assert hits[0].severity == Severity.ERROR
    # reported as the loop, not again step by step
    assert findings(model, "AIOS-G004") == []


def test_cycle_with_exit_is_fine():
    model = chain()
    add_step(model, "human_task", "fix", role_id="agent")
    add_flow(model, "review", "fix", share=0.2, kind=FlowKind.NORMAL)
    add_flow(model, "fix", "review", kind=FlowKind.REWORK)
    assert findings(model, "AIOS-G005") == []
    assert findings(model, "AIOS-G012") == []


def test_self_loop_without_exit():
    model = chain()
    remove_flow(model, "f3")
    add_flow(model, "review", "review", kind=FlowKind.REWORK)
    assert [f.elements for f in findings(model, "AIOS-G005")] == [("review",)]


def test_exit_with_zero_share_does_not_count():
    model = chain()
    add_step(model, "human_task", "a", role_id="agent")
    add_flow(model, "review", "a", share=0.5)
    add_flow(model, "a", "a", share=1.0)
    add_flow(model, "a", "end", share=0.0)
    assert [f.elements for f in findings(model, "AIOS-G005")] == [("a",)]


def test_decision_needs_two_ways_out():
    model = chain()
    remove_flow(model, "f3")
    add_step(model, "decision", "gate", role_id="agent")
    add_flow(model, "review", "gate")
    add_flow(model, "gate", "end")
    hits = findings(model, "AIOS-G006")
    assert [f.elements for f in hits] == [("gate",)]
    assert hits[0].severity == Severity.WARNING
    add_step(model, "end", "end2")
    add_flow(model, "gate", "end2")
    assert findings(model, "AIOS-G006") == []


@pytest.mark.parametrize("shares, fires", [
    ((0.7, 0.3), False),
    ((0.1, 0.2, 0.7), False),
    ((0.1 + 0.2, 0.7), False),          # 1e-16 off is fine
    ((0.6, None), False),               # None takes the rest
    ((None, None), False),
    ((0.7, 0.2), True),                 # all given, sum 0.9
    ((0.8, 0.5), True),                 # > 1
    ((0.8, 0.5, None), True),           # > 1 even with a None
    ((0.5, 0.5000001), False),          # within the tolerance of 1e-6
    ((0.5, 0.49999), True),
])
def test_outgoing_shares(shares, fires):
    model = chain()
    remove_flow(model, "f3")
    for i, share in enumerate(shares):
        add_step(model, "end", f"end{i}")
        add_flow(model, "review", f"end{i}", share=share)
    hits = findings(model, "AIOS-G007")
    assert bool(hits) == fires
    if fires:
        assert hits[0].elements[0] == "review"
        assert "1" in hits[0].message_en and "ergeben" in hits[0].message_de


def test_share_outside_range_bypassing_validation():
    model = chain()
    flow = model.flows[1]
    object.__setattr__(flow, "share", 1.5)
    hits = findings(model, "AIOS-G007")
    assert hits and "outside" in hits[0].message_en


def test_flows_without_share_left_nothing():
    model = chain()
    add_step(model, "end", "end2")
    model.flows[2].share = 1.0
    add_flow(model, "review", "end2")
    hits = findings(model, "AIOS-G008")
    assert hits and hits[0].severity == Severity.WARNING
    model.flows[2].share = 0.9
    assert findings(model, "AIOS-G008") == []


def test_end_with_outgoing_flow():
    model = chain()
    add_step(model, "end", "end2")
    add_flow(model, "end", "end2")
    add_flow(model, "review", "end2")
    assert [f.elements[0] for f in findings(model, "AIOS-G009")] == ["end"]
    assert findings(chain(), "AIOS-G009") == []


def test_trigger_with_incoming_flow():
    model = chain()
    add_flow(model, "review", "trigger", kind=FlowKind.REWORK, share=0.1)
    assert [f.elements[0] for f in findings(model, "AIOS-G010")] == ["trigger"]
    assert findings(chain(), "AIOS-G010") == []


def test_exception_flow_must_reach_exception_or_end():
    model = chain()
    add_step(model, "human_task", "manual", role_id="agent")
    add_flow(model, "ai", "manual", flow_id="x", kind=FlowKind.EXCEPTION, share=0.05)
    add_flow(model, "manual", "end")
    assert [f.elements for f in findings(model, "AIOS-G011")] == [("x",)]
    model = chain()
    add_step(model, "exception", "exc", role_id="lead", sla_hours=4)
    add_flow(model, "ai", "exc", kind=FlowKind.EXCEPTION, share=0.05)
    add_flow(model, "exc", "end")
    assert findings(model, "AIOS-G011") == []
    model.flows[-2].target_id = "end"
    assert findings(model, "AIOS-G011") == []


def test_rework_flow_must_go_back():
    model = chain()
    add_step(model, "end", "end2")
    add_flow(model, "review", "end2", flow_id="fwd", kind=FlowKind.REWORK)
    assert [f.elements for f in findings(model, "AIOS-G012")] == [("fwd",)]
    model = chain()
    add_flow(model, "review", "ai", kind=FlowKind.REWORK, share=0.1)
    assert findings(model, "AIOS-G012") == []


def test_escalation_must_reach_a_person():
    model = chain()
    add_step(model, "system_task", "sys", role_id="bot")
    add_flow(model, "review", "sys", flow_id="esc", kind=FlowKind.ESCALATION, share=0.1)
    add_flow(model, "sys", "end")
    assert [f.elements for f in findings(model, "AIOS-G013")] == [("esc",)]
    model = chain()
    add_step(model, "human_task", "senior", role_id="lead")
    add_flow(model, "review", "senior", kind=FlowKind.ESCALATION, share=0.1)
    add_flow(model, "senior", "end")
    assert findings(model, "AIOS-G013") == []
