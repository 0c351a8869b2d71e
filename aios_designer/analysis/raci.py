"""The RACI matrix derived from the workflow graph, with the user's overrides applied.

Only overrides are stored (``step.raci_overrides``); the rest of the matrix follows the graph, so
an override survives any re-derivation by construction and a re-wired graph updates every cell
the user did not set. The rules (documented in README, "How the RACI is derived"):

Rows: every step except end steps (an end is an outcome, not an activity).

1. R (does the work): the step's lane role. For a trigger the feed owner (keeps the feed
   running) is R, or the lane role when no feed owner is set; a different lane role is I.
2. A (exactly one, the first candidate that exists and is not a role of kind "system" —
   a system cannot be held accountable):
   a. AI step whose policy has a human review: the policy's reviewer (accountable for what
      is released);
   b. exception step: the escalation role, unless it is the handler itself;
   c. the process owner (``meta.process_owner_role_id``);
   d. the step's R itself (it becomes "RA").
   A row where no candidate qualifies has no A and the checks report it.
3. I: a candidate of 2a–2c that did not get the A (typically the process owner), and the lane
   roles of the steps this step sends items to by a rework or escalation flow (they learn what
   comes back or is escalated) — each only if the role has no letter on the row yet and is
   not a system (being informed is for people).
4. C is never derived: whom to consult before the work is a judgement of the workshop.
"""
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import (
    FlowKind,
    OperatingModel,
    RoleKind,
    StepBase,
    StepKind,
    normalize_raci,
)

RaciRow = dict[str, str]
RaciMatrix = dict[str, RaciRow]


def is_raci_row(step: StepBase) -> bool:
    """Whether the step is an activity of the RACI matrix."""
    return step.kind != StepKind.END


def raci_rows(model: OperatingModel) -> list[StepBase]:
    """The steps that are rows of the RACI matrix, in model order."""
    return [s for s in model.steps if is_raci_row(s)]


def _derive_row(step: StepBase, owner: str | None, role_kinds: Mapping[str, RoleKind],
                informed_targets: list[str]) -> RaciRow:
    # Letters are appended in the order R, A, I, so every cell comes out canonical.
    row: RaciRow = {}

    # 1. Responsible
    # Kinds, not isinstance: pydantic classes are ABCs, and ABC checks are slow in bulk.
    kind = step.kind
    lane = step.role_id
    responsible = lane
    if kind == StepKind.TRIGGER and step.feed_owner_role_id in role_kinds:
        responsible = step.feed_owner_role_id
    if responsible in role_kinds:
        row[responsible] = "R"

    # 2. Accountable by precedence; candidates passed over are informed (3.)
    candidates: list[str | None] = []
    if kind == StepKind.AI_TASK and step.review.needs_reviewer:
        candidates.append(step.review.reviewer_role_id)
    if kind == StepKind.EXCEPTION and step.escalation_role_id != lane:
        candidates.append(step.escalation_role_id)
    candidates.append(owner)
    candidates.append(responsible)
    informed: list[str | None] = [lane] if responsible != lane else []
    accountable_found = False
    for candidate in candidates:
        kind = role_kinds.get(candidate)  # type: ignore[arg-type]
        if kind is None:
            continue
        if not accountable_found and kind != RoleKind.SYSTEM:
            row[candidate] = row.get(candidate, "") + "A"
            accountable_found = True
        elif candidate != responsible:
            informed.append(candidate)

    # 3. Informed
    informed.extend(informed_targets)
    for role_id in informed:
        if role_id not in row and role_kinds.get(role_id, RoleKind.SYSTEM) != RoleKind.SYSTEM:
            row[role_id] = "I"
    return row


def derive_raci(model: OperatingModel) -> RaciMatrix:
    """Step id → role id → letters, from the graph alone (overrides ignored).

    Only rows of the matrix appear; only non-empty cells appear in a row.
    """
    role_kinds = {r.id: r.kind for r in model.roles}
    owner = model.meta.process_owner_role_id
    lanes = {s.id: s.role_id for s in model.steps}
    informed: dict[str, list[str]] = {}
    for flow in model.flows:
        if flow.kind in (FlowKind.REWORK, FlowKind.ESCALATION):
            target_lane = lanes.get(flow.target_id)
            if target_lane is not None:
                informed.setdefault(flow.source_id, []).append(target_lane)
    return {
        step.id: _derive_row(step, owner, role_kinds, informed.get(step.id, ()))
        for step in raci_rows(model)
    }


def apply_overrides(derived: RaciRow, overrides: Mapping[str, str],
                    role_ids: set[str] | None = None) -> RaciRow:
    """A derived row with the overrides applied: an override replaces its cell entirely
    ("" empties it). Overrides for roles outside ``role_ids`` (when given) are ignored.
    """
    row = dict(derived)
    for role_id, letters in overrides.items():
        if role_ids is not None and role_id not in role_ids:
            continue
        if letters:
            row[role_id] = letters
        else:
            row.pop(role_id, None)
    return row


