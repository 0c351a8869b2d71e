"""Routes and labels keep their promises on any laid-out workflow, not only the templates."""
import random

import pytest

from aios_designer.diagram import diagram_geometry
from aios_designer.diagram.layered import apply_auto_layout
from aios_designer.model import Flow, FlowKind, OperatingModel, Role, StepKind, make_step

from .checks import problems

KINDS = [k for k in StepKind if k not in (StepKind.TRIGGER, StepKind.END)]


def random_model(seed: int) -> OperatingModel:
    rng = random.Random(seed)
    roles = [Role(name=f"Role {i}") for i in range(rng.randint(1, 5))]
    steps = [make_step("trigger", name="In", role_id=roles[0].id)]
    for i in range(rng.randint(4, 18)):
        role = rng.choice(roles).id if rng.random() > 0.1 else None
        steps.append(make_step(rng.choice(KINDS), name=f"Step {i}", role_id=role))
    steps.append(make_step("end", name="Out", role_id=rng.choice(roles).id))
    flows = [Flow(source_id=a.id, target_id=b.id, condition=rng.choice(["", "ok", "needs rework"]),
                  share=rng.choice([None, 0.25, 0.5]))
             for a, b in zip(steps, steps[1:])]
    for _ in range(rng.randint(0, len(steps))):
        a, b = rng.sample(steps[1:-1], 2) if len(steps) > 3 else (steps[0], steps[-1])
        flows.append(Flow(source_id=a.id, target_id=b.id,
                          kind=rng.choice(list(FlowKind)), condition=rng.choice(["", "x > 3"])))
    return OperatingModel(roles=roles, steps=steps, flows=flows)


@pytest.mark.parametrize("seed", range(40))
def test_laid_out_random_workflows_keep_every_promise(seed):
    model = random_model(seed)
    apply_auto_layout(model)
    geometry = diagram_geometry(model).to_json()
    assert problems(geometry) == []
