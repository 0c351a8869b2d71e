"""Workflow steps (graph nodes), one class per kind, discriminated by ``kind``."""
from typing import Annotated, Literal, Union

from pydantic import Field, TypeAdapter, field_serializer

from .base import (
    Coordinate,
    Fraction,
    Hours,
    Id,
    Minutes,
    ModelBase,
    Money,
    Name,
    Seconds,
    Text,
    Volume,
    new_id,
)
from .enums import EndOutcome, FeedType, Hosting, StepKind, TaskType, TransferSafeguard
from .privacy import DataProtection
from .review import Calibration, ReviewPolicy

# RACI letters of one cell, canonical order R, A, C, I ("" = explicitly none).
RaciLetters = Annotated[str, Field(pattern=r"^R?A?C?I?$")]


class Position(ModelBase):
    #: Scene x of the step's centre.
    x: Coordinate = 0.0
    #: Offset of the step's centre from the top of its lane.
    y: Coordinate = 0.0


class StepBase(ModelBase):
    id: Id = Field(default_factory=new_id)
    name: Name = ""
    description: Text = ""
    #: The lane: performer of a human task, reviewer of a review, handler of an exception.
    role_id: str | None = None
    position: Position = Field(default_factory=Position)
    #: Time an item waits before this step starts (queue, batch interval).
    waiting_minutes: Minutes = 0.0
    #: User-set RACI cells of this step's row, by role id; everything else is derived.
    raci_overrides: dict[str, RaciLetters] = Field(default_factory=dict)

    @field_serializer("raci_overrides")
    def _sorted_overrides(self, cells: dict[str, str]) -> dict[str, str]:
        return dict(sorted(cells.items()))


class TriggerStep(StepBase):
    kind: Literal[StepKind.TRIGGER] = StepKind.TRIGGER
    source_system: Name = ""
    feed_type: FeedType = FeedType.MANUAL_EXPORT
    #: How often the feed delivers, e.g. "continuous", "hourly", "nightly".
    refresh_cadence: Name = ""
    #: Role that is told about and fixes feed failures.
    feed_owner_role_id: str | None = None
    volume_per_month: Volume = 0.0
    data_protection: DataProtection = Field(default_factory=DataProtection)


class AiTaskStep(StepBase):
    kind: Literal[StepKind.AI_TASK] = StepKind.AI_TASK
    task_type: TaskType = TaskType.CLASSIFY
    model_name: Name = ""
    provider: Name = ""
    #: The external processor (compliance.processors) running the model, if any.
    processor_id: str | None = None
    hosting: Hosting = Hosting.EU_CLOUD
    transfer_safeguard: TransferSafeguard = TransferSafeguard.NONE
    cost_per_item: Money = 0.0
    latency_seconds: Seconds = 0.0
    expected_accuracy: Fraction | None = None
    review: ReviewPolicy = Field(default_factory=ReviewPolicy)
    calibration: Calibration | None = None
    data_protection: DataProtection = Field(default_factory=DataProtection)


class HumanTaskStep(StepBase):
    kind: Literal[StepKind.HUMAN_TASK] = StepKind.HUMAN_TASK
    handling_minutes: Minutes = 0.0
    #: The performer assesses the case and has the authority and competence to change the
    #: outcome (meaningful human involvement, Art. 22 GDPR); a clerical task does not.
    can_change_outcome: bool = False


class ReviewStep(StepBase):
    kind: Literal[StepKind.REVIEW] = StepKind.REVIEW
    #: Minutes per reviewed item (per reviewer; four-eyes doubles the effort).
    handling_minutes: Minutes = 3.0
    four_eyes: bool = False
    accept_share: Fraction = 0.8
    edit_share: Fraction = 0.15
    reject_share: Fraction = 0.05
    miss_rate: Fraction = 0.05


class DecisionStep(StepBase):
    kind: Literal[StepKind.DECISION] = StepKind.DECISION
    #: The decision has a legal or similarly significant effect on a person (Art. 22 GDPR).
    significant_effect: bool = False


class ExceptionStep(StepBase):
    kind: Literal[StepKind.EXCEPTION] = StepKind.EXCEPTION
    trigger_condition: Text = ""
    sla_hours: Hours | None = None
    escalation_role_id: str | None = None
    handling_minutes: Minutes = 0.0
    procedure: Text = ""


class SystemTaskStep(StepBase):
    kind: Literal[StepKind.SYSTEM_TASK] = StepKind.SYSTEM_TASK
    target_system: Name = ""
    automated: bool = True
    latency_seconds: Seconds = 0.0


class EndStep(StepBase):
    kind: Literal[StepKind.END] = StepKind.END
    outcome: EndOutcome = EndOutcome.COMPLETED
    #: The outcome has a legal or similarly significant effect on a person (Art. 22 GDPR).
    significant_effect: bool = False


Step = Annotated[
    Union[
        TriggerStep,
        AiTaskStep,
        HumanTaskStep,
        ReviewStep,
        DecisionStep,
        ExceptionStep,
        SystemTaskStep,
        EndStep,
    ],
    Field(discriminator="kind"),
]

STEP_CLASSES: dict[StepKind, type[StepBase]] = {
    StepKind.TRIGGER: TriggerStep,
    StepKind.AI_TASK: AiTaskStep,
    StepKind.HUMAN_TASK: HumanTaskStep,
    StepKind.REVIEW: ReviewStep,
    StepKind.DECISION: DecisionStep,
    StepKind.EXCEPTION: ExceptionStep,
    StepKind.SYSTEM_TASK: SystemTaskStep,
    StepKind.END: EndStep,
}

step_adapter: TypeAdapter[Step] = TypeAdapter(Step)


def make_step(kind: StepKind | str, **fields) -> StepBase:
    """A new step of ``kind`` with defaults for everything not given."""
    return STEP_CLASSES[StepKind(kind)](**fields)


def normalize_raci(text: str) -> str:
    """'A/R', 'ar', 'R, A' -> 'RA' (canonical order R, A, C, I); raises ValueError otherwise."""
    letters = {c for c in text.upper() if c not in " /,;+-"}
    unknown = letters - set("RACI")
    if unknown:
        raise ValueError(f"not a RACI letter: {''.join(sorted(unknown))}")
    return "".join(c for c in "RACI" if c in letters)
