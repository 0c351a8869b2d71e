"""Review rules: per AI step, who sees which outputs before they take effect."""
from ...analysis.review_rates import review_rates
from ...model import AiTaskStep
from ..layout import Column, write_table


def auto_share_and_error(step: AiTaskStep) -> tuple[float | None, float | None, bool]:
    """(share auto-approved, error rate among them, from calibration?) at the step's policy.

    The projection's own figures (``analysis.review_rates``), so that this sheet and the
    Projection sheet never disagree; the error rate is left empty when nothing is
    auto-approved (review always).
    """
    rates = review_rates(step)
    error = rates.error_rate_auto if rates.auto_share > 0 else None
    return rates.auto_share, error, rates.basis == "calibration"


def _source(ctx, step: AiTaskStep) -> str:
    if auto_share_and_error(step)[2]:
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
