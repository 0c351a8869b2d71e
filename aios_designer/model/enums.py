"""Closed vocabularies of the operating model (stored as their string values).

The kinds the workflow canvas draws live in ``workflow_kinds``, which the main window
imports at start without building the other vocabularies; they are re-exported here.
"""
from enum import StrEnum

from .workflow_kinds import FlowKind, ReviewMode, StepKind

__all__ = ["BaselineMetric", "DpiaDecision", "EndOutcome", "FeedType", "FlowKind", "Hosting",
           "KpiDirection", "Language", "LegalBasis", "ReviewMode", "RiskClass", "RoleKind",
           "SpecialCategory", "StepKind", "TaskType", "TransferSafeguard"]


class Language(StrEnum):
    DE = "de"
    EN = "en"


class RoleKind(StrEnum):
    HUMAN = "human"
    TEAM = "team"
    EXTERNAL = "external"
    SYSTEM = "system"


class FeedType(StrEnum):
    MANUAL_EXPORT = "manual_export"
    SCHEDULED_FILE = "scheduled_file"
    API = "api"
    EVENT_STREAM = "event_stream"


class TaskType(StrEnum):
    CLASSIFY = "classify"
    EXTRACT = "extract"
    DRAFT = "draft"
    SUMMARIZE = "summarize"
    PREDICT = "predict"
    ROUTE = "route"
    OTHER = "other"


class Hosting(StrEnum):
    ON_PREM = "on_prem"
    EU_CLOUD = "eu_cloud"
    NON_EU = "non_eu"


class TransferSafeguard(StrEnum):
    """Art. 44 ff. GDPR mechanisms for a transfer to a third country."""

    NONE = "none"
    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"


class EndOutcome(StrEnum):
    COMPLETED = "completed"
    REJECTED = "rejected"
    ESCALATED = "escalated"


class KpiDirection(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class BaselineMetric(StrEnum):
    """The four metrics every baseline measurement must cover."""

    THROUGHPUT = "throughput"
    ERROR_RATE = "error_rate"
    CYCLE_TIME = "cycle_time"
    COST_PER_UNIT = "cost_per_unit"


class RiskClass(StrEnum):
    PROHIBITED = "prohibited"
    HIGH_RISK = "high_risk"
    LIMITED = "limited"
    MINIMAL = "minimal"


class LegalBasis(StrEnum):
    """Art. 6(1) GDPR."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class SpecialCategory(StrEnum):
    """Art. 9(1) GDPR special categories of personal data."""

    ETHNIC_ORIGIN = "ethnic_origin"
    POLITICAL_OPINION = "political_opinion"
    RELIGION = "religion"
    UNION_MEMBERSHIP = "union_membership"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE = "sex_life"


class Art9Condition(StrEnum):
    """Art. 9(2)(a)–(j) GDPR: the condition that lifts the ban on special categories."""

    EXPLICIT_CONSENT = "explicit_consent"  # (a)
    EMPLOYMENT_SOCIAL_SECURITY = "employment_social_security"  # (b)
    VITAL_INTERESTS = "vital_interests"  # (c)
    NOT_FOR_PROFIT_BODY = "not_for_profit_body"  # (d)
    MADE_PUBLIC = "made_public"  # (e)
    LEGAL_CLAIMS = "legal_claims"  # (f)
    SUBSTANTIAL_PUBLIC_INTEREST = "substantial_public_interest"  # (g)
    HEALTH_CARE = "health_care"  # (h)
    PUBLIC_HEALTH = "public_health"  # (i)
    ARCHIVING_RESEARCH = "archiving_research"  # (j)


class Art22Exception(StrEnum):
    """Art. 22(2) GDPR: when a decision based solely on automated processing is allowed."""

    CONTRACT = "contract"  # (a) necessary for entering into or performing a contract
    LAW = "law"  # (b) authorised by Union or Member State law with suitable safeguards
    EXPLICIT_CONSENT = "explicit_consent"  # (c)


class DpiaDecision(StrEnum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
