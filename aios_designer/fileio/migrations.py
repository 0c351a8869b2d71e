"""Schema versions of the ``.aiosm`` format and the functions that lift old files.

Each entry of ``MIGRATIONS`` takes the raw JSON document of version N and returns the
document of version N + 1. Loading applies them in order up to ``SCHEMA_VERSION``.
"""
from collections.abc import Callable

FORMAT = "aios-operating-model"
SCHEMA_VERSION = 2

Migration = Callable[[dict], dict]


def migrate_calibration_counts(document: dict) -> dict:
    """Calibration points gain the pilot counts behind their error rate.

    ``n_auto`` and ``errors_auto`` follow from the stored shares and ``rows_used`` (they were
    computed as counts / counts, so rounding gives the counts back); the upper bound is left
    for the analysis to compute from them. Curves without ``rows_used`` stay without counts.
    KPI dates, go-live and ``settings.handling_time_cv`` are new optional fields: nothing to
    lift.
    """
    for step in document.get("steps") or []:
        if not isinstance(step, dict):
            continue
        calibration = step.get("calibration")
        if not isinstance(calibration, dict):
            continue
        rows = calibration.get("rows_used")
        if not isinstance(rows, int) or isinstance(rows, bool) or rows <= 0:
            continue
        for point in calibration.get("points") or []:
            if not isinstance(point, dict) or "n_auto" in point:
                continue
            share, error = point.get("auto_share"), point.get("error_rate_auto")
            if not isinstance(share, (int, float)):
                continue
            n_auto = round(share * rows)
            point["n_auto"] = n_auto
            if isinstance(error, (int, float)) and n_auto > 0:
                point["errors_auto"] = min(n_auto, round(error * n_auto))
            elif n_auto == 0:
                point["errors_auto"] = 0
    return document


MIGRATIONS: dict[int, Migration] = {1: migrate_calibration_counts}


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
