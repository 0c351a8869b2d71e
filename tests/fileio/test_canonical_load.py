"""Files as AIOS Designer writes them are validated straight from their text
(``fileio.canonical``); every other file, and every refusal, goes the careful way. Both ways
give the same model, and the same refusal with the same message."""
from pathlib import Path

import pytest

from aios_designer.fileio import ModelFileError, dumps_model, loads_model, save_model
from aios_designer.fileio import aiosm, canonical
from aios_designer.templates import instantiate, template_names
from benchmarks.generate import make_model

DATA = Path(__file__).parent / "data"


def _careful(raw):
    with aiosm._collector_paused():
        return aiosm._loads_document(raw, "m.aiosm")


def _outcome(load, raw):
    try:
        model = load(raw)
    except ModelFileError as exc:
        return ("refused", str(exc), exc.message("de"), exc.place)
    return ("model", dumps_model(model), model.model_dump(), _fields_sets(model))


def _fields_sets(model) -> list:
    return [sorted(s.model_fields_set) for s in model.steps] + [sorted(model.model_fields_set)]


def _canonical_texts() -> dict[str, str]:
    texts = {f"template {name}": dumps_model(instantiate(name, "de"))
             for name in template_names()}
    texts["generated"] = dumps_model(make_model(200, 7, seed=5))  # random floats
    for path in sorted(DATA.glob("*.aiosm")):
        try:
            texts[f"re-saved {path.name}"] = dumps_model(loads_model(path.read_bytes()))
        except ModelFileError:
            continue  # a file some test expects to be refused
    return texts


@pytest.mark.parametrize("path", sorted(DATA.glob("*.aiosm")), ids=lambda p: p.name)
def test_the_test_files_have_the_same_outcome_both_ways(path):
    raw = path.read_bytes()
    assert _outcome(lambda r: loads_model(r, "m.aiosm"), raw) == _outcome(_careful, raw)


CANONICAL = _canonical_texts()


@pytest.mark.parametrize("name", list(CANONICAL))
def test_files_this_program_writes_take_the_direct_way_to_the_same_model(name):
    text = CANONICAL[name]
    for raw in (text, text.encode("utf-8")):
        direct = canonical.load_canonical(raw)
        assert direct is not None
        assert _outcome(lambda _: direct, raw) == _outcome(_careful, raw)
        assert type(direct) is type(_careful(raw))


def test_saved_files_load_the_direct_way(tmp_path, monkeypatch):
    calls = []
    original = canonical.load_canonical

    def spy(raw):
        calls.append(result := original(raw))
        return result

    monkeypatch.setattr(aiosm, "load_canonical", spy)
    path = tmp_path / "m.aiosm"
    save_model(make_model(50, 5, seed=1), path)
    aiosm.load_model(path)
    assert len(calls) == 1 and calls[0] is not None


BASE = dumps_model(instantiate("support-triage", "en"))
_NAME = '"name": "'


def _first(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


HOSTILE = {
    "duplicate key in a step": _first(BASE, '"kind": "trigger",', '"kind": "trigger", "name": "x",'),
    "duplicate format marker": _first(BASE, '"meta": {', '"format": "other",\n  "meta": {'),
    "NaN": _first(BASE, '"volume_per_month": ', '"volume_per_month": NaN, "x": '),
    "Infinity": _first(BASE, '"volume_per_month": ', '"volume_per_month": -Infinity, "x": '),
    "1e400": _first(BASE, '"volume_per_month": ', '"volume_per_month": 1e400, "x": '),
    "huge integer": _first(BASE, '"volume_per_month": ', '"volume_per_month": '
                                  + "9" * 40 + ', "x": '),
    "huge integer where an integer belongs": _first(BASE, '"schema_version": 6,\n',
                                                    '"schema_version": 6,\n  "zz": '
                                                    + "1" * 5000 + ',\n'),
    "number out of range": _first(BASE, '"volume_per_month": ', '"volume_per_month": 1e30, "x": '),
    "lone surrogate": _first(BASE, _NAME, _NAME + "\\ud800"),
    "surrogate pair": _first(BASE, _NAME, _NAME + "\\ud83d\\ude00"),
    "escaped text": _first(BASE, _NAME, _NAME + "\\u00e9\\n\\t\\/\\\"q\\\" "),
    "text with digits and NaN": _first(BASE, _NAME, _NAME + "NaN 1e400 " + "7" * 40 + " "),
    "control character": _first(BASE, _NAME, _NAME + "\x01"),
    "wrong type": _first(BASE, '"volume_per_month": ', '"volume_per_month": "lots", "x": '),
    "unknown field": _first(BASE, '"meta": {', '"meta": {"colour": "red", '),
    "time with an offset": _first(BASE, '"created": "', '"created": "2026-01-05T11:00:00+02:00", '
                                                       '"x": "'),
    "trailing text": BASE + "]",
    "truncated": BASE[: len(BASE) // 2],
    "deeply nested": _first(BASE, '"meta": {', '"meta": {"deep": ' + "[" * 5000 + "]" * 5000
                            + ", "),
    "byte order mark": "\ufeff" + BASE,
    "older schema": BASE.replace('"schema_version": 6', '"schema_version": 5', 1),
    "newer schema": BASE.replace('"schema_version": 6', '"schema_version": 7', 1),
    "not an object": "[" + BASE + "]",
    "empty": "",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_unusual_files_have_the_same_outcome_both_ways(name):
    text = HOSTILE[name]
    for raw in (text, text.encode("utf-8", "surrogatepass")):
        assert _outcome(lambda r: loads_model(r, "m.aiosm"), raw) == _outcome(_careful, raw)


def test_invalid_utf8_is_refused_with_its_place():
    raw = BASE.encode("utf-8").replace(b'"name": "', b'"name": "\xff', 1)
    assert canonical.load_canonical(raw) is None
    assert _outcome(lambda r: loads_model(r, "m.aiosm"), raw) == _outcome(_careful, raw)
    with pytest.raises(ModelFileError, match="not UTF-8"):
        loads_model(raw, "m.aiosm")


@pytest.mark.parametrize("name", ["duplicate key in a step", "duplicate format marker", "NaN",
                                  "Infinity", "1e400", "huge integer", "lone surrogate",
                                  "surrogate pair", "byte order mark", "older schema"])
def test_what_the_careful_reader_refuses_or_converts_never_goes_the_direct_way(name):
    assert canonical.load_canonical(HOSTILE[name]) is None
    assert canonical.load_canonical(HOSTILE[name].encode("utf-8", "surrogatepass")) is None
