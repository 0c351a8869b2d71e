"""Properties of the checks on arbitrary (often nonsensical) models: they never raise, never
change the model, and every finding is complete and points at existing elements."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.analysis.checks import check
from aios_designer.analysis.findings import Severity
from aios_designer.fileio import dumps_model
from aios_designer.model import OperatingModel

from .test_raci_derivation import random_models

_RULE_ID = re.compile(r"^AIOS-[A-Z]\d{3}$")


def test_empty_model():
    rules = {f.rule for f in check(OperatingModel())}
    assert {"AIOS-G001", "AIOS-G002"} <= rules


@settings(max_examples=100, deadline=None)
@given(random_models(), st.lists(st.one_of(st.none(), st.floats(0, 1)), max_size=12))
def test_any_model(model, shares):
    for flow, share in zip(model.flows, shares):
        flow.share = share
    before = dumps_model(model)
    findings = check(model)
    assert dumps_model(model) == before
    ids = {x.id for x in model.steps} | {x.id for x in model.flows} | {x.id for x in model.roles}
    for finding in findings:
        assert _RULE_ID.match(finding.rule)
        assert finding.severity in set(Severity)
        assert finding.message_en.strip() and finding.message_de.strip()
        assert set(finding.elements) <= ids, finding
    keys = [f.sort_key for f in findings]
    assert keys == sorted(keys)


@settings(max_examples=60, deadline=None)
@given(random_models(), st.lists(st.sampled_from(["", "R", "A", "RA", "C", "I", "RACI"]),
                                 max_size=8))
def test_row_violations_agree_with_the_checks(model, letters):
    from aios_designer.analysis.raci import effective_raci, row_violations

    rows = [s for s in model.steps if s.kind != "end"]
    for i, value in enumerate(letters):
        if rows:
            step = rows[i % len(rows)]
            step.raci_overrides = {**step.raci_overrides, model.roles[i % len(model.roles)].id: value}
    row_rules = {f"AIOS-X00{n}" for n in range(1, 6)}
    by_step: dict[str, set[str]] = {}
    for finding in check(model):
        if finding.rule in row_rules:
            by_step.setdefault(finding.elements[0], set()).add(finding.rule)
    for step_id, row in effective_raci(model).items():
        assert set(row_violations(row)) == by_step.get(step_id, set())
