"""The review policy of an AI step and its calibration on pilot data."""
from pydantic import Field, field_validator

from .base import Count, Fraction, Minutes, ModelBase, Name
from .enums import ReviewMode


class CalibrationPoint(ModelBase):
    threshold: Fraction
    #: Share of items whose confidence is at or above the threshold (auto-approved).
    auto_share: Fraction
    #: Error rate among the auto-approved items; None when no item reaches the threshold.
    error_rate_auto: Fraction | None = None
    #: Pilot items at or above the threshold and the wrong ones among them: the sample the
    #: error rate rests on (None in curves entered without counts).
    n_auto: Count | None = None
    errors_auto: Count | None = None
    #: One-sided 95 % Clopper–Pearson upper bound of the error among auto-approved items:
    #: the conservative figure a small sample allows.
    error_upper: Fraction | None = None


class Calibration(ModelBase):
    #: Where the curve came from (file name of the pilot export).
    source: Name = ""
    rows_used: Count = 0
    rows_rejected: Count = 0
    #: Error rate over all pilot items (every confidence); tells how wrong the items are
    #: that fall below the threshold and go to review.
    overall_error_rate: Fraction | None = None
    points: list[CalibrationPoint] = Field(default_factory=list)

    @field_validator("points")
    @classmethod
    def _sorted_unique(cls, points: list[CalibrationPoint]) -> list[CalibrationPoint]:
        thresholds = [p.threshold for p in points]
        if len(set(thresholds)) != len(thresholds):
            raise ValueError("calibration thresholds must be unique")
        return sorted(points, key=lambda p: p.threshold)


class ReviewPolicy(ModelBase):
    """Which AI outputs a human sees before they take effect.

    always: every item is reviewed; threshold: items below the confidence threshold are
    reviewed, the rest auto-approved; sample_only: everything is auto-approved and a QA
    sample is checked afterwards; none: no human sees the output.
    """

    mode: ReviewMode = ReviewMode.THRESHOLD
    threshold: Fraction = 0.9
    #: Share of auto-approved items checked afterwards by QA.
    qa_sample_rate: Fraction = 0.05
    reviewer_role_id: str | None = None
    #: Minutes a reviewer spends on one item (review and QA check alike).
    review_minutes: Minutes = 3.0
    #: Estimates used when no calibration exists.
    auto_share_estimate: Fraction = 0.7
    error_rate_auto_estimate: Fraction = 0.03
    #: Share of wrong AI outputs a human reviewer fails to catch.
    review_miss_rate: Fraction = 0.05

    @property
    def needs_reviewer(self) -> bool:
        return self.mode != ReviewMode.NONE
