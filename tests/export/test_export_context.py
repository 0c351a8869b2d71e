"""The export solves the projection, runs the checks and derives the RACI once, and the
shared results are the same as computing them on their own."""
from datetime import date

import aios_designer.analysis.checks as checks_module
import aios_designer.analysis.projection as projection_module
import aios_designer.analysis.raci as raci_module
from aios_designer.analysis.checks import check
from aios_designer.analysis.readiness import readiness
from aios_designer.export.context import ExportContext
from aios_designer.export.workbook import build_workbook
from benchmarks.generate import make_model

from .models import support_model


def test_shared_findings_and_readiness_equal_their_own_runs():
    for model in (support_model(), make_model(40, 6, seed=4)):
        ctx = ExportContext(model=model, lang="en", exported=date(2026, 1, 1))
        assert ctx.findings == check(model)
        assert ctx.readiness == readiness(model)


def _with_gaps():
    """RACI errors (two A on one row) and monitoring gaps, for blocker 3."""
    model = support_model()
    for step in model.steps[1:3]:
        step.raci_overrides = {role.id: "RA" for role in model.roles[:2]}
    if model.monitoring.metrics:
        model.monitoring.metrics[0].owner_role_id = None
    return model


def test_readiness_needs_only_its_rules():
    """The export runs only the rules whose findings the blockers read; they find what the
    full check run finds of them, and the blockers are the same."""
    from aios_designer.analysis.readiness import (MONITORING_RULE_PREFIX, RACI_RULE_PREFIX,
                                                  finding_rules)
    from aios_designer.templates import instantiate, template_names

    models = [support_model(), make_model(40, 6, seed=4), _with_gaps(),
              *(instantiate(name, "de") for name in template_names())]
    prefixes = (RACI_RULE_PREFIX, MONITORING_RULE_PREFIX)
    seen = set()
    for model in models:
        full = check(model)
        ctx = ExportContext(model=model, lang="en", exported=date(2026, 1, 1))
        found = ctx.readiness_findings()
        assert found == [f for f in full if f.rule.startswith(prefixes)]
        assert ctx.readiness == readiness(model, full)
        assert "findings" not in ctx.__dict__  # the full run was not needed
        seen.update(f.rule[:6] for f in found)
    assert seen == set(prefixes)
    assert 0 < len(finding_rules()) < len(checks_module.RULES)


def test_one_export_computes_each_analysis_once(monkeypatch):
    calls = {"project": 0, "check": 0, "derive_raci": 0}

    def counted(module, name):
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(projection_module, "project")
    counted(checks_module, "check")
    counted(raci_module, "derive_raci")
    import aios_designer.export.raci_cells as raci_cells

    monkeypatch.setattr(raci_cells, "derive_raci", raci_module.derive_raci)
    build_workbook(make_model(40, 6, seed=4), "en")
    assert calls == {"project": 1, "check": 1, "derive_raci": 1}