def effective_raci(model: OperatingModel, derived: RaciMatrix | None = None) -> RaciMatrix:
    """Step id → role id → letters as they apply: derived cells with the overrides applied.

    Pass ``derived`` when it is already at hand to avoid deriving twice.
    """
    if derived is None:
        derived = derive_raci(model)
    role_ids = {r.id for r in model.roles}
    return {
        step.id: apply_overrides(derived.get(step.id, {}), step.raci_overrides, role_ids)
        for step in raci_rows(model)
    }


def row_violations(row: Mapping[str, str]) -> tuple[str, ...]:
    """Rule ids a RACI row breaks (the checks' AIOS-X001…X005), for highlighting a row while
    the user types: X001 no A, X002 several A, X003 neither R nor A, X004 A but no R,
    X005 several R (a warning)."""
    accountable = sum(1 for letters in row.values() if "A" in letters)
    responsible = sum(1 for letters in row.values() if "R" in letters)
    found: list[str] = []
    if accountable == 0:
        found.append("AIOS-X001")
    elif accountable > 1:
        found.append("AIOS-X002")
    if responsible == 0:
        found.append("AIOS-X003" if accountable == 0 else "AIOS-X004")
    elif responsible > 1:
        found.append("AIOS-X005")
    return tuple(found)


@dataclass(frozen=True)
class RaciCell:
    """One cell as the RACI panel and the workbook show it."""

    #: The letters that apply (override if there is one, else derived).
    letters: str
    #: What the graph alone gives.
    derived: str
    #: The user set this cell (possibly to "" or to the derived value).
    overridden: bool


def raci_cells(model: OperatingModel) -> dict[str, dict[str, RaciCell]]:
    """Step id → role id → cell, for every row and every role of the model (empty cells too)."""
    derived = derive_raci(model)
    table: dict[str, dict[str, RaciCell]] = {}
    for step in raci_rows(model):
        row_derived = derived.get(step.id, {})
        overrides = step.raci_overrides
        row: dict[str, RaciCell] = {}
        for role in model.roles:
            d = row_derived.get(role.id, "")
            if role.id in overrides:
                row[role.id] = RaciCell(overrides[role.id], d, True)
            else:
                row[role.id] = RaciCell(d, d, False)
        table[step.id] = row
    return table


def cell_info(model: OperatingModel, step_id: str, role_id: str) -> RaciCell:
    """One cell; raises KeyError for a step that is not a RACI row or an unknown role."""
    step = model.step(step_id)
    if step is None or not is_raci_row(step):
        raise KeyError(step_id)
    if model.role(role_id) is None:
        raise KeyError(role_id)
    derived = derive_raci(model).get(step_id, {}).get(role_id, "")
    if role_id in step.raci_overrides:
        return RaciCell(step.raci_overrides[role_id], derived, True)
    return RaciCell(derived, derived, False)


# Editing helpers: pure, they return the step's new ``raci_overrides`` dict and leave the
# given one untouched, so the GUI can wrap each in an undo command and the importer can diff.

def set_cell(overrides: Mapping[str, str], role_id: str, letters: str,
             derived: str | None = None) -> dict[str, str]:
    """Overrides with the cell of ``role_id`` set to ``letters`` (any spelling normalize_raci
    accepts: "A/R", "ra", ""). When ``derived`` is given and equals the letters, the override
    is dropped instead, so the cell follows the graph again.
    """
    canonical = normalize_raci(letters)
    new = dict(overrides)
    if derived is not None and canonical == derived:
        new.pop(role_id, None)
    else:
        new[role_id] = canonical
    return dict(sorted(new.items()))


def reset_cell(overrides: Mapping[str, str], role_id: str) -> dict[str, str]:
    """Overrides without the cell of ``role_id``: it follows the graph again."""
    return {k: v for k, v in sorted(overrides.items()) if k != role_id}


def reset_row(overrides: Mapping[str, str]) -> dict[str, str]:
    """No overrides: the whole row follows the graph again."""
    return {}


def prune_overrides(overrides: Mapping[str, str], role_ids: set[str]) -> dict[str, str]:
    """Overrides without cells of roles that no longer exist (for deleting a role)."""
    return {k: v for k, v in sorted(overrides.items()) if k in role_ids}


def cycle_letters(letters: str) -> str:
    """The next value of click-to-cycle: "" → R → A → RA → C → I → "" (then any other
    combination goes back to "")."""
    sequence = ["", "R", "A", "RA", "C", "I"]
    try:
        return sequence[(sequence.index(letters) + 1) % len(sequence)]
    except ValueError:
        return ""
