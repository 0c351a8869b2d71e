"""Schema versions of the ``.aiosm`` format and the functions that lift old files.

Each entry of ``MIGRATIONS`` takes the raw JSON document of version N and returns the
document of version N + 1. Loading applies them in order up to ``SCHEMA_VERSION``.
"""
from collections.abc import Callable
from datetime import datetime, timezone

FORMAT = "aios-operating-model"
SCHEMA_VERSION = 6
#: Integers with more digits are far outside every range of the model (README, "The `.aiosm`
#: file"); the readers turn them into floats, which validation refuses at their field.
MAX_INT_DIGITS = 30

Migration = Callable[[dict], dict]

#: Where the model keeps a moment in time: (path of the object, key).
_DATETIME_FIELDS = ((("meta",), "created"), (("meta",), "modified"),
                    (("meta",), "structure_changed"),
                    (("compliance", "ai_act"), "assessed_structure"))


def migrate_datetimes_to_utc(document: dict) -> dict:
    """Write every datetime as UTC ("...Z"). Older files could hold a time without a zone
    (taken as the local time of the computer that opens the file) next to one with an offset,
    and such times cannot be compared. Values that are not a readable time are left for
    validation to report."""
    document = dict(document)
    for parents, key in _DATETIME_FIELDS:
        holders = [document]
        for name in parents:
            below = holders[-1].get(name)
            if not isinstance(below, dict):
                break
            holders.append(below)
        else:
            value = holders[-1].get(key)
            try:
                moment = datetime.fromisoformat(value) if isinstance(value, str) else None
                utc = moment.astimezone(timezone.utc) if moment is not None else None
            except (ValueError, OverflowError, OSError):
                utc = None
            if utc is None:
                continue
            # Copies along the path: the caller's document stays as it was read.
            for depth in range(1, len(parents) + 1):
                holders[depth] = dict(holders[depth])
                holders[depth - 1][parents[depth - 1]] = holders[depth]
            holders[-1][key] = utc.isoformat().replace("+00:00", "Z")
    return document


def migrate_flow_waypoints(document: dict) -> dict:
    """Flows gained ``waypoints`` (the bends of a route the user adjusted). Older files have
    none: their flows get an empty list, which means "routed automatically"."""
    flows = []
    for flow in document.get("flows", []):
        if isinstance(flow, dict) and "waypoints" not in flow:
            flow = {**flow, "waypoints": []}
        flows.append(flow)
    if "flows" in document:
        document["flows"] = flows
    return document


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


#: AI Act questions whose wording was narrowed to the legal text: emotion recognition only on
#: the basis of biometric data (Art. 3(39)), Annex III 6 only by or on behalf of law
#: enforcement authorities, 7(b)–(d) only by or on behalf of competent public authorities.
#: A stored "no" stays true under the narrower question; a stored "yes" may not (text
#: sentiment analysis answered "yes"), so it is asked again.
NARROWED_AI_ACT_QUESTIONS = (
    "art5_f", "annex3_1_c", "art50_3",
    "annex3_6_a", "annex3_6_b", "annex3_6_c", "annex3_6_d", "annex3_6_e",
    "annex3_7_b", "annex3_7_c", "annex3_7_d",
)


def migrate_compliance_meanings(document: dict) -> dict:
    """Stored compliance answers whose meaning changed.

    - A "yes" to an AI Act question that was narrowed becomes unanswered (asked again).
    - ``works_council.informed`` used to stand for both the works council's consent
      (BetrVG §87(1) Nr. 6) and its information (§90(1) Nr. 3, Art. 26(7) AI Act). It now
      means information only; consent is a new field that the file cannot prove, so it stays
      unset and the check asks for it.
    """
    compliance = document.get("compliance")
    if not isinstance(compliance, dict):
        return document
    ai_act = compliance.get("ai_act")
    if isinstance(ai_act, dict) and isinstance(ai_act.get("answers"), dict):
        ai_act["answers"] = {k: v for k, v in ai_act["answers"].items()
                             if not (k in NARROWED_AI_ACT_QUESTIONS and v is True)}
    council = compliance.get("works_council")
    if isinstance(council, dict):
        council.setdefault("consent", False)
    return document


def migrate_monitoring_plan(document: dict) -> dict:
    """Schema 2 adds the monitoring plan; older models start with an empty one."""
    document.setdefault("monitoring", {"metrics": []})
    return document


#: Step N lifts a document of schema version N to N + 1.
MIGRATIONS: dict[int, Migration] = {
    1: migrate_datetimes_to_utc,
    2: migrate_flow_waypoints,
    3: migrate_calibration_counts,
    4: migrate_compliance_meanings,
    5: migrate_monitoring_plan,
}


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
