"""The kinds the workflow graph is drawn with: steps, flows and review modes.

Kept apart from the other vocabularies (``enums``) because the window's palette and
canvas styles need only these when the app starts.
"""
from enum import StrEnum


class StepKind(StrEnum):
    TRIGGER = "trigger"
    AI_TASK = "ai_task"
    HUMAN_TASK = "human_task"
    REVIEW = "review"
    DECISION = "decision"
    EXCEPTION = "exception"
    SYSTEM_TASK = "system_task"
    END = "end"


class ReviewMode(StrEnum):
    ALWAYS = "always"
    THRESHOLD = "threshold"
    SAMPLE_ONLY = "sample_only"
    NONE = "none"


class FlowKind(StrEnum):
    NORMAL = "normal"
    EXCEPTION = "exception"
    ESCALATION = "escalation"
    REWORK = "rework"
