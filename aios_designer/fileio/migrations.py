"""Schema versions of the ``.aiosm`` format and the functions that lift old files.

Each entry of ``MIGRATIONS`` takes the raw JSON document of version N and returns the
document of version N + 1. Loading applies them in order up to ``SCHEMA_VERSION``.
"""
from collections.abc import Callable

FORMAT = "aios-operating-model"
SCHEMA_VERSION = 2

Migration = Callable[[dict], dict]

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


MIGRATIONS: dict[int, Migration] = {1: migrate_compliance_meanings}


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
