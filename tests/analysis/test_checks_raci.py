"""RACI rules (AIOS-X…) on the effective matrix: fired by a small model, silent on a clean one."""
from aios_designer.analysis.findings import Severity
from aios_designer.model import Role

from .builders import add_flow, add_step, chain, findings


def _review_overrides(**cells):
    model = chain()
    model.steps[2].raci_overrides = cells
    return model


def test_no_a():
    model = _review_overrides(lead="")
    hits = findings(model, "AIOS-X001")
    assert [f.elements for f in hits] == [("review",)] and hits[0].severity == Severity.ERROR
    assert "RACI" in hits[0].message_de
    assert findings(chain(), "AIOS-X001") == []


def test_several_a():
    hits = findings(_review_overrides(agent="RA"), "AIOS-X002")
    assert [f.elements for f in hits] == [("review", "agent", "lead")]
    assert hits[0].severity == Severity.ERROR
    assert findings(chain(), "AIOS-X002") == []


def test_no_r():
    model = _review_overrides(agent="", lead="")
    hits = findings(model, "AIOS-X003")
    assert [f.elements for f in hits] == [("review",)] and hits[0].severity == Severity.ERROR
    assert findings(model, "AIOS-X004") == []
    assert findings(chain(), "AIOS-X003") == []


def test_a_without_r_is_reported_as_implicit_r():
    model = _review_overrides(agent="C")
    hits = findings(model, "AIOS-X004")
    assert [f.elements for f in hits] == [("review", "lead")]
    assert hits[0].severity == Severity.ERROR
    assert "implicitly R" in hits[0].message_en and "A/R" in hits[0].message_de
    assert findings(model, "AIOS-X003") == []
    assert findings(_review_overrides(lead="RA", agent="C"), "AIOS-X004") == []


def test_several_r_is_a_warning():
    hits = findings(_review_overrides(lead="RA"), "AIOS-X005")
    assert [f.elements for f in hits] == [("review", "agent", "lead")]
    assert hits[0].severity == Severity.WARNING
    assert findings(chain(), "AIOS-X005") == []


def test_role_without_letters():
    model = chain()
    model.roles.append(Role(id="legal", name="Legal"))
    hits = findings(model, "AIOS-X006")
    assert [f.elements for f in hits] == [("legal",)] and hits[0].severity == Severity.WARNING
    model.steps[2].raci_overrides = {"legal": "C"}
    assert findings(model, "AIOS-X006") == []


def _long_chain(owner):
    model = chain()
    model.meta.process_owner_role_id = owner
    model.flows[2].target_id = "t0"
    for i in range(5):
        add_step(model, "human_task", f"t{i}", role_id="agent")
        add_flow(model, f"t{i}", f"t{i + 1}" if i < 4 else "end")
    return model


def test_accountable_bottleneck():
    model = _long_chain(owner=None)  # every performer answers for its own work: agent A 8 of 8
    hits = findings(model, "AIOS-X007")
    assert [f.elements for f in hits] == [("agent",)] and hits[0].severity == Severity.WARNING
    # the process owner is accountable for the process by definition
    assert findings(_long_chain(owner="agent"), "AIOS-X007") == []
    assert findings(_long_chain(owner="lead"), "AIOS-X007") == []


def test_system_role_accountable():
    model = chain()
    model.steps[1].raci_overrides = {"bot": "RA", "agent": ""}
    hits = findings(model, "AIOS-X008")
    assert [f.elements for f in hits] == [("ai", "bot")] and hits[0].severity == Severity.WARNING
    assert findings(chain(), "AIOS-X008") == []
