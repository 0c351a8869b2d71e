"""Flows (graph edges) between steps."""
from pydantic import Field

from .base import Fraction, Id, ModelBase, Name, new_id
from .enums import FlowKind


class Flow(ModelBase):
    id: Id = Field(default_factory=new_id)
    source_id: str
    target_id: str
    kind: FlowKind = FlowKind.NORMAL
    #: Condition label shown on the canvas, e.g. "confidence < 0.85".
    condition: Name = ""
    #: Probability that an item leaving the source takes this flow. None = an equal part of
    #: whatever the other outgoing flows of the source leave over.
    share: Fraction | None = None
    #: The bends of a route the user adjusted, in scene coordinates; empty = routed
    #: automatically around the steps.
    waypoints: list[tuple[float, float]] = Field(default_factory=list)
