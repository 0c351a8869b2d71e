"""The monitoring plan: what the team watches once the workflow runs, and what it does when a
figure leaves its band. One monitors an operating system, not only a model: input quality,
the AI's auto-approval and errors, the reviewers' acceptance, exceptions and their SLAs, and
what the people in the workflow report."""
from enum import StrEnum

from pydantic import Field, model_validator

from .base import Id, ModelBase, Name, Text, new_id


class MetricKind(StrEnum):
    ACCEPTANCE_RATE = "acceptance_rate"
    EDIT_RATE = "edit_rate"
    OVERRIDE_RATE = "override_rate"
    AUTO_SHARE = "auto_share"
    QA_ERROR_RATE = "qa_error_rate"
    EXCEPTION_SHARE = "exception_share"
    SLA_BREACH_RATE = "sla_breach_rate"
    INPUT_REJECTS = "input_rejects"
    FEED_FRESHNESS = "feed_freshness"
    USER_FEEDBACK = "user_feedback"
    CUSTOM = "custom"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class MetricUnit(StrEnum):
    #: A share between 0 and 1 (shown as %).
    SHARE = "share"
    HOURS = "hours"
    COUNT = "count"
    #: A rating, e.g. 1–5 from a short survey.
    SCORE = "score"


#: Bounds of an alert threshold: far beyond anything a plan needs, small enough that no
#: arithmetic on them overflows.
_LIMIT = 1e9


class MonitoringMetric(ModelBase):
    id: Id = Field(default_factory=new_id)
    name: Name = ""
    kind: MetricKind = MetricKind.CUSTOM
    #: The step (an AI step, exception route, trigger, …) whose figures are watched; None for
    #: metrics about a role or the whole workflow.
    step_id: str | None = None
    #: The role a per-role metric (user feedback) is about.
    role_id: str | None = None
    unit: MetricUnit = MetricUnit.SHARE
    definition: Text = ""
    data_source: Text = ""
    frequency: Frequency | None = None
    #: Who looks at the figure and acts on an alert (by default the A of the watched step).
    owner_role_id: str | None = None
    #: The value the design expects (projection or calibration), for comparison.
    expected: float | None = Field(default=None, ge=-_LIMIT, le=_LIMIT)
    alert_below: float | None = Field(default=None, ge=-_LIMIT, le=_LIMIT)
    alert_above: float | None = Field(default=None, ge=-_LIMIT, le=_LIMIT)
    #: What the owner does when an alert fires.
    action: Text = ""

    @model_validator(mode="after")
    def _ordered_band(self) -> "MonitoringMetric":
        if (self.alert_below is not None and self.alert_above is not None
                and self.alert_below > self.alert_above):
            raise ValueError("alert_below must not be greater than alert_above")
        return self

    @property
    def has_threshold(self) -> bool:
        return self.alert_below is not None or self.alert_above is not None


class Monitoring(ModelBase):
    metrics: list[MonitoringMetric] = Field(default_factory=list)
