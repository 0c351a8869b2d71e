"""The panels share one analysis of the current model per document revision."""
from aios_designer.analysis import checks as checks_module
from aios_designer.analysis.checks import check
from aios_designer.analysis.readiness import readiness
from aios_designer.gui.document import Document
from aios_designer.templates import instantiate


def test_analyses_run_once_per_revision_and_follow_edits_and_undo(qapp, monkeypatch):
    document = Document(instantiate("support-triage", "en"))
    runs = []
    real_check = checks_module.check
    monkeypatch.setattr(checks_module, "check",
                        lambda model, **kw: runs.append(1) or real_check(model, **kw))

    first = document.analysis.findings()
    assert document.analysis.findings() is first
    document.analysis.readiness()  # reuses the findings
    assert len(runs) == 1
    assert first == check(document.model)

    trigger = next(s for s in document.model.steps if s.kind == "trigger")
    document.remove_elements([trigger.id])
    after_edit = document.analysis.findings()
    assert len(runs) == 2
    assert "AIOS-G001" in {f.rule for f in after_edit}  # no trigger any more
    assert [b.status for b in document.analysis.readiness()] == \
        [b.status for b in readiness(document.model)]

    document.undo_stack.undo()
    assert document.analysis.findings() == first
    document.replace_model(instantiate("order-intake", "en"))
    assert document.analysis.projection().volume_per_month > 0
    assert document.analysis.findings() == check(document.model)
