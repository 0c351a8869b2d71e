"""Times in the model are aware UTC: a file mixing zones and zone-less times loads, checks and
exports; old files are upgraded by ``migrate_datetimes_to_utc``."""
import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import aios_designer as aios
from aios_designer.fileio import load_model, migrations
from aios_designer.model import Meta

MIXED = Path(__file__).parent / "data" / "datetimes-with-and-without-zone.aiosm"


@pytest.fixture
def berlin(monkeypatch):
    """Local time of the test process: Central European (UTC+1, summer UTC+2)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_migration_writes_every_time_as_utc(berlin):
    document = json.loads(MIXED.read_text(encoding="utf-8"))
    before = json.dumps(document, sort_keys=True)
    migrated = migrations.migrate_datetimes_to_utc(document)
    assert json.dumps(document, sort_keys=True) == before, "the input is not changed"
    meta, ai_act = migrated["meta"], migrated["compliance"]["ai_act"]
    assert meta["created"] == "2026-03-02T09:00:00Z"            # +01:00
    assert meta["structure_changed"] == "2026-05-01T08:00:00Z"  # +02:00
    assert meta["modified"] == "2026-03-02T11:00:00Z"           # no zone: Berlin winter time
    assert ai_act["assessed_structure"] == "2026-05-01T07:00:00Z"  # no zone: Berlin summer


def test_migration_leaves_what_is_not_a_time_to_validation():
    document = {"meta": {"created": "yesterday", "modified": 5}, "compliance": []}
    assert migrations.migrate_datetimes_to_utc(document) == document


def test_migration_is_the_step_from_the_first_schema():
    assert migrations.MIGRATIONS[1] is migrations.migrate_datetimes_to_utc


def test_mixed_zones_load_as_utc_and_check_and_export(berlin, tmp_path):
    model = load_model(MIXED)
    moments = [model.meta.created, model.meta.modified, model.meta.structure_changed,
               model.compliance.ai_act.assessed_structure]
    assert all(m.utcoffset() == timedelta(0) for m in moments)
    # Assessed at 09:00 local (07:00 UTC), structure changed at 10:00 +02:00 (08:00 UTC).
    assert model.compliance.ai_act.assessed_structure < model.meta.structure_changed
    findings = aios.check(model)
    assert "AIOS-C002" in {f.rule for f in findings}, "the class predates the last change"
    aios.project(model)
    aios.export_workbook(model, tmp_path / "out.xlsx")
    assert (tmp_path / "out.xlsx").stat().st_size > 0


def test_times_set_from_python_are_made_utc(berlin):
    meta = Meta(created=datetime(2026, 7, 1, 12, 0))  # naive: local (summer, +02:00)
    assert meta.created == datetime(2026, 7, 1, 10, 0, tzinfo=timezone.utc)
    meta.structure_changed = datetime(2026, 7, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert meta.structure_changed == datetime(2026, 7, 1, 17, 0, tzinfo=timezone.utc)
    assert meta.structure_changed.tzinfo == timezone.utc


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
                                    "0001-01-01T00:00:00"])
@pytest.mark.parametrize("version", [1, migrations.SCHEMA_VERSION])
def test_a_time_that_cannot_be_converted_is_refused_at_its_field(berlin, tmp_path, moment,
                                                                  version):
    document = json.loads(MIXED.read_text(encoding="utf-8"))
    document["schema_version"] = version
    document["meta"]["structure_changed"] = moment
    path = tmp_path / "ancient.aiosm"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(aios.ModelFileError) as caught:
        load_model(path)
    assert caught.value.place == "meta.structure_changed"
    assert "too far in the past or the future" in str(caught.value)
    assert "zu weit in der Vergangenheit" in caught.value.message("de")


@pytest.mark.parametrize("command", [["check"], ["project"], ["export", "--xlsx", "out.xlsx"]])
def test_the_commands_answer_for_mixed_zones_without_a_traceback(tmp_path, command):
    import subprocess
    import sys

    argv = [sys.executable, "-m", "aios_designer", command[0], str(MIXED), *command[1:]]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and done.stderr == ""
    if command[0] == "export":
        assert (tmp_path / "out.xlsx").stat().st_size > 0
