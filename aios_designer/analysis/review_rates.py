"""What an AI step's review policy means in shares: reviewed, auto-approved, errors.

Kept apart from the flow solution so that the threshold what-if recomputes only this.
"""
from dataclasses import dataclass

from ..model import AiTaskStep, Calibration, ReviewMode, ReviewPolicy
from .intervals import point_upper


@dataclass(frozen=True)
class ReviewRates:
    #: Share of the AI step's items a human reviews before release.
    review_share: float
    #: Share released without review (1 - review_share).
    auto_share: float
    #: Share of auto-approved items checked afterwards by QA.
    qa_rate: float
    #: Error rate among auto-approved items.
    error_rate_auto: float
    #: Error rate among reviewed items (what the reviewers have to catch).
    error_rate_reviewed: float
    #: Where auto share and error come from: "calibration", "estimate" or "policy".
    basis: str
    #: The conservative figure for error_rate_auto: the 95 % upper bound of the calibration
    #: at the threshold (the point figure when the curve carries no counts or no curve exists).
    error_rate_auto_upper: float | None = None


def _interpolate(calibration: Calibration, threshold: float, attribute: str) -> float | None:
    """Linear interpolation between the two calibration points around ``threshold``;
    outside the measured range the nearest end point."""
    if attribute == "error_upper":
        points = [(p.threshold, point_upper(p)) for p in calibration.points]
        points = [(t, y) for t, y in points if y is not None]
    else:
        points = [(p.threshold, getattr(p, attribute)) for p in calibration.points
                  if getattr(p, attribute) is not None]
    if not points:
        return None
    if threshold <= points[0][0]:
        return points[0][1]
    if threshold >= points[-1][0]:
        return points[-1][1]
    for (t0, y0), (t1, y1) in zip(points, points[1:]):
        if t0 <= threshold <= t1:
            if t1 == t0:
                return y0
            return y0 + (y1 - y0) * (threshold - t0) / (t1 - t0)
    return points[-1][1]  # unreachable: the points are sorted


def overall_error_rate(step: AiTaskStep) -> float | None:
    """Error rate of the AI over all its items: measured in the pilot, else 1 - expected
    accuracy; None when neither is known."""
    cal = step.calibration
    if cal is not None and cal.overall_error_rate is not None:
        return cal.overall_error_rate
    if step.expected_accuracy is not None:
        return 1.0 - step.expected_accuracy
    return None


def threshold_curve(step: AiTaskStep, threshold: float) -> tuple[float, float, str]:
    """(auto share, error rate among auto-approved, basis) of a threshold policy."""
    policy: ReviewPolicy = step.review
    cal = step.calibration
    if cal is not None and cal.points:
        auto = _interpolate(cal, threshold, "auto_share")
        error = _interpolate(cal, threshold, "error_rate_auto")
        return auto, (error if error is not None else 0.0), "calibration"
    return policy.auto_share_estimate, policy.error_rate_auto_estimate, "estimate"


def threshold_upper(step: AiTaskStep, threshold: float, point: float) -> float:
    """The 95 % upper bound of the error among auto-approved items at ``threshold``
    (interpolated like the point figure); ``point`` when the curve has no counts."""
    cal = step.calibration
    if cal is not None and cal.points:
        upper = _interpolate(cal, threshold, "error_upper")
        if upper is not None:
            return max(upper, point)
    return point


def review_rates(step: AiTaskStep, threshold: float | None = None) -> ReviewRates:
    """The policy of ``step`` (with ``threshold`` instead of the stored one, for the what-if)."""
    policy = step.review
    known_error = overall_error_rate(step)
    total_error = policy.error_rate_auto_estimate if known_error is None else known_error
    mode = policy.mode
    if mode == ReviewMode.ALWAYS:
        return ReviewRates(1.0, 0.0, 0.0, 0.0, total_error, "policy", 0.0)
    if mode in (ReviewMode.SAMPLE_ONLY, ReviewMode.NONE):
        qa = policy.qa_sample_rate if mode == ReviewMode.SAMPLE_ONLY else 0.0
        return ReviewRates(0.0, 1.0, qa, total_error, total_error, "policy", total_error)
    t = policy.threshold if threshold is None else threshold
    auto, error_auto, basis = threshold_curve(step, t)
    auto = min(1.0, max(0.0, auto))
    review = 1.0 - auto
    if review > 1e-9:
        # Errors the AI makes overall = errors among auto-approved + errors among reviewed.
        if known_error is None:
            error_reviewed = error_auto  # nothing known about the low-confidence items
        else:
            error_reviewed = min(1.0, max(0.0, (known_error - auto * error_auto) / review))
    else:
        error_reviewed = 0.0
    upper = threshold_upper(step, t, error_auto)
    return ReviewRates(review, auto, policy.qa_sample_rate, error_auto, error_reviewed, basis,
                       upper)
