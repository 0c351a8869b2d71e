"""The operating-model domain: pure data and invariants (pydantic v2, no Qt, no disk)."""
from .base import new_id
from .compliance import AiActAssessment, Compliance, Dpia, Processor, WorksCouncil
from .enums import (
    BaselineMetric,
    DpiaDecision,
    EndOutcome,
    FeedType,
    FlowKind,
    Hosting,
    KpiDirection,
    Language,
    LegalBasis,
    ReviewMode,
    RiskClass,
    RoleKind,
    SpecialCategory,
    StepKind,
    TaskType,
    TransferSafeguard,
)
from .flows import Flow
from .kpis import BusinessCase, Kpi, TeamKpi
from .meta import ExecSponsor, Meta, Settings
from .operating_model import OperatingModel, integrity_problems
from .privacy import DataProtection
from .review import Calibration, CalibrationPoint, ReviewPolicy
from .roles import Role
from .steps import (
    STEP_CLASSES,
    AiTaskStep,
    DecisionStep,
    EndStep,
    ExceptionStep,
    HumanTaskStep,
    Position,
    ReviewStep,
    Step,
    StepBase,
    SystemTaskStep,
    TriggerStep,
    make_step,
    normalize_raci,
    step_adapter,
)

__all__ = [name for name in dir() if not name.startswith("_")]
