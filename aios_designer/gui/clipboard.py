"""Copy, cut, paste and duplicate of steps and flows as JSON.

The payload is plain model JSON (steps and the flows between them), so it survives a
round-trip through the system clipboard and between two windows. Pasting gives every element
a fresh id and drops references the target model cannot resolve (roles, processors), so a
paste never breaks the model's integrity.
"""
import json

from PySide6.QtCore import QMimeData

from ..model import AiTaskStep, ExceptionStep, Flow, OperatingModel, StepBase, TriggerStep
from ..model import new_id, step_adapter

MIME_TYPE = "application/x-aios-elements"
FORMAT = "aios-designer-elements"


def copy_payload(model: OperatingModel, ids) -> str | None:
    """JSON of the steps among ``ids`` and of the flows between them; None if no step."""
    ids = set(ids)
    steps = [s for s in model.steps if s.id in ids]
    if not steps:
        return None
    chosen = {s.id for s in steps}
    flows = [f for f in model.flows if f.source_id in chosen and f.target_id in chosen]
    return json.dumps({"format": FORMAT, "version": 1,
                       "steps": [s.model_dump(mode="json") for s in steps],
                       "flows": [f.model_dump(mode="json") for f in flows]})


def paste_elements(model: OperatingModel, payload: str,
                   offset: tuple[float, float] = (40.0, 40.0)
                   ) -> tuple[list[StepBase], list[Flow]]:
    """New steps and flows from ``payload``: fresh ids, moved by ``offset``, dangling
    references cleared. Raises ValueError when the payload is not ours."""
    try:
        data = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise ValueError("not a copied workflow") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a copied workflow")
    roles = {r.id for r in model.roles}
    processors = {p.id for p in model.compliance.processors}
    fresh: dict[str, str] = {}
    steps: list[StepBase] = []
    for raw in data.get("steps", []):
        step = step_adapter.validate_python(raw)
        fresh[step.id] = new_id()
        step.id = fresh[step.id]
        step.position.x += offset[0]
        step.position.y += offset[1]
        if step.role_id not in roles:
            step.role_id = None
        step.raci_overrides = {r: v for r, v in step.raci_overrides.items() if r in roles}
        if isinstance(step, TriggerStep) and step.feed_owner_role_id not in roles:
            step.feed_owner_role_id = None
        if isinstance(step, AiTaskStep):
            if step.review.reviewer_role_id not in roles:
                step.review.reviewer_role_id = None
            if step.processor_id not in processors:
                step.processor_id = None
        if isinstance(step, ExceptionStep) and step.escalation_role_id not in roles:
            step.escalation_role_id = None
        steps.append(step)
    flows = []
    for raw in data.get("flows", []):
        flow = Flow.model_validate(raw)
        if flow.source_id in fresh and flow.target_id in fresh:
            # An adjusted route belongs to the original's place: the copy is routed anew.
            flows.append(flow.model_copy(update={"id": new_id(),
                                                 "source_id": fresh[flow.source_id],
                                                 "target_id": fresh[flow.target_id],
                                                 "waypoints": []}))
    return steps, flows


def mime_data(payload: str, names: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, payload.encode("utf-8"))
    data.setText("\n".join(names))
    return data


def payload_from(mime: QMimeData | None) -> str | None:
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    return bytes(mime.data(MIME_TYPE)).decode("utf-8")
