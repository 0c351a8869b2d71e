"""RACI derived from the graph: the documented rules, one A per row, overrides that survive."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aios_designer.analysis.raci import (
    RaciCell,
    cell_info,
    cycle_letters,
    derive_raci,
    effective_raci,
    prune_overrides,
    raci_cells,
    raci_rows,
    reset_cell,
    reset_row,
    set_cell,
)
from aios_designer.model import (
    Flow,
    FlowKind,
    OperatingModel,
    ReviewMode,
    Role,
    RoleKind,
    StepKind,
    make_step,
)

from .builders import add_flow, add_step, chain


def test_chain_derivation():
    assert derive_raci(chain()) == {
        "trigger": {"agent": "R", "lead": "A"},
        # the AI service does the work, the reviewer answers for what is released
        "ai": {"bot": "R", "agent": "A", "lead": "I"},
        "review": {"agent": "R", "lead": "A"},
    }


def test_end_steps_are_not_rows():
    model = chain()
    assert [s.id for s in raci_rows(model)] == ["trigger", "ai", "review"]
    assert "end" not in effective_raci(model)


def test_ai_step_without_review_answers_to_process_owner():
    model = chain()
    model.steps[1].review.mode = ReviewMode.NONE
    assert derive_raci(model)["ai"] == {"bot": "R", "lead": "A"}


def test_ai_reviewer_in_own_lane_is_ra():
    model = chain()
    model.steps[1].role_id = "agent"
    assert derive_raci(model)["ai"] == {"agent": "RA", "lead": "I"}


def test_exception_handler_r_escalation_a():
    model = chain()
    model.roles.append(Role(id="head", name="Head of support"))
    add_step(model, "exception", "exc", role_id="agent", escalation_role_id="head", sla_hours=4)
    assert derive_raci(model)["exc"] == {"agent": "R", "head": "A", "lead": "I"}


def test_exception_escalating_to_its_handler_falls_back_to_process_owner():
    model = chain()
    add_step(model, "exception", "exc", role_id="agent", escalation_role_id="agent")
    assert derive_raci(model)["exc"] == {"agent": "R", "lead": "A"}


def test_system_roles_are_never_accountable_nor_informed():
    model = chain()
    model.meta.process_owner_role_id = "bot"
    model.steps[1].review.mode = ReviewMode.NONE
    derived = derive_raci(model)
    # the process owner is a system: the performer answers for its own work
    assert derived["review"] == {"agent": "RA"}
    # nobody human is involved in the AI step: no A, the checks will say so
    assert derived["ai"] == {"bot": "R"}


def test_no_process_owner_performer_is_ra():
    model = chain()
    model.meta.process_owner_role_id = None
    assert derive_raci(model)["review"] == {"agent": "RA"}


def test_trigger_feed_owner_is_r_and_lane_informed():
    model = chain()
    model.roles.append(Role(id="it", name="IT operations"))
    model.steps[0].feed_owner_role_id = "it"
    assert derive_raci(model)["trigger"] == {"it": "R", "lead": "A", "agent": "I"}


def test_rework_and_escalation_targets_are_informed():
    model = chain()
    model.roles.append(Role(id="author", name="Author"))
    model.roles.append(Role(id="senior", name="Senior"))
    add_step(model, "human_task", "write", role_id="author")
    add_step(model, "human_task", "second", role_id="senior")
    add_flow(model, "review", "write", kind=FlowKind.REWORK, share=0.1)
    add_flow(model, "review", "second", kind=FlowKind.ESCALATION, share=0.1)
    add_flow(model, "review", "ai", kind=FlowKind.REWORK, share=0.1)  # bot: a system
    assert derive_raci(model)["review"] == {"agent": "R", "lead": "A", "author": "I",
                                            "senior": "I"}


def test_process_owner_performing_keeps_single_letters():
    model = chain()
    model.meta.process_owner_role_id = "agent"
    derived = derive_raci(model)
    assert derived["review"] == {"agent": "RA"}
    assert derived["ai"] == {"bot": "R", "agent": "A"}


# --- exactly one A on any graph --------------------------------------------------------------

_KINDS = [k for k in StepKind]


@st.composite
def random_models(draw):
    role_kinds = draw(st.lists(st.sampled_from(list(RoleKind)), min_size=1, max_size=5))
    roles = [Role(id=f"r{i}", name=f"Role {i}", kind=k) for i, k in enumerate(role_kinds)]
    role_ids = st.one_of(st.none(), st.sampled_from([r.id for r in roles]))
    steps = []
    for i in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(_KINDS))
        fields = {"id": f"s{i}", "role_id": draw(role_ids)}
        if kind == StepKind.AI_TASK:
            step = make_step(kind, **fields)
            step.review.mode = draw(st.sampled_from(list(ReviewMode)))
            step.review.reviewer_role_id = draw(role_ids)
        elif kind == StepKind.EXCEPTION:
            step = make_step(kind, escalation_role_id=draw(role_ids), **fields)
        elif kind == StepKind.TRIGGER:
            step = make_step(kind, feed_owner_role_id=draw(role_ids), **fields)
        else:
            step = make_step(kind, **fields)
        steps.append(step)
    ids = [s.id for s in steps]
    flows = [Flow(id=f"f{i}", source_id=draw(st.sampled_from(ids)),
                  target_id=draw(st.sampled_from(ids)), kind=draw(st.sampled_from(list(FlowKind))))
             for i in range(draw(st.integers(0, 12)))]
    model = OperatingModel(roles=roles, steps=steps, flows=flows)
    model.meta.process_owner_role_id = draw(role_ids)
    return model


@settings(max_examples=150, deadline=None)
@given(random_models())
def test_derivation_never_gives_more_than_one_a_or_r(model):
    kinds = {r.id: r.kind for r in model.roles}
    owner = model.meta.process_owner_role_id
    for step_id, row in derive_raci(model).items():
        accountable = [r for r, letters in row.items() if "A" in letters]
        responsible = [r for r, letters in row.items() if "R" in letters]
        assert len(accountable) <= 1
        assert len(responsible) <= 1
        assert all(kinds[r] != RoleKind.SYSTEM for r in accountable)
        assert all(letters and set(letters) <= set("RAI") for letters in row.values())
        # a human process owner guarantees an A on every row
        if owner is not None and kinds[owner] != RoleKind.SYSTEM:
            assert len(accountable) == 1


def test_typical_graph_has_exactly_one_a_and_r_per_row():
    model = chain()
    model.roles.append(Role(id="head", name="Head"))
    add_step(model, "ai_task", "draft", role_id="bot", review={"mode": "always",
                                                                 "reviewer_role_id": "agent"})
    add_step(model, "decision", "route", role_id="agent")
    add_step(model, "exception", "exc", role_id="lead", escalation_role_id="head", sla_hours=8)
    add_step(model, "system_task", "write", role_id="bot")
    add_step(model, "human_task", "reply", role_id="agent")
    for row in effective_raci(model).values():
        assert sum("A" in v for v in row.values()) == 1
        assert sum("R" in v for v in row.values()) == 1


# --- overrides -------------------------------------------------------------------------------

def test_override_replaces_cell_and_empty_removes_it():
    model = chain()
    model.steps[2].raci_overrides = {"lead": "AC", "bot": "I", "agent": ""}
    assert effective_raci(model)["review"] == {"lead": "AC", "bot": "I"}
    assert derive_raci(model)["review"] == {"agent": "R", "lead": "A"}


def test_override_survives_graph_change():
    model = chain()
    model.steps[2].raci_overrides = {"bot": "C"}
    # re-wire: a new task before the review, the review moves lane, a new process owner
    add_step(model, "human_task", "prep", role_id="lead")
    model.flows[1].target_id = "prep"
    add_flow(model, "prep", "review")
    model.steps[2].role_id = "lead"
    model.meta.process_owner_role_id = "agent"
    effective = effective_raci(model)
    assert effective["review"] == {"lead": "R", "agent": "A", "bot": "C"}
    assert model.steps[2].raci_overrides == {"bot": "C"}


def test_overrides_of_unknown_roles_are_ignored():
    model = chain()
    model.steps[2].__dict__["raci_overrides"] = {"ghost": "A"}
    assert effective_raci(model)["review"] == {"agent": "R", "lead": "A"}


def test_cell_info_and_table():
    model = chain()
    model.steps[2].raci_overrides = {"lead": ""}
    assert cell_info(model, "review", "lead") == RaciCell("", "A", True)
    assert cell_info(model, "review", "agent") == RaciCell("R", "R", False)
    assert cell_info(model, "review", "bot") == RaciCell("", "", False)
    table = raci_cells(model)
    assert list(table) == ["trigger", "ai", "review"]
    assert list(table["ai"]) == ["agent", "lead", "bot"]
    assert table["review"]["lead"].overridden
    with pytest.raises(KeyError):
        cell_info(model, "end", "lead")
    with pytest.raises(KeyError):
        cell_info(model, "review", "nobody")


def test_set_and_reset_cell_are_pure():
    overrides = {"lead": "A"}
    new = set_cell(overrides, "agent", "a/r")
    assert new == {"agent": "RA", "lead": "A"} and overrides == {"lead": "A"}
    assert set_cell(new, "agent", "") == {"agent": "", "lead": "A"}
    # setting the derived value back lets the cell follow the graph again
    assert set_cell(new, "agent", "R", derived="R") == {"lead": "A"}
    assert reset_cell(new, "agent") == {"lead": "A"} and new == {"agent": "RA", "lead": "A"}
    assert reset_row(new) == {}
    assert prune_overrides(new, {"lead"}) == {"lead": "A"}
    with pytest.raises(ValueError):
        set_cell(overrides, "agent", "X")


def test_set_cell_result_is_accepted_by_the_model():
    model = chain()
    step = model.steps[2]
    step.raci_overrides = set_cell(step.raci_overrides, "bot", "I, C")
    assert step.raci_overrides == {"bot": "CI"}
    assert effective_raci(model)["review"]["bot"] == "CI"


def test_cycle_letters():
    seen = [""]
    for _ in range(6):
        seen.append(cycle_letters(seen[-1]))
    assert seen == ["", "R", "A", "RA", "C", "I", ""]
    assert cycle_letters("ACI") == ""


def test_row_violations_match_the_checks():
    from aios_designer.analysis.raci import row_violations

    assert row_violations({"a": "R", "b": "A"}) == ()
    assert row_violations({"a": "RA"}) == ()
    assert row_violations({}) == ("AIOS-X001", "AIOS-X003")
    assert row_violations({"a": "A", "b": "CI"}) == ("AIOS-X004",)
    assert row_violations({"a": "RA", "b": "A"}) == ("AIOS-X002",)
    assert row_violations({"a": "R", "b": "R", "c": "A"}) == ("AIOS-X005",)
    assert row_violations({"a": "R", "b": "C"}) == ("AIOS-X001",)
