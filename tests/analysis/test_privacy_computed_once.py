"""``privacy.computed_once``: while a model cannot change (one workbook export), each graph
search of the privacy analysis runs once for it; outside the block, or for another model,
nothing is reused."""
import contextlib

import aios_designer.analysis.privacy as privacy
from aios_designer.export.workbook import build_workbook
from aios_designer.templates import instantiate


def _counting_successors(monkeypatch) -> list:
    calls = []
    original = privacy._successors

    def counted(model):
        calls.append(model)
        return original(model)

    monkeypatch.setattr(privacy, "_successors", counted)
    return calls


def test_answers_are_reused_only_inside_the_block_and_for_that_model(monkeypatch):
    calls = _counting_successors(monkeypatch)
    model, other = instantiate("support-triage", "en"), instantiate("order-intake", "en")
    expected = privacy.personal_data_sources(model)
    assert len(calls) == 1
    with privacy.computed_once(model):
        first = privacy.personal_data_sources(model)
        assert privacy.personal_data_sources(model) is first
        assert first == expected
        privacy.personal_data_sources(other)
        privacy.personal_data_sources(other)
    assert len(calls) == 4  # once for the model, twice for the other one
    privacy.personal_data_sources(model)
    assert len(calls) == 5


def test_an_export_searches_the_graph_once_per_question(monkeypatch):
    calls = _counting_successors(monkeypatch)
    model = instantiate("support-triage", "de")
    build_workbook(model, "de")
    once = len(calls)
    # personal_data_sources, and unreviewed_significant_paths if there is a significant outcome
    assert once == 1 + any(privacy._significant(s) for s in model.steps)
    calls.clear()
    monkeypatch.setattr(privacy, "computed_once", lambda model: contextlib.nullcontext())
    build_workbook(model, "de")
    assert len(calls) > 3 * once  # as often as the sheets and blockers ask
