"""The findings of every model of ``findings_corpus`` (templates, sample files, the generated
2,000-step model, odd and random models) are exactly the pinned ones: rule, severity,
elements, both messages and their order. Speeding up the checks must not change a byte."""
import json

import pytest

from .findings_corpus import FIXTURE, corpus, findings_record

_PINNED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_CORPUS = dict(corpus())


def test_the_corpus_is_the_pinned_one():
    assert sorted(_CORPUS) == sorted(_PINNED)


@pytest.mark.parametrize("name", sorted(_CORPUS))
def test_findings_unchanged(name):
    assert findings_record(_CORPUS[name]()) == _PINNED[name]
