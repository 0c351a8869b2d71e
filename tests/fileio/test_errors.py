"""Anything that is not a readable operating model gives one clear sentence: file and place."""
import json
from pathlib import Path

import pytest

from aios_designer.fileio import ModelFileError, dumps_model, load_model
from aios_designer.fileio import aiosm
from aios_designer.model import Flow, OperatingModel, Role, make_step

GOLDEN = Path(__file__).parent / "data" / "schema-v1.aiosm"


def _document() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def _write(tmp_path: Path, content, name: str = "broken.aiosm") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _error(path: Path) -> ModelFileError:
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    error = caught.value
    message = str(error)
    assert "\n" not in message, "one line only"
    assert f"'{path.name}'" in message, "the file is named"
    german = error.message("de")
    assert "\n" not in german and f"'{path.name}'" in german
    assert german != message, "every file error has a German sentence too"
    return error


def test_truncated_file_names_line_and_column(tmp_path):
    text = GOLDEN.read_text(encoding="utf-8")
    path = _write(tmp_path, text[: len(text) // 2])
    error = _error(path)
    assert "not valid JSON" in str(error) and "truncated" in str(error)
    assert error.place.startswith("line ") and ", column " in error.place
    line = int(error.place.split()[1].rstrip(","))
    assert 100 < line <= text[: len(text) // 2].count("\n") + 1


def test_not_utf8_names_the_place(tmp_path):
    latin1 = GOLDEN.read_text(encoding="utf-8").encode("latin-1", errors="replace")
    error = _error(_write(tmp_path, latin1))
    assert "not UTF-8" in str(error)
    assert error.place.startswith("line ")


def test_utf16_export_from_another_tool_is_not_utf8(tmp_path):
    error = _error(_write(tmp_path, GOLDEN.read_text(encoding="utf-8").encode("utf-16")))
    assert "not UTF-8" in str(error)


def test_utf8_with_byte_order_mark_is_accepted(tmp_path):
    path = _write(tmp_path, b"\xef\xbb\xbf" + GOLDEN.read_bytes())
    assert load_model(path) == load_model(GOLDEN)


@pytest.mark.parametrize("content", [
    {"format": "bpmn", "schema_version": 1},
    {"schema_version": 1, "roles": []},
    [1, 2, 3],
    "just text",
    {"nodes": [], "edges": []},
])
def test_foreign_json_is_not_an_operating_model(tmp_path, content):
    error = _error(_write(tmp_path, content if not isinstance(content, str) else json.dumps(content)))
    assert "is not an AIOS Designer operating model" in str(error)


def test_empty_file(tmp_path):
    assert "is empty" in str(_error(_write(tmp_path, b"")))


def test_invalid_field_names_the_field_path(tmp_path):
    document = _document()
    ai = next(i for i, s in enumerate(document["steps"]) if s["kind"] == "ai_task")
    document["steps"][ai]["review"]["threshold"] = 1.5
    error = _error(_write(tmp_path, document))
    assert error.place == f"steps[{ai}].review.threshold"
    assert "1.5" in str(error)


def test_wrong_enum_value_names_the_field_path(tmp_path):
    document = _document()
    document["flows"][0]["kind"] = "sometimes"
    error = _error(_write(tmp_path, document))
    assert error.place == "flows[0].kind"
    assert "sometimes" in str(error)


def test_negative_money_is_refused(tmp_path):
    document = _document()
    document["roles"][1]["hourly_cost"] = -10
    assert _error(_write(tmp_path, document)).place == "roles[1].hourly_cost"


def test_missing_field_names_the_field_path(tmp_path):
    document = _document()
    del document["roles"][2]["name"]
    error = _error(_write(tmp_path, document))
    assert error.place == "roles[2].name"
    assert "required field is missing" in str(error)


def test_unknown_step_kind(tmp_path):
    document = _document()
    document["steps"][0]["kind"] = "teleport"
    error = _error(_write(tmp_path, document))
    assert error.place == "steps[0]"
    assert "unknown step kind 'teleport'" in str(error) and "human_task" in str(error)
    assert "StepKind" not in str(error)


def test_step_without_kind(tmp_path):
    document = _document()
    del document["steps"][2]["kind"]
    error = _error(_write(tmp_path, document))
    assert error.place == "steps[2]" and 'no "kind"' in str(error)


def test_bad_raci_letters_are_explained(tmp_path):
    document = _document()
    document["steps"][3]["raci_overrides"] = {"role-lead": "AR"}
    error = _error(_write(tmp_path, document))
    assert error.place == "steps[3].raci_overrides.role-lead"
    assert "R, A, C, I in that order" in str(error) and "'AR'" in str(error)


def test_unknown_field_is_named(tmp_path):
    document = _document()
    document["meta"]["colour"] = "blue"
    error = _error(_write(tmp_path, document))
    assert error.place == "meta.colour" and "unknown field" in str(error)


def test_dangling_flow_reference_names_the_flow(tmp_path):
    document = _document()
    document["flows"][3]["target_id"] = "step-that-was-deleted"
    error = _error(_write(tmp_path, document))
    assert error.place == "flows[3].target_id"
    assert "step-that-was-deleted" in str(error) and "does not exist" in str(error)


def test_dangling_role_reference_names_the_step(tmp_path):
    document = _document()
    document["steps"][4]["role_id"] = "role-gone"
    error = _error(_write(tmp_path, document))
    assert error.place == "steps[4].role_id" and "role-gone" in str(error)


def test_duplicate_id_is_named(tmp_path):
    document = _document()
    document["steps"][2]["id"] = document["steps"][1]["id"]
    error = _error(_write(tmp_path, document))
    assert error.place == "steps[2].id" and "duplicate id" in str(error)


def test_duplicate_json_key(tmp_path):
    text = GOLDEN.read_text(encoding="utf-8").replace(
        '"schema_version": 1,', '"schema_version": 1,\n  "schema_version": 1,', 1)
    assert "twice" in str(_error(_write(tmp_path, text)))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_numbers_are_refused(tmp_path, constant):
    document = _document()
    document["kpis"][0]["baseline"] = 0.123456
    text = json.dumps(document).replace("0.123456", constant)
    assert constant in str(_error(_write(tmp_path, text)))


def test_file_over_50_mb_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.aiosm"
    with open(path, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk space or time

    def no_open(*args, **kwargs):
        raise AssertionError("a file that large must be refused before it is opened")

    monkeypatch.setattr(aiosm, "open", no_open, raising=False)
    assert "50 MB" in str(_error(path))


def test_content_over_the_limit_is_refused_even_if_stat_said_less(monkeypatch):
    """The file may grow between stat and read; the bounded read hands over the excess."""
    monkeypatch.setattr(aiosm, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ModelFileError, match="larger than 50 MB"):
        aiosm.loads_model(GOLDEN.read_bytes())
    with pytest.raises(ModelFileError, match="larger than 50 MB"):
        aiosm.loads_model(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX device files")
def test_device_file_is_refused_without_reading_forever():
    with pytest.raises(ModelFileError, match="not a regular file"):
        load_model("/dev/zero")


@pytest.mark.parametrize("depth", [60, 100_000])
def test_absurd_nesting_is_refused(tmp_path, depth):
    text = ('{"format": "aios-operating-model", "schema_version": 1, "meta": {"notes": '
            + "[" * depth + "]" * depth + "}}")
    assert "nested far too deeply" in str(_error(_write(tmp_path, text)))


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in str(_error(tmp_path / "nowhere.aiosm"))
    folder = tmp_path / "folder.aiosm"
    folder.mkdir()
    assert "is a folder" in str(_error(folder))


def test_integrity_problems_built_in_code_are_refused_too():
    """The same rules hold for models built by scripts, not only for files."""
    with pytest.raises(ValueError, match="does not exist"):
        OperatingModel(roles=[Role(id="r", name="Agent")],
                       steps=[make_step("trigger", id="t", role_id="r")],
                       flows=[Flow(source_id="t", target_id="missing")])


def test_loads_model_without_a_path_still_reads_clearly():
    with pytest.raises(ModelFileError) as caught:
        aiosm.loads_model(b"{")
    assert str(caught.value).startswith("the model (line 1, column 2): is not valid JSON")


def test_a_model_with_a_non_finite_number_cannot_be_saved_but_the_old_file_stays(tmp_path):
    path = tmp_path / "model.aiosm"
    model = load_model(GOLDEN)
    aiosm.save_model(model, path)
    before = path.read_bytes()
    # Validation refuses NaN; the save guard is the second line behind it.
    model.kpis[0].__dict__["baseline"] = float("nan")
    with pytest.raises(ModelFileError, match="not a real value"):
        aiosm.save_model(model, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.aiosm"]
    assert dumps_model(load_model(path)).encode("utf-8") == before


def test_german_sentences_name_the_same_place(tmp_path):
    text = GOLDEN.read_text(encoding="utf-8")
    error = _error(_write(tmp_path, text[:500]))
    assert error.message("de").startswith(f"'broken.aiosm' (Zeile {error.place.split()[1]}")
    assert "Spalte" in error.message("de") and "abgeschnitten" in error.message("de")

    document = _document()
    document["roles"][0]["hourly_cost"] = -5
    error = _error(_write(tmp_path, document))
    assert error.message("de") == "'broken.aiosm' (roles[0].hourly_cost): muss mindestens 0 sein (gefunden: -5)"

    document = _document()
    document["roles"][0]["hourly_cost"] = 1e308
    error = _error(_write(tmp_path, document))
    assert error.message("de").endswith("(gefunden: 1e+308)")
    assert error.message("en").endswith("(found 1e+308)")

    document = _document()
    document["flows"][0]["target_id"] = "weg"
    error = _error(_write(tmp_path, document))
    assert "verweist auf einen Schritt, den es nicht gibt ('weg')" in error.message("de")


@pytest.mark.parametrize("text", [
    '{"format": "aios-operating-model",',       # Expecting property name …
    '{"format" "aios-operating-model"}',        # Expecting ':' delimiter
    '{"format": "aios-operating-model" "x": 1}',  # Expecting ',' delimiter
    '{"format": ',                              # Expecting value
    '{"format": "aios-operating-model}',        # Unterminated string
    '{"format": "a\\x"}',                       # Invalid \escape
    '{} {}',                                    # Extra data
])
def test_json_errors_are_told_in_german_without_the_parsers_english(tmp_path, text):
    error = _error(_write(tmp_path, text))
    english_reason = error.reason.partition("(")[2].partition(")")[0]
    german = error.message("de")
    assert english_reason and english_reason not in german
    assert "kein gültiges JSON" in german
    assert not any(word in german for word in ("Expecting", "delimiter", "Unterminated",
                                                "Invalid", "Extra data"))


def test_every_json_parser_message_has_a_german_reason():
    """The parser's messages (CPython's json.decoder) each map to German, not to the
    catch-all; a Python that words one differently shows "Syntaxfehler", never English."""
    for text in ("", "{", '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', "{} x", '"a\x01"'):
        with pytest.raises(json.JSONDecodeError) as caught:
            json.loads(text)
        assert caught.value.msg in aiosm._JSON_ERRORS_DE, caught.value.msg
    assert aiosm._json_error_de("Some future wording") == "Syntaxfehler"


def test_operating_system_reasons_are_german(tmp_path):
    import errno

    from aios_designer.fileio.errors import os_reason_de

    error = OSError(errno.EACCES, "Permission denied")
    assert os_reason_de(error) == "keine Berechtigung"
    assert "Permission" not in os_reason_de(OSError(errno.EXDEV, "Cross-device link"))


def test_numbers_in_german_value_errors_use_the_decimal_comma(tmp_path):
    document = _document()
    document["steps"] = [s for s in document["steps"]]
    ai = next(s for s in document["steps"] if s["kind"] == "ai_task")
    ai["review"]["threshold"] = 1.5
    german = _error(_write(tmp_path, document)).message("de")
    assert "1,5" in german and "1.5" not in german
