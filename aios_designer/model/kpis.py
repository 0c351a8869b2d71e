"""KPIs with baseline, target and measured values; team KPIs; the business case."""
from datetime import date

from pydantic import Field

from .base import Id, KpiValue, ModelBase, Money, Name, Text, new_id
from .enums import BaselineMetric, KpiDirection


class Kpi(ModelBase):
    id: Id = Field(default_factory=new_id)
    name: Name
    #: One of the four baseline metrics, or None for a custom KPI.
    metric: BaselineMetric | None = None
    unit: Name = ""
    direction: KpiDirection = KpiDirection.LOWER_IS_BETTER
    definition: Text = ""
    source: Name = ""
    baseline: KpiValue | None = None
    #: When and how long the baseline was measured, e.g. "2026-03-02 – 2026-03-13".
    baseline_period: Name = ""
    target: KpiValue | None = None
    day30: KpiValue | None = None
    day90: KpiValue | None = None
    #: When the day-30 and day-90 values were measured.
    day30_date: date | None = None
    day90_date: date | None = None


class TeamKpi(ModelBase):
    id: Id = Field(default_factory=new_id)
    role_id: str
    kpi_before: Name = ""
    kpi_after: Name = ""
    target: Name = ""
    measurement: Text = ""


class BusinessCase(ModelBase):
    one_off_investment: Money = 0.0
    monthly_run_cost: Money = 0.0
    #: The day the workflow went (or goes) into production; day 30 and day 90 count from it.
    go_live: date | None = None
    notes: Text = ""
