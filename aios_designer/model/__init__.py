"""The operating-model domain: pure data and invariants (pydantic v2, no Qt, no disk).

Names are imported on first use (see ``aios_designer.lazy``): the enums alone do not pull in
pydantic.
"""
from ..lazy import lazy_exports

__getattr__, __dir__, __all__ = lazy_exports(globals(), {
    ".base": ("new_id",),
    ".compliance": ("AiActAssessment", "AutomatedDecision", "Compliance", "Dpia", "Processor",
                    "WorksCouncil"),
    ".enums": ("Art22Exception", "Art9Condition", "BaselineMetric", "DpiaDecision", "EndOutcome", "FeedType", "Hosting",
               "KpiDirection", "Language", "LegalBasis", "RiskClass", "RoleKind",
               "SpecialCategory", "TaskType", "TransferSafeguard"),
    ".flows": ("Flow",),
    ".kpis": ("BusinessCase", "Kpi", "TeamKpi"),
    ".meta": ("ExecSponsor", "Meta", "Settings"),
    ".monitoring": ("Frequency", "MetricKind", "MetricUnit", "Monitoring", "MonitoringMetric"),
    ".operating_model": ("OperatingModel", "integrity_problems"),
    ".privacy": ("DataProtection",),
    ".review": ("Calibration", "CalibrationPoint", "ReviewPolicy"),
    ".roles": ("Role",),
    ".steps": ("STEP_CLASSES", "AiTaskStep", "DecisionStep", "EndStep", "ExceptionStep",
               "HumanTaskStep", "Position", "ReviewStep", "Step", "StepBase", "SystemTaskStep",
               "TriggerStep", "make_step", "normalize_raci", "step_adapter"),
    ".workflow_kinds": ("FlowKind", "ReviewMode", "StepKind"),
})
