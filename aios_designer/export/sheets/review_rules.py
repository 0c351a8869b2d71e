"""Review rules: per AI step, who sees which outputs before they take effect."""
from ...model import AiTaskStep
from ..layout import Column, write_table


def auto_share_and_error(step: AiTaskStep) -> tuple[float | None, float | None, bool]:
    """(share auto-approved, error rate among them, from calibration?) at the step's policy.

    With a calibration table the figures are read off the pilot curve at the threshold
    (linear between measured points); otherwise the step's own estimates are used.
    """
    review = step.review
    mode = str(review.mode.value)
    if mode == "always":
        return 0.0, None, False
    if mode in ("sample_only", "none"):
        return 1.0, review.error_rate_auto_estimate, False
    points = step.calibration.points if step.calibration else []
    if not points:
        return review.auto_share_estimate, review.error_rate_auto_estimate, False
    t = review.threshold
    if t <= points[0].threshold:
        p = points[0]
        return p.auto_share, p.error_rate_auto, True
    if t >= points[-1].threshold:
        p = points[-1]
        return p.auto_share, p.error_rate_auto, True
    for low, high in zip(points, points[1:]):
        if low.threshold <= t <= high.threshold:
            w = (t - low.threshold) / (high.threshold - low.threshold)
            share = low.auto_share + w * (high.auto_share - low.auto_share)
            if low.error_rate_auto is None or high.error_rate_auto is None:
                error = high.error_rate_auto if low.error_rate_auto is None else low.error_rate_auto
            else:
                error = low.error_rate_auto + w * (high.error_rate_auto - low.error_rate_auto)
            return share, error, True
    return review.auto_share_estimate, review.error_rate_auto_estimate, False  # unreachable


def _source(ctx, step: AiTaskStep) -> str:
    if step.calibration and step.calibration.points and str(step.review.mode.value) == "threshold":
        return ctx.t("value.calibrated").format(source=step.calibration.source or "CSV")
    return ctx.t("value.estimate")


def columns(ctx) -> list[Column]:
    def threshold(step):
        return step.review.threshold if str(step.review.mode.value) == "threshold" else None

    def qa_rate(step):
        return step.review.qa_sample_rate if str(step.review.mode.value) != "always" else None

    return [
        Column("col.step", lambda s: s.name, max_width=40),
        Column("col.policy", lambda s: ctx.enum(s.review.mode), max_width=26),
        Column("col.threshold", threshold, "AIOS Percent", max_width=12),
        Column("col.auto_share", lambda s: auto_share_and_error(s)[0], "AIOS Percent",
               max_width=14),
        Column("col.error_auto", lambda s: auto_share_and_error(s)[1], "AIOS Percent",
               max_width=16),
        Column("col.qa_rate", qa_rate, "AIOS Percent", max_width=12),
        Column("col.reviewer", lambda s: ctx.role_name(s.review.reviewer_role_id), max_width=30),
        Column("col.review_minutes", lambda s: s.review.review_minutes, "AIOS Number",
               max_width=12),
        Column("col.calibrated", lambda s: _source(ctx, s), max_width=40),
    ]


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.review_rules"))
    steps = [s for s in ctx.ordered_steps if isinstance(s, AiTaskStep)]
    write_table(ctx, ws, columns(ctx), steps, freeze_col=2)
