"""Property: any sequence of edits, undone, gives back the exact starting model; redone, the
exact end model — and the canvas mirrors the model at every point."""
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aios_designer.diagram.layered import auto_layout
from aios_designer.gui import clipboard
from aios_designer.gui.document import Document
from aios_designer.gui.scene.workflow_scene import WorkflowScene
from aios_designer.model import (Flow, FlowKind, OperatingModel, Position, ReviewMode, Role,
                                 StepKind, make_step)


def start_model() -> OperatingModel:
    roles = [Role(name="Agent"), Role(name="Lead")]
    trigger = make_step("trigger", name="In", role_id=roles[0].id, position=Position(x=100, y=60))
    ai = make_step("ai_task", name="AI", role_id=roles[0].id, position=Position(x=360, y=60))
    end = make_step("end", name="Out", role_id=roles[1].id, position=Position(x=620, y=60))
    flows = [Flow(source_id=trigger.id, target_id=ai.id),
             Flow(source_id=ai.id, target_id=end.id, share=0.8)]
    return OperatingModel(roles=roles, steps=[trigger, ai, end], flows=flows)


def role_choice(rng, model):
    return rng.choice([r.id for r in model.roles] + [None])


def add_step(doc, rng):
    kind = rng.choice(list(StepKind))
    step = make_step(kind, name=f"s{rng.randrange(100)}", role_id=role_choice(rng, doc.model),
                     position=Position(x=rng.randrange(0, 2000, 20), y=rng.randrange(40, 400, 20)))
    doc.add_elements("Add", steps=[step])


def remove(doc, rng):
    pool = [s.id for s in doc.model.steps] + [f.id for f in doc.model.flows]
    if pool:
        doc.remove_elements(rng.sample(pool, min(len(pool), rng.randint(1, 2))))


def connect(doc, rng):
    steps = doc.model.steps
    if len(steps) >= 2:
        a, b = rng.sample(steps, 2)
        doc.connect_steps(a.id, b.id, kind=rng.choice(list(FlowKind)))


def move(doc, rng):
    steps = doc.model.steps
    if steps:
        chosen = rng.sample(steps, min(len(steps), rng.randint(1, 3)))
        doc.move_steps({s.id: (rng.uniform(-200, 2000), rng.uniform(30, 500),
                               role_choice(rng, doc.model)) for s in chosen})


def set_property(doc, rng):
    model = doc.model
    choice = rng.randrange(4)
    if choice == 0 and model.steps:
        doc.set_fields(("steps", rng.choice(model.steps).id), {"name": f"n{rng.randrange(99)}"})
    elif choice == 1:
        ai = [s for s in model.steps if s.kind == StepKind.AI_TASK]
        if ai:
            doc.set_fields(("steps", rng.choice(ai).id),
                           {"review.threshold": rng.random(),
                            "review.mode": rng.choice(list(ReviewMode))})
    elif choice == 2 and model.flows:
        doc.set_fields(("flows", rng.choice(model.flows).id),
                       {"condition": "c", "share": rng.choice([None, 0.25, 1.0])})
    elif model.roles:
        doc.set_fields(("roles", rng.choice(model.roles).id), {"name": f"R{rng.randrange(9)}"})


def change_role(doc, rng):
    if doc.model.steps:
        doc.set_fields(("steps", rng.choice(doc.model.steps).id),
                       {"role_id": role_choice(rng, doc.model)})


def raci(doc, rng):
    model = doc.model
    if model.steps and model.roles:
        doc.set_raci_cell(rng.choice(model.steps).id, rng.choice(model.roles).id,
                          rng.choice(["R", "A", "RA", "CI", "", None]))


def paste(doc, rng):
    steps = doc.model.steps
    if steps:
        ids = [s.id for s in rng.sample(steps, min(len(steps), rng.randint(1, 3)))]
        payload = clipboard.copy_payload(doc.model, ids)
        new_steps, new_flows = clipboard.paste_elements(doc.model, payload)
        doc.add_elements("Paste", steps=new_steps, flows=new_flows)


def layout(doc, rng):
    doc.move_steps(auto_layout(doc.model), "Auto-layout")


def roles(doc, rng):
    model = doc.model
    choice = rng.randrange(3)
    if choice == 0 or not model.roles:
        doc.insert_role(Role(name="New"), rng.randint(0, len(model.roles)))
    elif choice == 1:
        doc.move_role(rng.choice(model.roles).id, rng.randrange(len(model.roles)))
    else:
        doc.remove_elements([rng.choice(model.roles).id])


def macro(doc, rng):
    with doc.macro("Several"):
        add_step(doc, rng)
        move(doc, rng)


OPERATIONS = [add_step, remove, connect, move, set_property, change_role, raci, paste, layout,
              roles, macro]


def assert_mirrored(scene: WorkflowScene, model: OperatingModel) -> None:
    assert set(scene.steps) == {s.id for s in model.steps}
    assert set(scene.flows) == {f.id for f in model.flows}
    role_ids = [r.id for r in model.roles]
    assert [lane.role_id for lane in scene.lane_items][:len(role_ids)] == role_ids
    tops = {lane.role_id: lane.top for lane in scene.lanes}
    for step in model.steps:
        item = scene.steps[step.id]
        assert item.name == step.name
        lane_top = tops.get(step.role_id, tops.get(None))
        assert item.pos().x() == step.position.x
        assert item.pos().y() == lane_top + step.position.y
    for flow in model.flows:
        item = scene.flows[flow.id]
        assert (item.source.step_id, item.target.step_id) == (flow.source_id, flow.target_id)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 2 ** 32)),
                    max_size=20))
def test_undo_all_restores_start_and_redo_all_restores_end(qapp, ops):
    document = Document(start_model())
    scene = WorkflowScene(document)
    start = document.model.model_dump()
    for operation, seed in ops:
        operation(document, random.Random(seed))
        assert_mirrored(scene, document.model)
    end = document.model.model_dump()
    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert document.model.model_dump() == start
    assert_mirrored(scene, document.model)
    while stack.canRedo():
        stack.redo()
    assert document.model.model_dump() == end
    assert_mirrored(scene, document.model)
