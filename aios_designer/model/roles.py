"""Roles: the swimlanes of the workflow and the columns of the RACI."""
from pydantic import Field

from .base import Headcount, Id, ModelBase, Money, Name, Text, new_id
from .enums import RoleKind


class Role(ModelBase):
    id: Id = Field(default_factory=new_id)
    name: Name
    description: Text = ""
    kind: RoleKind = RoleKind.HUMAN
    #: Headcount available for this workflow, in full-time equivalents.
    headcount: Headcount = 0.0
    #: Fully loaded cost per productive hour, in the model's currency.
    hourly_cost: Money = 0.0
