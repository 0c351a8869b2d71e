"""Review, exception, role and volume rules (AIOS-R…): fired by a small model, silent on a
clean one."""
import pytest

from aios_designer.analysis.findings import Severity
from aios_designer.model import FlowKind, ReviewMode

from .builders import add_flow, add_step, chain, findings


def _ai(model):
    return next(s for s in model.steps if s.id == "ai")


@pytest.mark.parametrize("mode", [ReviewMode.ALWAYS, ReviewMode.THRESHOLD,
                                  ReviewMode.SAMPLE_ONLY])
def test_ai_step_needs_a_reviewer(mode):
    model = chain()
    _ai(model).review.mode = mode
    _ai(model).review.reviewer_role_id = None
    hits = findings(model, "AIOS-R001")
    assert [f.elements for f in hits] == [("ai",)]
    assert hits[0].severity == Severity.ERROR
    assert "Prüfer" in hits[0].message_de


def test_ai_step_without_review_needs_no_reviewer():
    model = chain()
    _ai(model).review.mode = ReviewMode.NONE
    _ai(model).review.reviewer_role_id = None
    assert findings(model, "AIOS-R001") == []
    assert findings(chain(), "AIOS-R001") == []


@pytest.mark.parametrize("value", [1.2, -0.1, float("nan")])
def test_threshold_outside_unit_interval(value):
    model = chain()
    # Validation refuses such values; bypass it as code building models by hand could.
    object.__setattr__(_ai(model).review, "threshold", value)
    hits = findings(model, "AIOS-R002")
    assert [f.elements for f in hits] == [("ai",)]
    assert "Schwellenwert" in hits[0].message_de


def test_threshold_bounds_are_fine():
    for value in (0.0, 1.0):
        model = chain()
        _ai(model).review.threshold = value
        assert findings(model, "AIOS-R002") == []


def test_sample_rate_outside_unit_interval():
    model = chain()
    policy = _ai(model).review
    broken = policy.model_construct(**{**policy.__dict__, "qa_sample_rate": 2.0})
    object.__setattr__(_ai(model), "review", broken)
    assert [f.elements for f in findings(model, "AIOS-R003")] == [("ai",)]
    assert findings(chain(), "AIOS-R003") == []


def _with_exception(**fields):
    model = chain()
    add_step(model, "exception", "exc", **fields)
    add_flow(model, "ai", "exc", kind=FlowKind.EXCEPTION, share=0.05)
    add_flow(model, "exc", "end")
    return model


def test_exception_without_handler():
    model = _with_exception(role_id=None, sla_hours=8)
    hits = findings(model, "AIOS-R004")
    assert [f.elements for f in hits] == [("exc",)] and hits[0].severity == Severity.ERROR
    assert findings(_with_exception(role_id="lead", sla_hours=8), "AIOS-R004") == []


def test_exception_without_sla():
    model = _with_exception(role_id="lead", sla_hours=None)
    hits = findings(model, "AIOS-R005")
    assert [f.elements for f in hits] == [("exc",)] and hits[0].severity == Severity.WARNING
    assert findings(_with_exception(role_id="lead", sla_hours=0.5), "AIOS-R005") == []


@pytest.mark.parametrize("kind", ["human_task", "review"])
def test_human_step_without_performer(kind):
    model = chain()
    add_step(model, kind, "work", role_id=None)
    add_flow(model, "review", "work", share=0.1)
    add_flow(model, "work", "end")
    assert [f.elements for f in findings(model, "AIOS-R006")] == [("work",)]
    model.steps[-1].role_id = "agent"
    assert findings(model, "AIOS-R006") == []


def test_trigger_without_volume():
    model = chain()
    model.steps[0].volume_per_month = 0
    hits = findings(model, "AIOS-R007")
    assert [f.elements for f in hits] == [("trigger",)] and hits[0].severity == Severity.WARNING
    assert findings(chain(), "AIOS-R007") == []


def test_review_outcome_shares():
    model = chain()
    review = next(s for s in model.steps if s.id == "review")
    review.accept_share = 0.5
    assert [f.elements for f in findings(model, "AIOS-R008")] == [("review",)]
    review.edit_share = 0.45
    assert findings(model, "AIOS-R008") == []


def test_system_role_as_reviewer():
    model = chain()
    _ai(model).review.reviewer_role_id = "bot"
    assert [f.elements for f in findings(model, "AIOS-R009")] == [("ai", "bot")]
    model = chain()
    model.steps[2].role_id = "bot"
    assert [f.elements for f in findings(model, "AIOS-R009")] == [("review", "bot")]
    assert findings(chain(), "AIOS-R009") == []
