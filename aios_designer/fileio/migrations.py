"""Schema versions of the ``.aiosm`` format and the functions that lift old files.

Each entry of ``MIGRATIONS`` takes the raw JSON document of version N and returns the
document of version N + 1. Loading applies them in order up to ``SCHEMA_VERSION``.
"""
from collections.abc import Callable

FORMAT = "aios-operating-model"
SCHEMA_VERSION = 2

Migration = Callable[[dict], dict]


def migrate_monitoring_plan(document: dict) -> dict:
    """Schema 2 adds the monitoring plan; older models start with an empty one."""
    document.setdefault("monitoring", {"metrics": []})
    return document


MIGRATIONS: dict[int, Migration] = {1: migrate_monitoring_plan}


def migrate(document: dict, version: int, *, current: int | None = None,
            migrations: dict[int, Migration] | None = None) -> dict:
    """Lift ``document`` from ``version`` to the current schema, one step at a time."""
    current = SCHEMA_VERSION if current is None else current
    migrations = MIGRATIONS if migrations is None else migrations
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise LookupError(f"no migration from schema version {version}")
        document = step(dict(document))
        version += 1
        document["schema_version"] = version
    return document
