"""Shared pydantic configuration and small value types."""
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


def new_id() -> str:
    """A fresh, stable element id (uuid4 text), never derived from memory addresses."""
    return str(uuid.uuid4())


class ModelBase(BaseModel):
    """Base of every element: unknown keys are rejected, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        str_strip_whitespace=False,
    )


Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(max_length=500)]
Text = Annotated[str, StringConstraints(max_length=100_000)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
NonNegative = Annotated[float, Field(ge=0.0)]
