"""The monitoring plan (rule ids AIOS-M…): what runs in production must be watched, by
someone, at a set frequency, against an alert threshold."""
from collections.abc import Iterator

from ...model import MetricKind, StepKind
from ..checks import CheckContext
from ..findings import Finding, Severity
from ..monitoring import plan_gaps
from ..registry import rule

W = Severity.WARNING

_KIND = {
    MetricKind.ACCEPTANCE_RATE: ("acceptance rate", "Übernahmequote"),
    MetricKind.QA_ERROR_RATE: ("QA-sample error rate", "Fehlerquote der QS-Stichprobe"),
}
_FIELD = {
    "owner": ("owner", "Verantwortliche Rolle"),
    "frequency": ("frequency", "Häufigkeit"),
    "threshold": ("alert threshold", "Alarmschwelle"),
}


def _review_steps_of(ctx: CheckContext) -> dict[str, list[str]]:
    if not ctx.steps_of_kind(StepKind.AI_TASK):
        return {}
    return {a.id: list(a.review_step_ids) for a in ctx.projection.ai_steps}


@rule
def monitoring_plan(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-M001: an AI step whose acceptance or QA error is not monitored. AIOS-M002: a metric
    without owner, frequency or alert threshold. AIOS-M003: an exception route not monitored."""
    gaps = plan_gaps(ctx.model, _review_steps_of(ctx))
    for step_id, kinds in gaps.ai_steps.items():
        en, de = ctx.step_label(step_id)
        what_en = " and ".join(_KIND[k][0] for k in kinds)
        what_de = " und ".join(_KIND[k][1] for k in kinds)
        yield Finding("AIOS-M001", W,
                      f"AI step {en} is not monitored in production: add its {what_en} to the "
                      "monitoring plan.",
                      f"Der KI-Schritt {de} wird im Betrieb nicht überwacht: {what_de} in den "
                      "Überwachungsplan aufnehmen.",
                      (step_id,))
    names = {m.id: m.name or m.id[:8] for m in ctx.model.monitoring.metrics}
    for metric_id, fields in gaps.metrics.items():
        what_en = ", ".join(_FIELD[f][0] for f in fields)
        what_de = ", ".join(_FIELD[f][1] for f in fields)
        yield Finding("AIOS-M002", W,
                      f"Monitoring metric '{names[metric_id]}' has no {what_en}: nobody would "
                      "notice or act when it goes wrong.",
                      f"Der Überwachungswert „{names[metric_id]}“ hat keine Angabe zu: {what_de}; "
                      "niemand würde eine Abweichung bemerken oder handeln.",
                      (metric_id,))
    for step_id in gaps.exceptions:
        en, de = ctx.step_label(step_id)
        yield Finding("AIOS-M003", W,
                      f"Exception route {en} is not monitored: watch its share of items and its "
                      "SLA breaches.",
                      f"Der Ausnahmeweg {de} wird nicht überwacht: Anteil der Vorgänge und "
                      "SLA-Verletzungen beobachten.",
                      (step_id,))
