"""KPI figures from the projection and the business-case arithmetic (DOMAIN.md).

The projection counts per month, per FTE and in hours; a KPI may be kept per day, in
minutes or in percent. ``unit_factor`` converts by the words of the KPI's unit, so the
projected value sits beside the baseline in the same unit (the workbook uses the same
factor in its formulas).
"""
from dataclasses import dataclass

from ..model import BaselineMetric, Kpi, OperatingModel

#: Projection attribute behind each baseline metric.
PROJECTED_ATTRIBUTE = {
    BaselineMetric.THROUGHPUT: "throughput_per_person",
    BaselineMetric.ERROR_RATE: "residual_error_rate",
    BaselineMetric.CYCLE_TIME: "cycle_time_hours",
    BaselineMetric.COST_PER_UNIT: "cost_per_unit",
}


def _has(unit: str, *words: str) -> bool:
    return any(w in unit for w in words)


def unit_factor(metric: BaselineMetric | None, unit: str, model: OperatingModel) -> float:
    """Multiply the projection's figure by this to get it in the KPI's unit."""
    u = unit.lower()
    settings = model.settings
    if metric == BaselineMetric.THROUGHPUT:       # projection: items per FTE per month
        if _has(u, "day", "tag"):
            return 1.0 / settings.working_days_per_month
        if _has(u, "week", "woche"):
            return 12.0 / 52.0
        if _has(u, "hour", "stunde", "/h"):
            return 1.0 / settings.productive_hours_per_fte_month
        if _has(u, "year", "jahr"):
            return 12.0
        return 1.0
    if metric == BaselineMetric.ERROR_RATE:       # projection: a fraction
        return 100.0 if "%" in u else 1.0
    if metric == BaselineMetric.CYCLE_TIME:       # projection: hours
        if _has(u, "min"):
            return 60.0
        if _has(u, "day", "tag"):
            return 1.0 / 24.0
        if _has(u, "week", "woche"):
            return 1.0 / 168.0
        return 1.0
    return 1.0


def projected_value(kpi: Kpi, projection, model: OperatingModel) -> float | None:
    """The projected value of a baseline KPI in its own unit; None for custom KPIs."""
    if kpi.metric is None:
        return None
    value = getattr(projection, PROJECTED_ATTRIBUTE[kpi.metric])
    if value is None:
        return None
    return value * unit_factor(kpi.metric, kpi.unit, model)


@dataclass(frozen=True)
class BusinessCaseFigures:
    baseline_cost_per_unit: float | None
    projected_cost_per_unit: float | None
    volume_per_month: float
    #: (baseline − projected cost per unit) × volume; None without a cost baseline.
    monthly_saving: float | None
    #: Investment / monthly saving; None when nothing is saved.
    payback_months: float | None
    #: (n × monthly saving − investment) / investment; None without an investment.
    roi_12_months: float | None
    roi_36_months: float | None


def business_case(model: OperatingModel, projection) -> BusinessCaseFigures:
    cost_kpi = next((k for k in model.kpis if k.metric == BaselineMetric.COST_PER_UNIT), None)
    baseline = cost_kpi.baseline if cost_kpi is not None else None
    projected = projection.cost_per_unit
    volume = projection.volume_per_month
    investment = model.business_case.one_off_investment
    saving = None
    if baseline is not None and projected is not None:
        saving = (baseline - projected) * volume
    payback = investment / saving if saving is not None and saving > 0 and investment > 0 \
        else None

    def roi(months: int) -> float | None:
        if saving is None or investment <= 0:
            return None
        return (months * saving - investment) / investment

    return BusinessCaseFigures(baseline, projected, volume, saving, payback, roi(12), roi(36))
