"""Translated labels of model fields and enum values, shared by forms, palette and panels.

The English texts are marked with ``QT_TRANSLATE_NOOP`` so Qt Linguist finds them; the lookup
happens when a label is shown, so a language switch changes them without a restart.
"""
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import (
    EndOutcome,
    FeedType,
    FlowKind,
    Hosting,
    Language,
    LegalBasis,
    ReviewMode,
    RoleKind,
    SpecialCategory,
    StepKind,
    TaskType,
    TransferSafeguard,
)

FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("Fields", "Id"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "role_id": QT_TRANSLATE_NOOP("Fields", "Role (lane)"),
    "waiting_minutes": QT_TRANSLATE_NOOP("Fields", "Waiting time (min)"),
    "source_system": QT_TRANSLATE_NOOP("Fields", "Source system"),
    "feed_type": QT_TRANSLATE_NOOP("Fields", "Feed type"),
    "refresh_cadence": QT_TRANSLATE_NOOP("Fields", "Refresh cadence"),
    "feed_owner_role_id": QT_TRANSLATE_NOOP("Fields", "Feed owner"),
    "volume_per_month": QT_TRANSLATE_NOOP("Fields", "Volume per month"),
    "data_protection": QT_TRANSLATE_NOOP("Fields", "Data protection (GDPR)"),
    "task_type": QT_TRANSLATE_NOOP("Fields", "Task type"),
    "model_name": QT_TRANSLATE_NOOP("Fields", "Model"),
    "provider": QT_TRANSLATE_NOOP("Fields", "Provider"),
    "processor_id": QT_TRANSLATE_NOOP("Fields", "Processor"),
    "hosting": QT_TRANSLATE_NOOP("Fields", "Hosting"),
    "transfer_safeguard": QT_TRANSLATE_NOOP("Fields", "Transfer safeguard"),
    "cost_per_item": QT_TRANSLATE_NOOP("Fields", "Cost per item"),
    "latency_seconds": QT_TRANSLATE_NOOP("Fields", "Latency (s)"),
    "expected_accuracy": QT_TRANSLATE_NOOP("Fields", "Expected accuracy"),
    "review": QT_TRANSLATE_NOOP("Fields", "Review policy"),
    "calibration": QT_TRANSLATE_NOOP("Fields", "Calibration"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Review mode"),
    "threshold": QT_TRANSLATE_NOOP("Fields", "Confidence threshold"),
    "qa_sample_rate": QT_TRANSLATE_NOOP("Fields", "QA sample rate"),
    "reviewer_role_id": QT_TRANSLATE_NOOP("Fields", "Reviewer"),
    "review_minutes": QT_TRANSLATE_NOOP("Fields", "Review minutes per item"),
    "auto_share_estimate": QT_TRANSLATE_NOOP("Fields", "Auto-approved share (estimate)"),
    "error_rate_auto_estimate": QT_TRANSLATE_NOOP("Fields",
                                                  "Error rate when auto-approved (estimate)"),
    "review_miss_rate": QT_TRANSLATE_NOOP("Fields", "Errors missed in review"),
    "personal_data": QT_TRANSLATE_NOOP("Fields", "Personal data"),
    "data_subjects": QT_TRANSLATE_NOOP("Fields", "Data subjects"),
    "categories": QT_TRANSLATE_NOOP("Fields", "Data categories"),
    "special_categories": QT_TRANSLATE_NOOP("Fields", "Special categories (Art. 9)"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Legal basis"),
    "retention": QT_TRANSLATE_NOOP("Fields", "Retention"),
    "recipients": QT_TRANSLATE_NOOP("Fields", "Recipients"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "handling_minutes": QT_TRANSLATE_NOOP("Fields", "Handling time (min)"),
    "four_eyes": QT_TRANSLATE_NOOP("Fields", "Four-eyes principle"),
    "accept_share": QT_TRANSLATE_NOOP("Fields", "Accepted share"),
    "edit_share": QT_TRANSLATE_NOOP("Fields", "Edited share"),
    "reject_share": QT_TRANSLATE_NOOP("Fields", "Rejected share"),
    "miss_rate": QT_TRANSLATE_NOOP("Fields", "Errors missed"),
    "significant_effect": QT_TRANSLATE_NOOP("Fields", "Significant effect on a person (Art. 22)"),
    "trigger_condition": QT_TRANSLATE_NOOP("Fields", "Trigger condition"),
    "sla_hours": QT_TRANSLATE_NOOP("Fields", "SLA (hours)"),
    "escalation_role_id": QT_TRANSLATE_NOOP("Fields", "Escalation to"),
    "procedure": QT_TRANSLATE_NOOP("Fields", "Procedure"),
    "target_system": QT_TRANSLATE_NOOP("Fields", "Target system"),
    "automated": QT_TRANSLATE_NOOP("Fields", "Automated"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "source_id": QT_TRANSLATE_NOOP("Fields", "From"),
    "target_id": QT_TRANSLATE_NOOP("Fields", "To"),
    "condition": QT_TRANSLATE_NOOP("Fields", "Condition"),
    "share": QT_TRANSLATE_NOOP("Fields", "Share"),
    "headcount": QT_TRANSLATE_NOOP("Fields", "Headcount (FTE)"),
    "hourly_cost": QT_TRANSLATE_NOOP("Fields", "Hourly cost"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Workflow in one sentence"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "facilitator": QT_TRANSLATE_NOOP("Fields", "Facilitator"),
    "sponsor": QT_TRANSLATE_NOOP("Fields", "Exec sponsor"),
    "function": QT_TRANSLATE_NOOP("Fields", "Function"),
    "production_mandate": QT_TRANSLATE_NOOP("Fields", "Has production mandate"),
    "process_owner_role_id": QT_TRANSLATE_NOOP("Fields", "Process owner"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
    "created": QT_TRANSLATE_NOOP("Fields", "Created"),
    "modified": QT_TRANSLATE_NOOP("Fields", "Modified"),
    "structure_changed": QT_TRANSLATE_NOOP("Fields", "Structure changed"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "productive_hours_per_fte_month": QT_TRANSLATE_NOOP("Fields",
                                                        "Productive hours per FTE and month"),
    "working_days_per_month": QT_TRANSLATE_NOOP("Fields", "Working days per month"),
    "settings": QT_TRANSLATE_NOOP("Fields", "Settings"),
}

ENUM_LABELS_LIST: list[tuple[Enum, str]] = [
    (StepKind.TRIGGER, QT_TRANSLATE_NOOP("Enums", "Trigger")),
    (StepKind.AI_TASK, QT_TRANSLATE_NOOP("Enums", "AI task")),
    (StepKind.HUMAN_TASK, QT_TRANSLATE_NOOP("Enums", "Human task")),
    (StepKind.REVIEW, QT_TRANSLATE_NOOP("Enums", "Review")),
    (StepKind.DECISION, QT_TRANSLATE_NOOP("Enums", "Decision")),
    (StepKind.EXCEPTION, QT_TRANSLATE_NOOP("Enums", "Exception")),
    (StepKind.SYSTEM_TASK, QT_TRANSLATE_NOOP("Enums", "System task")),
    (StepKind.END, QT_TRANSLATE_NOOP("Enums", "End")),
    (ReviewMode.ALWAYS, QT_TRANSLATE_NOOP("Enums", "Always review")),
    (ReviewMode.THRESHOLD, QT_TRANSLATE_NOOP("Enums", "Review below threshold")),
    (ReviewMode.SAMPLE_ONLY, QT_TRANSLATE_NOOP("Enums", "QA sample only")),
    (ReviewMode.NONE, QT_TRANSLATE_NOOP("Enums", "No review")),
    (TaskType.CLASSIFY, QT_TRANSLATE_NOOP("Enums", "Classify")),
    (TaskType.EXTRACT, QT_TRANSLATE_NOOP("Enums", "Extract")),
    (TaskType.DRAFT, QT_TRANSLATE_NOOP("Enums", "Draft")),
    (TaskType.SUMMARIZE, QT_TRANSLATE_NOOP("Enums", "Summarize")),
    (TaskType.PREDICT, QT_TRANSLATE_NOOP("Enums", "Predict")),
    (TaskType.ROUTE, QT_TRANSLATE_NOOP("Enums", "Route")),
    (TaskType.OTHER, QT_TRANSLATE_NOOP("Enums", "Other")),
    (Hosting.ON_PREM, QT_TRANSLATE_NOOP("Enums", "On premises")),
    (Hosting.EU_CLOUD, QT_TRANSLATE_NOOP("Enums", "EU cloud")),
    (Hosting.NON_EU, QT_TRANSLATE_NOOP("Enums", "Outside the EU")),
    (TransferSafeguard.NONE, QT_TRANSLATE_NOOP("Enums", "None")),
    (TransferSafeguard.ADEQUACY, QT_TRANSLATE_NOOP("Enums", "Adequacy decision")),
    (TransferSafeguard.DPF, QT_TRANSLATE_NOOP("Enums", "EU-US Data Privacy Framework")),
    (TransferSafeguard.SCC, QT_TRANSLATE_NOOP("Enums", "Standard contractual clauses")),
    (TransferSafeguard.BCR, QT_TRANSLATE_NOOP("Enums", "Binding corporate rules")),
    (FeedType.MANUAL_EXPORT, QT_TRANSLATE_NOOP("Enums", "Manual export")),
    (FeedType.SCHEDULED_FILE, QT_TRANSLATE_NOOP("Enums", "Scheduled file")),
    (FeedType.API, QT_TRANSLATE_NOOP("Enums", "API")),
    (FeedType.EVENT_STREAM, QT_TRANSLATE_NOOP("Enums", "Event stream")),
    (FlowKind.NORMAL, QT_TRANSLATE_NOOP("Enums", "Normal")),
    (FlowKind.EXCEPTION, QT_TRANSLATE_NOOP("Enums", "Exception")),
    (FlowKind.ESCALATION, QT_TRANSLATE_NOOP("Enums", "Escalation")),
    (FlowKind.REWORK, QT_TRANSLATE_NOOP("Enums", "Rework")),
    (EndOutcome.COMPLETED, QT_TRANSLATE_NOOP("Enums", "Completed")),
    (EndOutcome.REJECTED, QT_TRANSLATE_NOOP("Enums", "Rejected")),
    (EndOutcome.ESCALATED, QT_TRANSLATE_NOOP("Enums", "Escalated")),
    (RoleKind.HUMAN, QT_TRANSLATE_NOOP("Enums", "Human role")),
    (RoleKind.TEAM, QT_TRANSLATE_NOOP("Enums", "Team")),
    (RoleKind.EXTERNAL, QT_TRANSLATE_NOOP("Enums", "External party")),
    (RoleKind.SYSTEM, QT_TRANSLATE_NOOP("Enums", "System")),
    (Language.EN, QT_TRANSLATE_NOOP("Enums", "English")),
    (Language.DE, QT_TRANSLATE_NOOP("Enums", "German")),
    (LegalBasis.CONSENT, QT_TRANSLATE_NOOP("Enums", "Consent")),
    (LegalBasis.CONTRACT, QT_TRANSLATE_NOOP("Enums", "Contract")),
    (LegalBasis.LEGAL_OBLIGATION, QT_TRANSLATE_NOOP("Enums", "Legal obligation")),
    (LegalBasis.VITAL_INTERESTS, QT_TRANSLATE_NOOP("Enums", "Vital interests")),
    (LegalBasis.PUBLIC_TASK, QT_TRANSLATE_NOOP("Enums", "Public task")),
    (LegalBasis.LEGITIMATE_INTERESTS, QT_TRANSLATE_NOOP("Enums", "Legitimate interests")),
    (SpecialCategory.ETHNIC_ORIGIN, QT_TRANSLATE_NOOP("Enums", "Racial or ethnic origin")),
    (SpecialCategory.POLITICAL_OPINION, QT_TRANSLATE_NOOP("Enums", "Political opinions")),
    (SpecialCategory.RELIGION, QT_TRANSLATE_NOOP("Enums", "Religious beliefs")),
    (SpecialCategory.UNION_MEMBERSHIP, QT_TRANSLATE_NOOP("Enums", "Trade union membership")),
    (SpecialCategory.GENETIC, QT_TRANSLATE_NOOP("Enums", "Genetic data")),
    (SpecialCategory.BIOMETRIC, QT_TRANSLATE_NOOP("Enums", "Biometric data")),
    (SpecialCategory.HEALTH, QT_TRANSLATE_NOOP("Enums", "Health data")),
    (SpecialCategory.SEX_LIFE, QT_TRANSLATE_NOOP("Enums", "Sex life or orientation")),
]


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    if text is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate("Fields", text)


# Keyed by (class, value): members of different StrEnums with the same value ("none",
# "exception") compare equal and would overwrite each other in a plain dict.
_BY_CLASS = {(type(member), member.value): text for member, text in ENUM_LABELS_LIST}


def enum_label(value: Enum) -> str:
    text = _BY_CLASS.get((type(value), value.value))
    if text is None:
        return str(value.value).replace("_", " ")
    return QCoreApplication.translate("Enums", text)


def step_kind_label(kind: StepKind | str) -> str:
    return enum_label(StepKind(kind))
