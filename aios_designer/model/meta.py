"""Document-level information: what the workflow is, who owns and sponsors it, settings."""
from datetime import datetime, timezone

from pydantic import Field

from .base import ModelBase, Name, Text, UtcDatetime
from .enums import Language


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class ExecSponsor(ModelBase):
    name: Name = ""
    function: Name = ""
    production_mandate: bool = False


class Meta(ModelBase):
    title: Name = ""
    #: The workflow in one sentence, e.g. "classify and route incoming support tickets ...".
    scope: Text = ""
    owner: Name = ""
    facilitator: Name = ""
    sponsor: ExecSponsor = Field(default_factory=ExecSponsor)
    #: The role accountable for the workflow as a whole (default A in the RACI).
    process_owner_role_id: str | None = None
    language: Language = Language.EN
    #: Version label of this operating model, shown in exports ("1.0", "Workshop 2").
    version: Name = "1.0"
    created: UtcDatetime = Field(default_factory=_now)
    modified: UtcDatetime = Field(default_factory=_now)
    #: Last time steps or flows were added, removed or re-wired; an AI Act classification
    #: older than this no longer describes the workflow.
    structure_changed: UtcDatetime | None = None
    notes: Text = ""


class Settings(ModelBase):
    currency: Name = "EUR"
    productive_hours_per_fte_month: float = Field(default=133.0, gt=0.0, le=744.0)
    working_days_per_month: float = Field(default=21.0, gt=0.0, le=31.0)
    #: Coefficient of variation of handling times (standard deviation / mean) used by the
    #: simulation; 1.0 is the exponential distribution of the queueing formulas.
    handling_time_cv: float = Field(default=1.0, ge=0.0, le=10.0)
