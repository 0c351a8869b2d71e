"""Roles: the swimlanes of the workflow and the columns of the RACI."""
from pydantic import Field

from .base import Id, ModelBase, Name, NonNegative, Text, new_id
from .enums import RoleKind


class Role(ModelBase):
    id: Id = Field(default_factory=new_id)
    name: Name
    description: Text = ""
    kind: RoleKind = RoleKind.HUMAN
    #: Headcount available for this workflow, in full-time equivalents.
    headcount: NonNegative = 0.0
    #: Fully loaded cost per productive hour, in the model's currency.
    hourly_cost: NonNegative = 0.0
