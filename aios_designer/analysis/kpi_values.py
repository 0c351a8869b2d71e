"""KPI figures from the projection and the business-case arithmetic (DOMAIN.md).

The projection counts per month, per FTE and in hours; a KPI may be kept per day, in
minutes or in percent. ``unit_factor`` converts by the words of the KPI's unit, so the
projected value sits beside the baseline in the same unit (the workbook uses the same
factor in its formulas).
"""
from dataclasses import dataclass

from ..model import BaselineMetric, Kpi, KpiDirection, OperatingModel

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
class KpiStatus:
    """Where a KPI stands: the latest *measured* value against baseline and target."""

    projected: float | None
    #: Day 90 if measured, else day 30, else None: a projection is never "the latest".
    latest: float | None
    #: "day90", "day30" or None (nothing measured yet).
    latest_source: str | None
    #: latest − baseline, and that in % of the baseline.
    delta: float | None
    delta_pct: float | None
    #: latest − target.
    delta_target: float | None
    #: By the KPI's direction; None until something is measured (or without a target).
    target_met: bool | None


def kpi_status(kpi: Kpi, projection, model: OperatingModel) -> KpiStatus:
    projected = projected_value(kpi, projection, model) if projection is not None else None
    if kpi.day90 is not None:
        latest, source = kpi.day90, "day90"
    elif kpi.day30 is not None:
        latest, source = kpi.day30, "day30"
    else:
        latest, source = None, None
    delta = delta_pct = delta_target = met = None
    if latest is not None and kpi.baseline is not None:
        delta = latest - kpi.baseline
        delta_pct = delta / abs(kpi.baseline) * 100.0 if kpi.baseline != 0 else None
    if latest is not None and kpi.target is not None:
        delta_target = latest - kpi.target
        met = (latest <= kpi.target if kpi.direction == KpiDirection.LOWER_IS_BETTER
               else latest >= kpi.target)
    return KpiStatus(projected, latest, source, delta, delta_pct, delta_target, met)


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
    #: The same from the latest measured cost per unit (day 90, else day 30); None until
    #: measured. ``actual_source`` says which measurement ("day90", "day30").
    measured_cost_per_unit: float | None = None
    actual_source: str | None = None
    monthly_saving_actual: float | None = None
    payback_months_actual: float | None = None
    roi_12_actual: float | None = None
    roi_36_actual: float | None = None
    #: The saving if every staffed hour stays paid: (baseline − cost per unit on staffed
    #: cost) × volume. The figures above are on workload cost (``basis``): they are only
    #: real where freed capacity is redeployed or the team shrinks.
    monthly_saving_staffed: float | None = None
    basis: str = "workload"


def _case(baseline, cost_per_unit, volume, investment):
    """(monthly saving, payback months, ROI 12, ROI 36) of a cost per unit."""
    saving = None
    if baseline is not None and cost_per_unit is not None:
        saving = (baseline - cost_per_unit) * volume
    payback = investment / saving if saving is not None and saving > 0 and investment > 0 \
        else None

    def roi(months: int) -> float | None:
        if saving is None or investment <= 0:
            return None
        return (months * saving - investment) / investment

    return saving, payback, roi(12), roi(36)


def business_case(model: OperatingModel, projection) -> BusinessCaseFigures:
    """Projected and actual business case side by side. Both take the workflow's volume per
    month (the triggers' volume; enter the measured volume there once known)."""
    cost_kpi = next((k for k in model.kpis if k.metric == BaselineMetric.COST_PER_UNIT), None)
    baseline = cost_kpi.baseline if cost_kpi is not None else None
    projected = projection.cost_per_unit
    volume = projection.volume_per_month
    investment = model.business_case.one_off_investment
    saving, payback, roi12, roi36 = _case(baseline, projected, volume, investment)
    measured = source = None
    if cost_kpi is not None:
        status = kpi_status(cost_kpi, None, model)
        measured, source = status.latest, status.latest_source
    actual = _case(baseline, measured, volume, investment) if measured is not None \
        else (None, None, None, None)
    staffed_cpu = getattr(projection, "cost_per_unit_staffed", None)
    staffed = (baseline - staffed_cpu) * volume \
        if baseline is not None and staffed_cpu is not None else None
    return BusinessCaseFigures(baseline, projected, volume, saving, payback, roi12, roi36,
                               measured, source, *actual, monthly_saving_staffed=staffed)
