"""Schema versions: old files are lifted step by step, newer files are refused.

The real format is still at its first version, so the registry is proven with a synthetic
history: version 1 kept the title at the top and called roles "lanes"; version 2 moved the
title into meta and renamed lanes to roles; version 3 renamed each step's "lane" to "role_id".
"""
import json
from pathlib import Path

import pytest

from aios_designer.fileio import ModelFileError, dumps_model, load_model, loads_model, migrations
from aios_designer.model import OperatingModel

DATA = Path(__file__).parent / "data"


def _v1_to_v2(document: dict) -> dict:
    document["meta"] = {"title": document.pop("title", "")}
    document["roles"] = document.pop("lanes", [])
    return document


def _v2_to_v3(document: dict) -> dict:
    document["steps"] = [{("role_id" if k == "lane" else k): v for k, v in step.items()}
                         for step in document.get("steps", [])]
    return document


@pytest.fixture
def synthetic_history(monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: _v1_to_v2, 2: _v2_to_v3})


def _assert_invoice_model(model: OperatingModel) -> None:
    assert model.meta.title == "Rechnungseingang"
    assert [r.name for r in model.roles] == ["Kreditorenbuchhaltung"]
    assert [s.role_id for s in model.steps] == ["lane-ap"] * 3
    assert [(f.source_id, f.target_id) for f in model.flows] == [("s1", "s2"), ("s2", "s3")]


@pytest.mark.parametrize("golden", ["synthetic-v1.aiosm", "synthetic-v2.aiosm"])
def test_old_versions_are_migrated_on_load(synthetic_history, golden):
    _assert_invoice_model(load_model(DATA / golden))


def test_migrated_model_is_saved_in_the_current_version(synthetic_history, tmp_path):
    model = load_model(DATA / "synthetic-v1.aiosm")
    document = json.loads(dumps_model(model))
    assert document["schema_version"] == 3
    assert "lanes" not in document and "title" not in document
    _assert_invoice_model(loads_model(dumps_model(model)))


def test_without_the_registry_the_old_shape_is_rejected_with_the_field_named():
    """Control: the golden v1 file really is in another shape than the current format."""
    with pytest.raises(ModelFileError) as caught:
        load_model(DATA / "synthetic-v1.aiosm")
    assert "synthetic-v1.aiosm" in str(caught.value)
    assert caught.value.place in {"title", "lanes", "steps[0].lane"}


def test_migrations_run_in_order_and_each_exactly_once(monkeypatch):
    calls = []

    def step(n):
        def lift(document):
            calls.append(n)
            document.setdefault("trail", []).append(n)
            return document
        return lift

    lifted = migrations.migrate({"schema_version": 2}, 2, current=5,
                                migrations={2: step(2), 3: step(3), 4: step(4)})
    assert calls == [2, 3, 4]
    assert lifted["trail"] == [2, 3, 4] and lifted["schema_version"] == 5


def test_a_gap_in_the_registry_is_a_clear_file_error(monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: _v1_to_v2})
    with pytest.raises(ModelFileError, match=r"could not be upgraded from file format version 1"):
        load_model(DATA / "synthetic-v1.aiosm")


