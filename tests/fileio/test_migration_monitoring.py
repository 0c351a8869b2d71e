"""The monitoring plan arrived with a schema step: older files start with an empty plan."""
import json
from pathlib import Path

from aios_designer.fileio import load_model, migrations
from aios_designer.fileio.migrations import migrate_monitoring_plan

DATA = Path(__file__).parent / "data"


def test_a_file_without_a_plan_gets_an_empty_one():
    document = json.loads((DATA / "schema-v1.aiosm").read_text(encoding="utf-8"))
    assert "monitoring" not in document
    lifted = migrate_monitoring_plan(dict(document))
    assert lifted["monitoring"] == {"metrics": []}
    assert {k: v for k, v in lifted.items() if k != "monitoring"} == document


def test_an_existing_plan_is_kept():
    plan = {"metrics": [{"id": "m1", "name": "x"}]}
    assert migrate_monitoring_plan({"monitoring": plan})["monitoring"] is plan


def test_the_current_golden_file_with_a_plan_loads_it():
    model = load_model(DATA / f"schema-v{migrations.SCHEMA_VERSION}.aiosm")
    (metric,) = model.monitoring.metrics
    assert metric.kind == "qa_error_rate" and metric.alert_above == 0.028
    assert model.step(metric.step_id).kind == "ai_task"
    assert load_model(DATA / "schema-v1.aiosm").monitoring.metrics == []
    assert migrations.SCHEMA_VERSION >= 2
