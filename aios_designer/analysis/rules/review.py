"""Review policies, exception handling, roles and volumes of steps (rule ids AIOS-R…)."""
import math
from collections.abc import Iterator

from ...model import (
    AiTaskStep,
    ExceptionStep,
    ReviewMode,
    RoleKind,
    StepKind,
)
from ..checks import CheckContext
from ..findings import Finding, Severity
from ..registry import rule

E, W = Severity.ERROR, Severity.WARNING

_MODE = {
    ReviewMode.ALWAYS: ("always reviewed", "immer geprüft"),
    ReviewMode.THRESHOLD: ("reviewed below a threshold", "unter einem Schwellenwert geprüft"),
    ReviewMode.SAMPLE_ONLY: ("checked by QA sample", "per Stichprobe geprüft"),
    ReviewMode.NONE: ("not reviewed", "nicht geprüft"),
}


def _outside_unit(value) -> bool:
    return not isinstance(value, (int, float)) or math.isnan(value) or not 0.0 <= value <= 1.0


def _ai_steps(ctx: CheckContext) -> list[AiTaskStep]:
    return ctx.steps_of_kind(StepKind.AI_TASK)


@rule
def ai_reviewer_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R001: the policy sends items to a human, but nobody is named to look at them."""
    for step in _ai_steps(ctx):
        policy = step.review
        if policy.needs_reviewer and policy.reviewer_role_id not in ctx.roles:
            en, de = ctx.step_label(step.id)
            mode_en, mode_de = _MODE[ReviewMode(policy.mode)]
            yield Finding("AIOS-R001", E,
                          f"AI step {en} is {mode_en}, but no reviewer role is set: choose who "
                          "reviews its output.",
                          f"Der KI-Schritt {de} wird {mode_de}, aber keine prüfende Rolle ist "
                          "festgelegt: Wählen Sie, wer die Ergebnisse prüft (Prüfer/in).",
                          (step.id,))


@rule
def threshold_range(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R002: a confidence threshold is a probability. The model refuses such values on
    load and edit; this catches models built in code around validation."""
    for step in _ai_steps(ctx):
        value = step.review.threshold
        if _outside_unit(value):
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R002", E,
                          f"The confidence threshold of AI step {en} is {value}; it must lie "
                          "between 0 and 1.",
                          f"Der Schwellenwert des KI-Schritts {de} ist {value}; er muss zwischen "
                          "0 und 1 liegen.",
                          (step.id,))


@rule
def sample_rate_range(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R003: the QA sample rate is a share of the auto-approved items."""
    for step in _ai_steps(ctx):
        value = step.review.qa_sample_rate
        if _outside_unit(value):
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R003", E,
                          f"The QA sample rate of AI step {en} is {value}; it must lie between "
                          "0 and 1.",
                          f"Die Stichprobenquote des KI-Schritts {de} ist {value}; sie muss "
                          "zwischen 0 und 1 liegen.",
                          (step.id,))


def _exception_steps(ctx: CheckContext) -> list[ExceptionStep]:
    return ctx.steps_of_kind(StepKind.EXCEPTION)


@rule
def exception_handler_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R004: an exception nobody handles is where items get lost."""
    for step in _exception_steps(ctx):
        if step.role_id not in ctx.roles:
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R004", E,
                          f"Exception {en} has no handler: put it in the lane of the role that "
                          "handles it.",
                          f"Die Ausnahme {de} hat keine bearbeitende Rolle: Legen Sie sie in die "
                          "Bahn der Rolle, die sie bearbeitet.",
                          (step.id,))


@rule
def exception_sla_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R005: without an SLA nobody knows when an exception is overdue and escalates."""
    for step in _exception_steps(ctx):
        if step.sla_hours is None:
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R005", W,
                          f"Exception {en} has no SLA: set within how many hours it must be "
                          "handled.",
                          f"Die Ausnahme {de} hat keine SLA: Legen Sie fest, innerhalb wie vieler "
                          "Stunden sie bearbeitet sein muss.",
                          (step.id,))


_PERFORMED = {
    StepKind.HUMAN_TASK: ("Task", "Die Aufgabe", "performer", "ausführende Rolle"),
    StepKind.REVIEW: ("Review", "Die Prüfung", "reviewer", "prüfende Rolle"),
}


@rule
def performer_missing(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R006: a human task or review needs a role that does it (and whose hours count)."""
    for step in ctx.steps_of_kind(*_PERFORMED):
        if step.role_id not in ctx.roles:
            what_en, what_de, who_en, who_de = _PERFORMED[step.kind]
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R006", E,
                          f"{what_en} {en} has no {who_en}: put it in a role's lane.",
                          f"{what_de} {de} hat keine {who_de}: Legen Sie sie in die Bahn einer "
                          "Rolle.",
                          (step.id,))


@rule
def trigger_without_volume(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R007: with no volume nothing can be projected (hours, FTE, cost per item)."""
    for step in ctx.steps_of_kind(StepKind.TRIGGER):
        if not step.volume_per_month > 0:
            en, de = ctx.step_label(step.id)
            yield Finding("AIOS-R007", W,
                          f"Trigger {en} has a volume of 0 items per month: enter the expected "
                          "volume so that workload and cost can be projected.",
                          f"Der Auslöser {de} hat ein Volumen von 0 Vorgängen pro Monat: Tragen "
                          "Sie das erwartete Volumen ein, damit Arbeitslast und Kosten "
                          "hochgerechnet werden können.",
                          (step.id,))


@rule
def review_outcomes(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R008: accepted + edited + rejected must cover every reviewed item."""
    for step in ctx.steps_of_kind(StepKind.REVIEW):
        total = step.accept_share + step.edit_share + step.reject_share
        if not math.isclose(total, 1.0, abs_tol=1e-6):
            en, de = ctx.step_label(step.id)
            total_de = f"{total:.4g}".replace(".", ",")
            yield Finding("AIOS-R008", W,
                          f"The outcome shares of review {en} (accept, edit, reject) add up "
                          f"to {total:.4g} instead of 1.",
                          f"Die Ergebnisanteile der Prüfung {de} (angenommen, bearbeitet, "
                          f"abgelehnt) ergeben {total_de} statt 1.",
                          (step.id,))


@rule
def system_reviewer(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-R009: a review is human oversight; a system role cannot give it."""
    for step in ctx.steps_of_kind(StepKind.AI_TASK, StepKind.REVIEW):
        if step.kind == StepKind.AI_TASK:
            if not step.review.needs_reviewer:
                continue
            role_id = step.review.reviewer_role_id
        else:
            role_id = step.role_id
        role = ctx.roles.get(role_id) if role_id else None
        if role is not None and role.kind == RoleKind.SYSTEM:
            en, de = ctx.step_label(step.id)
            ren, rde = ctx.role_label(role_id)
            yield Finding("AIOS-R009", W,
                          f"The reviewer of {en} is {ren}, a system: human review needs a "
                          "person or team.",
                          f"Prüfer(in) von {de} ist {rde}, ein System: Eine menschliche Prüfung "
                          "braucht eine Person oder ein Team.",
                          (step.id, role_id))