def test_a_migration_that_breaks_on_a_damaged_file_is_a_file_error(monkeypatch, tmp_path):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: _v1_to_v2, 2: _v2_to_v3})
    damaged = tmp_path / "damaged.aiosm"
    damaged.write_text(json.dumps({"format": migrations.FORMAT, "schema_version": 2,
                                   "steps": [["not", "a", "step"]]}), encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model(damaged)
    assert "damaged.aiosm" in str(caught.value) and "version 2" in str(caught.value)


def test_a_newer_version_is_refused_and_says_so(tmp_path):
    newer = tmp_path / "from-the-future.aiosm"
    document = json.loads(dumps_model(OperatingModel()))
    document["schema_version"] = migrations.SCHEMA_VERSION + 1
    newer.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model(newer)
    message = str(caught.value)
    assert "from-the-future.aiosm" in message and "newer" in message
    assert f"version {migrations.SCHEMA_VERSION + 1}" in message


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_schema_version_that_is_not_a_positive_integer_is_refused(tmp_path, version):
    document = json.loads(dumps_model(OperatingModel()))
    document["schema_version"] = version
    path = tmp_path / "odd.aiosm"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert caught.value.place == "schema_version"


def test_every_released_version_has_a_migration_and_a_golden_file_that_loads():
    """When SCHEMA_VERSION goes up, the old version's golden file must keep loading."""
    for version in range(1, migrations.SCHEMA_VERSION + 1):
        golden = DATA / f"schema-v{version}.aiosm"
        assert golden.exists(), f"keep a golden file of schema version {version}: {golden}"
        assert json.loads(golden.read_text(encoding="utf-8"))["schema_version"] == version
        if version < migrations.SCHEMA_VERSION:
            assert version in migrations.MIGRATIONS, f"no migration from version {version}"
        model = load_model(golden)
        assert {str(s.kind) for s in model.steps} == {
            "trigger", "ai_task", "human_task", "review", "decision", "exception",
            "system_task", "end"}


def test_current_golden_file_keeps_every_value_through_load_and_save():
    golden = DATA / f"schema-v{migrations.SCHEMA_VERSION}.aiosm"
    model = load_model(golden)
    # Fields added later with defaults change the text, not the meaning: compare the model.
    assert loads_model(dumps_model(model)) == model
    original = json.loads(golden.read_text(encoding="utf-8"))
    saved = json.loads(dumps_model(model))
    assert _subset(original, saved), "a value of the golden file changed on load and save"


def _subset(small, big) -> bool:
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and _subset(v, big[k]) for k, v in small.items())
    if isinstance(small, list):
        return isinstance(big, list) and len(small) == len(big) and all(
            _subset(a, b) for a, b in zip(small, big))
    return small == big


def test_flows_without_waypoints_are_routed_automatically_after_migration():
    document = json.loads((DATA / "flows-without-waypoints.aiosm").read_text(encoding="utf-8"))
    assert document["flows"] and all("waypoints" not in f for f in document["flows"])
    lifted = migrations.migrate_flow_waypoints(json.loads(json.dumps(document)))
    assert [f["waypoints"] for f in lifted["flows"]] == [[]] * len(document["flows"])
    # Nothing else about a flow changes.
    assert [{k: v for k, v in f.items() if k != "waypoints"} for f in lifted["flows"]] == \
        document["flows"]
    model = load_model(DATA / "flows-without-waypoints.aiosm")
    assert all(f.waypoints == [] for f in model.flows)


def test_adjusted_routes_survive_save_and_load():
    model = load_model(DATA / "flows-without-waypoints.aiosm")
    model.flows[0].waypoints = [(300.0, 60.0), (300.0, 200.0)]
    document = json.loads(dumps_model(model))
    assert document["schema_version"] == migrations.SCHEMA_VERSION
    assert document["flows"][0]["waypoints"] == [[300.0, 60.0], [300.0, 200.0]]
    assert loads_model(dumps_model(model)).flows[0].waypoints == [(300.0, 60.0), (300.0, 200.0)]


def test_calibration_points_gain_their_pilot_counts():
    """The counts behind each error rate are recovered from the shares and rows_used."""
    document = json.loads((DATA / "calibration-without-counts.aiosm").read_text(encoding="utf-8"))
    lifted = migrations.migrate_calibration_counts(document)
    step = next(s for s in lifted["steps"] if s.get("calibration"))
    points = step["calibration"]["points"]
    assert [(p["n_auto"], p["errors_auto"]) for p in points] == [(350, 14), (250, 3)]
    assert all("error_upper" not in p for p in points)  # the analysis computes it


def test_a_file_with_calibration_without_counts_loads_with_counts():
    model = load_model(DATA / "calibration-without-counts.aiosm")
    step = next(s for s in model.steps if getattr(s, "calibration", None))
    assert [p.n_auto for p in step.calibration.points] == [350, 250]
    assert model.settings.handling_time_cv == 1.0
    assert model.business_case.go_live is None
    assert all(k.day30_date is None and k.day90_date is None for k in model.kpis)
    assert json.loads(dumps_model(model))["schema_version"] == migrations.SCHEMA_VERSION


def test_calibration_without_rows_used_stays_without_counts():
    document = {"steps": [{"calibration": {"rows_used": 0, "points": [
        {"threshold": 0.8, "auto_share": 0.5, "error_rate_auto": 0.1}]}}, ["odd"]]}
    lifted = migrations.migrate_calibration_counts(document)
    assert "n_auto" not in lifted["steps"][0]["calibration"]["points"][0]
